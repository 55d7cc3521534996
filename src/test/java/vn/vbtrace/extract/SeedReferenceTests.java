package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.Relation;

/** The references of each seed document: number, relation, date and maker (named, or implied by the number), as a user would check them. */
class SeedReferenceTests {

    @Test
    void provincialDecisionRestsOnTheLawAndTheNationalDecision() {
        List<Reference> references = SeedFixtures.extract(SeedFixtures.DECISION_1852).references();
        assertThat(references)
                .extracting(Reference::number, Reference::title, Reference::relation, Reference::date, Reference::knownIssuer)
                .contains(
                        tuple(null, "Luật Tổ chức chính quyền địa phương", Relation.BASED_ON, LocalDate.of(2015, 6, 19), "Quốc hội"),
                        tuple("1322/QĐ-TTg", null, Relation.BASED_ON, LocalDate.of(2020, 8, 31), "Thủ tướng Chính phủ"),
                        tuple("54/TTr-SKHCN", null, Relation.PROPOSED_BY, LocalDate.of(2020, 9, 25), "Sở Khoa học và Công nghệ"),
                        tuple("1322/QĐ-TTg", null, Relation.IMPLEMENTS, LocalDate.of(2020, 8, 31), "Thủ tướng Chính phủ"));
        assertThat(references).extracting(Reference::number).doesNotContain("1852/QĐ-UBND");
        // the title, Điều 1, the plan's title and its opening each say "Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg"
        assertThat(references).filteredOn(r -> r.relation() == Relation.IMPLEMENTS).hasSize(4);
        assertThat(references).filteredOn(r -> r.relation() == Relation.BASED_ON).hasSize(3);
    }

    @Test
    void letterImplementsTheDecisionWithTheDateItWrites() {
        List<Reference> references = SeedFixtures.extract(SeedFixtures.LETTER_4258).references();
        assertThat(references)
                .extracting(Reference::number, Reference::relation, Reference::date, Reference::knownIssuer)
                .containsExactly(tuple("1322/QĐ-TTg", Relation.IMPLEMENTS, LocalDate.of(2020, 8, 30), "Thủ tướng Chính phủ"));
    }

    @Test
    void haiGiangPlanRestsOnThreeDocumentsAndCitesItsBudgetBasis() {
        List<Reference> references = SeedFixtures.extract(SeedFixtures.HAU_GIANG_PLAN).references();
        assertThat(references)
                .extracting(Reference::number, Reference::relation, Reference::date, Reference::knownIssuer)
                .contains(
                        tuple("712/QĐ-TTg", Relation.BASED_ON, LocalDate.of(2010, 5, 21), "Thủ tướng Chính phủ"),
                        tuple("20/2010/TT-BKHCN", Relation.BASED_ON, LocalDate.of(2010, 12, 29), "Bộ Khoa học và Công nghệ"),
                        tuple("1950/QĐ-UBND", Relation.BASED_ON, LocalDate.of(2012, 9, 28), "UBND tỉnh Hậu Giang"),
                        tuple("97/2010/TT-BTC", Relation.CITES, LocalDate.of(2010, 7, 6), "Bộ Tài chính"),
                        tuple("139/2010/TT-BTC", Relation.CITES, LocalDate.of(2010, 9, 21), "Bộ Tài chính"),
                        tuple("09/2011/QĐ-UBND", Relation.CITES, LocalDate.of(2011, 2, 25), "UBND tỉnh Hậu Giang"),
                        tuple("119/1999/NĐ-CP", Relation.CITES, LocalDate.of(1999, 9, 18), "Chính phủ"),
                        tuple("22/2011/TTLT-BTC-BKHCN", Relation.CITES, LocalDate.of(2011, 2, 21),
                                "Bộ Tài chính, Bộ Khoa học và Công nghệ"),
                        tuple("130/2011/TTLT-BTC-BKHCN", Relation.CITES, LocalDate.of(2011, 9, 16),
                                "Bộ Tài chính, Bộ Khoa học và Công nghệ"),
                        tuple("14/2007/QĐ-UBND", Relation.CITES, LocalDate.of(2007, 7, 19), "UBND tỉnh Hậu Giang"),
                        tuple("28/2010/TTLT-BTC-BKHCN", Relation.CITES, LocalDate.of(2010, 3, 3),
                                "Bộ Tài chính, Bộ Khoa học và Công nghệ"),
                        tuple("317/QĐ-TTg", Relation.CITES, LocalDate.of(2012, 3, 15), "Thủ tướng Chính phủ"));
        assertThat(references).filteredOn(r -> "Luật Thi đua, khen thưởng".equals(r.title()))
                .extracting(Reference::relation, Reference::date).containsExactly(tuple(Relation.CITES, null));
    }

    @Test
    void webNoticeCitesPartyAndGovernmentResolutionsButNotItself() {
        List<Reference> references = SeedFixtures.extract(SeedFixtures.WEB_NOTICE_31).references();
        assertThat(references)
                .extracting(Reference::number, Reference::relation, Reference::date, Reference::knownIssuer)
                .containsExactly(
                        tuple("52-NQ/TW", Relation.CITES, LocalDate.of(2019, 9, 27), "Bộ Chính trị"),
                        tuple("50-KL/TW", Relation.CITES, LocalDate.of(2019, 5, 30), "Ban Bí thư"),
                        tuple("139/NQ-CP", Relation.CITES, LocalDate.of(2018, 11, 9), "Chính phủ"));
    }

    @Test
    void noticeOf2013CitesTheProgramDecision() {
        List<Reference> references = SeedFixtures.extract(SeedFixtures.NOTICE_2013).references();
        assertThat(references).extracting(Reference::number, Reference::date, Reference::knownIssuer)
                .containsExactly(tuple("712/QĐ-TTg", LocalDate.of(2010, 5, 21), "Thủ tướng Chính phủ"));
    }

    /** Every number in the raw file (other than the document's own) is found, once per occurrence. */
    @ParameterizedTest
    @ValueSource(strings = {SeedFixtures.NOTICE_2013, SeedFixtures.WEB_NOTICE_31, SeedFixtures.LETTER_4258,
            SeedFixtures.DECISION_1852, SeedFixtures.HAU_GIANG_PLAN})
    void everyNumberInTheFileIsFoundAndEverySpanHoldsIt(String seed) {
        var extraction = SeedFixtures.extract(seed);
        String text = SeedFixtures.normalized(seed);
        String self = extraction.document().number();
        Matcher m = Pattern.compile("\\d+[-/][\\d/-]*\\p{Lu}[\\p{L}&/-]*").matcher(SeedFixtures.raw(seed));
        List<String> expected = new java.util.ArrayList<>();
        while (m.find()) {
            String key = DocumentNumbers.key(m.group());
            if (!key.equals(DocumentNumbers.key(self))) {
                expected.add(key);
            }
        }
        List<String> found = extraction.references().stream().filter(r -> r.number() != null)
                .map(r -> DocumentNumbers.key(r.number())).collect(Collectors.toList());
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        for (Reference reference : extraction.references()) {
            assertThat(text.substring(reference.start(), reference.end())).isEqualTo(reference.text());
            if (reference.number() != null) {
                assertThat(DocumentNumbers.key(reference.text())).contains(DocumentNumbers.key(reference.number()));
            }
        }
        Set<String> numbers = new TreeSet<>(found);
        assertThat(numbers).doesNotContainNull();
    }
}
