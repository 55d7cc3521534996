package vn.vbtrace.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.Json;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real server on a random port with the corpus ingested on first start, called over HTTP. */
class ServerIT {

    @TempDir
    static Path dir;
    static ConfigurableApplicationContext server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = WebServer.start(dir.resolve("data"), 0, TestCorpus.ROOT);
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    record Reply(int status, String body) {
        JsonNode json() {
            return Json.mapper().readTree(body);
        }
    }

    static Reply get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }

    static Reply put(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }

    static Reply post(String path, String contentType, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void healthIsUp() throws Exception {
        assertThat(get("/api/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void searchWithoutDiacriticsFindsBothProvinces() throws Exception {
        Reply reply = get("/api/search?q=" + q("so tai chinh"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("hits").valueStream().map(h -> h.get("source").asString()))
                .contains("corpus/" + TestCorpus.DECISION_1852.getFileName(), "corpus/" + TestCorpus.HAU_GIANG_PLAN.getFileName());
    }

    /**
     * Issue 11, point 3, over REST: a quoted phrase is found only where it stands; mode=all asks for
     * every word (the 2013 notice holds "sở", "tài" and "chính" apart, 4258 has no "tài"); facets add
     * up to the total; an unknown mode is a 400 that says which modes there are.
     */
    @Test
    void searchHasPhraseAndAllWordsModes() throws Exception {
        JsonNode quoted = get("/api/search?q=" + q("\"Sở Tài chính\"")).json();
        assertThat(quoted.get("hits").valueStream().map(h -> h.get("source").asString("")))
                .contains("corpus/" + TestCorpus.DECISION_1852.getFileName(), "corpus/" + TestCorpus.HAU_GIANG_PLAN.getFileName())
                .doesNotContain("corpus/" + TestCorpus.NOTICE_2013.getFileName(), "corpus/" + TestCorpus.LETTER_4258.getFileName());
        JsonNode all = get("/api/search?mode=all&q=" + q("Sở Tài chính")).json();
        assertThat(all.get("hits").valueStream().map(h -> h.get("source").asString("")))
                .contains("corpus/" + TestCorpus.NOTICE_2013.getFileName())
                .doesNotContain("corpus/" + TestCorpus.LETTER_4258.getFileName());
        long total = all.get("total").asLong();
        assertThat(all.get("hits").size()).isEqualTo((int) total);
        for (String facet : List.of("type", "issuer", "year", "province", "status")) {
            assertThat(all.get("facets").get(facet).valueStream().mapToLong(JsonNode::asLong).sum()).as(facet).isEqualTo(total);
        }
        Reply bad = get("/api/search?mode=some&q=x");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asString()).contains("any", "all");
    }

    /** Issue 4, points 2 and 4: over REST, a cited-only number is a stub hit, and a hit names its clause. */
    @Test
    void searchAnswersStubsAndClauses() throws Exception {
        JsonNode stub = get("/api/search?q=" + q("qd 1322")).json().get("hits").get(0);
        assertThat(stub.get("stub").asBoolean()).isTrue();
        assertThat(stub.get("number").asString()).isEqualTo("1322/QĐ-TTg");
        // At least the two corpus citers; the upload test may add its draft, which cites it too.
        assertThat(stub.get("citedByCount").asInt()).isGreaterThanOrEqualTo(2).isEqualTo(stub.get("citedBy").size());
        assertThat(stub.get("citedBy").valueStream().map(c -> c.get("number").asString(""))).contains("1852/QĐ-UBND", "4258/BKHCN-TĐC");
        JsonNode hit = get("/api/search?q=" + q("so tai chinh tham muu bo tri kinh phi")).json().get("hits").valueStream()
                .filter(h -> h.get("number").asString("").equals("1852/QĐ-UBND")).findFirst().orElseThrow();
        assertThat(hit.get("stub").asBoolean()).isFalse();
        assertThat(hit.get("clause").asString()).isEqualTo("Mục IV, khoản 4");
        String text = get("/api/documents/" + hit.get("id").asString()).json().get("text").asString();
        assertThat(text.substring(hit.get("clauseStart").asInt())).startsWith("4. Sở Tài chính");
    }

    @Test
    void documentByNumberLinksItsReferences() throws Exception {
        Reply reply = get("/api/documents/by-number?number=" + q("1852/qd-ubnd"));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.get("document").get("number").asString()).isEqualTo("1852/QĐ-UBND");
        String text = page.get("text").asString();
        JsonNode basis = page.get("references").valueStream()
                .filter(r -> r.get("number").asString("").equals("1322/QĐ-TTg") && r.get("relation").asString().equals("BASED_ON"))
                .findFirst().orElseThrow();
        assertThat(basis.get("inRepository").asBoolean()).isFalse();
        assertThat(text.substring(basis.get("start").asInt(), basis.get("end").asInt())).contains("1322/QĐ-TTg");
    }

    @Test
    void stubPageListsItsCiters() throws Exception {
        JsonNode page = get("/api/documents/by-number?number=" + q("1322/QĐ-TTg")).json();
        assertThat(page.get("stub").asBoolean()).isTrue();
        assertThat(page.get("citedBy").valueStream().map(c -> c.get("number").asString(""))).contains("1852/QĐ-UBND", "4258/BKHCN-TĐC");
    }

    @Test
    void chainAndResponsibleAnswer() throws Exception {
        JsonNode chain = get("/api/chain?number=" + q("1322/QĐ-TTg") + "&direction=down&depth=2").json();
        assertThat(chain.get("nodes").valueStream().map(n -> n.get("number").asString(""))).contains("1852/QĐ-UBND", "4258/BKHCN-TĐC");
        JsonNode answers = get("/api/responsible?q=" + q("bo tri kinh phi")).json().get("answers");
        assertThat(answers.valueStream().anyMatch(a -> a.get("body").asString().equals("Sở Tài chính"))).isTrue();
    }

    @Test
    void checkOfATextDraft() throws Exception {
        Reply reply = post("/api/check", "text/plain; charset=UTF-8",
                "Căn cứ Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn;".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("summary").get("ok").asInt()).isEqualTo(1);
    }

    @Test
    void uploadIngestsAFileAndRefusesAnEmptyOne() throws Exception {
        String boundary = "vbtraceBoundary";
        Reply created = post("/api/documents", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, "draft.txt", "Số: 77/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 1322/QĐ-TTg ngày 31/8/2020".getBytes(StandardCharsets.UTF_8)));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        Reply empty = post("/api/documents", "multipart/form-data; boundary=" + boundary, multipart(boundary, "empty.txt", new byte[0]));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("error").asString()).isEqualTo("empty file");
    }

    @Test
    void obligationsExportAsCsvAndIcalendar() throws Exception {
        Reply csv = get("/api/obligations?body=" + q("Sở Tài chính") + "&today=2026-11-21&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("body,role,task,deadline,next_due");
        assertThat(csv.body()).contains("\"Sở Tài chính\",\"ADVISE\",\"Căn cứ khả năng ngân sách tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí");
        // Each row names the province the body sits in; naming it narrows to that province's body.
        assertThat(csv.body()).contains("\"Bắc Kạn\"\r\n").contains("\"Hậu Giang\"\r\n");
        JsonNode bacKan = get("/api/obligations?body=" + q("so tai chinh tinh bac kan") + "&today=2026-11-21").json();
        assertThat(bacKan.get("obligations").valueStream().map(o -> o.get("province").asString())).isNotEmpty().containsOnly("Bắc Kạn");
        Reply ics = get("/api/obligations?body=" + q("Bộ Y tế") + "&today=2026-11-21&format=ics");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20231130");
        assertThat(get("/api/obligations?body=x&format=xml").status()).isEqualTo(400);
        assertThat(get("/api/obligations?body=x&today=yesterday").status()).isEqualTo(400);
    }

    @Test
    void badRequestsAre4xx() throws Exception {
        assertThat(get("/api/chain?number=" + q("9999/QĐ-XYZ")).status()).isEqualTo(404);
        assertThat(get("/api/chain?number=" + q("1322/QĐ-TTg") + "&direction=sideways").status()).isEqualTo(400);
        assertThat(get("/api/chain?number=" + q("1322/QĐ-TTg") + "&depth=0").status()).isEqualTo(400);
        assertThat(get("/api/documents/nope").status()).isEqualTo(404);
        assertThat(get("/api/search?q=x&limit=0").status()).isEqualTo(400);
    }

    @Test
    void staffStatusIsCheckedRecordedShownOnThePageAndWithdrawn() throws Exception {
        String id = get("/api/documents/by-number?number=" + q("4258/BKHCN-TĐC")).json().get("document").get("id").asString();
        String path = "/api/documents/" + id + "/status";

        Reply bad = put(path, "{\"status\": \"GONE\", \"note\": \"x\", \"setBy\": \"Nguyễn Văn A\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asString()).startsWith("status must be one of IN_FORCE, NOT_YET_IN_FORCE, EXPIRED");
        Reply nobody = put(path, "{\"status\": \"EXPIRED\", \"note\": \"Hết hiệu lực theo QĐ X\"}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("error").asString()).startsWith("setBy is required");
        assertThat(put(path, "EXPIRED").status()).isEqualTo(400);
        assertThat(put("/api/documents/nope/status", "{\"status\": \"EXPIRED\", \"note\": \"x\", \"setBy\": \"A\"}").status())
                .isEqualTo(404);

        Reply set = put(path, "{\"status\": \"EXPIRED\", \"note\": \"Hết hiệu lực theo QĐ X\", \"setBy\": \"Nguyễn Văn A\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode validity = get("/api/documents/" + id).json().get("validity");
        assertThat(validity.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(validity.get("source").asString()).isEqualTo("STAFF");
        assertThat(validity.get("note").asString()).isEqualTo("Hết hiệu lực theo QĐ X");

        // Staff know documents by number: the same record read and withdrawn through ?number=, diacritics optional.
        String byNumber = "/api/documents/by-number/status?number=" + q("4258/bkhcn-tdc");
        assertThat(get(byNumber).json().get("status").asString()).isEqualTo("EXPIRED");
        assertThat(get("/api/documents/by-number/status?number=" + q("9999/QĐ-XYZ")).status()).isEqualTo(404);
        // Withdrawn, so the other tests see the letter as the corpus has it.
        put(byNumber, "{\"status\": \"UNKNOWN\", \"note\": \"Ghi nhầm\", \"setBy\": \"Nguyễn Văn A\"}");
        assertThat(get(path).json().get("source").isNull()).isTrue();
        assertThat(get(path + "/history").json().get("history").valueStream().map(h -> h.get("status").asString()))
                .containsExactly("UNKNOWN", "EXPIRED");
    }

    @Test
    void programsAndTheChainsProgramList() throws Exception {
        assertThat(get("/api/programs").json().get("programs").isArray()).isTrue();
        Reply unknown = get("/api/programs/9999/" + q("QĐ-XYZ"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asString()).startsWith("no program 9999/QĐ-XYZ");
        assertThat(get("/api/chain?number=" + q("1322/QĐ-TTg")).json().get("programs").isArray()).isTrue();
    }

    @Test
    void theFirstPagesAreServed() throws Exception {
        assertThat(get("/").body()).contains("<form class=\"search\"");
        assertThat(get("/document.html").body()).contains("renderText");
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + content.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        System.arraycopy(t, 0, all, h.length + content.length, t.length);
        return all;
    }
}
