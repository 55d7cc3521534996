package vn.vbtrace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Timed requests to a running server, as a user's browser or script sends them: one at a time, over HTTP, each on the
 * thread that times it. Not through {@code java.net.http.HttpClient}: its answer passes through a selector thread and
 * its reactive body pipeline, thread hand-offs that on this 2-core machine, shared with the server, added 1 to 2 ms to
 * the median and about 3 ms to the p95 of a 24 KB document page, and 0.2 to 1.5 ms to those of a health check
 * (against the same server, in the same minutes: HttpClient p50 / p95 0.6 / 2.0-2.2 ms, a blocking
 * {@link HttpURLConnection} 0.4 / 0.8-1.4, Python's http.client 0.3 / 0.5); a latency of the benchmark's own client
 * the server's figures and bare Lucene's carried alike.
 */
final class QueryLoad {

    /** A request as the benchmark sends it: a GET, or a POST of text. */
    record Request(String method, URI uri, String contentType, String body) {
    }

    /** An answer's status and body. */
    record Answer(int statusCode, String body) {
    }

    /** Percentiles of one kind of request, in milliseconds, and how many were timed. */
    record Latency(String kind, int count, double p50, double p95, double p99, double max) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    QueryLoad(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    Request get(String pathAndQuery) {
        return new Request("GET", URI.create(base + pathAndQuery), null, null);
    }

    Request postText(String path, String body) {
        return new Request("POST", URI.create(base + path), "text/plain; charset=utf-8", body);
    }

    /**
     * The request sent and its answer read whole on this thread; the connection is kept for the next request (the
     * JDK's keep-alive cache takes it back once its body is read to the end).
     */
    Answer send(Request request) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) request.uri().toURL().openConnection();
        connection.setRequestMethod(request.method());
        if (request.body() != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", request.contentType());
            try (OutputStream out = connection.getOutputStream()) {
                out.write(request.body().getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (answer == null) {
            return new Answer(status, "");
        }
        try (answer) {
            return new Answer(status, new String(answer.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A request built elsewhere (a multipart upload), sent untimed. */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Sends the requests round-robin: {@code warmup} untimed, then {@code runs} timed. Every answer must be 200 and
     * pass {@code check} (the benchmark times right answers only).
     */
    Latency time(String kind, List<Request> requests, int warmup, int runs, Predicate<String> check)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            send(requests.get(i % requests.size()));
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // After the warm-up's: a list of warmup + runs requests is timed on requests not asked before.
            Request request = requests.get((warmup + i) % requests.size());
            long started = System.nanoTime();
            Answer response = send(request);
            millis.add((System.nanoTime() - started) / 1e6);
            if (response.statusCode() != 200 || !check.test(response.body())) {
                throw new IllegalStateException(kind + ": " + request.uri() + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
        }
        Collections.sort(millis);
        return new Latency(kind, runs, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.getLast());
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
