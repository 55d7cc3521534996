package vn.vbtrace.web;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vbtrace.index.AlqacData;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.system.DataFolder;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The 2,131 ALQAC articles (one document each) indexed in a data folder, and the real server started on it: what the
 * integration tests that ask ALQAC's questions over HTTP, as a user would, stand on.
 */
final class AlqacServer implements AutoCloseable {

    /** What a test does with the index before the server opens the folder (and holds the index's write lock). */
    interface BeforeServing {
        void with(AlqacData data, SearchIndex index) throws Exception;
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final AlqacData data;
    private final ConfigurableApplicationContext server;
    private final String base;

    private AlqacServer(AlqacData data, ConfigurableApplicationContext server) {
        this.data = data;
        this.server = server;
        this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    static AlqacServer start(Path dir, BeforeServing beforeServing) throws Exception {
        AlqacData data = AlqacData.load();
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (SearchIndex index = SearchIndex.openWritable(folder.index())) {
            index.putAll(data.documents());
            beforeServing.with(data, index);
        }
        return new AlqacServer(data, WebServer.start(folder.root(), 0, null));
    }

    AlqacData data() {
        return data;
    }

    /** GET /api/search for the query's first ten hits. */
    HttpResponse<String> search(String query) throws Exception {
        URI uri = URI.create(base + "/api/search?limit=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
