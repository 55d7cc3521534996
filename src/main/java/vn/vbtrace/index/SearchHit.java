package vn.vbtrace.index;

/** One search result in the contract's shape. */
public record SearchHit(String id, String source, String number, String title, String type, String issuer,
                        String issuedDate, float score, String snippet) {
}
