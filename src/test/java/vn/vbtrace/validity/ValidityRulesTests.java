package vn.vbtrace.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.vbtrace.document.ProgramRef;
import vn.vbtrace.document.Relation;
import vn.vbtrace.document.StaffStatus;
import vn.vbtrace.graph.ValidityFacts;

class ValidityRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void thePortalPanelIsReadAsWrittenWithOrWithoutDiacritics() {
        assertThat(ValidityRules.portal("Còn hiệu lực")).isEqualTo(ValidityStatus.IN_FORCE);
        assertThat(ValidityRules.portal("Hết hiệu lực toàn bộ")).isEqualTo(ValidityStatus.EXPIRED);
        assertThat(ValidityRules.portal("Hết hiệu lực một phần")).isEqualTo(ValidityStatus.PARTLY_EXPIRED);
        assertThat(ValidityRules.portal("Chưa có hiệu lực")).isEqualTo(ValidityStatus.NOT_YET_IN_FORCE);
        assertThat(ValidityRules.portal("het hieu luc  mot phan")).isEqualTo(ValidityStatus.PARTLY_EXPIRED);
        // "Không xác định" says nothing: the next rule decides.
        assertThat(ValidityRules.portal("Không xác định")).isNull();
    }

    @Test
    void staffOutranksTheReplacingDocumentAndTheReplacingDocumentOutranksThePortal() {
        ValidityFacts.Change replacer = new ValidityFacts.Change("n1", "2001/QĐ-UBND", "thay thế");
        StaffStatus staff = new StaffStatus("IN_FORCE", "Vẫn áp dụng Điều 2", "Nguyễn Văn A", Instant.parse("2026-11-20T00:00:00Z"), 1);

        assertThat(derive(staff, replacer, "Còn hiệu lực", null, null).source()).isEqualTo(ValiditySource.STAFF);
        Validity replaced = derive(null, replacer, "Còn hiệu lực", null, null);
        assertThat(replaced.status()).isEqualTo(ValidityStatus.REPLACED);
        assertThat(replaced.replacedBy().number()).isEqualTo("2001/QĐ-UBND");
    }

    @Test
    void aRepealTheCatalogStatesEndsTheDocumentAndIsToldInTheRelationsOwnWords() {
        ValidityFacts.Change repealer = new ValidityFacts.Change("n2", "5/2021/QĐ-UBND", null, "https://vbpl.vn/x", Relation.REPEALS);
        Validity repealed = ValidityRules.derive(new ValidityFacts("id", "1/QĐ-UBND", false, null, null, repealer, "Còn hiệu lực",
                null, null, null, null), TODAY);
        assertThat(repealed.status()).isEqualTo(ValidityStatus.EXPIRED);
        assertThat(repealed.source()).isEqualTo(ValiditySource.REPEAL);
        assertThat(repealed.evidence()).isEqualTo("Danh mục văn bản: 5/2021/QĐ-UBND bãi bỏ văn bản này (https://vbpl.vn/x)");

        ValidityFacts.Change replacer = new ValidityFacts.Change("n1", "2001/QĐ-UBND", null, "https://vbpl.vn/y", Relation.REPLACES);
        Validity both = ValidityRules.derive(new ValidityFacts("id", "1/QĐ-UBND", false, null, replacer, repealer, null,
                null, null, null, null), TODAY);
        assertThat(both.status()).as("a replacement outranks a repeal").isEqualTo(ValidityStatus.REPLACED);
        assertThat(both.evidence()).isEqualTo("Danh mục văn bản: 2001/QĐ-UBND thay thế văn bản này (https://vbpl.vn/y)");
    }

    @Test
    void anEndedProgramOutranksTakingEffectOnSigningButNotAFutureEffectiveDate() {
        ProgramRef to2020 = new ProgramRef("712/qd-ttg", "Chương trình quốc gia", 2010, 2020, null);

        assertThat(derive(null, null, null, LocalDate.of(2010, 5, 21), to2020).source()).isEqualTo(ValiditySource.PROGRAM_PERIOD);
        assertThat(derive(null, null, null, LocalDate.of(2027, 1, 1), to2020).status()).isEqualTo(ValidityStatus.NOT_YET_IN_FORCE);
        ProgramRef to2026 = new ProgramRef("x", "Đề án", 2021, 2026, null);
        assertThat(derive(null, null, null, LocalDate.of(2021, 1, 1), to2026).status()).isEqualTo(ValidityStatus.IN_FORCE);
        assertThat(derive(null, null, null, null, null).status()).isEqualTo(ValidityStatus.UNKNOWN);
    }

    private static Validity derive(StaffStatus staff, ValidityFacts.Change replacer, String portal, LocalDate effective,
                                   ProgramRef program) {
        return ValidityRules.derive(new ValidityFacts("id", "1/QĐ-UBND", false, staff, replacer, null, portal,
                effective == null ? null : "có hiệu lực", effective, null, program), TODAY);
    }
}
