package vn.vbtrace.graph;

import vn.vbtrace.document.TextFold;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One program, however documents name it. The 1852 plan names the national program "to 2020" without
 * its decision, while the Hậu Giang plan gives 712/QĐ-TTg: both are the program approved by 712/QĐ-TTg.
 * Two mentions are one program when kind and end year agree, the start years and approving decisions do
 * not contradict each other, and their names share nearly all topic words. A name-keyed program met
 * again with its approving decision is absorbed into the decision-keyed one, links and all.
 */
final class ProgramIdentity {

    /** Words every program name has: they say nothing about which program it is. */
    private static final Set<String> GENERIC = Set.of("chuong", "trinh", "quoc", "gia", "du", "an", "de", "ke",
            "hoach", "giai", "doan", "den", "nam", "va", "cua", "ve", "tam", "nhin", "viet", "tren", "dia", "ban");

    /** Share of the shorter name's topic words the other must have. */
    private static final double SAME_NAME = 0.8;

    /**
     * The known programs a batch's programs could be: only the same kind and end year can be the same program
     * ({@link #same}), so only those are read (through the kind/end-year index), not every program there is.
     */
    private static final String KNOWN = """
            UNWIND $pairs AS pair
            MATCH (p:Program {kind: pair.kind, toYear: pair.toYear})
            WHERE p.stub = false
            RETURN DISTINCT p.key AS key, p.name AS name, p.kind AS kind, p.fromYear AS fromYear, p.toYear AS toYear,
                   p.approvedById AS approvedById
            ORDER BY key
            """;

    private static final List<String> ABSORB = List.of("""
            MATCH (d:Document)-[:MENTIONS]->(:Program {key: $old})
            MATCH (p:Program {key: $new})
            MERGE (d)-[:MENTIONS]->(p)
            """, """
            MATCH (:Program {key: $old})-[:SUCCEEDS]->(q:Program)
            MATCH (p:Program {key: $new}) WHERE q <> p
            MERGE (p)-[:SUCCEEDS]->(q)
            """, """
            MATCH (q:Program)-[:SUCCEEDS]->(:Program {key: $old})
            MATCH (p:Program {key: $new}) WHERE q <> p
            MERGE (q)-[:SUCCEEDS]->(p)
            """, """
            MATCH (old:Program {key: $old}), (p:Program {key: $new})
            SET p.shortName = coalesce(p.shortName, old.shortName), p.fromYear = coalesce(p.fromYear, old.fromYear)
            DETACH DELETE old
            """);

    private ProgramIdentity() {
    }

    /** What resolving one document's programs decided: its programs re-keyed, and name-keyed programs to absorb. */
    record Resolution(List<Map<String, Object>> programs, Map<String, String> absorbed) {
    }

    /** The programs already in the graph that any of {@code programs} could be, read in the writing transaction. */
    static List<Map<String, Object>> known(SimpleQueryRunner tx, List<Map<String, Object>> programs) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Map<String, Object> program : programs) {
            Object kind = program.get("kind");
            Object toYear = program.get("toYear");
            if (kind != null && toYear != null && seen.add(kind + "|" + toYear)) {
                pairs.add(Map.of("kind", kind, "toYear", toYear));
            }
        }
        if (pairs.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(DocumentWriter.run(tx, KNOWN, Map.of("pairs", pairs)).list(Record::asMap));
    }

    /**
     * After one document's programs were resolved: what a later document of the same batch must see, as if the
     * graph had been written in between (its programs known, the absorbed ones gone).
     */
    static void learn(List<Map<String, Object>> known, Resolution resolution) {
        known.removeIf(other -> resolution.absorbed().containsKey((String) other.get("key")));
        for (Map<String, Object> program : resolution.programs()) {
            Object key = program.get("key");
            Map<String, Object> merged = new HashMap<>(program);
            for (java.util.Iterator<Map<String, Object>> it = known.iterator(); it.hasNext(); ) {
                Map<String, Object> other = it.next();
                if (other.get("key").equals(key)) {
                    other.forEach(merged::putIfAbsent);
                    merged.replaceAll((k, v) -> v != null ? v : other.get(k));
                    it.remove();
                }
            }
            known.add(merged);
        }
    }

    static Resolution resolve(List<Map<String, Object>> programs, List<Map<String, Object>> known) {
        Map<String, String> rekey = new HashMap<>();
        Map<String, String> absorbed = new LinkedHashMap<>();
        for (Map<String, Object> program : programs) {
            for (Map<String, Object> other : known) {
                if (other.get("key").equals(program.get("key")) || !same(program, other)) {
                    continue;
                }
                if (program.get("approvedById") != null && other.get("approvedById") == null) {
                    absorbed.put((String) other.get("key"), (String) program.get("key"));
                } else {
                    rekey.put((String) program.get("key"), (String) other.get("key"));
                }
                break;
            }
        }
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> program : programs) {
            Map<String, Object> p = new HashMap<>(program);
            p.put("key", rekey.getOrDefault((String) program.get("key"), (String) program.get("key")));
            if (p.get("succeeds") != null) {
                String succeeds = (String) p.get("succeeds");
                p.put("succeeds", rekey.getOrDefault(succeeds, absorbed.getOrDefault(succeeds, succeeds)));
            }
            byKey.merge((String) p.get("key"), p, ProgramIdentity::fillGaps);
        }
        return new Resolution(new ArrayList<>(byKey.values()), absorbed);
    }

    static void absorb(SimpleQueryRunner tx, Map<String, String> absorbed) {
        absorbed.forEach((old, into) -> ABSORB.forEach(statement -> DocumentWriter.run(tx, statement, Map.of("old", old, "new", into)).consume()));
    }

    static boolean same(Map<String, Object> a, Map<String, Object> b) {
        return agree(a.get("kind"), b.get("kind"), false)
                && agree(a.get("toYear"), b.get("toYear"), false)
                && agree(a.get("fromYear"), b.get("fromYear"), true)
                && agree(a.get("approvedById"), b.get("approvedById"), true)
                && sameName((String) a.get("name"), (String) b.get("name"));
    }

    /** Equal values agree; a missing value agrees only when {@code missingAgrees}. */
    private static boolean agree(Object a, Object b, boolean missingAgrees) {
        if (a == null || b == null) {
            return missingAgrees;
        }
        return Objects.equals(String.valueOf(a), String.valueOf(b));
    }

    static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Set<String> x = topicWords(a);
        Set<String> y = topicWords(b);
        Set<String> smaller = x.size() <= y.size() ? x : y;
        Set<String> larger = smaller == x ? y : x;
        if (smaller.size() < 3) {
            return false;
        }
        long shared = smaller.stream().filter(larger::contains).count();
        return shared >= SAME_NAME * smaller.size();
    }

    private static Set<String> topicWords(String name) {
        Set<String> words = new java.util.HashSet<>();
        for (String word : TextFold.fold(name).split("[^a-z]+")) {
            if (!word.isEmpty() && !GENERIC.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static Map<String, Object> fillGaps(Map<String, Object> first, Map<String, Object> second) {
        Map<String, Object> merged = new HashMap<>(first);
        second.forEach((k, v) -> merged.putIfAbsent(k, v));
        merged.replaceAll((k, v) -> v != null ? v : second.get(k));
        return merged;
    }
}
