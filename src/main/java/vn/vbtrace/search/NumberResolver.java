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
        return TypedNumbers.resolve(index, typed).orElse(typed);
    }
}
