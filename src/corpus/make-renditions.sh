#!/usr/bin/env bash
# Regenerate the LibreOffice renditions in corpus/renditions/ from the flat-ODT
# sources in src/corpus/sources/, then check that each rendition carries the same
# words as its seed text in corpus/.
#
#   src/corpus/sources/1852-QD-UBND_bac-kan-ke-hoach-1322.fodt
#       -> corpus/renditions/1852-QD-UBND_bac-kan-ke-hoach-1322.pdf   (seed 003)
#   src/corpus/sources/4258-BKHCN-TDC_cong-van-bao-cao-1322.fodt
#       -> corpus/renditions/4258-BKHCN-TDC_cong-van-bao-cao-1322.docx (seed 002)
#
# corpus/renditions/1852-QD-UBND_portal-page.html is a hand-written saved web page;
# this script does not touch it.
#
# Usage: src/corpus/make-renditions.sh   (from anywhere; needs root only if
#        LibreOffice has to be installed)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SRC="$ROOT/src/corpus/sources"
OUT="$ROOT/corpus/renditions"
CORPUS="$ROOT/corpus"

need_pkgs=()
command -v soffice   >/dev/null 2>&1 || need_pkgs+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need_pkgs+=(poppler-utils)
command -v unzip     >/dev/null 2>&1 || need_pkgs+=(unzip)
# Liberation Serif is metric-compatible with Times New Roman and has the
# precomposed Vietnamese glyphs; without it LibreOffice falls back to DejaVu.
fc-list 2>/dev/null | grep -q 'Liberation Serif' || need_pkgs+=(fonts-liberation2)
if [ ${#need_pkgs[@]} -gt 0 ]; then
    echo ">> installing: ${need_pkgs[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "!! need root to apt-get install ${need_pkgs[*]}" >&2
        exit 1
    fi
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need_pkgs[@]}"
fi

echo ">> $(soffice --version | head -1)"
echo ">> $(pdftotext -v 2>&1 | head -1)"

mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A private LibreOffice profile, so a running LibreOffice does not swallow the job.
LO=(soffice -env:UserInstallation="file://$WORK/lo-profile" --headless --norestore)

PDF="$OUT/1852-QD-UBND_bac-kan-ke-hoach-1322.pdf"
DOCX="$OUT/4258-BKHCN-TDC_cong-van-bao-cao-1322.docx"
# soffice exits 0 even when it cannot load a source: remove the old renditions
# first and check below that new ones were written.
rm -f "$PDF" "$DOCX"

"${LO[@]}" --convert-to pdf:writer_pdf_Export \
    --outdir "$OUT" "$SRC/1852-QD-UBND_bac-kan-ke-hoach-1322.fodt"
"${LO[@]}" --convert-to docx:"MS Word 2007 XML" \
    --outdir "$OUT" "$SRC/4258-BKHCN-TDC_cong-van-bao-cao-1322.fodt"
for f in "$PDF" "$DOCX"; do
    [ -s "$f" ] || { echo "!! LibreOffice did not write $f" >&2; exit 1; }
done
SEED_PDF="$CORPUS/2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt"
SEED_DOCX="$CORPUS/2023-11-17_4258-BKHCN-TDC_cong-van-bao-cao-1322.txt"

# --- checks -------------------------------------------------------------------
fail=0
# One word a line. The seeds' flattened table pipes ("|") and dash lines ("-------",
# the rule under the issuer and the motto, drawn as a real rule in the renditions)
# are layout, not words.
words() { tr -s '[:space:]' '\n' | grep -v -E -x -e '\|' -e '' -e '-{3,}' || true; }
docx_text() {
    unzip -p "$1" word/document.xml \
      | sed -e 's#<w:br/>#\n#g; s#</w:p>#\n#g; s#<w:tab/># #g; s#<[^>]*>##g' \
            -e 's#&lt;#<#g; s#&gt;#>#g; s#&quot;#"#g; s#&apos;#'"'"'#g; s#&amp;#\&#g'
}
same_words() { # name, seed, extracted-text-file
    if diff <(words <"$2") <(words <"$3") >"$WORK/diff"; then
        echo "   same words as the seed ($(words <"$2" | wc -l) words)"
    else
        echo "!! $1: words differ from the seed:" >&2
        head -40 "$WORK/diff" >&2
        fail=1
    fi
}
has() { # name, text file, strings...
    local name="$1" f="$2"; shift 2
    for s in "$@"; do
        if grep -qF -- "$s" "$f"; then echo "   contains \"$s\""
        else echo "!! $name lacks \"$s\"" >&2; fail=1; fi
    done
}

echo ">> $PDF"
file -b "$PDF" | sed 's/^/   /'
pdftotext -enc UTF-8 "$PDF" "$WORK/pdf.txt"
has pdf "$WORK/pdf.txt" "1852/QĐ-UBND" "1322/QĐ-TTg" "54/TTr-SKHCN" "Đỗ Thị Minh Hoa"
# Word-for-word check on -raw output (content-stream order). pdftotext's default
# mode de-hyphenates: a line ending in " -" loses the dash ("2011 -|2020" comes out
# as "2011 2020"), which is pdftotext's doing, not the PDF's. -raw keeps every word,
# so a document number broken across two lines ("54/TTr-|SKHCN") would fail here.
pdftotext -raw -enc UTF-8 "$PDF" "$WORK/pdf-raw.txt"
same_words "pdf (pdftotext -raw)" "$SEED_PDF" "$WORK/pdf-raw.txt"
if ! diff <(words <"$SEED_PDF") <(words <"$WORK/pdf.txt") >/dev/null; then
    echo "   note: pdftotext default mode differs from the seed only by de-hyphenation:"
    diff <(words <"$SEED_PDF") <(words <"$WORK/pdf.txt") | grep '^[<>]' | sed 's/^/     /' || true
fi
pdffonts "$PDF" 2>/dev/null | tail -n +3 | awk '{print "   font " $1}' | sort -u || true

echo ">> $DOCX"
file -b "$DOCX" | sed 's/^/   /'
docx_text "$DOCX" >"$WORK/docx.txt"
has docx "$WORK/docx.txt" "4258/BKHCN-TĐC" "1322/QĐ-TTg" "KT. BỘ TRƯỞNG" "THỨ TRƯỞNG" \
    "Lê Xuân Định" "Kính gửi:" "Nơi nhận:" "PHỤ LỤC"
same_words docx "$SEED_DOCX" "$WORK/docx.txt"
tables=$(unzip -p "$DOCX" word/document.xml | grep -o '<w:tbl>' | wc -l)
echo "   $tables tables (header, Kính gửi, Nơi nhận/signature)"

echo ">> $OUT/1852-QD-UBND_portal-page.html (hand-written, not regenerated)"
file -b "$OUT/1852-QD-UBND_portal-page.html" | sed 's/^/   /'
if command -v python3 >/dev/null 2>&1; then
    python3 "$ROOT/src/corpus/check-portal-page.py" || fail=1
else
    echo "   (python3 missing: portal page not checked)"
fi

echo ">> made:"
(cd "$ROOT" && ls -l corpus/renditions/ && sha256sum corpus/renditions/*)
exit $fail
