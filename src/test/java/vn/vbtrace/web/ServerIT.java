package vn.vbtrace.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.TestUsers;

import org.assertj.core.api.InstanceOfAssertFactories;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbtrace.web.TestServer.Reply;
import static vn.vbtrace.web.TestServer.get;
import static vn.vbtrace.web.TestServer.post;
import static vn.vbtrace.web.TestServer.put;
import static vn.vbtrace.web.TestServer.q;
import static vn.vbtrace.web.TestServer.upload;

/** The real server on a random port with the corpus ingested on first start, called over HTTP. */
class ServerIT {

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

    /**
     * Issue 16, point 2, over REST: the filters GET /api/filters declares (the pages build their chips from it) are
     * the parameters GET /api/search reads and the facets it answers; a year that is no number is a 400.
     */
    @Test
    void theDeclaredFiltersAreTheParametersAndFacetsOfTheSearch() throws Exception {
        JsonNode filters = get("/api/filters").json().get("filters");
        assertThat(filters.valueStream().map(f -> f.get("name").asString()))
                .containsExactly("type", "issuer", "year", "province", "status");
        JsonNode province = filters.get(3);
        assertThat(province.get("label").asString()).isEqualTo("Nơi ban hành");
        assertThat(province.get("parameters").valueStream().map(JsonNode::asString)).containsExactly("province");
        assertThat(filters.get(2).get("parameters").valueStream().map(JsonNode::asString)).containsExactly("from", "to");
        assertThat(filters.get(4).get("coded").asBoolean()).isTrue();
        JsonNode bacKan = get("/api/search?q=" + q("kế hoạch") + "&province=" + q("bac kan") + "&from=2020&to=2020").json();
        assertThat(bacKan.get("hits").valueStream().map(h -> h.get("number").asString(""))).containsExactly("1852/QĐ-UBND");
        assertThat(bacKan.get("facets").propertyNames()).containsExactly("type", "issuer", "year", "province", "status");
        assertThat(bacKan.get("facets").get("province").get("Bắc Kạn").asLong()).isEqualTo(1L);
        assertProblem(get("/api/search?q=x&from=abc"), 400, "parameter-type", "tham số 'from' phải là một số nguyên, không phải 'abc'");
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
        // The passage lies in Sở Tài chính's duty in Bắc Kạn, a province merged into Thái Nguyên on 1/7/2025: the hit
        // names the body that holds the duty today, as the document page does.
        JsonNode duty = hit.get("duty");
        assertThat(duty.get("body").asString()).isEqualTo("Sở Tài chính");
        assertThat(duty.get("province").asString()).isEqualTo("Bắc Kạn");
        assertThat(duty.get("successor").get("name").asString()).isEqualTo("Sở Tài chính tỉnh Thái Nguyên");
        assertThat(duty.get("successor").get("since").asString()).isEqualTo("2025-07-01");
    }

    @Test
    void documentByNumberLinksItsReferences() throws Exception {
        Reply reply = get("/api/documents/by-number?number=" + q("1852/qd-ubnd"));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.get("document").get("number").asString()).isEqualTo("1852/QĐ-UBND");
        // issue 10: the page says where each field was read; the date is the header's place-and-date line
        JsonNode dated = page.get("document").get("provenance").get("issuedDate");
        assertThat(dated.get("source").asString()).isEqualTo("HEADER");
        assertThat(page.get("text").asString().substring(dated.get("start").asInt(), dated.get("end").asInt()))
                .isEqualTo("Bắc Kạn, ngày 14 tháng 10 năm 2020");
        String text = page.get("text").asString();
        JsonNode basis = page.get("references").valueStream()
                .filter(r -> r.get("number").asString("").equals("1322/QĐ-TTg") && r.get("relation").asString().equals("BASED_ON"))
                .findFirst().orElseThrow();
        assertThat(basis.get("inRepository").asBoolean()).isFalse();
        assertThat(text.substring(basis.get("start").asInt(), basis.get("end").asInt())).contains("1322/QĐ-TTg");
        // Who holds the duties today: Sở Kế hoạch và Đầu tư became part of Sở Tài chính (1/3/2025), Bắc Kạn part of
        // Thái Nguyên (1/7/2025); a body in neither list has no entry.
        JsonNode planning = page.get("dutySuccessors").valueStream()
                .filter(d -> d.get("body").asString().equals("Sở Kế hoạch và Đầu tư")).findFirst().orElseThrow();
        assertThat(planning.get("province").asString()).isEqualTo("Bắc Kạn");
        assertThat(planning.get("successor").get("name").asString()).isEqualTo("Sở Tài chính tỉnh Thái Nguyên");
        assertThat(planning.get("successor").get("bases").valueStream().map(JsonNode::asString))
                .containsExactly("Nghị định 45/2025/NĐ-CP (từ 01/03/2025)", "Nghị quyết 202/2025/QH15 (từ 01/07/2025)");
        assertThat(page.get("dutySuccessors").valueStream().map(d -> d.get("body").asString())).doesNotHaveDuplicates();
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
        Reply created = upload("/api/documents", "draft.txt",
                "Số: 77/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 1322/QĐ-TTg ngày 31/8/2020".getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        Reply empty = upload("/api/documents", "empty.txt", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("error").asString()).isEqualTo("tệp rỗng");
        assertThat(empty.json().get("title").asString()).isEqualTo("Không đọc được tệp");
    }

    @Test
    void obligationsExportAsCsvAndIcalendar() throws Exception {
        Reply csv = get("/api/obligations?body=" + q("Sở Tài chính") + "&today=2026-11-21&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        // Issue 15: the byte order mark, so Excel reads the Vietnamese as UTF-8; columns and roles as staff read them.
        assertThat(csv.body()).startsWith("\uFEFFCơ quan,Tỉnh,Vai trò,Nhiệm vụ,Thời hạn,Hạn tới");
        assertThat(csv.body()).contains("\"Sở Tài chính\",\"Bắc Kạn\",\"tham mưu\",\"Căn cứ khả năng ngân sách tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí");
        // Each row names the province the body sits in; naming it narrows to that province's body.
        assertThat(csv.body()).contains("\"Sở Tài chính\",\"Hậu Giang\",");
        JsonNode bacKan = get("/api/obligations?body=" + q("so tai chinh tinh bac kan") + "&today=2026-11-21").json();
        assertThat(bacKan.get("obligations").valueStream().map(o -> o.get("province").asString())).isNotEmpty().containsOnly("Bắc Kạn");
        Reply ics = get("/api/obligations?body=" + q("Bộ Y tế") + "&today=2026-11-21&format=ics");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20231130");
        // Written as it is read, a page at a time: still a spreadsheet file, and a bad request still an error answer.
        assertThat(csv.info().headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.info().headers().firstValue("Content-Disposition")).get(InstanceOfAssertFactories.STRING).contains(".csv");
        assertThat(get("/api/obligations?body=%20&format=csv").status()).isEqualTo(400);
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

    /**
     * Issue 12, point 5: every bad request is a 4xx problem+json (RFC 9457) with a stable code and a Vietnamese
     * message, including those that were a 500 from Neo4j, accepted, or Tomcat's HTML page.
     */
    @Test
    void everyBadRequestIsAProblemWithAStableCodeInVietnamese() throws Exception {
        // The same document at both ends, in two spellings: was a 500 from Neo4j's shortest path.
        assertProblem(get("/api/path?from=" + q("1322/QĐ-TTg") + "&to=" + q("1322/qd-ttg")), 400, "same-document",
                "hai đầu của chuỗi dẫn chiếu là cùng một văn bản");
        assertProblem(get("/api/search?q=x&offset=-1"), 400, "offset-out-of-range", "offset phải từ 0 đến 10000, không phải -1");
        assertProblem(get("/api/search?q=" + "x".repeat(2000)), 400, "query-too-long", "q dài 2000 ký tự, quá mức tối đa 1000 ký tự");
        // Longer than Tomcat takes at all: Tomcat's own refusal, as a problem too (it was Tomcat's HTML page).
        assertProblem(get("/api/search?q=" + "x".repeat(100_000)), 400, "request-too-long", "yêu cầu quá dài");
        assertProblem(get("/api/search?q=x&limit=abc"), 400, "parameter-type", "tham số 'limit' phải là một số nguyên, không phải 'abc'");
        assertProblem(get("/api/chain?number=1&depth=" + q("sâu")), 400, "parameter-type", "tham số 'depth' phải là một số nguyên");
        assertProblem(get("/api/chain?number=" + q("1322/QĐ-TTg") + "&depth=100"), 400, "depth-out-of-range", "độ sâu phải từ 1 đến 10");
        assertProblem(get("/api/search"), 200, null, null);
        assertProblem(get("/api/responsible"), 400, "missing-parameter", "thiếu tham số 'q'");
        assertProblem(get("/api/nothing-here"), 404, "not-found", "không có trang hay API nào ở địa chỉ /api/nothing-here");
        assertProblem(get("/api/documents/nope"), 404, "document-not-found", "không có văn bản mã nope trong kho");
        // Multipart: no boundary at all, and a form without its file.
        assertProblem(post("/api/documents", "multipart/form-data", "x".getBytes(StandardCharsets.UTF_8)), 400,
                "multipart-invalid", "biểu mẫu tải tệp (multipart/form-data) không đọc được");
        String boundary = "b0undary";
        byte[] noFile = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(post("/api/documents", "multipart/form-data; boundary=" + boundary, noFile), 400, "missing-file",
                "thiếu tệp: gửi tệp trong trường 'file'");
        assertProblem(post("/api/check", "application/xml", "<x/>".getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported-media-type", "kiểu nội dung 'application/xml' không dùng được ở đây");
        assertProblem(post("/api/check", "text/plain; charset=UTF-8", new byte[0]), 400, "unreadable-body", "nội dung gửi lên trống");
        assertProblem(put("/api/documents/by-number/status?number=" + q("1852/QĐ-UBND"), "{not json"), 400, "unreadable-body",
                "nội dung gửi lên không phải JSON như cần");
    }

    /** A problem+json of this status and code whose Vietnamese detail starts so; status 200 checks only the status. */
    static void assertProblem(Reply reply, int status, String code, String detailStart) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (code == null) {
            return;
        }
        JsonNode problem = reply.json();
        assertThat(reply.contentType()).as("content type of " + reply.body()).startsWith("application/problem+json");
        assertThat(problem.get("type").asString()).isEqualTo("urn:vbtrace:problem:" + code);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank().isEqualTo(Problems.title(status));
        assertThat(problem.get("detail").asString()).startsWith(detailStart).isEqualTo(problem.get("error").asString());
    }

    @Test
    void staffStatusIsCheckedRecordedShownOnThePageAndWithdrawn() throws Exception {
        String id = get("/api/documents/by-number?number=" + q("4258/BKHCN-TĐC")).json().get("document").get("id").asString();
        String path = "/api/documents/" + id + "/status";

        Reply bad = put(path, "{\"status\": \"GONE\", \"note\": \"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asString()).startsWith("tình trạng phải là một trong IN_FORCE, NOT_YET_IN_FORCE, EXPIRED");
        assertThat(bad.json().get("code").asString()).isEqualTo("invalid-status");
        Reply noNote = put(path, "{\"status\": \"EXPIRED\"}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("code").asString()).isEqualTo("note-required");
        assertThat(put(path, "EXPIRED").status()).isEqualTo(400);
        assertThat(put("/api/documents/nope/status", "{\"status\": \"EXPIRED\", \"note\": \"x\"}").status())
                .isEqualTo(404);

        // The record bears the signed-in user's name; a name in the body (as the attacker sent) is ignored.
        Reply set = put(path, "{\"status\": \"EXPIRED\", \"note\": \"Hết hiệu lực theo QĐ X\", \"setBy\": \"attacker\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode validity = get("/api/documents/" + id).json().get("validity");
        assertThat(validity.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(validity.get("source").asString()).isEqualTo("STAFF");
        assertThat(validity.get("note").asString()).isEqualTo("Hết hiệu lực theo QĐ X");
        assertThat(validity.get("setBy").asString()).isEqualTo(TestUsers.EDITOR.name());

        // Staff know documents by number: the same record read and withdrawn through ?number=, diacritics optional.
        String byNumber = "/api/documents/by-number/status?number=" + q("4258/bkhcn-tdc");
        assertThat(get(byNumber).json().get("status").asString()).isEqualTo("EXPIRED");
        assertThat(get("/api/documents/by-number/status?number=" + q("9999/QĐ-XYZ")).status()).isEqualTo(404);
        // Withdrawn, so the other tests see the letter as the corpus has it.
        put(byNumber, "{\"status\": \"UNKNOWN\", \"note\": \"Ghi nhầm\"}");
        assertThat(get(path).json().get("source").isNull()).isTrue();
        assertThat(get(path + "/history").json().get("history").valueStream().map(h -> h.get("status").asString()))
                .containsExactly("UNKNOWN", "EXPIRED");
    }

    @Test
    void programsAndTheChainsProgramList() throws Exception {
        // A page at a time, earliest period first: pages of one, walked by their cursors, are the list in one page.
        JsonNode all = get("/api/programs?limit=1000").json();
        List<String> keys = all.get("programs").valueStream().map(p -> p.get("key").asString()).toList();
        assertThat(keys).contains("1322/qd-ttg").hasSize(all.get("total").asInt());
        assertThat(all.get("next").isNull()).isTrue();
        List<String> walked = new ArrayList<>();
        String after = "";
        for (int page = 0; page <= keys.size() && after != null; page++) {
            JsonNode one = get("/api/programs?limit=1&after=" + q(after)).json();
            one.get("programs").valueStream().forEach(p -> walked.add(p.get("key").asString()));
            after = one.get("next").isNull() ? null : one.get("next").asString();
        }
        assertThat(walked).isEqualTo(keys);
        assertThat(all.get("programs").valueStream().map(p -> p.get("fromYear").isNull() ? 10_000 : p.get("fromYear").asInt()).toList()).isSorted();
        assertThat(get("/api/programs?after=abc").status()).isEqualTo(400);
        assertThat(get("/api/programs?limit=0").status()).isEqualTo(400);
        Reply unknown = get("/api/programs/9999/" + q("QĐ-XYZ"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asString()).startsWith("không có chương trình 9999/QĐ-XYZ");
        assertThat(unknown.json().get("code").asString()).isEqualTo("program-not-found");
        assertThat(get("/api/chain?number=" + q("1322/QĐ-TTg")).json().get("programs").isArray()).isTrue();
    }

    @Test
    void theFirstPagesAreServed() throws Exception {
        assertThat(get("/").body()).contains("<form class=\"search\"");
        // Each page's script is a file of its own (the Content-Security-Policy allows no inline script).
        assertThat(get("/document.html").body()).contains("<script src=\"/document.js\"></script>");
        assertThat(get("/document.js").body()).contains("function renderText");
    }
}
