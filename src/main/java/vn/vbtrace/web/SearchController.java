package vn.vbtrace.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.index.SearchRequest;
import vn.vbtrace.index.SearchResult;
import vn.vbtrace.search.SearchService;

import java.util.Map;

@RestController
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/health")
    Map<String, String> health() {
        return Map.of("status", "UP"); // the Stores bean exists only once index and graph are open
    }

    @GetMapping("/api/search")
    SearchResult search(@RequestParam(name = "q", defaultValue = "") String query,
                        @RequestParam(defaultValue = "10") int limit,
                        @RequestParam(defaultValue = "0") int offset,
                        @RequestParam(required = false) String type,
                        @RequestParam(required = false) String issuer,
                        @RequestParam(required = false) Integer from,
                        @RequestParam(required = false) Integer to,
                        @RequestParam(required = false) String province,
                        @RequestParam(required = false) String status,
                        @RequestParam(required = false) String mode) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return search.search(new SearchRequest(query, limit, offset, type, issuer, from, to, province, status, mode));
    }
}
