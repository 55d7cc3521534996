package vn.vbtrace.cli;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vbtrace.cli.LoopbackHttp.Reply;
import vn.vbtrace.search.NotFoundException;
import vn.vbtrace.security.LocalToken;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.LocalServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The API of the server that holds a data folder, for a command run beside it: the command asks the server
 * instead of opening stores it cannot open (their locks are the server's) or would take seconds to start.
 * Errors come back as the exceptions a local run throws, so exit codes and messages are the same.
 */
final class ServerClient {

    /** How long connecting may take: on 127.0.0.1 a refusal is immediate, a busy server still accepts at once. */
    private static final Duration CONNECT = Duration.ofSeconds(5);

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final LocalServer server;
    /** The folder's local token (security's owner credential), sent as a bearer token; absent if none was made. */
    private final Optional<String> token;

    private ServerClient(LocalServer server, Optional<String> token) {
        this.server = server;
        this.token = token;
    }

    /**
     * The server of this folder: its note names a live process that accepts connections on the port. A note
     * whose port refuses (its server was killed and the process id reused) is stale: the command opens the stores.
     */
    static Optional<ServerClient> of(DataFolder data) {
        Optional<LocalServer> found = LocalServer.find(data);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", found.get().port()), (int) CONNECT.toMillis());
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new ServerClient(found.get(), LocalToken.read(data.localToken())));
    }

    /** GET with query parameters (null values left out), read as {@code type}. */
    <T> T get(String path, Map<String, ?> query, Class<T> type) {
        return read(send("GET", path, query, Map.of(), new byte[0]), type);
    }

    JsonNode get(String path, Map<String, ?> query) {
        return get(path, query, JsonNode.class);
    }

    <T> T putJson(String path, Map<String, ?> query, Object body, Class<T> type) {
        return withJson("PUT", path, query, body, type);
    }

    <T> T postJson(String path, Object body, Class<T> type) {
        return withJson("POST", path, Map.of(), body, type);
    }

    /** A request whose body is {@code body} written as JSON, its answer read as {@code type}. */
    private <T> T withJson(String method, String path, Map<String, ?> query, Object body, Class<T> type) {
        return read(send(method, path, query, Map.of("Content-Type", "application/json"),
                JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)), type);
    }

    <T> T post(String path, Map<String, ?> query, Class<T> type) {
        return read(send("POST", path, query, Map.of(), new byte[0]), type);
    }

    /** POST of one file as multipart "file"; the answer's status code with its body. */
    Reply postFile(String path, Map<String, ?> query, Path file) throws IOException {
        String boundary = "vbtrace-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName().toString().replace("\"", "_") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(head);
        body.write(Files.readAllBytes(file));
        body.write(tail);
        return send("POST", path, query, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                body.toByteArray());
    }

    <T> T postFileAs(String path, Map<String, ?> query, Path file, Class<T> type) throws IOException {
        return read(postFile(path, query, file), type);
    }

    private Reply send(String method, String path, Map<String, ?> query, Map<String, String> contentHeaders, byte[] body) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((k, v) -> {
            if (v != null) {
                q.add(k + "=" + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
            }
        });
        Map<String, String> headers = new LinkedHashMap<>(contentHeaders);
        headers.put("Accept", "application/json");
        token.ifPresent(t -> headers.put("Authorization", "Bearer " + t));
        try {
            return LoopbackHttp.exchange(server.port(), CONNECT, method, path + q, headers, body);
        } catch (IOException e) {
            throw new ServerGoneException("máy chủ trên cổng " + server.port() + " không trả lời: " + e.getMessage(), e);
        }
    }

    /** The body as {@code type}, or the server's error as the exception a local run throws. */
    static <T> T read(Reply response, Class<T> type) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return JSON.readValue(response.body(), type);
        }
        String message = errorOf(response.body(), status);
        throw switch (status) {
            case 404 -> new NotFoundException(message);
            case 400, 422 -> new UserInputException(message);
            default -> new IllegalStateException(message);
        };
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    static String errorOf(String body, int status) {
        try {
            JsonNode problem = JSON.readTree(body);
            for (String field : new String[] {"error", "detail", "message"}) {
                if (problem.hasNonNull(field)) {
                    return problem.get(field).asString();
                }
            }
        } catch (RuntimeException e) {
            // not JSON
        }
        return "máy chủ trả lời mã " + status;
    }

    static Map<String, Object> query(Object... keysAndValues) {
        Map<String, Object> q = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            q.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return q;
    }
}
