package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vbtrace.document.DocumentMetadata;

/** What each seed document says about itself, as a user would check it. */
class SeedMetadataTests {

    @Test
    void provincialDecisionHeaderAndSignature() {
        DocumentMetadata document = SeedFixtures.extract(SeedFixtures.DECISION_1852).document();
        assertThat(document.number()).isEqualTo("1852/QĐ-UBND");
        assertThat(document.type()).isEqualTo("Quyết định");
        assertThat(document.issuer()).isEqualTo("UBND tỉnh Bắc Kạn");
        assertThat(document.issuedDate()).isEqualTo(LocalDate.of(2020, 10, 14));
        assertThat(document.place()).isEqualTo("Bắc Kạn");
        assertThat(document.title()).isEqualTo("Ban hành Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg ngày 31/8/2020"
                + " của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất"
                + " và chất lượng sản phẩm, hàng hóa giai đoạn 2021 - 2030");
        assertThat(document.signer()).isEqualTo("Đỗ Thị Minh Hoa");
    }

    @Test
    void ministryLetterIsACongVanTitledByItsVv() {
        DocumentMetadata document = SeedFixtures.extract(SeedFixtures.LETTER_4258).document();
        assertThat(document.number()).isEqualTo("4258/BKHCN-TĐC");
        assertThat(document.type()).isEqualTo("Công văn");
        assertThat(document.issuer()).isEqualTo("Bộ Khoa học và Công nghệ");
        assertThat(document.issuedDate()).isEqualTo(LocalDate.of(2023, 11, 17));
        assertThat(document.place()).isEqualTo("Hà Nội");
        assertThat(document.title()).isEqualTo("V/v báo cáo kết quả thực hiện nhiệm vụ năm 2023 của Chương trình"
                + " quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2021-2030");
        assertThat(document.signer()).isEqualTo("Lê Xuân Định");
    }

    @Test
    void webPageTakesItsNumberAndDateFromItsAttachment() {
        DocumentMetadata document = SeedFixtures.extract(SeedFixtures.WEB_NOTICE_31).document();
        assertThat(document.number()).isEqualTo("31/TB-BKHCN");
        assertThat(document.type()).isEqualTo("Thông báo");
        assertThat(document.issuer()).isEqualTo("Bộ Khoa học và Công nghệ");
        assertThat(document.issuedDate()).isEqualTo(LocalDate.of(2020, 1, 8));
        assertThat(document.place()).isNull();
        assertThat(document.title()).startsWith(
                "Thông báo Kết luận Hội nghị Ban Điều hành Chương trình quốc gia \"Nâng cao năng suất");
        assertThat(document.signer()).isNull();
    }

    @Test
    void noticeWithoutNumberNamesItsIssuerInTheClosingSentence() {
        DocumentMetadata document = SeedFixtures.extract(SeedFixtures.NOTICE_2013).document();
        assertThat(document.number()).isNull();
        assertThat(document.type()).isEqualTo("Thông báo");
        assertThat(document.issuer()).isEqualTo("Bộ Khoa học và Công nghệ");
        assertThat(document.issuedDate()).as("20/9/2013 is the meeting, not the notice").isNull();
        assertThat(document.title()).isEqualTo("Kết luận Hội nghị Ban Điều hành Chương trình quốc gia \"Nâng cao"
                + " năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp Việt Nam đến năm 2020\"");
        assertThat(document.signer()).isNull();
    }

    @Test
    void provincialPlanWithoutHeaderNamesItsIssuerInItsOpening() {
        DocumentMetadata document = SeedFixtures.extract(SeedFixtures.HAU_GIANG_PLAN).document();
        assertThat(document.number()).isNull();
        assertThat(document.type()).isEqualTo("Kế hoạch");
        assertThat(document.issuer()).isEqualTo("UBND tỉnh Hậu Giang");
        assertThat(document.issuedDate()).isNull();
        assertThat(document.title()).isEqualTo("Thực hiện Dự án “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa"
                + " của doanh nghiệp tỉnh Hậu Giang giai đoạn 2016 - 2020”");
    }
}
