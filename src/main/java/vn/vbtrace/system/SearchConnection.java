package vn.vbtrace.system;

import vn.vbtrace.index.OpenSearchIndex;
import vn.vbtrace.index.SearchIndex;

import java.net.URI;
import java.util.Optional;

/**
 * Where the search index lives: in this process (Lucene, in the data folder) unless vbtrace.search.uri (or the
 * VBTRACE_SEARCH_URI environment variable) names an OpenSearch server, e.g. http://127.0.0.1:9200, with
 * vbtrace.search.user / VBTRACE_SEARCH_USER and vbtrace.search.password / VBTRACE_SEARCH_PASSWORD when it asks
 * for them, and vbtrace.search.index / VBTRACE_SEARCH_INDEX for the index name (default vbtrace-documents).
 */
public final class SearchConnection {

    private SearchConnection() {
    }

    /** The writable index of this data folder, or the server's. */
    public static SearchIndex openWritable(DataFolder data) {
        return server().<SearchIndex>map(s -> s).orElseGet(() -> SearchIndex.openWritable(data.index()));
    }

    /** For a command beside a running server: the server's index, or the data folder's if it exists. */
    public static Optional<SearchIndex> openReadOnly(DataFolder data) {
        Optional<OpenSearchIndex> server = server();
        if (server.isPresent()) {
            return Optional.of(server.get());
        }
        return SearchIndex.openReadOnly(data.index());
    }

    private static Optional<OpenSearchIndex> server() {
        String uri = Setting.of("vbtrace.search.uri", "VBTRACE_SEARCH_URI");
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        String name = Setting.of("vbtrace.search.index", "VBTRACE_SEARCH_INDEX");
        return Optional.of(OpenSearchIndex.connect(URI.create(uri.strip()), Setting.of("vbtrace.search.user", "VBTRACE_SEARCH_USER"),
                Setting.of("vbtrace.search.password", "VBTRACE_SEARCH_PASSWORD"),
                name == null || name.isBlank() ? OpenSearchIndex.DEFAULT_NAME : name.strip()));
    }
}
