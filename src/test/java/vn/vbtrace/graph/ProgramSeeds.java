package vn.vbtrace.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Body;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Program;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.Relation;
import vn.vbtrace.document.Role;

/**
 * Hand-built extractions with the fields the extractor does not fill yet (programs, bodies with their
 * province, address lines, signer title, effect clause), after the real 712/QĐ-TTg, 1322/QĐ-TTg,
 * 1852/QĐ-UBND of Bắc Kạn and the Hậu Giang plan of corpus/. Public: the validity tests use them too.
 */
public final class ProgramSeeds {

    public static final String QD_712 = "712/QĐ-TTg";
    public static final String QD_1322 = "1322/QĐ-TTg";
    public static final String QD_1852 = "1852/QĐ-UBND";
    public static final String QD_1950 = "1950/QĐ-UBND";
    public static final String PROGRAM_712 = "712/qd-ttg";
    public static final String PROGRAM_1322 = "1322/qd-ttg";
    public static final String PROJECT_HAU_GIANG = "1950/qd-ubnd";
    public static final String HAU_GIANG_PLAN_ID = DocumentNumbers.idForIdentity("plan:hau-giang-2016-2020");

    static final String NAME_712 = "Chương trình quốc gia “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của "
            + "doanh nghiệp Việt Nam đến năm 2020”";
    static final String NAME_1322 = "Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng "
            + "sản phẩm, hàng hóa giai đoạn 2021 - 2030";

    private ProgramSeeds() {
    }

    public static IngestedDocument qd712() {
        String text = String.join("\n", "Số: 712/QĐ-TTg", "Hà Nội, ngày 21 tháng 5 năm 2010",
                "QUYẾT ĐỊNH Phê duyệt " + NAME_712,
                "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.");
        DocumentMetadata meta = new DocumentMetadata(QD_712, "Quyết định", "Thủ tướng Chính phủ", LocalDate.of(2010, 5, 21),
                "Hà Nội", "Phê duyệt " + NAME_712, "Nguyễn Sinh Hùng", "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG", List.of(), List.of(), null);
        Program program = program(text, PROGRAM_712, NAME_712, 2010, 2020, QD_712, null);
        return document(QD_712, text, meta, List.of(), List.of(), List.of(program), List.of(),
                onSigning(text, "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.", LocalDate.of(2010, 5, 21)));
    }

    public static IngestedDocument qd1322() {
        return qd1322(null);
    }

    /** 1322 as saved from a portal whose panel says {@code portalStatus} (null: no panel). */
    public static IngestedDocument qd1322(String portalStatus) {
        String text = String.join("\n", "Số: 1322/QĐ-TTg", "Hà Nội, ngày 31 tháng 8 năm 2020",
                "QUYẾT ĐỊNH Phê duyệt " + NAME_1322,
                "Chương trình kế thừa Chương trình quốc gia nâng cao năng suất và chất lượng đến năm 2020.",
                "Quyết định này có hiệu lực kể từ ngày ký ban hành.",
                "Nơi nhận: - Các Bộ, cơ quan ngang Bộ; - UBND các tỉnh, thành phố trực thuộc Trung ương;",
                "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trịnh Đình Dũng");
        DocumentMetadata meta = new DocumentMetadata(QD_1322, "Quyết định", "Thủ tướng Chính phủ", LocalDate.of(2020, 8, 31),
                "Hà Nội", "Phê duyệt " + NAME_1322, "Trịnh Đình Dũng", "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG", List.of(),
                List.of("Các Bộ, cơ quan ngang Bộ", "UBND các tỉnh, thành phố trực thuộc Trung ương"), portalStatus);
        Program program = program(text, PROGRAM_1322, NAME_1322, 2021, 2030, QD_1322, PROGRAM_712);
        return document(QD_1322, text, meta, List.of(), List.of(), List.of(program), List.of(),
                onSigning(text, "Quyết định này có hiệu lực kể từ ngày ký ban hành.", LocalDate.of(2020, 8, 31)));
    }

    /** Bắc Kạn's plan for the 1322 program: its bodies are Bắc Kạn's, Chi cục TĐC is part of Sở KH&CN. */
    public static IngestedDocument qd1852() {
        String basis = "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt " + NAME_1322 + ";";
        String funding = "tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện các nhiệm vụ của Chương trình";
        String text = String.join("\n", "Số: 1852/QĐ-UBND", "Bắc Kạn, ngày 14 tháng 10 năm 2020", basis,
                "4. Sở Tài chính", "Căn cứ khả năng ngân sách " + funding + ".",
                "Nơi nhận: - Sở Tài chính; - Chi cục Tiêu chuẩn Đo lường Chất lượng;",
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa");
        DocumentMetadata meta = new DocumentMetadata(QD_1852, "Quyết định", "UBND tỉnh Bắc Kạn", LocalDate.of(2020, 10, 14),
                "Bắc Kạn", "Ban hành Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg", "Đỗ Thị Minh Hoa",
                "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", List.of(), List.of("Sở Tài chính", "Chi cục Tiêu chuẩn Đo lường Chất lượng"), null);
        List<Reference> refs = List.of(reference(text, basis, QD_1322, "Quyết định", "Thủ tướng Chính phủ",
                LocalDate.of(2020, 8, 31), Relation.BASED_ON));
        List<Assignment> duties = List.of(duty(text, "Sở Tài chính", Role.ADVISE, funding, "Bắc Kạn"));
        List<Body> bodies = List.of(new Body("Sở Tài chính", "Bắc Kạn", null),
                new Body("Sở Khoa học và Công nghệ", "Bắc Kạn", null),
                new Body("Chi cục Tiêu chuẩn Đo lường Chất lượng", "Bắc Kạn", "Sở Khoa học và Công nghệ"));
        Program program = program(text, PROGRAM_1322, NAME_1322, 2021, 2030, QD_1322, null);
        return document(QD_1852, text, meta, refs, duties, List.of(program), bodies, null);
    }

    /** The Hậu Giang plan (no number): rests on 712/QĐ-TTg and on the provincial project of 1950/QĐ-UBND. */
    public static IngestedDocument hauGiangPlan() {
        String basis = "Căn cứ Quyết định số 712/QĐ-TTg ngày 21 tháng 5 năm 2010 của Thủ tướng Chính phủ";
        String project = "Dự án “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp tỉnh Hậu Giang "
                + "giai đoạn 2012-2015 và tầm nhìn đến năm 2020”";
        String funding = "tham mưu UBND tỉnh bố trí kinh phí thực hiện dự án";
        String text = String.join("\n", "KẾ HOẠCH THỰC HIỆN DỰ ÁN", basis + ";",
                "Căn cứ Quyết định số 1950/QĐ-UBND ngày 28 tháng 9 năm 2012 của UBND tỉnh Hậu Giang V/v phê duyệt " + project + ";",
                "3. Sở Tài chính: " + funding + ".");
        DocumentMetadata meta = new DocumentMetadata(null, "Kế hoạch", "UBND tỉnh Hậu Giang", null, "Hậu Giang",
                "Thực hiện Dự án nâng cao năng suất và chất lượng giai đoạn 2016 - 2020", null);
        List<Reference> refs = List.of(reference(text, basis, QD_712, "Quyết định", "Thủ tướng Chính phủ",
                LocalDate.of(2010, 5, 21), Relation.BASED_ON));
        List<Assignment> duties = List.of(duty(text, "Sở Tài chính", Role.ADVISE, funding, "Hậu Giang"));
        Program provincial = new Program(PROJECT_HAU_GIANG, project, "Dự án", "PROVINCIAL", 2012, 2020, QD_1950, null,
                text.indexOf(project), text.indexOf(project) + project.length());
        return new IngestedDocument(HAU_GIANG_PLAN_ID, "corpus/hau-giang.txt", DocumentNumbers.sha256Hex(text), text,
                new Extraction(meta, refs, duties, List.of(provincial), List.of(new Body("Sở Tài chính", "Hậu Giang", null)), null),
                Instant.parse("2026-11-21T18:00:03Z"));
    }

    /**
     * A plan of {@code number} that names the program {@code key} as {@code name}, with the period it states (null: not
     * stated): two documents may name one approving decision's program with different periods.
     */
    public static IngestedDocument naming(String number, String key, String name, Integer from, Integer to) {
        String text = "Số: " + number + "\nThực hiện " + name + ".";
        DocumentMetadata meta = new DocumentMetadata(number, "Kế hoạch", "UBND tỉnh Bắc Kạn", LocalDate.of(2021, 3, 1),
                "Bắc Kạn", "Kế hoạch " + number, null);
        int start = text.indexOf(name);
        Program program = new Program(key, name, "Chương trình", "NATIONAL", from, to, null, null, start, start + name.length());
        return document(number, text, meta, List.of(), List.of(), List.of(program), List.of(), null);
    }

    /** A document of {@code number} with only a header and the given effect clause. */
    public static IngestedDocument withEffect(String number, LocalDate issued, EffectClause effect, String portalStatus) {
        String text = "Số: " + number + "\n" + (effect == null ? "" : effect.text());
        DocumentMetadata meta = new DocumentMetadata(number, "Quyết định", "UBND tỉnh Bắc Kạn", issued, "Bắc Kạn",
                "Quyết định " + number, null, null, List.of(), List.of(), portalStatus);
        return document(number, text, meta, List.of(), List.of(), List.of(), List.of(), effect);
    }

    /** A document of {@code number} that replaces (or repeals) {@code target}, as its article on effect says. */
    public static IngestedDocument replacing(String number, LocalDate issued, String target, Relation relation) {
        String clause = "Quyết định này thay thế Quyết định số " + target + ".";
        String text = "Số: " + number + "\n" + clause;
        DocumentMetadata meta = new DocumentMetadata(number, "Quyết định", "UBND tỉnh Bắc Kạn", issued, "Bắc Kạn",
                "Quyết định " + number, null);
        List<Reference> refs = List.of(reference(text, clause, target, "Quyết định", null, null, relation));
        return document(number, text, meta, refs, List.of(), List.of(), List.of(), null);
    }

    private static IngestedDocument document(String number, String text, DocumentMetadata meta, List<Reference> refs,
                                             List<Assignment> duties, List<Program> programs, List<Body> bodies,
                                             EffectClause effect) {
        return new IngestedDocument(DocumentNumbers.idForNumber(number), "corpus/" + DocumentNumbers.key(number).replace('/', '_') + ".txt",
                DocumentNumbers.sha256Hex(text), text,
                new Extraction(meta, new ArrayList<>(refs), new ArrayList<>(duties), programs, bodies, effect),
                Instant.parse("2026-11-21T18:00:00Z"));
    }

    private static Program program(String text, String key, String name, int from, int to, String approvedBy, String succeeds) {
        int start = Math.max(0, text.indexOf(name));
        return new Program(key, name, "Chương trình", "NATIONAL", from, to, approvedBy, succeeds, start, start + name.length());
    }

    public static EffectClause onSigning(String text, String clause, LocalDate signed) {
        int start = Math.max(0, text.indexOf(clause));
        return new EffectClause(vn.vbtrace.document.EffectKind.ON_SIGNING, null, signed, null, start, start + clause.length(), clause);
    }

    private static Reference reference(String text, String quote, String number, String type, String issuer,
                                       LocalDate date, Relation relation) {
        int start = text.indexOf(quote);
        return new Reference(number, null, type, issuer, date, relation, start, start + quote.length(), quote);
    }

    private static Assignment duty(String text, String body, Role role, String task, String province) {
        int start = text.indexOf(task);
        return new Assignment(body, role, task, null, province, start, start + task.length());
    }
}
