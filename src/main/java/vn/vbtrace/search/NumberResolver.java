package vn.vbtrace.search;

import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.index.TypedNumbers;

/**
 * The number a user means: as typed when a document (held or cited) has it, case, spaces and diacritics aside;
 * else as the search box reads it ("qd 1322" is 1322/QĐ-TTg when that is the only such number). Anything it cannot
 * read is returned as typed, so the caller's "not found" names what the user wrote.
 */
public final class NumberResolver {

    private final GraphStore graph;
    private final SearchIndex index;

    public NumberResolver(GraphStore graph, SearchIndex index) {
        this.graph = graph;
        this.index = index;
    }

    public String resolve(String typed) {
        if (typed == null || typed.isBlank() || graph.findByNumber(typed).isPresent()) {
            return typed;
        }
        return resolveUnheld(typed);
    }

    /**
     * {@link #resolve} for a caller that has already looked the number up as typed and found no document: the page
     * and the chain, which try it as typed first since it is usually right. A number nobody has then costs the
     * index's reading of it, not the graph's lookup once more.
     */
    public String resolveUnheld(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        return TypedNumbers.resolve(index, typed).orElse(typed);
    }
}
