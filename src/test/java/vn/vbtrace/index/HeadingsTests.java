package vn.vbtrace.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4, point 5: the lines indexed as headings, which a query naming a part's subject should meet. */
class HeadingsTests {

    @Test
    void titleOpeningLineAndArticleAndSectionHeadings() {
        String text = String.join("\n",
                "Cấp Giấy phép phân loại phim",          // an ALQAC article opens with its heading
                "1. Thẩm quyền cấp Giấy phép phân loại phim được quy định như sau:",
                "Điều 28. Thu hồi Giấy phép",
                "II. NHIỆM VỤ VÀ GIẢI PHÁP",
                "Căn cứ Luật Điện ảnh;");                 // "C" is a Roman numeral, but no heading follows it
        assertThat(Headings.of("Kế hoạch thực hiện", text).lines()).containsExactly(
                "Kế hoạch thực hiện", "Cấp Giấy phép phân loại phim", "Thu hồi Giấy phép", "NHIỆM VỤ VÀ GIẢI PHÁP");
    }

    @Test
    void aLongOpeningLineIsRunningTextNotAHeading() {
        assertThat(Headings.of(null, "x".repeat(300) + "\nĐiều 1. Phạm vi")).isEqualTo("Phạm vi");
    }
}
