package vn.vbtrace.index;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The REST API of an OpenSearch server, over the JDK's HTTP client: JSON in, JSON out. Never the engine in
 * process: its Lucene and vbtrace's own are different versions and cannot share one classpath.
 */
final class OpenSearchClient {

    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration REQUEST = Duration.ofMinutes(5);
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    OpenSearchClient(URI base, String user, String password) {
        String uri = base.toString();
        this.base = URI.create(uri.endsWith("/") ? uri : uri + "/");
        this.authorization = user == null || user.isBlank() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    }

    URI base() {
        return base;
    }

    /** A JSON request; an answer of 400 or more is an error, but for {@code allowed} (e.g. 404 on a lookup). */
    Response send(String method, String path, String body, String contentType, int... allowed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw unreachable(e);
        } catch (IOException e) {
            if (e.getCause() instanceof ConnectException) {
                throw unreachable(e);
            }
            throw new SearchServerException("máy chủ tìm kiếm OpenSearch tại " + base + " không trả lời " + method + " "
                    + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchServerException("bị ngắt khi chờ máy chủ tìm kiếm OpenSearch tại " + base, e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new SearchServerException("máy chủ tìm kiếm OpenSearch tại " + base
                    + " từ chối đăng nhập (HTTP " + status + "): kiểm tra VBTRACE_SEARCH_USER và VBTRACE_SEARCH_PASSWORD", null);
        }
        if (status >= 400 && !isAllowed(status, allowed)) {
            throw new SearchServerException("máy chủ tìm kiếm OpenSearch tại " + base + " trả lỗi HTTP " + status + " cho "
                    + method + " " + path + ": " + abbreviate(response.body()), null);
        }
        return new Response(status, response.body());
    }

    Response send(String method, String path, JsonNode body, int... allowed) {
        return send(method, path, body == null ? null : body.toString(), "application/json", allowed);
    }

    private SearchServerException unreachable(Exception e) {
        return new SearchServerException("không kết nối được máy chủ tìm kiếm OpenSearch tại " + base
                + " (VBTRACE_SEARCH_URI): máy chủ chưa chạy hoặc địa chỉ sai", e);
    }

    private static boolean isAllowed(int status, int[] allowed) {
        for (int one : allowed) {
            if (one == status) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String body) {
        String line = body == null ? "" : body.replaceAll("\\s+", " ");
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    record Response(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (tools.jackson.core.JacksonException e) {
                throw new SearchServerException("máy chủ tìm kiếm OpenSearch trả lời không phải JSON: " + abbreviate(body), e);
            }
        }
    }
}
