package vn.vbtrace.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edges a document's references make, as both stores keep them: one per (cited document, relation), the first
 * mention in the text winning, in text order. A mention of the document itself ("Ban hành kèm theo Quyết định số
 * 1852/QĐ-UBND" inside 1852's own plan) and a mention that identifies nothing make no edge. The graph writes these
 * edges; the search index counts and orders a document's citers by them, so both must read the same list.
 */
public record CitationEdges(String citingId, List<Edge> edges) {

    /** One edge: the cited document's id, how it is cited, and the mention that made it (its date, words, place). */
    public record Edge(String targetId, Relation relation, Reference mention) {
    }

    public static CitationEdges of(IngestedDocument doc) {
        List<Reference> ordered = new ArrayList<>(doc.extraction().references());
        ordered.sort(Comparator.comparingInt(Reference::start));
        Map<String, Edge> first = new LinkedHashMap<>();
        for (Reference ref : ordered) {
            String target = DocumentNumbers.targetId(ref);
            if (target != null && !target.equals(doc.id()) && ref.relation() != null) {
                first.putIfAbsent(target + "|" + ref.relation(), new Edge(target, ref.relation(), ref));
            }
        }
        return new CitationEdges(doc.id(), List.copyOf(first.values()));
    }

    /**
     * Each cited document once, with the edge that comes first in the text: the mention a citer is shown by, whose
     * date is the one "this citer gives".
     */
    public Map<String, Edge> firstByTarget() {
        Map<String, Edge> first = new LinkedHashMap<>();
        for (Edge edge : edges) {
            first.putIfAbsent(edge.targetId(), edge);
        }
        return first;
    }
}
