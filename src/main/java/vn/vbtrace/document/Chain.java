package vn.vbtrace.document;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A citation chain around one document; edges keep the direction of the citation (citing → cited).
 * {@code programs} are the programs approved by documents of the chain, with their lineage neighbours.
 * The chain is bounded: at most {@code limit} documents; {@code truncated} lists each document whose neighbours
 * were not all shown, with how many there are, a cursor for the next page and, for the largest, what the
 * hidden ones are (counts by relation, issuer and year).
 */
public record Chain(ChainNode root, List<ChainNode> nodes, List<ChainEdge> edges, List<ProgramSummary> programs,
                    Integer limit, List<Truncated> truncated) {

    /**
     * A document of the chain with more neighbours in {@code direction} (UP: what it cites, DOWN: its citers)
     * than shown: {@code shown} on this page, {@code total} distinct documents in all; {@code cursor} asks for the
     * next page; {@code groups} counts all of them, for the documents with the most left out.
     */
    public record Truncated(String id, String direction, int shown, int total, String cursor, Groups groups) {

        int hidden() {
            return total - shown;
        }

        public Truncated withGroups(Groups counted) {
            return new Truncated(id, direction, shown, total, cursor, counted);
        }
    }

    /** Counts of a document's citers (or cited documents) by relation, by issuer (the most frequent) and by year. */
    public record Groups(Map<String, Integer> byRelation, Map<String, Integer> byIssuer, Map<String, Integer> byYear,
                         int otherIssuers) {

        /** Issuers listed by name; the rest are counted together in {@code otherIssuers}. */
        public static final int ISSUERS_SHOWN = 20;

        public static Groups of(Map<String, Integer> byRelation, Map<String, Integer> byIssuer, Map<String, Integer> byYear) {
            Map<String, Integer> issuers = new LinkedHashMap<>();
            int[] other = {0};
            byIssuer.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> {
                        if (issuers.size() < ISSUERS_SHOWN) {
                            issuers.put(e.getKey(), e.getValue());
                        } else {
                            other[0] += e.getValue();
                        }
                    });
            Map<String, Integer> years = new LinkedHashMap<>();
            byYear.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                    .forEach(e -> years.put(e.getKey(), e.getValue()));
            return new Groups(sorted(byRelation), issuers, years, other[0]);
        }

        private static Map<String, Integer> sorted(Map<String, Integer> counts) {
            Map<String, Integer> out = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }

    public Chain {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        programs = programs == null ? List.of() : List.copyOf(programs);
        truncated = truncated == null ? List.of() : List.copyOf(truncated);
    }

    public Chain(ChainNode root, List<ChainNode> nodes, List<ChainEdge> edges, List<ProgramSummary> programs) {
        this(root, nodes, edges, programs, null, List.of());
    }

    public Chain(ChainNode root, List<ChainNode> nodes, List<ChainEdge> edges) {
        this(root, nodes, edges, List.of());
    }

    /** Whether every neighbour within the asked depth is shown. */
    public boolean isComplete() {
        return truncated.isEmpty();
    }

    public Chain withPrograms(List<ProgramSummary> approved) {
        return new Chain(root, nodes, edges, approved, limit, truncated);
    }

    public Chain withTruncated(List<Truncated> counted) {
        return new Chain(root, nodes, edges, programs, limit, counted);
    }
}
