package vn.vbtrace.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's requests to itself, over 127.0.0.1: marked as its own ({@link ServerActivity}), and signed with the
 * data folder's local token where it has one, so they are answered whether or not reads need a login.
 */
public final class LoopbackClient implements AutoCloseable {

    /** A request the server keeps waiting this long is given up (the warm-up then stops). */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A reply: the status and the body. */
    public record Reply(int status, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;
    private final String mark;
    private final Optional<String> token;
    private final AtomicInteger sent = new AtomicInteger();

    public LoopbackClient(int port, ServerActivity activity, Optional<String> token) {
        this.base = "http://127.0.0.1:" + port;
        this.mark = activity.mark();
        this.token = token;
    }

    public Reply get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).GET());
    }

    public Reply postText(String path, String text) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(TIMEOUT)
                .header(ServerActivity.MARK_HEADER, mark);
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return request;
    }

    /** Ends the client's own thread (its selector). */
    @Override
    public void close() {
        http.close();
    }

    /** How many requests were sent so far. */
    public int sent() {
        return sent.get();
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        sent.incrementAndGet();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }
}
