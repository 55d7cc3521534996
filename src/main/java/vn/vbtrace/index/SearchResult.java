package vn.vbtrace.index;

import java.util.List;

/** {"total": n, "hits": [...], "facets": {"type": {..}, "issuer": {..}, "year": {..}}} */
public record SearchResult(long total, List<SearchHit> hits, Facets facets) {

    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, Facets.NONE);
    }
}
