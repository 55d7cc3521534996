package vn.vbtrace.system;

import vn.vbtrace.index.IndexFileAccess;
import vn.vbtrace.index.OpenSearchIndex;
import vn.vbtrace.index.OpenSearchTaskIndex;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.index.TaskIndex;

import java.net.URI;
import java.util.Optional;

/**
 * Where the search index and the duty clauses live: in this process (Lucene, in the data folder) unless
 * vbtrace.search.uri (or the VBTRACE_SEARCH_URI environment variable) names an OpenSearch server, e.g.
 * http://127.0.0.1:9200, with vbtrace.search.user / VBTRACE_SEARCH_USER and vbtrace.search.password /
 * VBTRACE_SEARCH_PASSWORD when it asks for them, and vbtrace.search.index / VBTRACE_SEARCH_INDEX for the index
 * name (default vbtrace-documents); the duty clauses are then in the index of that name followed by "-tasks".
 */
public final class SearchConnection {

    private SearchConnection() {
    }

    /** The settings of a server: its address, login and the documents' index name. */
    private record Server(URI uri, String user, String password, String index) {
    }

    /** The writable index of this data folder (its files read as {@code access} says), or the server's. */
    public static SearchIndex openWritable(DataFolder data, IndexFileAccess access) {
        return server().<SearchIndex>map(s -> OpenSearchIndex.connect(s.uri(), s.user(), s.password(), s.index()))
                .orElseGet(() -> SearchIndex.openWritable(data.index(), access));
    }

    /** The duty clauses of this data folder (its files read as {@code access} says), or the server's. */
    public static TaskIndex openTasks(DataFolder data, IndexFileAccess access) {
        return server().<TaskIndex>map(s -> OpenSearchTaskIndex.connect(s.uri(), s.user(), s.password(),
                        s.index() + OpenSearchTaskIndex.SUFFIX))
                .orElseGet(() -> TaskIndex.openWritable(data.tasks(), access));
    }

    /** For a command beside a running server: the server's index, or the data folder's if it exists. */
    public static Optional<SearchIndex> openReadOnly(DataFolder data) {
        Optional<Server> server = server();
        if (server.isPresent()) {
            Server s = server.get();
            return Optional.of(OpenSearchIndex.connect(s.uri(), s.user(), s.password(), s.index()));
        }
        return SearchIndex.openReadOnly(data.index());
    }

    private static Optional<Server> server() {
        String uri = Setting.of("vbtrace.search.uri", "VBTRACE_SEARCH_URI");
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        String name = Setting.of("vbtrace.search.index", "VBTRACE_SEARCH_INDEX");
        return Optional.of(new Server(URI.create(uri.strip()), Setting.of("vbtrace.search.user", "VBTRACE_SEARCH_USER"),
                Setting.of("vbtrace.search.password", "VBTRACE_SEARCH_PASSWORD"),
                name == null || name.isBlank() ? OpenSearchIndex.DEFAULT_NAME : name.strip()));
    }
}
