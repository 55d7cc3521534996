package vn.vbtrace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.reorg.HoldersToday;
import vn.vbtrace.reorg.Successions;
import vn.vbtrace.validity.ValidityService;

/** Full-text search: the index only, no graph; a hit's duty names the body that holds it today. */
public final class SearchService {

    /** The longest question or query taken (characters): a pasted title fits, a pasted document does not. */
    public static final int MAX_QUERY_LENGTH = 1000;
    /** Hits per page at most. */
    public static final int MAX_LIMIT = 1000;
    /** How deep paging may go: every page re-ranks offset + limit hits. */
    public static final int MAX_OFFSET = 10_000;

    private final SearchIndex index;
    private final HoldersToday holders;

    public SearchService(SearchIndex index, HoldersToday holders) {
        this.index = index;
        this.holders = holders;
    }

    public SearchService(SearchIndex index) {
        this(index, new HoldersToday(Successions.shipped(), Clock.system(ValidityService.VIETNAM)));
    }

    public SearchResult search(SearchRequest request) {
        if (request.fromYear() != null && request.toYear() != null && request.fromYear() > request.toYear()) {
            throw new InvalidInputException("year-range-empty", "khoảng năm trống: năm bắt đầu " + request.fromYear() + " sau năm kết thúc " + request.toYear());
        }
        return withHoldersToday(index.search(request));
    }

    /** Each hit whose passage lies in a duty of a body the 2025 reorganization merged gains the body of today. */
    private SearchResult withHoldersToday(SearchResult result) {
        LocalDate today = holders.today();
        List<SearchHit> hits = result.hits().stream()
                .map(hit -> hit.place().duty() == null ? hit
                        : holders.successor(hit.place().duty().body(), hit.place().duty().province(), today)
                                .map(hit::withDutySuccessor).orElse(hit))
                .toList();
        return new SearchResult(result.total(), hits, result.facets(), result.phrasesNotFound());
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
