package vn.vbtrace.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Relation;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbtrace.web.TestServer.Reply;
import static vn.vbtrace.web.TestServer.get;
import static vn.vbtrace.web.TestServer.getBytes;
import static vn.vbtrace.web.TestServer.q;
import static vn.vbtrace.web.TestServer.upload;

/**
 * Issue 15 over REST, against the real server with the shipped corpus: what the home, body and document pages and the
 * lược đồ are built from (counts and browsing, a body's duties, original files, relations, numbers typed any way).
 */
class RepositoryPagesIT {

    static final String DECISION_1852 = "nb6d90094afa50bd2";

    @Test
    void relationsAreListedOnceInTheOrderVbplGroupsThem() throws Exception {
        JsonNode relations = get("/api/relations").json().get("relations");
        assertThat(relations.valueStream().map(r -> r.get("code").asString()))
                .containsExactlyElementsOf(Arrays.stream(Relation.values()).map(Relation::name).toList());
        JsonNode basedOn = relations.get(0);
        assertThat(basedOn.get("label").asString()).isEqualTo("Căn cứ");
        assertThat(basedOn.get("inverseLabel").asString()).isEqualTo("Được căn cứ bởi");
        // Exactly the relations the declaration says (RelationTests pins which ones), amending, replacing and repealing among them.
        assertThat(relations.valueStream().filter(r -> r.get("affectsValidity").asBoolean()).map(r -> r.get("code").asString()))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Relation.values()).filter(Relation::affectsValidity).map(Relation::name).toList())
                .contains("AMENDS", "REPLACES", "REPEALS");
        assertThat(relations.valueStream().map(r -> r.get("code").asString() + "=" + r.get("validityEffect").asString()))
                .contains("AMENDS=CHANGES_PART", "REPLACES=REPLACES", "REPEALS=ENDS", "BASED_ON=NONE");
        assertThat(get("/api/roles").json().get("roles").valueStream().map(r -> r.get("code").asString() + "=" + r.get("label").asString()))
                .contains("LEAD=chủ trì", "SUPPORT=phối hợp", "ADVISE=tham mưu");
    }

    /**
     * Issue 16 point 1, the relation the note adds as its example: "hướng dẫn Nghị định số ..." is read as GUIDES,
     * written to the graph, shown in the cited decree's chain and on its page under "Được hướng dẫn bởi".
     */
    @Test
    void aCircularGuidingADecreeIsShownOnTheDecreesChainAndPageUnderTheGuidingLabel() throws Exception {
        String decree = "30/2011/NĐ-CP";
        String circular = """
                BỘ TƯ PHÁP
                Số: 7/2012/TT-BTP
                Hà Nội, ngày 2 tháng 3 năm 2012
                THÔNG TƯ
                Quy định chi tiết về lưu trữ hồ sơ thử nghiệm
                Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;
                Thông tư này hướng dẫn Nghị định số 30/2011/NĐ-CP ngày 25/4/2011 của Chính phủ về lưu trữ hồ sơ thử nghiệm.
                Điều 1. Phạm vi điều chỉnh
                Thông tư này quy định việc lưu trữ hồ sơ thử nghiệm.
                """;
        String id = upload("/api/documents", "7-2012-TT-BTP.txt", circular.getBytes(StandardCharsets.UTF_8)).json().get("id").asString();
        JsonNode circularPage = get("/api/documents/" + id).json();
        assertThat(circularPage.get("references").valueStream().filter(r -> decree.equals(r.get("number").asString(null)))
                .map(r -> r.get("relation").asString())).as("what 7/2012/TT-BTP says of " + decree).containsExactly("GUIDES");

        JsonNode chain = get("/api/chain?depth=1&direction=down&number=" + q(decree)).json();
        String decreeId = chain.get("root").get("id").asString();
        assertThat(chain.get("edges").valueStream().filter(e -> e.get("from").asString().equals(id))
                .map(e -> e.get("relation").asString() + " " + e.get("to").asString())).containsExactly("GUIDES " + decreeId);

        JsonNode decreePage = get("/api/documents/" + decreeId).json();
        assertThat(decreePage.get("citedBy").valueStream().filter(c -> c.get("id").asString().equals(id))
                .map(c -> c.get("relation").asString() + " " + c.get("number").asString())).containsExactly("GUIDES 7/2012/TT-BTP");
        JsonNode guides = get("/api/relations").json().get("relations").valueStream()
                .filter(r -> r.get("code").asString().equals("GUIDES")).findFirst().orElseThrow();
        assertThat(guides.get("label").asString() + " / " + guides.get("inverseLabel").asString())
                .as("the decree's page groups the circular under the inverse label").isEqualTo("Hướng dẫn / Được hướng dẫn bởi");
        assertThat(guides.get("validityEffect").asString()).isEqualTo("NONE");
    }

    @Test
    void aPageTellsWhichOfItsReferencesTheRepositoryHolds() throws Exception {
        String notice = """
                BỘ TƯ PHÁP
                Số: 93/TB-BTP
                Hà Nội, ngày 5 tháng 3 năm 2021
                THÔNG BÁO
                Về việc kiểm kê kho lưu trữ wombat
                Căn cứ Thông báo số 31/TB-BKHCN ngày 08/01/2020 của Bộ Khoa học và Công nghệ;
                Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;
                Căn cứ Quyết định số 9917/QĐ-BKHCN ngày 2/1/2021 của Bộ Khoa học và Công nghệ;
                Các đơn vị kiểm kê kho lưu trữ wombat trước ngày 31/12/2021.
                """;
        String id = upload("/api/documents", "93-TB-BTP.txt", notice.getBytes(StandardCharsets.UTF_8)).json().get("id").asString();
        String notice31 = get("/api/documents/by-number?number=" + q("31/TB-BKHCN")).json().get("document").get("id").asString();
        JsonNode page = get("/api/documents/" + id).json();
        assertThat(page.get("references").valueStream().filter(r -> r.hasNonNull("number"))
                .map(r -> r.get("number").asString() + " " + r.get("inRepository").asBoolean() + " " + r.get("targetId").asString()))
                .as("31/TB-BKHCN is held; 1322/QĐ-TTg is only cited; 9917/QĐ-BKHCN is nowhere")
                .contains("31/TB-BKHCN true " + notice31, "1322/QĐ-TTg false " + DocumentNumbers.idForNumber("1322/QĐ-TTg"),
                        "9917/QĐ-BKHCN false " + DocumentNumbers.idForNumber("9917/QĐ-BKHCN"));
    }

    @Test
    void overviewCountsTheRepositoryListsTheLatestAndOffersEveryWayToBrowse() throws Exception {
        JsonNode overview = get("/api/overview").json();
        JsonNode counts = overview.get("counts");
        // Five corpus documents (other tests may upload a few more), the same number a match-all search counts.
        long held = get("/api/search?q=&limit=1").json().get("total").asLong();
        assertThat(counts.get("documents").asLong()).isGreaterThanOrEqualTo(5).isEqualTo(held);
        // Cited only: 1322/QĐ-TTg, 712/QĐ-TTg, Luật Tổ chức chính quyền địa phương, ...
        assertThat(counts.get("cited").asLong()).isGreaterThanOrEqualTo(15);
        assertThat(counts.get("tasks").asLong()).isGreaterThan(100);
        assertThat(overview.get("latest").get(0).get("number").asString()).as("the latest document issued")
                .isEqualTo("4258/BKHCN-TĐC");
        assertThat(overview.get("latest").valueStream().map(d -> d.get("issuedDate").asString()).toList())
                .as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode browse = overview.get("browse");
        assertThat(browse.get("issuer").get("Bộ Khoa học và Công nghệ").asLong()).isEqualTo(3);
        assertThat(browse.get("type").get("Quyết định").asLong()).isEqualTo(1);
        assertThat(browse.get("year").get("2020").asLong()).isEqualTo(2);
        assertThat(browse.get("status").get("IN_FORCE").asLong()).isEqualTo(1);
    }

    @Test
    void theChainAcceptsEveryNumberFormTheSearchBoxAccepts() throws Exception {
        for (String typed : List.of("1322/QĐ-TTg", "qd 1322", "QĐ 1322", "1322/qd-ttg", "quyết định 1322", "1322 QĐ TTg", "quyet dinh so 1322")) {
            Reply chain = get("/api/chain?depth=1&number=" + q(typed));
            assertThat(chain.status()).as("chain of '%s': %s", typed, chain.body()).isEqualTo(200);
            assertThat(chain.json().get("root").get("number").asString()).as("root of '%s'", typed).isEqualTo("1322/QĐ-TTg");
        }
        assertThat(get("/api/documents/by-number?number=" + q("qd 1852")).json().get("document").get("number").asString())
                .isEqualTo("1852/QĐ-UBND");
        assertThat(get("/api/chain?number=" + q("qd 99999")).status()).isEqualTo(404);
    }

    @Test
    void aDocumentWithoutANumberHasItsChainByIdAndIsNamedByItsTitle() throws Exception {
        JsonNode plan = get("/api/search?q=" + q("Hậu Giang năng suất chất lượng") + "&type=" + q("Kế hoạch")).json().get("hits").get(0);
        assertThat(plan.get("number").isNull()).as("the Hậu Giang plan has no number").isTrue();
        JsonNode chain = get("/api/chain?depth=1&id=" + q(plan.get("id").asString())).json();
        assertThat(chain.get("root").get("id").asString()).isEqualTo(plan.get("id").asString());
        assertThat(chain.get("root").get("title").asString()).startsWith("Thực hiện Dự án “Nâng cao năng suất");
        assertThat(chain.get("nodes").valueStream().map(n -> n.get("number").asString(""))).contains("712/QĐ-TTg", "20/2010/TT-BKHCN");
        assertThat(get("/api/chain?id=nope").status()).isEqualTo(404);
    }

    @Test
    void aBodysPageHasItsPlaceDutiesAndTheDocumentsAddressedToIt() throws Exception {
        JsonNode finance = get("/api/bodies?name=" + q("so tai chinh tinh bac kan")).json().get("profile");
        assertThat(finance.get("body").get("name").asString()).isEqualTo("Sở Tài chính");
        assertThat(finance.get("body").get("province").asString()).isEqualTo("Bắc Kạn");
        assertThat(finance.get("duties").valueStream().filter(d -> d.get("role").asString().equals("ADVISE")
                && d.get("task").asString().contains("bố trí kinh phí")).map(d -> d.get("document").get("number").asString()))
                .as("Sở Tài chính tham mưu bố trí kinh phí under 1852/QĐ-UBND").containsExactly("1852/QĐ-UBND");
        assertThat(finance.get("dutyCount").asInt()).isEqualTo(finance.get("duties").size());
        // Its successor today (issue 14's successions): Bắc Kạn merged into Thái Nguyên on 1 July 2025.
        JsonNode financePage = get("/api/bodies?name=" + q("so tai chinh tinh bac kan")).json();
        assertThat(financePage.get("successor").get("name").asString() + " tỉnh " + financePage.get("successor").get("province").asString())
                .isEqualTo("Sở Tài chính tỉnh Thái Nguyên");
        assertThat(financePage.get("successorText").asString()).startsWith("Sở Tài chính tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo ")
                .contains("202/2025/QH15");
        // Sở Kế hoạch và Đầu tư became part of Sở Tài chính on 1 March 2025, before the provinces merged.
        assertThat(financePage.get("predecessors").valueStream().map(b -> b.get("name").asString() + " tỉnh " + b.get("province").asString()))
                .containsExactly("Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn");

        // The body of today that no document names yet: the bodies of the repository whose duties it holds.
        JsonNode today = get("/api/bodies?name=" + q("Sở Tài chính tỉnh Thái Nguyên")).json();
        assertThat(today.get("profile").isNull()).isTrue();
        assertThat(today.get("predecessors").valueStream().map(b -> b.get("name").asString() + " tỉnh " + b.get("province").asString()))
                .containsExactlyInAnyOrder("Sở Tài chính tỉnh Bắc Kạn", "Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn");
        assertThat(get("/api/bodies?name=" + q("Sở Không Có tỉnh Thái Nguyên")).status())
                .as("a name in a province of today that no document of the repository gives, nor any body it took over").isEqualTo(404);

        // A name in two provinces is a choice.
        JsonNode choices = get("/api/bodies?name=" + q("Sở Tài chính")).json();
        assertThat(choices.get("profile").isNull()).isTrue();
        assertThat(choices.get("choices").valueStream().map(b -> b.get("province").asString())).containsExactly("Bắc Kạn", "Hậu Giang");

        JsonNode chiCuc = get("/api/bodies?name=" + q("Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Bắc Kạn")).json().get("profile");
        assertThat(chiCuc.get("parent").get("name").asString()).isEqualTo("Sở Khoa học và Công nghệ");
        JsonNode ministry = get("/api/bodies?name=" + q("Bộ Y tế")).json().get("profile");
        assertThat(get("/api/bodies?name=" + q("Bộ Y tế")).json().get("successor").isNull()).as("Bộ Y tế kept its name in 2025").isTrue();
        assertThat(ministry.get("addressed").valueStream().map(a -> a.get("document").get("number").asString() + " " + a.get("as").asString()))
                .contains("4258/BKHCN-TĐC kính gửi");

        Reply unknown = get("/api/bodies?name=" + q("Sở Không Có"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).startsWith("Không có cơ quan nào tên");
    }

    @Test
    void eachOriginalIsListedByItsFileNameAndDownloadsWithItsTypeAndName() throws Exception {
        JsonNode originals = get("/api/documents/" + DECISION_1852 + "/originals").json().get("originals");
        assertThat(originals.valueStream().map(o -> o.get("name").asString())).containsExactlyInAnyOrder(
                "2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt", "1852-QD-UBND_bac-kan-ke-hoach-1322.pdf", "1852-QD-UBND_portal-page.html");
        JsonNode pdf = originals.valueStream().filter(o -> o.get("format").asString().equals("pdf")).findFirst().orElseThrow();
        HttpResponse<byte[]> download = getBytes("/api/documents/" + DECISION_1852 + "/originals/" + pdf.get("hash").asString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).as("the bytes ingested").isEqualTo(Files.readAllBytes(TestCorpus.DECISION_1852_PDF));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"1852-QD-UBND_bac-kan-ke-hoach-1322.pdf\"; filename*=UTF-8''1852-QD-UBND_bac-kan-ke-hoach-1322.pdf");
        JsonNode html = originals.valueStream().filter(o -> o.get("format").asString().equals("html")).findFirst().orElseThrow();
        assertThat(getBytes("/api/documents/" + DECISION_1852 + "/originals/" + html.get("hash").asString()).headers().firstValue("Content-Type"))
                .hasValue("text/html;charset=UTF-8");

        // A file uploaded under a Vietnamese name downloads under that name (RFC 5987).
        String name = "Kế hoạch 91 Đắk Lắk.txt";
        String id = upload("/api/documents", name, "Số: 91/KH-UBND\nKẾ HOẠCH\nTổ chức Hội chợ sách tỉnh Đắk Lắk năm 2025\n"
                .getBytes(StandardCharsets.UTF_8)).json().get("id").asString();
        JsonNode uploaded = get("/api/documents/" + id + "/originals").json().get("originals").get(0);
        assertThat(uploaded.get("name").asString()).isEqualTo(name);
        HttpResponse<byte[]> text = getBytes("/api/documents/" + id + "/originals/" + uploaded.get("hash").asString());
        assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        String disposition = text.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8)).isEqualTo(name);

        // A document only cited has no original; a hash that is not the document's is not served.
        assertThat(get("/api/documents/ne42e8521d79c5645/originals").json().get("originals").isEmpty()).isTrue();
        assertThat(get("/api/documents/" + id + "/originals/" + pdf.get("hash").asString()).status()).isEqualTo(404);
    }

    @Test
    void aYearOnlyDeadlineIsDueAtTheYearsEndAndThenOverdue() throws Exception {
        JsonNode review = get("/api/obligations?body=" + q("Sở Khoa học và Công nghệ tỉnh Bắc Kạn") + "&today=2026-01-05").json()
                .get("obligations").valueStream().filter(o -> o.get("task").asString().startsWith("Tổ chức sơ kết Chương trình vào năm 2025"))
                .findFirst().orElseThrow(() -> new AssertionError("no 'sơ kết vào năm 2025' duty of Sở KH&CN Bắc Kạn"));
        assertThat(review.get("deadline").asString()).isEqualTo("2025");
        assertThat(review.get("nextDue").asString()).isEqualTo("2025-12-31");
        assertThat(review.get("overdue").asBoolean()).isTrue();
    }
}
