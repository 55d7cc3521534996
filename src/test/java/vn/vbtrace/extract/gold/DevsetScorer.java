package vn.vbtrace.extract.gold;

import static vn.vbtrace.extract.gold.GoldFile.str;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Reference;

/**
 * Scores extractions against the development set's labels (src/test/resources/devset/README.md):
 * <ul>
 * <li>numbered references: the distinct numbers cited, compared after case-folding, removing all
 * whitespace and mapping Đ/đ to D/d ("05 /2008/TT-BYT" = "05/2008/TT-BYT");
 * <li>references with details: a numbered match whose date is exactly right and whose type and
 * issuer are right leniently (accent- and case-insensitive, UBND/HĐND for their long forms, no
 * punctuation); of several mentions of one number, the one that says the most is compared;
 * <li>laws by name and date: laws cited without a number, same name (leniently) and same date.
 * The labels leave out a law named with no date or year at all, so an extracted law without a
 * date counts only when the labels have that law with a year (date null); otherwise it is neither
 * right nor wrong;
 * <li>metadata: per field (number, type, date, issuer), the share of documents where the value is
 * right (null where the label is null counts as right).
 * </ul>
 * Every miss is kept as one line naming its document.
 */
final class DevsetScorer {

    static final List<String> KINDS = List.of("numbered references", "references with details", "laws by name and date");
    static final List<String> FIELDS = List.of("number", "type", "date", "issuer");

    final Map<String, Tally> tallies = new LinkedHashMap<>();
    /** Per field: {right, total}. */
    final Map<String, int[]> fields = new LinkedHashMap<>();
    final List<String> misses = new ArrayList<>();

    DevsetScorer() {
        KINDS.forEach(kind -> tallies.put(kind, new Tally()));
        FIELDS.forEach(field -> fields.put(field, new int[2]));
    }

    Tally tally(String kind) {
        return tallies.get(kind);
    }

    void score(String doc, Extraction extraction, JsonNode gold) {
        metadata(doc, extraction.document(), gold);
        references(doc, extraction.references(), list(gold.get("refs")));
        laws(doc, extraction.references(), list(gold.get("laws")));
    }

    // --- metadata -----------------------------------------------------------------------------

    private void metadata(String doc, DocumentMetadata got, JsonNode gold) {
        field(doc, "number", str(gold, "number"), got.number(), numberKey(str(gold, "number")), numberKey(got.number()));
        field(doc, "type", str(gold, "type"), got.type(), lenient(str(gold, "type")), lenient(got.type()));
        String date = got.issuedDate() == null ? null : got.issuedDate().toString();
        field(doc, "date", str(gold, "date"), date, str(gold, "date"), date);
        field(doc, "issuer", str(gold, "issuer"), got.issuer(), lenient(str(gold, "issuer")), lenient(got.issuer()));
    }

    private void field(String doc, String name, String want, String got, String wantKey, String gotKey) {
        int[] counts = fields.get(name);
        counts[1]++;
        if (Objects.equals(wantKey, gotKey)) {
            counts[0]++;
        } else {
            misses.add(doc + " metadata." + name + ": want " + want + ", got " + got);
        }
    }

    double fieldAccuracy(String name) {
        int[] counts = fields.get(name);
        return counts[1] == 0 ? 1.0 : (double) counts[0] / counts[1];
    }

    /** All four fields together: right values over all values. */
    double metadataAccuracy() {
        int right = 0;
        int total = 0;
        for (int[] counts : fields.values()) {
            right += counts[0];
            total += counts[1];
        }
        return total == 0 ? 1.0 : (double) right / total;
    }

    // --- numbered references ------------------------------------------------------------------

    private void references(String doc, List<Reference> got, List<JsonNode> gold) {
        Map<String, List<Reference>> byNumber = new LinkedHashMap<>();
        for (Reference r : got) {
            if (r.number() != null) {
                byNumber.computeIfAbsent(numberKey(r.number()), k -> new ArrayList<>()).add(r);
            }
        }
        Tally numbered = tally("numbered references");
        Tally detailed = tally("references with details");
        List<String> matched = new ArrayList<>();
        for (JsonNode g : gold) {
            String key = numberKey(str(g, "number"));
            List<Reference> mentions = byNumber.get(key);
            if (mentions == null) {
                numbered.fn++;
                detailed.fn++;
                misses.add(doc + " reference missed: " + str(g, "number"));
                continue;
            }
            matched.add(key);
            numbered.tp++;
            Reference best = fullest(mentions);
            String wrong = details(g, best);
            if (wrong.isEmpty()) {
                detailed.tp++;
            } else {
                detailed.fp++;
                detailed.fn++;
                misses.add(doc + " reference " + str(g, "number") + ":" + wrong);
            }
        }
        for (Map.Entry<String, List<Reference>> entry : byNumber.entrySet()) {
            if (!matched.contains(entry.getKey())) {
                numbered.fp++;
                detailed.fp++;
                Reference r = entry.getValue().get(0);
                misses.add(doc + " reference not in gold: " + r.number() + " «" + oneLine(r.text()) + "»");
            }
        }
    }

    /** The mention that states the most (date, type, issuer); the first of equals. */
    private static Reference fullest(List<Reference> mentions) {
        Reference best = mentions.get(0);
        for (Reference r : mentions) {
            if (said(r) > said(best)) {
                best = r;
            }
        }
        return best;
    }

    private static int said(Reference r) {
        return (r.date() != null ? 1 : 0) + (r.type() != null ? 1 : 0) + (r.issuer() != null ? 1 : 0);
    }

    private static String details(JsonNode g, Reference r) {
        StringBuilder wrong = new StringBuilder();
        String date = r.date() == null ? null : r.date().toString();
        if (!Objects.equals(str(g, "date"), date)) {
            wrong.append(" date ").append(date).append(" (want ").append(str(g, "date")).append(')');
        }
        if (!Objects.equals(lenient(str(g, "type")), lenient(r.type()))) {
            wrong.append(" type ").append(r.type()).append(" (want ").append(str(g, "type")).append(')');
        }
        if (!Objects.equals(lenient(str(g, "issuer")), lenient(r.issuer()))) {
            wrong.append(" issuer ").append(r.issuer()).append(" (want ").append(str(g, "issuer")).append(')');
        }
        return wrong.toString();
    }

    // --- laws by name -------------------------------------------------------------------------

    private void laws(String doc, List<Reference> got, List<JsonNode> gold) {
        Tally laws = tally("laws by name and date");
        List<String> wanted = new ArrayList<>();
        for (JsonNode g : gold) {
            wanted.add(lawKey(str(g, "title"), str(g, "date")));
        }
        List<String> found = new ArrayList<>();
        for (Reference r : got) {
            if (r.number() == null && r.title() != null) {
                String key = lawKey(r.title(), r.date() == null ? null : r.date().toString());
                if (!found.contains(key)) {
                    found.add(key);
                }
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (found.contains(wanted.get(i))) {
                laws.tp++;
            } else {
                laws.fn++;
                misses.add(doc + " law missed: " + str(gold.get(i), "title") + " " + str(gold.get(i), "date"));
            }
        }
        for (Reference r : got) {
            if (r.number() != null || r.title() == null) {
                continue;
            }
            String key = lawKey(r.title(), r.date() == null ? null : r.date().toString());
            if (wanted.contains(key) || r.date() == null) {
                continue; // right, or a law named without a date, which the labels leave out
            }
            if (!misses.contains(doc + " law not in gold: " + r.title() + " " + r.date())) {
                laws.fp++;
                misses.add(doc + " law not in gold: " + r.title() + " " + r.date());
            }
        }
    }

    private static String lawKey(String title, String date) {
        return lenient(title) + " @ " + date;
    }

    // --- comparison keys ----------------------------------------------------------------------

    /** The README's number rule: case-folded, no whitespace, Đ/đ as D/d. */
    static String numberKey(String number) {
        if (number == null) {
            return null;
        }
        // Đ/đ as D/d, and so the Icelandic eth Ð/ð a label copies from a page that typed it for Đ (devset-fresh e15)
        return Normalizer.normalize(number, Normalizer.Form.NFC).replaceAll("\\s+", "").replace('Đ', 'D')
                .replace('đ', 'd').replace('\u00D0', 'D').replace('\u00F0', 'd').toLowerCase(Locale.ROOT);
    }

    /**
     * Types, issuers and law names compared leniently: without accents and case, the long forms
     * of UBND and HĐND as their abbreviations, "thành phố" as "tp", punctuation and the word "và" as space
     * (joint issuers are written with ",", "-" or "và").
     */
    static String lenient(String text) {
        if (text == null) {
            return null;
        }
        String folded = GoldScorer.fold(text);
        folded = folded.replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd")
                .replace("thanh pho", "tp").replace("tp.", "tp ");
        // "Bộ Y tế và Bộ Nội vụ" = "Bộ Y tế, Bộ Nội vụ" = "Bộ Y tế - Bộ Nội vụ": the word "và" is a separator too
        return (" " + folded.replaceAll("[\\p{Punct}–“”]", " ") + " ").replace(" va ", " ").replaceAll("\\s+", " ").strip();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 90 ? line.substring(0, 90) + "…" : line;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null) {
            array.forEach(out::add);
        }
        return out;
    }

    String table(String heading) {
        StringBuilder out = new StringBuilder(Tally.table(heading, 26, KINDS, this::tally));
        out.append(String.format("%-26s %5s %5s %9s%n", "metadata field", "right", "of", "accuracy"));
        for (String field : FIELDS) {
            int[] counts = fields.get(field);
            out.append(String.format(Locale.ROOT, "%-26s %5d %5d %9.3f%n", field, counts[0], counts[1],
                    fieldAccuracy(field)));
        }
        out.append(String.format(Locale.ROOT, "%-26s %21.3f%n", "metadata (all fields)", metadataAccuracy()));
        return out.toString();
    }

    /** One line of figures, for the per-fold table. */
    String summary() {
        Tally refs = tally("numbered references");
        return String.format(Locale.ROOT, "refs P/R/F1 %.3f/%.3f/%.3f  details F1 %.3f  laws R %.3f (P %.3f)  metadata %.3f",
                refs.precision(), refs.recall(), refs.f1(), tally("references with details").f1(),
                tally("laws by name and date").recall(), tally("laws by name and date").precision(), metadataAccuracy());
    }
}
