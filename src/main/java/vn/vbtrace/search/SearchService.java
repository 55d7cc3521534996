package vn.vbtrace.search;

import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.index.SearchRequest;
import vn.vbtrace.index.SearchResult;

/** Full-text search: the index only, no graph. */
public final class SearchService {

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        if (request.fromYear() != null && request.toYear() != null && request.fromYear() > request.toYear()) {
            throw new IllegalArgumentException("the year range is empty: from " + request.fromYear() + " is after to " + request.toYear());
        }
        return index.search(request);
    }
}
