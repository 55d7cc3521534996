package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.search.SearchService;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Full-text search over the index alone (no graph database is started). */
@Command(name = "search", description = "Full-text search, with or without diacritics, by words or document number.")
final class SearchCommand extends BaseCommand {

    @Parameters(paramLabel = "QUERY")
    String query;

    @Option(names = "--limit", defaultValue = "10")
    int limit;

    @Option(names = "--offset", defaultValue = "0")
    int offset;

    @Option(names = "--type", description = "document type, e.g. \"Quyết định\"")
    String type;

    @Option(names = "--issuer", description = "issuer, e.g. \"UBND tỉnh Bắc Kạn\"")
    String issuer;

    @Option(names = "--province", description = "place of issue, e.g. \"Bắc Kạn\" (diacritics optional)")
    String province;

    @Option(names = "--status", description = "validity status: IN_FORCE, NOT_YET_IN_FORCE, EXPIRED, PARTLY_EXPIRED, REPLACED, UNKNOWN")
    String status;

    /** How the words of the query must match; picocli turns any other value into a usage error (exit 2). */
    enum Mode { any, all }

    @Option(names = "--mode", paramLabel = "any|all", defaultValue = "any",
            description = "any (default): documents with some of the words, best first; all: only documents with every word."
                    + " A \"quoted phrase\" must stand word for word in every hit.")
    Mode mode;

    @Option(names = "--from", paramLabel = "YYYY")
    Integer from;

    @Option(names = "--to", paramLabel = "YYYY")
    Integer to;

    @Option(names = "--filter", paramLabel = "NAME=VALUE",
            description = "any filter GET /api/filters lists, by its parameter name, e.g. --filter province=\"Bắc Kạn\"")
    Map<String, String> filters = new LinkedHashMap<>();

    @Override
    protected void validate() {
        check(() -> SearchService.checkPaging(limit, offset));
        check(() -> SearchService.checkLength("QUERY", query));
        for (String name : filters.keySet()) {
            if (!FilterField.allParameters().contains(name)) {
                throw usage("không có bộ lọc \"" + name + "\": dùng một trong " + FilterField.allParameters());
            }
        }
    }

    @Override
    protected int run() {
        // The options of the common filters, then any other the search declares (FilterField), by parameter name.
        Map<String, Object> parameters = ServerClient.query("type", type, "issuer", issuer, "from", from, "to", to,
                "province", province, "status", status);
        parameters.putAll(filters);
        SearchRequest request = SearchRequest.of(query).page(limit, offset).withMode(mode.name())
                .withParameters(name -> parameters.get(name) == null ? null : parameters.get(name).toString());
        Optional<ServerClient> server = server();
        SearchResult result;
        if (server.isPresent()) {
            Map<String, Object> asked = ServerClient.query("q", query, "limit", limit, "offset", offset, "mode", mode.name());
            asked.putAll(parameters);
            result = server.get().get("/api/search", asked, SearchResult.class);
            return print(result);
        }
        Optional<SearchIndex> opened = vn.vbtrace.system.SearchConnection.openReadOnly(dataFolder());
        if (opened.isEmpty()) {
            result = new SearchResult(0, java.util.List.of()); // nothing ingested yet
        } else {
            try (SearchIndex index = opened.get()) {
                result = new SearchService(index).search(request);
            }
        }
        return print(result);
    }

    private int print(SearchResult result) {
        if (json) {
            printJson(result);
            return OK;
        }
        out().printf("%d documents%n", result.total());
        for (String phrase : result.phrasesNotFound()) {
            out().printf("Không văn bản nào có cụm từ \"%s\": kết quả tìm theo các từ của cụm từ này%n", phrase);
        }
        for (SearchHit hit : result.hits()) {
            SearchHit.Document doc = hit.document();
            SearchHit.Place place = hit.place();
            String where = hit.citations().stub() ? "not in the repository; cited by " + hit.citations().citedByCount() + ": "
                    + String.join(", ", hit.citations().citedBy().stream().map(c -> ExtractCommand.nullToDash(c.number())).toList())
                    : doc.source() + (place.clause() == null ? "" : " — " + place.clause())
                    + (place.duty() == null ? "" : " — " + place.duty().body() + " (" + place.duty().role() + ")");
            out().printf("%6.2f  %-18s %s%n        %s%n        %s%n", hit.score(), ExtractCommand.nullToDash(doc.number()),
                    ExtractCommand.nullToDash(doc.title()), where, hit.passage().snippet());
            if (place.duty() != null) {
                printSuccessor(place.duty().successor());
            }
        }
        return OK;
    }
}
