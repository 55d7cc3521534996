package vn.vbtrace.index;

/** A full-text query with its optional filters; null means "no filter". {@code status} is a validity status name. */
public record SearchRequest(String query, int limit, int offset, String type, String issuer, Integer fromYear, Integer toYear,
                            String province, String status) {

    public SearchRequest {
        if (limit <= 0) {
            limit = 10;
        }
        limit = Math.min(limit, 1000);
        offset = Math.max(0, offset);
    }

    public SearchRequest(String query, int limit, int offset, String type, String issuer, Integer fromYear, Integer toYear) {
        this(query, limit, offset, type, issuer, fromYear, toYear, null, null);
    }

    public SearchRequest(String query, int limit, int offset, String type, String issuer, Integer fromYear, Integer toYear,
                         String province) {
        this(query, limit, offset, type, issuer, fromYear, toYear, province, null);
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, 0, null, null, null, null, null, null);
    }
}
