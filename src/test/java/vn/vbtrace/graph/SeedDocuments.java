package vn.vbtrace.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.Relation;
import vn.vbtrace.document.Role;

/**
 * Extractions of the seed documents built by hand from their real text (shared/seeds 002 and 003),
 * with each span's offsets taken from the excerpt kept as the document's text.
 */
final class SeedDocuments {

    static final String QD_1322 = "1322/QĐ-TTg";
    static final String QD_1852 = "1852/QĐ-UBND";
    static final String CV_4258 = "4258/BKHCN-TĐC";
    static final String TTR_54 = "54/TTr-SKHCN";
    static final String LAW_LOCAL_GOVERNMENT = "Luật Tổ chức chính quyền địa phương";
    static final String SO_TAI_CHINH_TASK = "tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện các nhiệm vụ của "
            + "Chương trình theo quy định của pháp luật về ngân sách Nhà nước.";

    private static final String PROGRAM = "Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng "
            + "sản phẩm, hàng hóa giai đoạn 2021 - 2030";

    /** Quyết định 1852/QĐ-UBND of UBND tỉnh Bắc Kạn (seed 003), in excerpts. */
    static final String TEXT_1852 = String.join("\n",
            "Số: 1852/QĐ-UBND",
            "Bắc Kạn, ngày 14 tháng 10 năm 2020",
            "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 1322/QĐ-TTG NGÀY 31/8/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
            "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt " + PROGRAM + ";",
            "Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 54/TTr-SKHCN ngày 25 tháng 9 năm 2020.",
            "(Ban hành kèm theo Quyết định số 1852/QĐ-UBND ngày 14 tháng 10 năm 2020 của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn)",
            "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt " + PROGRAM + ".",
            "1. Sở Khoa học và Công nghệ có trách nhiệm",
            "a) Chủ trì, điều hành hoạt động của Chương trình;",
            "4. Sở Tài chính",
            "Căn cứ khả năng ngân sách " + SO_TAI_CHINH_TASK,
            "Phối hợp với Sở Khoa học và Công nghệ rà soát, bổ sung cơ chế quản lý tài chính để thực hiện Chương trình nếu cần thiết.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Đỗ Thị Minh Hoa");

    /** Công văn 4258/BKHCN-TĐC of Bộ Khoa học và Công nghệ (seed 002), in excerpts. */
    static final String TEXT_4258 = String.join("\n",
            "Số: 4258/BKHCN-TĐC",
            "V/v báo cáo kết quả thực hiện nhiệm vụ năm 2023 của Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2021-2030",
            "Hà Nội, ngày 17 tháng 11 năm 2023",
            "Thực hiện Quyết định số 1322/QĐ-TTg ngày 30 tháng 8 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia Hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hoá giai đoạn 2021-2030,",
            "Báo cáo kết quả năm 2023 thực hiện Chương trình đề nghị gửi về Bộ Khoa học và Công nghệ trước ngày 30/11/2023",
            "Lê Xuân Định");

    /** Quyết định 1322/QĐ-TTg itself, as it would arrive later. */
    static final String TEXT_1322 = String.join("\n",
            "Số: 1322/QĐ-TTg",
            "Hà Nội, ngày 31 tháng 8 năm 2020",
            "QUYẾT ĐỊNH Phê duyệt " + PROGRAM,
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;");

    private SeedDocuments() {
    }

    static IngestedDocument qd1852() {
        return qd1852(TEXT_1852);
    }

    /** 1852 with the given text: a changed version keeps only the references its text still has. */
    static IngestedDocument qd1852(String text) {
        DocumentMetadata metadata = new DocumentMetadata(QD_1852, "Quyết định", "UBND tỉnh Bắc Kạn",
                LocalDate.of(2020, 10, 14), "Bắc Kạn",
                "Ban hành Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt "
                        + PROGRAM,
                "Đỗ Thị Minh Hoa");
        List<Reference> references = java.util.stream.Stream.of(
                        ref(text, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015", null,
                                LAW_LOCAL_GOVERNMENT, "Luật", "Quốc hội", LocalDate.of(2015, 6, 19), Relation.BASED_ON),
                        ref(text, "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt "
                                        + PROGRAM + ";", QD_1322, null, "Quyết định", "Thủ tướng Chính phủ",
                                LocalDate.of(2020, 8, 31), Relation.BASED_ON),
                        ref(text, "Tờ trình số 54/TTr-SKHCN ngày 25 tháng 9 năm 2020", TTR_54, null, "Tờ trình",
                                "Sở Khoa học và Công nghệ", LocalDate.of(2020, 9, 25), Relation.PROPOSED_BY),
                        // The plan names the decision that issues it: a mention of the document itself.
                        ref(text, "Ban hành kèm theo Quyết định số 1852/QĐ-UBND ngày 14 tháng 10 năm 2020", QD_1852, null,
                                "Quyết định", "UBND tỉnh Bắc Kạn", LocalDate.of(2020, 10, 14), Relation.CITES),
                        // The plan repeats its basis: the same (target, relation) as the first mention.
                        ref(text, "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt "
                                        + PROGRAM + ".", QD_1322, null, "Quyết định", "Thủ tướng Chính phủ",
                                LocalDate.of(2020, 8, 31), Relation.BASED_ON))
                .filter(r -> r != null)
                .toList();
        List<Assignment> assignments = java.util.stream.Stream.of(
                        assignment(text, "Sở Khoa học và Công nghệ", Role.LEAD,
                                "Chủ trì, điều hành hoạt động của Chương trình;", null),
                        assignment(text, "Sở Tài chính", Role.ADVISE, SO_TAI_CHINH_TASK, null),
                        assignment(text, "Sở Tài chính", Role.SUPPORT,
                                "Phối hợp với Sở Khoa học và Công nghệ rà soát, bổ sung cơ chế quản lý tài chính để "
                                        + "thực hiện Chương trình nếu cần thiết.", null))
                .filter(a -> a != null)
                .toList();
        return new IngestedDocument(DocumentNumbers.idForNumber(QD_1852), "corpus/003_80cc1b2d17d31768.txt",
                DocumentNumbers.sha256Hex(text), text, new Extraction(metadata, references, assignments),
                Instant.parse("2026-11-21T18:00:00Z"));
    }

    static IngestedDocument cv4258() {
        String text = TEXT_4258;
        DocumentMetadata metadata = new DocumentMetadata(CV_4258, "Công văn", "Bộ Khoa học và Công nghệ",
                LocalDate.of(2023, 11, 17), "Hà Nội",
                "V/v báo cáo kết quả thực hiện nhiệm vụ năm 2023 của Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao "
                        + "năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2021-2030",
                "Lê Xuân Định");
        // The letter dates 1322/QĐ-TTg 30/8/2020; the decision is dated 31/8/2020.
        List<Reference> references = List.of(ref(text,
                "Thực hiện Quyết định số 1322/QĐ-TTg ngày 30 tháng 8 năm 2020 của Thủ tướng Chính phủ", QD_1322, null,
                "Quyết định", "Thủ tướng Chính phủ", LocalDate.of(2020, 8, 30), Relation.IMPLEMENTS));
        List<Assignment> assignments = List.of(assignment(text, "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                Role.REPORT, "Báo cáo kết quả năm 2023 thực hiện Chương trình đề nghị gửi về Bộ Khoa học và Công nghệ",
                "2023-11-30"));
        return new IngestedDocument(DocumentNumbers.idForNumber(CV_4258), "corpus/002_db258a1af6abeb36.txt",
                DocumentNumbers.sha256Hex(text), text, new Extraction(metadata, references, assignments),
                Instant.parse("2026-11-21T18:00:01Z"));
    }

    static IngestedDocument qd1322() {
        String text = TEXT_1322;
        DocumentMetadata metadata = new DocumentMetadata(QD_1322, "Quyết định", "Thủ tướng Chính phủ",
                LocalDate.of(2020, 8, 31), "Hà Nội", "Phê duyệt " + PROGRAM, null);
        List<Reference> references = List.of(ref(text, "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015", null,
                "Luật Tổ chức Chính phủ", "Luật", "Quốc hội", LocalDate.of(2015, 6, 19), Relation.BASED_ON));
        return new IngestedDocument(DocumentNumbers.idForNumber(QD_1322), "upload/1322.pdf",
                DocumentNumbers.sha256Hex(text), text, new Extraction(metadata, references, List.of()),
                Instant.parse("2026-11-21T18:00:02Z"));
    }

    /** A reference whose span is {@code quote} in {@code text}; null when the text no longer has it. */
    private static Reference ref(String text, String quote, String number, String title, String type, String issuer,
            LocalDate date, Relation relation) {
        int start = text.indexOf(quote);
        return start < 0 ? null
                : new Reference(number, title, type, issuer, date, relation, start, start + quote.length(), quote);
    }

    private static Assignment assignment(String text, String body, Role role, String task, String deadline) {
        int start = text.indexOf(task);
        return start < 0 ? null : new Assignment(body, role, task, deadline, start, start + task.length());
    }
}
