package vn.vbtrace.index;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.vbtrace.document.SearchServerException;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The REST API of an OpenSearch server, over the JDK's HTTP client: JSON in, JSON out. Never the engine in
 * process: its Lucene and vbtrace's own are different versions and cannot share one classpath.
 */
final class OpenSearchClient {

    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration REQUEST = Duration.ofMinutes(5);
    /** A bulk request is cut at about this size: the server's limit is 100 MB. */
    private static final int BULK_CHARS = 20_000_000;
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

    /** Answers the server's root (so a wrong address or password fails at once), then creates the index when missing. */
    void createIfMissing(String index, ObjectNode settingsAndMappings) {
        send("GET", "", (String) null, null);
        if (send("HEAD", index, (String) null, null, 404).status() == 404) {
            // 400: another instance created it meanwhile (resource_already_exists_exception).
            Response created = send("PUT", index, settingsAndMappings, 400);
            if (created.status() == 400 && !created.body().contains("resource_already_exists_exception")) {
                throw new SearchServerException("máy chủ tìm kiếm OpenSearch không tạo được chỉ mục " + index + ": "
                        + created.body(), null);
            }
        }
    }

    /**
     * Gives an existing index the static settings ({@link OpenSearchMapping#staticSettings}: the similarity and the
     * analysis) when it holds others: an index created by an earlier release, before the cross-validation chose new
     * BM25 values or before a filter joined the analysis, would otherwise rank unlike the in-process index for ever.
     * They can change only while the index is closed, so the index is closed, set and opened again (its documents
     * stay; searches fail for that moment, at a start). A new analysis reaches the documents when they are written
     * again, which the derivation version's bump that comes with it does at the same start. Whether it changed them.
     */
    boolean keepStaticSettings(String index, ObjectNode wanted) {
        JsonNode answer = send("GET", index + "/_settings?flat_settings=true", (String) null, null).json();
        JsonNode held = answer.isEmpty() ? answer : answer.iterator().next().path("settings");
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("index", wanted, leaves);
        boolean same = leaves.entrySet().stream().allMatch(leaf -> sameSetting(held.path(leaf.getKey()), leaf.getValue()));
        if (!same) {
            send("POST", index + "/_close", (String) null, null);
            ObjectNode settings = JSON.createObjectNode();
            settings.set("index", wanted);
            send("PUT", index + "/_settings", settings);
            send("POST", index + "/_open?wait_for_active_shards=1", (String) null, null);
        }
        return !same;
    }

    /** Each value of {@code node} (arrays whole) under its dotted key, as the server's flat settings name it. */
    private static void flatten(String key, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.properties().forEach(child -> flatten(key + "." + child.getKey(), child.getValue(), leaves));
        } else {
            leaves.put(key, node);
        }
    }

    /** The server gives every flat setting as a string (a list as an array of them). */
    private static boolean sameSetting(JsonNode held, JsonNode wanted) {
        if (wanted.isArray()) {
            if (!held.isArray() || held.size() != wanted.size()) {
                return false;
            }
            for (int i = 0; i < wanted.size(); i++) {
                if (!held.get(i).asString("").equals(wanted.get(i).asString())) {
                    return false;
                }
            }
            return true;
        }
        if (wanted.isNumber()) {
            try {
                return Float.parseFloat(held.asString("")) == wanted.floatValue();
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return held.asString("").equals(wanted.asString());
    }

    /** The action line of a bulk request: {@code what} (index, update, delete) on one id of one index. */
    /**
     * Every hit of a search, a page of {@code pageSize} at a time in the order of {@code sortField} (search_after), so
     * the server never holds a deep page: {@code body} says what to match and return, each page adds its size, sort
     * and start.
     */
    void everyHit(String index, ObjectNode body, String sortField, int pageSize, Consumer<JsonNode> each) {
        String after = null;
        while (true) {
            ObjectNode page = body.deepCopy();
            page.put("size", pageSize).put("track_total_hits", false);
            page.putArray("sort").add(sortField);
            if (after != null) {
                page.putArray("search_after").add(after);
            }
            JsonNode hits = send("POST", index + "/_search", page).json().path("hits").path("hits");
            for (JsonNode hit : hits) {
                after = hit.path("sort").get(0).asString();
                each.accept(hit);
            }
            if (hits.size() < pageSize) {
                return;
            }
        }
    }

    static String action(String what, String index, String id) {
        ObjectNode meta = JSON.createObjectNode();
        meta.putObject(what).put("_index", index).put("_id", id);
        return meta.toString();
    }

    /**
     * Sends bulk lines (an action, with its source where it has one), cut into requests of a bounded size. An item
     * the server refuses fails the whole call, but for 404 (an update or delete of what is not or no longer there
     * changes nothing, as in process); the items before it are written.
     */
    void bulk(List<String> actions) {
        StringBuilder bulk = new StringBuilder();
        for (String action : actions) {
            bulk.append(action).append('\n');
            if (bulk.length() >= BULK_CHARS) {
                sendBulk(bulk);
                bulk.setLength(0);
            }
        }
        if (!bulk.isEmpty()) {
            sendBulk(bulk);
        }
    }

    private void sendBulk(StringBuilder bulk) {
        JsonNode answer = send("POST", "_bulk", bulk.toString(), "application/x-ndjson").json();
        if (!answer.path("errors").asBoolean(false)) {
            return;
        }
        for (JsonNode item : answer.path("items")) {
            JsonNode result = item.values().iterator().next();
            int status = result.path("status").asInt();
            if (status >= 300 && status != 404) {
                throw new SearchServerException("máy chủ tìm kiếm OpenSearch không ghi được " + result.path("_id").asString()
                        + " vào " + result.path("_index").asString() + ": " + result.path("error").path("reason").asString(), null);
            }
        }
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
