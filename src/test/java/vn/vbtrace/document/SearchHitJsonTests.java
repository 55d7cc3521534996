package vn.vbtrace.document;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hit is built from named parts (issue 16, point 5) but its JSON is the contract's one flat object, byte for byte
 * what the record of sixteen values wrote (the expected texts below were written by that record; the duty's province
 * and successor were added since), and the command line, reading a server's answer, gets the same hit back. A duty
 * carries its province and, when the 2025 reorganization changed its body, the body of today.
 */
class SearchHitJsonTests {

    static final SearchHit HELD = new SearchHit(
            new SearchHit.Document("nb6d90094afa50bd2", "corpus/1852_QD-UBND.txt", "1852/QĐ-UBND", "Về việc ban hành Kế hoạch",
                    "Quyết định", "UBND tỉnh Bắc Kạn", "2020-10-05"),
            2.5f,
            new SearchHit.Passage("Sở Tài chính tham mưu bố trí kinh phí", List.of(new SearchHit.Span(0, 3), new SearchHit.Span(4, 7))),
            SearchHit.Citations.HELD,
            new SearchHit.Place("Mục IV, khoản 4", 1234, new SearchHit.Duty("Sở Tài chính", "Bắc Kạn", Role.LEAD, 1240, 1300,
                    new Successor("Sở Tài chính tỉnh Bắc Kạn", "Sở Tài chính", "Thái Nguyên", "Sở Tài chính tỉnh Thái Nguyên",
                            LocalDate.of(2025, 7, 1), List.of("Nghị quyết 202/2025/QH15 (từ 01/07/2025)"), List.of("vanban.chinhphu.vn"),
                            "Sở Tài chính tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo Nghị quyết 202/2025/QH15 (từ 01/07/2025)"))));

    static final SearchHit STUB = new SearchHit(
            new SearchHit.Document("n1322", null, "1322/QĐ-TTg", null, "Quyết định", null, "2020-08-31"),
            1.0f,
            new SearchHit.Passage("Căn cứ Quyết định số 1322/QĐ-TTg", List.of(new SearchHit.Span(20, 24))),
            SearchHit.Citations.ofStub(List.of(Citer.of("nb6d90094afa50bd2", "1852/QĐ-UBND", "Về việc ban hành Kế hoạch")), 3),
            SearchHit.Place.NONE);

    @Test
    void aHeldDocumentsHitIsOneFlatObjectInTheContractsOrder() {
        assertThat(Json.write(HELD)).isEqualTo("{\"id\":\"nb6d90094afa50bd2\",\"source\":\"corpus/1852_QD-UBND.txt\","
                + "\"number\":\"1852/QĐ-UBND\",\"title\":\"Về việc ban hành Kế hoạch\",\"type\":\"Quyết định\","
                + "\"issuer\":\"UBND tỉnh Bắc Kạn\",\"issuedDate\":\"2020-10-05\",\"score\":2.5,"
                + "\"snippet\":\"Sở Tài chính tham mưu bố trí kinh phí\",\"highlights\":[{\"start\":0,\"end\":3},{\"start\":4,\"end\":7}],"
                + "\"stub\":false,\"citedBy\":null,\"citedByCount\":null,\"clause\":\"Mục IV, khoản 4\",\"clauseStart\":1234,"
                + "\"duty\":{\"body\":\"Sở Tài chính\",\"province\":\"Bắc Kạn\",\"role\":\"LEAD\",\"start\":1240,\"end\":1300,"
                + "\"successor\":{\"asWritten\":\"Sở Tài chính tỉnh Bắc Kạn\",\"body\":\"Sở Tài chính\",\"province\":\"Thái Nguyên\","
                + "\"name\":\"Sở Tài chính tỉnh Thái Nguyên\",\"since\":\"2025-07-01\","
                + "\"bases\":[\"Nghị quyết 202/2025/QH15 (từ 01/07/2025)\"],\"sources\":[\"vanban.chinhphu.vn\"],"
                + "\"text\":\"Sở Tài chính tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo Nghị quyết 202/2025/QH15 (từ 01/07/2025)\"}}}");
    }

    @Test
    void aStubsHitWritesEveryKeyWithNullsWhereItHasNoValue() {
        assertThat(Json.write(STUB)).isEqualTo("{\"id\":\"n1322\",\"source\":null,\"number\":\"1322/QĐ-TTg\",\"title\":null,"
                + "\"type\":\"Quyết định\",\"issuer\":null,\"issuedDate\":\"2020-08-31\",\"score\":1.0,"
                + "\"snippet\":\"Căn cứ Quyết định số 1322/QĐ-TTg\",\"highlights\":[{\"start\":20,\"end\":24}],"
                + "\"stub\":true,\"citedBy\":[{\"id\":\"nb6d90094afa50bd2\",\"number\":\"1852/QĐ-UBND\",\"title\":\"Về việc ban hành Kế hoạch\"}],"
                + "\"citedByCount\":3,\"clause\":null,\"clauseStart\":null,\"duty\":null}");
    }

    @Test
    void aClientReadsTheFlatObjectBackIntoTheSameParts() {
        assertThat(Json.read(Json.write(HELD), SearchHit.class)).isEqualTo(HELD);
        assertThat(Json.read(Json.write(STUB), SearchHit.class)).isEqualTo(STUB);
        SearchResult result = new SearchResult(2, List.of(STUB, HELD));
        assertThat(Json.read(Json.write(result), SearchResult.class).hits()).containsExactly(STUB, HELD);
    }
}
