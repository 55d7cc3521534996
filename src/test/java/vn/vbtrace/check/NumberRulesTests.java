package vn.vbtrace.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vbtrace.extract.vocab.Vocabulary;

/** Issue 14: numbers against the official forms (Nghị định 30/2020/NĐ-CP; the Party's numbering), one row per form. */
class NumberRulesTests {

    static final NumberRules RULES = new NumberRules(Vocabulary.shipped());

    @ParameterizedTest(name = "{0} malformed={1} right={2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a Prime Minister's decision, a decree, a circular, a joint circular: the state form
            1322/QĐ-TTg             | false | -
            15/2020/NĐ-CP           | false | -
            20/2010/TT-BKHCN        | false | -
            28/2010/TTLT-BTC-BKHCN  | false | -
            # a law and a resolution of the Quốc hội: number/year/QHnn
            77/2015/QH13            | false | -
            # a letter: number/ISSUER-UNIT
            4258/BKHCN-TĐC          | false | -
            11207/BTC-HCSN          | false | -
            # a serial of six and of seven digits, as the extraction reads them (the check took five at most)
            100234/CTHN-TTHT        | false | -
            1167858/QĐ-UBND         | false | -
            # diacritics left out are no error (lookups ignore them)
            1322/QD-TTg             | false | -
            # the Party's form, and a Party number written in the state's form
            52-NQ/TW                | false | -
            50-KL/TW                | false | -
            45/NQ-TW                | true  | 45-NQ/TW
            12/CT-TU                | true  | 12-CT/TU
            # a state number written in the Party's form
            139-NQ/CP               | true  | 139/NQ-CP
            # codes in the wrong order
            1322/TTg-QĐ             | true  | 1322/QĐ-TTg
            # a type code that does not exist, before a known issuer
            1322/QDD-TTg            | true  | -
            # a unit code this vocabulary does not know is not judged
            123/STNMT-CCBVMT        | false | -
            """)
    void formsOfNumbers(String number, boolean malformed, String right) {
        NumberRules.Verdict verdict = RULES.check(number);
        assertThat(verdict.malformed()).as(number).isEqualTo(malformed);
        assertThat(verdict.rightForm()).as(number).isEqualTo(right);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Bắc Kạn, ngày 15 tháng 3 năm 2024     | 2024-03-15 | 2024-03-15 | DAY
            Bắc Kạn, ngày      tháng 3 năm 2021   | 2021-03-01 | 2021-03-31 | MONTH
            Hà Nội, ngày    tháng    năm 2025     | 2025-01-01 | 2025-12-31 | YEAR
            ngày ... tháng 02 năm 2024            | 2024-02-01 | 2024-02-29 | MONTH
            """)
    void aDraftsDateAtThePrecisionItIsWritten(String line, LocalDate first, LocalDate last, DraftDate.Precision precision) {
        DraftDate date = DraftDate.find(null, "ỦY BAN NHÂN DÂN\n" + line + "\nKẾ HOẠCH\n");
        assertThat(date).isEqualTo(new DraftDate(first, last, precision));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2021-03-31 | false
            2021-04-01 | true
            2020-12-01 | false
            """)
    void issuedAfterAMonthOnlyDraftMeansAfterThatMonth(LocalDate cited, boolean after) {
        DraftDate march = DraftDate.find(null, "Bắc Kạn, ngày      tháng 3 năm 2021\n");
        assertThat(march.isBefore(cited)).isEqualTo(after);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Căn cứ Quyết định số 1322/QĐ-TTg ngày 31 tháng 8 năm 2020 của Thủ tướng Chính phủ;
            """)
    void aCitationsDateIsNotTheDraftsDate(String line) {
        assertThat(DraftDate.find(null, "KẾ HOẠCH\n" + line + "\n")).isNull();
    }
}
