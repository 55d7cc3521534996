package vn.vbtrace.extract.gold;

import vn.vbtrace.document.TextFold;
import static vn.vbtrace.extract.gold.GoldFile.str;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Program;
import vn.vbtrace.document.Reference;

/**
 * Matches an extraction against a gold file and adds to the tallies of each kind:
 * <ul>
 * <li>metadata fields: each non-null field, compared folded (titles without a leading type word);
 * <li>reference spans: same number (or same law title when there is no number) and overlapping span;
 * <li>references: a span match whose type, issuer and date are also right;
 * <li>relations: a span match whose relation is right;
 * <li>bodies: the distinct bodies given duties in the document;
 * <li>bodies+province: the same, each with the province the document places it in (none for a central body);
 * <li>assignments: same body and role, span overlapping the gold quote;
 * <li>deadlines: an assignment match with the same deadline, over the rows that have one;
 * <li>program names: same name, folded (quotes and period dashes unified; a name cut short still matches);
 * <li>programs: a name match whose kind, period, approving number, short name and predecessor are also right.
 * </ul>
 * A wrong attribute on a matched pair counts once as a false positive and once as a false negative.
 */
final class GoldScorer {

    static final List<String> KINDS = List.of("metadata fields", "reference spans", "references", "relations",
            "bodies", "bodies+province", "assignments", "deadlines", "program names", "programs");

    final Map<String, Tally> tallies = new LinkedHashMap<>();
    final List<String> misses = new ArrayList<>();

    GoldScorer() {
        KINDS.forEach(kind -> tallies.put(kind, new Tally()));
    }

    Tally tally(String kind) {
        return tallies.get(kind);
    }

    /** The kinds a set that labels only the duties of its texts is scored on (duties-fresh). */
    static final List<String> DUTY_KINDS = List.of("bodies", "bodies+province", "assignments", "deadlines");

    /** The duties alone: a set whose labels hold nothing else (duties-fresh). */
    void scoreDuties(String doc, String text, Extraction extraction, List<JsonNode> gold) {
        assignments(doc, text, extraction.assignments(), gold);
    }

    void score(String doc, String text, Extraction extraction, GoldFile gold) {
        metadata(doc, extraction.document(), gold.metadata());
        references(doc, text, extraction.references(), gold.references());
        assignments(doc, text, extraction.assignments(), gold.assignments());
        programs(doc, extraction.programs(), gold.programs());
    }

    // --- programs -----------------------------------------------------------------------------

    private void programs(String doc, List<Program> got, List<JsonNode> gold) {
        Set<Program> used = new HashSet<>();
        for (JsonNode g : gold) {
            Program match = null;
            for (Program p : got) {
                if (!used.contains(p) && sameProgramName(str(g, "name"), p.name())) {
                    match = p;
                    break;
                }
            }
            if (match == null) {
                tally("program names").fn++;
                tally("programs").fn++;
                misses.add(doc + " program missed: " + str(g, "name"));
                continue;
            }
            used.add(match);
            tally("program names").tp++;
            String wrong = programDetails(g, match, got);
            if (wrong.isEmpty()) {
                tally("programs").tp++;
            } else {
                tally("programs").fp++;
                tally("programs").fn++;
                misses.add(doc + " program " + str(g, "name") + ":" + wrong);
            }
        }
        for (Program p : got) {
            if (!used.contains(p)) {
                tally("program names").fp++;
                tally("programs").fp++;
                misses.add(doc + " program not in gold: " + p.name());
            }
        }
    }

    private static String programDetails(JsonNode g, Program p, List<Program> all) {
        StringBuilder wrong = new StringBuilder();
        if (!Objects.equals(str(g, "kind"), p.kind())) {
            wrong.append(" kind ").append(p.kind());
        }
        if (!Objects.equals(str(g, "fromYear"), p.fromYear() == null ? null : p.fromYear().toString())
                || !Objects.equals(str(g, "toYear"), p.toYear() == null ? null : p.toYear().toString())) {
            wrong.append(" period ").append(p.fromYear()).append('-').append(p.toYear());
        }
        if (!Objects.equals(DocumentNumbers.key(str(g, "approvedBy")), DocumentNumbers.key(p.approvedBy()))) {
            wrong.append(" approvedBy ").append(p.approvedBy());
        }
        if (!Objects.equals(fold(str(g, "shortName")), fold(p.shortName()))) {
            wrong.append(" shortName ").append(p.shortName());
        }
        String succeeded = null;
        for (Program earlier : all) {
            if (p.succeeds() != null && p.succeeds().equals(earlier.key())) {
                succeeded = earlier.name();
            }
        }
        String want = str(g, "succeeds");
        if (want == null ? p.succeeds() != null : succeeded == null || !sameProgramName(want, succeeded)) {
            wrong.append(" succeeds ").append(p.succeeds());
        }
        return wrong.toString();
    }

    private static boolean sameProgramName(String want, String got) {
        String a = programKey(want);
        String b = programKey(got);
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        return shorter.length() >= 40 && (a.startsWith(b) || b.startsWith(a));
    }

    static String programKey(String name) {
        return fold(name).replaceAll("[\"“”]", "").replaceAll("\\s*[-–]\\s*", "-").replaceAll("\\s+", " ").strip();
    }

    // --- metadata -----------------------------------------------------------------------------

    private void metadata(String doc, DocumentMetadata got, JsonNode gold) {
        field(doc, "number", DocumentNumbers.key(str(gold, "number")), DocumentNumbers.key(got.number()));
        field(doc, "type", fold(str(gold, "type")), fold(got.type()));
        field(doc, "issuer", bodyKey(str(gold, "issuer")), bodyKey(got.issuer()));
        field(doc, "issuedDate", str(gold, "issuedDate"), got.issuedDate() == null ? null : got.issuedDate().toString());
        field(doc, "place", fold(str(gold, "place")), fold(got.place()));
        field(doc, "title", titleKey(str(gold, "title"), str(gold, "type")), titleKey(got.title(), got.type()));
        field(doc, "signer", fold(str(gold, "signer")), fold(got.signer()));
    }

    private void field(String doc, String name, String want, String got) {
        Tally t = tally("metadata fields");
        if (Objects.equals(want, got)) {
            if (want != null) {
                t.tp++;
            }
            return;
        }
        if (want != null) {
            t.fn++;
        }
        if (got != null) {
            t.fp++;
        }
        misses.add(doc + " metadata." + name + ": want " + want + ", got " + got);
    }

    // --- references ---------------------------------------------------------------------------

    private void references(String doc, String text, List<Reference> got, List<JsonNode> gold) {
        Set<Reference> used = new HashSet<>();
        for (JsonNode g : gold) {
            int[] span = Quotes.locate(text, str(g, "quote"), str(g, "after"));
            Reference match = null;
            for (Reference r : got) {
                if (!used.contains(r) && sameDocument(g, r) && overlaps(span, r.start(), r.end())) {
                    match = r;
                    break;
                }
            }
            if (match == null) {
                tally("reference spans").fn++;
                tally("references").fn++;
                tally("relations").fn++;
                misses.add(doc + " reference missed: " + str(g, "quote"));
                continue;
            }
            used.add(match);
            tally("reference spans").tp++;
            String details = details(g, match);
            if (details.isEmpty()) {
                tally("references").tp++;
            } else {
                tally("references").fp++;
                tally("references").fn++;
                misses.add(doc + " reference " + str(g, "quote") + ":" + details);
            }
            if (str(g, "relation").equals(match.relation().name())) {
                tally("relations").tp++;
            } else {
                tally("relations").fp++;
                tally("relations").fn++;
                misses.add(doc + " relation of " + str(g, "quote") + ": want " + str(g, "relation") + ", got " + match.relation());
            }
        }
        for (Reference r : got) {
            if (!used.contains(r)) {
                tally("reference spans").fp++;
                tally("references").fp++;
                tally("relations").fp++;
                misses.add(doc + " reference not in gold: " + r.number() + " / " + r.title() + " «" + r.text() + "»");
            }
        }
    }

    private static boolean sameDocument(JsonNode gold, Reference r) {
        String number = str(gold, "number");
        if (number != null) {
            return DocumentNumbers.key(number).equals(DocumentNumbers.key(r.number()));
        }
        return r.number() == null && fold(str(gold, "title")).equals(fold(r.title()));
    }

    private static String details(JsonNode g, Reference r) {
        StringBuilder wrong = new StringBuilder();
        if (!Objects.equals(fold(str(g, "type")), fold(r.type()))) {
            wrong.append(" type ").append(r.type());
        }
        // this set's labels give the maker a number's code or a law's type implies too (README), so the known one
        if (!Objects.equals(bodyKey(str(g, "issuer")), bodyKey(r.knownIssuer()))) {
            wrong.append(" issuer ").append(r.knownIssuer());
        }
        String date = str(g, "date");
        LocalDate got = r.date();
        if (!Objects.equals(date, got == null ? null : got.toString())) {
            wrong.append(" date ").append(got);
        }
        return wrong.toString();
    }

    // --- assignments --------------------------------------------------------------------------

    private void assignments(String doc, String text, List<Assignment> got, List<JsonNode> gold) {
        Set<String> goldBodies = new HashSet<>();
        Set<String> gotBodies = new HashSet<>();
        gold.forEach(g -> goldBodies.add(dutyBodyKey(str(g, "body"))));
        got.forEach(a -> gotBodies.add(dutyBodyKey(a.body())));
        Tally bodies = tally("bodies");
        for (String body : goldBodies) {
            if (gotBodies.contains(body)) {
                bodies.tp++;
            } else {
                bodies.fn++;
                misses.add(doc + " body never given a duty: " + body);
            }
        }
        for (String body : gotBodies) {
            if (!goldBodies.contains(body)) {
                bodies.fp++;
                misses.add(doc + " body not in gold: " + body);
            }
        }

        placedBodies(doc, got, gold);

        Set<Assignment> used = new HashSet<>();
        Tally deadlines = tally("deadlines");
        for (JsonNode g : gold) {
            int[] span = Quotes.locate(text, str(g, "quote"), str(g, "after"));
            String body = dutyBodyKey(str(g, "body"));
            Assignment match = null;
            for (Assignment a : got) {
                if (!used.contains(a) && dutyBodyKey(a.body()).equals(body) && a.role().name().equals(str(g, "role"))
                        && overlaps(span, a.start(), a.end())) {
                    match = a;
                    break;
                }
            }
            String deadline = str(g, "deadline");
            if (match == null) {
                tally("assignments").fn++;
                if (deadline != null) {
                    deadlines.fn++;
                }
                misses.add(doc + " assignment missed: " + str(g, "body") + " " + str(g, "role") + " «" + str(g, "quote") + "»");
                continue;
            }
            used.add(match);
            tally("assignments").tp++;
            if (Objects.equals(deadline, match.deadline())) {
                if (deadline != null) {
                    deadlines.tp++;
                }
            } else {
                if (deadline != null) {
                    deadlines.fn++;
                }
                if (match.deadline() != null) {
                    deadlines.fp++;
                }
                misses.add(doc + " deadline of " + str(g, "body") + " «" + str(g, "quote") + "»: want " + deadline
                        + ", got " + match.deadline());
            }
        }
        for (Assignment a : got) {
            if (!used.contains(a)) {
                tally("assignments").fp++;
                if (a.deadline() != null) {
                    deadlines.fp++;
                }
                misses.add(doc + " assignment not in gold: " + a.body() + " " + a.role() + " «"
                        + a.task().substring(0, Math.min(60, a.task().length())) + "»");
            }
        }
    }

    private void placedBodies(String doc, List<Assignment> got, List<JsonNode> gold) {
        Set<String> want = new HashSet<>();
        Set<String> found = new HashSet<>();
        gold.forEach(g -> want.add(dutyBodyKey(str(g, "body")) + " @ " + fold(str(g, "province"))));
        got.forEach(a -> found.add(dutyBodyKey(a.body()) + " @ " + fold(a.province())));
        Tally t = tally("bodies+province");
        for (String body : want) {
            if (found.contains(body)) {
                t.tp++;
            } else {
                t.fn++;
                misses.add(doc + " body with province missed: " + body);
            }
        }
        for (String body : found) {
            if (!want.contains(body)) {
                t.fp++;
                misses.add(doc + " body with province not in gold: " + body);
            }
        }
    }

    private static boolean overlaps(int[] span, int start, int end) {
        return start < span[1] && span[0] < end;
    }

    // --- comparison keys ----------------------------------------------------------------------

    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String folded = TextFold.fold(text).replace('“', '"').replace('”', '"');
        return folded.replaceAll("\\s+", " ").strip();
    }

    /**
     * A body's or issuer's comparison key: folded, "Ủy ban nhân dân" as "UBND", no "các" (the plural
     * mark: "UBND các huyện, thị xã" is "UBND huyện, thị xã"), the standard abbreviations HĐND and ĐBQH, a
     * collective's members in one order ("UBND các huyện, thành phố, thị xã" is "UBND huyện, thị xã, thành
     * phố"), a dash or a comma inside a name as a space, and a unit of a province compared without its province
     * ("Sở Tài chính tỉnh Bắc Kạn").
     */
    static String bodyKey(String body) {
        if (body == null) {
            return null;
        }
        String key = fold(body).replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd")
                .replace("dai bieu quoc hoi", "dbqh").replaceAll("(?<![a-z])cac ", "")
                .replaceAll("(?<![a-z])tp\\.? ?(?=[a-z])", "thanh pho "); // "UBND TP Thủ Đức" is "UBND thành phố Thủ Đức"
        if (!key.startsWith("ubnd")) {
            key = key.replaceFirst(" tinh( [a-z ]+)?$", "");
        }
        // "các sở, ngành liên quan", "các Sở, ban, ngành cấp tỉnh", "các sở, ngành Thành phố": one collective, a province's
        // agencies, written with or without "ban" and with a word of its level or of relevance after it ("của tỉnh",
        // "thuộc tỉnh": the province itself is dropped above)
        key = PROVINCIAL_AGENCIES.matcher(key.replaceFirst("^(so, .*?)(?: cua| thuoc| trong)$", "$1")).replaceFirst("so, ban, nganh");
        Matcher collective = COLLECTIVE.matcher(key);
        if (collective.matches()) {
            key = collective.group(1) + " " + String.join(", ", new TreeSet<>(List.of(collective.group(2).split(", "))));
        }
        return key.replaceAll("\\s*[-,]\\s*", " "); // "Sở Văn hóa - Thể thao và Du lịch" as "Sở Văn hóa, Thể thao ..."
    }

    /**
     * A duty's body as {@link #bodyKey}, and a province's People's Committee without its province ("UBND tỉnh Phú Thọ"
     * is the label's "UBND tỉnh", its province in a field of its own, compared by the bodies-with-province score); a
     * district's or a commune's keeps its place ("UBND huyện Tuy Phước"). Not for issuers, whose province is theirs.
     */
    static String dutyBodyKey(String body) {
        // (A group's key is sorted and spaced: "UBND các tỉnh, thành phố" is "ubnd thanh pho ... tinh"; a name after
        // "tỉnh" that holds a lower level or "và" is not a province's.)
        String key = bodyKey(body);
        return key == null ? null : key.replaceFirst(PROVINCIAL_COMMITTEE, "ubnd tinh");
    }

    private static final String PROVINCIAL_COMMITTEE = "^ubnd tinh (?!thanh pho)(?!.*\\b(?:va|huyen|xa|quan|phuong|thi)\\b)[a-z ]+$";

    private static final Pattern PROVINCIAL_AGENCIES = Pattern.compile(
            "^so, (?:ban, )?nganh(?: (?:co )?lien quan| cap(?: tinh)?| thanh pho)?$");

    /** A council and its members after commas: "ubnd huyen, thi xa, thanh pho". */
    private static final Pattern COLLECTIVE = Pattern.compile("(ubnd|hdnd)\\s+((?:[a-z ]+, )+[a-z ]+)");

    static String titleKey(String title, String type) {
        String key = fold(title);
        if (key == null) {
            return null;
        }
        String typeKey = fold(type);
        if (typeKey != null && key.startsWith(typeKey + " ")) {
            key = key.substring(typeKey.length() + 1);
        }
        return key.replaceAll("[.;:,]+$", "").toLowerCase(Locale.ROOT);
    }

    String table(String heading) {
        return table(heading, KINDS);
    }

    String table(String heading, List<String> kinds) {
        return Tally.table(heading, 18, kinds, this::tally);
    }
}
