package vn.vbtrace.document;

import java.util.List;

/**
 * {"total": n, "hits": [...], "facets": {"type": {..}, "issuer": {..}, "year": {..}, ...}, "phrasesNotFound": [..]}
 *
 * @param phrasesNotFound the quoted phrases no document holds: rather than answer nothing, the search
 *                        then ranks by their words without requiring them in a row (the page says so)
 */
public record SearchResult(long total, List<SearchHit> hits, Facets facets, List<String> phrasesNotFound) {

    public SearchResult(long total, List<SearchHit> hits, Facets facets) {
        this(total, hits, facets, List.of());
    }

    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, Facets.NONE, List.of());
    }
}
