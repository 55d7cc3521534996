package vn.vbtrace.search;

import vn.vbtrace.document.Facets;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.DocumentSummary;
import vn.vbtrace.graph.GraphCounts;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;

import java.util.List;

/**
 * What the home page shows before anything is typed: how much the repository holds, the documents issued
 * last, and every way to browse it (issuer, type, year, validity, place) with counts. The counts come from
 * the stores' own totals and the facets from one match-all pass over doc values: nothing loads the documents.
 */
public final class RepositoryOverview {

    /** How many latest documents the home page lists. */
    public static final int LATEST = 10;

    private final SearchIndex index;
    private final GraphStore graph;

    public RepositoryOverview(SearchIndex index, GraphStore graph) {
        this.index = index;
        this.graph = graph;
    }

    /**
     * {@code documents}: held in the repository (text searchable); {@code cited}: known only because held
     * documents cite them; {@code bodies}, {@code tasks} (duty clauses) and {@code programs} as the graph holds them.
     */
    public record Counts(long documents, long cited, long bodies, long tasks, long programs) {
    }

    public record Overview(Counts counts, List<DocumentSummary> latest, Facets browse) {
    }

    public Overview overview() {
        long held = index.count();
        GraphCounts graphCounts = graph.counts();
        Counts counts = new Counts(held, Math.max(0, graphCounts.documents() - held), graphCounts.bodies(),
                graphCounts.tasks(), graphCounts.programs());
        Facets browse = index.search(SearchRequest.of("", 1)).facets();
        return new Overview(counts, graph.latestDocuments(LATEST), browse);
    }
}
