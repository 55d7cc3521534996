package vn.vbtrace.bench;

import java.io.IOException;
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

/** Timed requests to a running server, as a user's browser or script sends them: one at a time, over HTTP. */
final class QueryLoad {

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

    HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build();
    }

    HttpRequest postText(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Sends the requests round-robin: {@code warmup} untimed, then {@code runs} timed. Every answer must be 200 and
     * pass {@code check} (the benchmark times right answers only).
     */
    Latency time(String kind, List<HttpRequest> requests, int warmup, int runs, Predicate<String> check)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            send(requests.get(i % requests.size()));
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // After the warm-up's: a list of warmup + runs requests is timed on requests not asked before.
            HttpRequest request = requests.get((warmup + i) % requests.size());
            long started = System.nanoTime();
            HttpResponse<String> response = send(request);
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
