#!/usr/bin/env python3
"""Check corpus/renditions/1852-QD-UBND_portal-page.html against its seed.

- The text of <div class="noi-dung-van-ban"> (the document body inside <article>)
  must be the seed's words, in order (seed table pipes aside).
- The furniture numbers (sidebar, script string, footer) must be in the page
  but nowhere in the document body and nowhere in any seed, so an extractor that
  lets page furniture through is caught by them.

Python standard library only. Run from anywhere:
    python3 src/corpus/check-portal-page.py
"""
import glob
import os
import sys
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PAGE = os.path.join(ROOT, "corpus", "renditions", "1852-QD-UBND_portal-page.html")
SEED = os.path.join(ROOT, "corpus", "2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt")

# Numbers in the page furniture; none may reach the extracted document text.
SIDEBAR = [
    "2157/QĐ-UBND", "3911/UBND-VXNV", "38/2020/QĐ-UBND", "09/CT-UBND",    # Văn bản mới
    "98/2020/NĐ-CP", "415/KH-UBND", "1967/QĐ-UBND", "17/NQ-HĐND",         # Văn bản liên quan
]
SCRIPT = ["482/TB-UBND"]      # JS string in a <script> in <head>
FOOTER = ["25/GP-TTĐT"]       # licence number in the footer
MUST_HAVE = ["1852/QĐ-UBND", "1322/QĐ-TTg", "54/TTr-SKHCN", "Đỗ Thị Minh Hoa"]

VOID = {"br", "img", "meta", "link", "input", "hr", "col", "area", "base", "wbr", "source"}


class Body(HTMLParser):
    """Collects the text of div.noi-dung-van-ban and the visible text of the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # >0 while inside div.noi-dung-van-ban
        self.skip = 0           # >0 while inside script/style
        self.body, self.visible = [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if self.depth:
            if tag not in VOID:
                self.depth += 1
        elif tag == "div" and "noi-dung-van-ban" in (dict(attrs).get("class") or "").split():
            self.depth = 1
        if tag in ("br", "p", "td", "tr", "li", "div"):
            self._add(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if self.depth and tag not in VOID:
            self.depth -= 1
        if tag in ("p", "td", "tr", "li", "div"):
            self._add(" ")

    def handle_data(self, data):
        if not self.skip:
            self._add(data)

    def _add(self, s):
        self.visible.append(s)
        if self.depth:
            self.body.append(s)


def words(text):
    return [w for w in text.split() if w != "|"]


def main():
    raw = open(PAGE, encoding="utf-8").read()
    seed = open(SEED, encoding="utf-8").read()
    seeds = "".join(open(f, encoding="utf-8").read() for f in glob.glob(os.path.join(ROOT, "corpus", "*.txt")))
    p = Body()
    p.feed(raw)
    body, visible = "".join(p.body), "".join(p.visible)
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print("!! " + msg)

    if not unicodedata.is_normalized("NFC", raw):
        fail("page is not NFC")
    if "\u00a0" in body:
        fail("no-break space inside the document body")
    a, b = words(seed), words(body)
    if a == b:
        print("   document body: same words as the seed (%d words)" % len(a))
    else:
        i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        fail("document body differs from the seed at word %d: seed %r, page %r"
             % (i, a[i:i + 5], b[i:i + 5]))
    for s in MUST_HAVE:
        if s not in body:
            fail("document body lacks %s" % s)
    for s in SIDEBAR + SCRIPT + FOOTER:
        if s in body:
            fail("furniture number %s is inside the document body" % s)
        if s in seeds:
            fail("furniture number %s occurs in a seed" % s)
        if s not in raw:
            fail("furniture number %s is not in the page" % s)
    for s in SIDEBAR + FOOTER:
        if s not in visible:
            fail("furniture number %s is not in the visible page text" % s)
    print("   furniture numbers present in the page, absent from body and seeds: "
          + ", ".join(SIDEBAR + SCRIPT + FOOTER))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
