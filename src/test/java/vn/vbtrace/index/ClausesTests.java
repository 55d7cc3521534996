package vn.vbtrace.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4, point 4: naming the clause a place lies in, from the markers that open its lines. */
class ClausesTests {

    private static final String PLAN = String.join("\n",
            "KẾ HOẠCH",                                // 0: no clause yet
            "I. MỤC ĐÍCH, YÊU CẦU",                    // Mục I
            "1. Mục đích",                             // Mục I, khoản 1
            "Nâng cao năng suất.",
            "II.",                                     // a Roman heading alone on its line
            "NHIỆM VỤ",
            "1.",
            "Hoàn thiện cơ chế, chính sách.",          // Mục II, khoản 1
            "2. Sở Tài chính",
            "a) Tham mưu bố trí kinh phí;",            // Mục II, khoản 2, điểm a
            "b) Phối hợp rà soát cơ chế tài chính.",
            "III. KINH PHÍ",
            "Ngân sách tỉnh.");                        // Mục III

    private static String clauseOf(String text, String words) {
        return Clauses.at(text, text.indexOf(words)).map(Clauses.Clause::name).orElse(null);
    }

    @Test
    void namesTheClausesOfAPlanOuterFirst() {
        assertThat(clauseOf(PLAN, "KẾ HOẠCH")).isNull();
        assertThat(clauseOf(PLAN, "Nâng cao")).isEqualTo("Mục I, khoản 1");
        assertThat(clauseOf(PLAN, "Hoàn thiện")).isEqualTo("Mục II, khoản 1");
        assertThat(clauseOf(PLAN, "Tham mưu")).isEqualTo("Mục II, khoản 2, điểm a");
        assertThat(clauseOf(PLAN, "Phối hợp")).isEqualTo("Mục II, khoản 2, điểm b");
        assertThat(clauseOf(PLAN, "Ngân sách")).isEqualTo("Mục III");
    }

    @Test
    void theStartIsWhereTheInnermostMarkerStands() {
        Clauses.Clause clause = Clauses.at(PLAN, PLAN.indexOf("Tham mưu")).orElseThrow();
        assertThat(PLAN.substring(clause.start())).startsWith("a) Tham mưu");
    }

    @Test
    void anArticleIsNamedWithoutTheChapterAroundIt() {
        String law = "Chương II\nQUYỀN VÀ NGHĨA VỤ\nĐiều 5. Nguyên tắc\n1. Bình đẳng.\n2. Tự nguyện.\nĐiều\n6. Hiệu lực\nCó hiệu lực từ ngày ký.";
        assertThat(clauseOf(law, "QUYỀN")).isEqualTo("Chương II");
        assertThat(clauseOf(law, "Tự nguyện")).isEqualTo("Điều 5, khoản 2");
        // "Điều" alone on its line, its number on the next (as PDF conversions leave it).
        assertThat(clauseOf(law, "Có hiệu lực")).isEqualTo("Điều 6");
    }

    @Test
    void numbersInsideASentenceOpenNoClause() {
        String text = "Điều 3. Tổ chức thực hiện\nGiao 2. Sở Tài chính; năm 2030. Kế hoạch 12) xong.";
        assertThat(clauseOf(text, "Kế hoạch")).isEqualTo("Điều 3");
    }

    /** A converted file may keep Windows or old Mac line ends, and indent its markers: each line start is read alike. */
    @Test
    void markersOpenLinesWhateverEndsThem() {
        String text = "KẾ HOẠCH\r\nI. MỤC ĐÍCH\r\n  1. Nâng cao năng suất.\r2. Sở Tài chính\r\n\ta) Tham mưu bố trí kinh phí;"
                + "\u2028b) Phối hợp rà soát.\r\n";
        assertThat(clauseOf(text, "KẾ HOẠCH")).isNull();
        assertThat(clauseOf(text, "Nâng cao")).isEqualTo("Mục I, khoản 1");
        assertThat(clauseOf(text, "Sở Tài chính")).isEqualTo("Mục I, khoản 2");
        assertThat(clauseOf(text, "Tham mưu")).isEqualTo("Mục I, khoản 2, điểm a");
        assertThat(clauseOf(text, "Phối hợp")).isEqualTo("Mục I, khoản 2, điểm b");
        Clauses.Clause item = Clauses.at(text, text.indexOf("Nâng cao")).orElseThrow();
        assertThat(text.substring(item.start())).startsWith("1. Nâng cao");
        // A marker on the text's last line, and a place before the first line's end.
        assertThat(clauseOf("Điều 7. Hiệu lực thi hành", "Hiệu lực")).isEqualTo("Điều 7");
    }
}
