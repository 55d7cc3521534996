package vn.vbtrace.index;

import java.util.List;

/** {"total": n, "hits": [...]} */
public record SearchResult(long total, List<SearchHit> hits) {
}
