package vn.vbtrace.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line's HTTP exchange with a server on 127.0.0.1, against the JDK's own HTTP server. */
class LoopbackHttpTests {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    /** Long enough to come in many chunks and reads; multi-byte UTF-8 throughout. */
    private static final String LONG_ANSWER = "{\"body\":\"Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành\"}\n".repeat(2_000);

    private HttpServer server;
    private final AtomicReference<String> seen = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/search", exchange -> {
            seen.set(exchange.getRequestMethod() + " " + URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8) + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, 200, LONG_ANSWER, true);
        });
        server.createContext("/api/check", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            answer(exchange, 200, "{\"citations\":3}", false);
        });
        server.createContext("/api/documents/none", exchange -> answer(exchange, 404, "{\"error\":\"không có văn bản 9999/QĐ-XYZ\"}", false));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aGetCarriesItsQueryAndTokenAndReadsAChunkedAnswerWhole() throws IOException {
        String query = "?q=" + URLEncoder.encode("Sở Tài chính", StandardCharsets.UTF_8) + "&limit=10";

        LoopbackHttp.Reply reply = LoopbackHttp.exchange(port(), CONNECT, "GET", "/api/search" + query,
                Map.of("Authorization", "Bearer t0k"), new byte[0]);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(LONG_ANSWER);
        assertThat(seen.get()).isEqualTo("GET q=Sở Tài chính&limit=10 Bearer t0k");
    }

    @Test
    void aPostSendsItsBodyAndReadsAnAnswerOfAKnownLength() throws IOException {
        byte[] draft = "Căn cứ Quyết định số 1852/QĐ-UBND".getBytes(StandardCharsets.UTF_8);

        LoopbackHttp.Reply reply = LoopbackHttp.exchange(port(), CONNECT, "POST", "/api/check",
                Map.of("Content-Type", "text/plain; charset=UTF-8"), draft);

        assertThat(reply).isEqualTo(new LoopbackHttp.Reply(200, "{\"citations\":3}"));
        assertThat(seen.get()).isEqualTo("POST text/plain; charset=UTF-8 Căn cứ Quyết định số 1852/QĐ-UBND");
    }

    @Test
    void anErrorStatusComesBackWithItsBody() throws IOException {
        LoopbackHttp.Reply reply = LoopbackHttp.exchange(port(), CONNECT, "GET", "/api/documents/none", Map.of(), new byte[0]);

        assertThat(reply).isEqualTo(new LoopbackHttp.Reply(404, "{\"error\":\"không có văn bản 9999/QĐ-XYZ\"}"));
    }

    @Test
    void anAnswerCutShortIsAnErrorNotAShorterBody() throws Exception {
        try (ServerSocket cutting = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket client = cutting.accept()) {
                    client.getInputStream().read(new byte[8192]);
                    client.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"hits\":"
                            .getBytes(StandardCharsets.US_ASCII)); // and the server goes away 992 bytes short
                } catch (IOException e) {
                    // the assertion below says what went wrong
                }
            });

            assertThatThrownBy(() -> LoopbackHttp.exchange(cutting.getLocalPort(), CONNECT, "GET", "/api/search", Map.of(), new byte[0]))
                    .isInstanceOf(EOFException.class).hasMessageContaining("8 bytes into 1000");
        }
    }

    @Test
    void chunkExtensionsTrailersAndBareLineFeedsAreRead() throws IOException {
        String answer = "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n4;name=x\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nX-Trailer: y\r\n\r\n";

        LoopbackHttp.Reply reply = LoopbackHttp.read(new ByteArrayInputStream(answer.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(reply).isEqualTo(new LoopbackHttp.Reply(200, "{\"a\":1}"));
    }

    @Test
    void somethingElseThanHttpOnThePortIsAnError() {
        assertThatThrownBy(() -> LoopbackHttp.read(new ByteArrayInputStream("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(IOException.class).hasMessageContaining("not an HTTP answer");
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String body, boolean chunked) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
