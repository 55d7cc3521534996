package vn.vbtrace.index;

import java.util.Locale;

/**
 * A full-text query with its optional filters; null means "no filter". {@code status} is a validity status name.
 * {@code mode}: "any" (the default: every document holding some of the words, best first) or "all" (only
 * documents holding every word of the query but its question frame). Quoted phrases ("Sở Tài chính") must
 * stand word for word in every hit, in both modes.
 */
public record SearchRequest(String query, int limit, int offset, String type, String issuer, Integer fromYear, Integer toYear,
                            String province, String status, String mode) {

    public static final String ANY = "any";
    public static final String ALL = "all";

    public SearchRequest {
        if (limit <= 0) {
            limit = 10;
        }
        limit = Math.min(limit, 1000);
        offset = Math.max(0, offset);
        mode = mode == null || mode.isBlank() ? ANY : mode.strip().toLowerCase(Locale.ROOT);
        if (!mode.equals(ANY) && !mode.equals(ALL)) {
            throw new IllegalArgumentException("chế độ tìm \"" + mode + "\" không có: dùng any (một trong các từ) hoặc all (đủ mọi từ)");
        }
    }

    public SearchRequest(String query, int limit, int offset, String type, String issuer, Integer fromYear, Integer toYear,
                         String province, String status) {
        this(query, limit, offset, type, issuer, fromYear, toYear, province, status, ANY);
    }

    public SearchRequest(String query, int limit, int offset, String type, String issuer, Integer fromYear, Integer toYear) {
        this(query, limit, offset, type, issuer, fromYear, toYear, null, null, ANY);
    }

    public SearchRequest(String query, int limit, int offset, String type, String issuer, Integer fromYear, Integer toYear,
                         String province) {
        this(query, limit, offset, type, issuer, fromYear, toYear, province, null, ANY);
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, 0, null, null, null, null, null, null, ANY);
    }

    /** Whether every word must be in a hit. */
    public boolean allWords() {
        return ALL.equals(mode);
    }

    public SearchRequest withMode(String mode) {
        return new SearchRequest(query, limit, offset, type, issuer, fromYear, toYear, province, status, mode);
    }
}
