package vn.vbtrace.search;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.index.SearchIndex;

/** Full-text search: the index only, no graph. */
public final class SearchService {

    /** The longest question or query taken (characters): a pasted title fits, a pasted document does not. */
    public static final int MAX_QUERY_LENGTH = 1000;
    /** Hits per page at most. */
    public static final int MAX_LIMIT = 1000;
    /** How deep paging may go: every page re-ranks offset + limit hits. */
    public static final int MAX_OFFSET = 10_000;

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        if (request.fromYear() != null && request.toYear() != null && request.fromYear() > request.toYear()) {
            throw new InvalidInputException("year-range-empty", "khoảng năm trống: năm bắt đầu " + request.fromYear() + " sau năm kết thúc " + request.toYear());
        }
        return index.search(request);
    }

    /** A page of hits: limit 1 to {@value #MAX_LIMIT}, offset 0 to {@value #MAX_OFFSET}. */
    public static void checkPaging(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit-out-of-range", "limit phải từ 1 đến " + MAX_LIMIT + ", không phải " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidInputException("offset-out-of-range", "offset phải từ 0 đến " + MAX_OFFSET + ", không phải " + offset);
        }
    }

    /** A question or any other free text a request carries: at most {@value #MAX_QUERY_LENGTH} characters. */
    public static void checkLength(String name, String text) {
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("query-too-long", name + " dài " + text.length() + " ký tự, quá mức tối đa "
                    + MAX_QUERY_LENGTH + " ký tự: hãy rút gọn");
        }
    }
}
