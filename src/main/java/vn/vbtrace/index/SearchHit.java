package vn.vbtrace.index;

import java.util.List;

/**
 * One search result in the contract's shape; {@code highlights} are the spans of the snippet
 * (start inclusive, end exclusive, in chars) where a query word stands, for the UI to mark.
 */
public record SearchHit(String id, String source, String number, String title, String type, String issuer,
                        String issuedDate, float score, String snippet, List<Span> highlights) {

    public record Span(int start, int end) {
    }
}
