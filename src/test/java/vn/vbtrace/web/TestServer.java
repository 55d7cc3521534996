package vn.vbtrace.web;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.FileUpload;
import vn.vbtrace.TestUsers;
import vn.vbtrace.document.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real server (127.0.0.1, a port the OS picks) with the shipped corpus ingested, started once for the REST test
 * classes of a run and called over HTTP: starting the embedded Neo4j and ingesting takes most of a minute, and these
 * classes only read, or write documents of their own that the others' answers tolerate. Its data folder is under
 * target/; Spring's shutdown hook closes it when the test JVM ends.
 */
final class TestServer {

    private static ConfigurableApplicationContext server;
    private static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestServer() {
    }

    static synchronized String base() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-servers")), "rest-");
                // Writes need a role (issue 12): an editor signs these tests' writes with HTTP Basic.
                TestUsers.add(data.resolve("data"), TestUsers.EDITOR);
                server = WebServer.start(data.resolve("data"), 0, TestCorpus.ROOT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
        }
        return base;
    }

    static synchronized ConfigurableApplicationContext context() {
        base();
        return server;
    }

    record Reply(int status, String body, HttpResponse.ResponseInfo info) {
        JsonNode json() {
            return Json.mapper().readTree(body);
        }

        String contentType() {
            return info.headers().firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return info.headers().firstValue(name).orElse(null);
        }
    }

    static Reply get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body(), responseInfo(r));
    }

    static HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Reply put(String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Authorization", TestUsers.EDITOR.basic())
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body(), responseInfo(r));
    }

    static Reply post(String path, String contentType, byte[] body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Authorization", TestUsers.EDITOR.basic())
                        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body(), responseInfo(r));
    }

    /** A multipart/form-data body with one file in the field "file". */
    static Reply upload(String path, String fileName, byte[] content) throws Exception {
        FileUpload upload = FileUpload.of(fileName, content);
        return post(path, upload.contentType(), upload.body());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse.ResponseInfo responseInfo(HttpResponse<?> r) {
        return new HttpResponse.ResponseInfo() {
            public int statusCode() {
                return r.statusCode();
            }

            public java.net.http.HttpHeaders headers() {
                return r.headers();
            }

            public HttpClient.Version version() {
                return r.version();
            }
        };
    }
}
