package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.extract.token.DocumentNumberFinder;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.vocab.Vocabulary;

class DocumentNumberFinderTests {

    private static final DocumentNumberFinder FINDER = new DocumentNumberFinder(Vocabulary.shipped());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a provincial decision (seed 003 header)
            Số: 1852/QĐ-UBND                                 | 1852/QĐ-UBND
            # no space after the colon
            Số:1852/QĐ-UBND                                  | 1852/QĐ-UBND
            # the Prime Minister's decision, lower-case g (seed 003)
            Quyết định số 1322/QĐ-TTg ngày 31/8/2020         | 1322/QĐ-TTg
            # a circular with its year (seed 004)
            Thông tư số 20/2010/TT-BKHCN ngày 29             | 20/2010/TT-BKHCN
            # a joint circular with two issuers (seed 004)
            Thông tư liên tịch số 28/2010/TTLT-BTC-BKHCN     | 28/2010/TTLT-BTC-BKHCN
            # a party resolution (seed 001)
            Nghị quyết số 52-NQ/TW, ngày 27/9/2019           | 52-NQ/TW
            # a party conclusion (seed 001)
            Kết luận số 50-KL/TW ngày 30/5/2019              | 50-KL/TW
            # an odd government resolution number
            Nghị quyết số 19-2016/NQ-CP ngày 28/4/2016       | 19-2016/NQ-CP
            # a ministry's letter: no type code, Đ kept (seed 002)
            Số: 4258/BKHCN-TĐC                               | 4258/BKHCN-TĐC
            # a proposal with lower-case r (seed 003)
            tại Tờ trình số 54/TTr-SKHCN ngày 25             | 54/TTr-SKHCN
            # a stray space after the dash
            Thông tư số 13/2015/TT- BVHTTDL ngày 22/12/2015  | 13/2015/TT-BVHTTDL
            # ALL-CAPS heading with nothing else to learn from: codes matched to the vocabulary (seed 003 title)
            QUYẾT ĐỊNH SỐ 1322/QĐ-TTG NGÀY 31/8/2020         | 1322/QĐ-TTg
            # a decree with its year (seed 004 table)
            Nghị định 119/1999/NĐ-CP ngày 18/9/1999          | 119/1999/NĐ-CP
            # a law number with the legislature's term
            Luật số 77/2015/QH13                             | 77/2015/QH13
            # a government resolution without year (seed 001)
            Nghị quyết số 139/NQ-CP, ngày 09/11/2018         | 139/NQ-CP
            # a stray space before the year's slash (issue 10: devset, Thông tư 05/2008/TT-BYT)
            Số: 05 /2008/TT-BYT                              | 05/2008/TT-BYT
            # a stray space after the type code's dash (issue 10: devset, Nghị quyết 78/NQ-CP)
            Nghị quyết số 78/NQ- CP ngày 18/6/2021           | 78/NQ-CP
            # a serial with a letter (issue 10: devset, Tờ trình 1227a/TTr-SKHĐT)
            tại Tờ trình số 1227a/TTr-SKHĐT ngày 25          | 1227a/TTr-SKHĐT
            # a government resolution with a letter (issue 10: devset, Nghị quyết 30c/NQ-CP)
            Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011   | 30c/NQ-CP
            # an old provincial number with a dot between the codes (issue 10: devset, Tiền Giang 1999)
            thay thế Quyết định số 01/1999/QĐ.UB ngày 15/01/1999 | 01/1999/QĐ.UB
            # a joint regulation with a dot inside its issuer codes (issue 10: devset, Hòa Bình 2019)
            Số: 06/QC-TT.HĐND-UBND                           | 06/QC-TT.HĐND-UBND
            # a joint circular written with a slash after its type code (issue 10: devset, Lào Cai copy of 102/2003)
            Thông tư liên tịch số 01/2003/TTLT/BKH-BTC ngày 14/01/2003 | 01/2003/TTLT/BKH-BTC
            # a resolution of the National Assembly's Standing Committee (issue 10: devset)
            Nghị quyết số 629/2019/UBTVQH14 ngày 30/01/2019  | 629/2019/UBTVQH14
            # a party programme of a provincial committee (issue 10: devset, Thừa Thiên Huế)
            Chương trình số 27-CTr/TU về thực hiện           | 27-CTr/TU
            # a PDF that dropped the hyphens: the type code and the issuer code glued (issue 10: devset-extra, Kiên Giang 2019)
            Số: 1961/QĐUBND                                  | 1961/QĐ-UBND
            # ... in a citation with a letter serial
            Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 | 30c/NQ-CP
            # ... and a circular of a central office
            Căn cứ Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018 | 01/2018/TT-VPCP
            # "ngày" glued to the number by a lost space (issue 10: devset-extra, Văn phòng Chính phủ 2009)
            (công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009) | 1033/PTM-SME
            # an issuer code split by a stray space (issue 10: devset, Phú Thọ plan citing 01/2016/TT-BGDĐT)
            Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016     | 01/2016/TT-BGDĐT
            # a six-digit serial (issue 10: a long register)
            Quyết định số 100000/QĐ-UBND ngày 1/2/2020       | 100000/QĐ-UBND
            # a six-digit letter, and a seven-digit serial (a generated set of half a million documents)
            theo Công văn số 100234/CTHN-TTHT ngày 5/12/2022 | 100234/CTHN-TTHT
            Căn cứ Quyết định số 1167858/QĐ-UBND ngày 13/12/2023 | 1167858/QĐ-UBND
            """)
    void findsTheNumberAndSpellsItOfficially(String text, String number) {
        assertThat(FINDER.find(text)).extracting(NumberToken::number).containsExactly(number);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a date is not a number (seed 003)
            ngày 31/8/2020 của Thủ tướng
            # a period (seed 003)
            giai đoạn 2021 - 2030
            # a year range then a capitalized word
            năm 2019 - Kết luận
            # money in a table (seed 004)
            6.747 triệu đồng
            # a standard
            ISO 9001 và ISO 14001
            # eight digits before a code: an account or a code, not a serial
            tài khoản 12345678/VCB tại ngân hàng
            """)
    void leavesOtherNumbersAlone(String text) {
        assertThat(FINDER.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # an ALL-CAPS title and the body of the same document (seed 003): the body's spelling wins
            KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 1322/QĐ-TTG. Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 | 1322/QĐ-TTg
            """)
    void anAllCapsNumberTakesTheSpellingSeenElsewhere(String text, String number) {
        assertThat(FINDER.find(text)).extracting(NumberToken::number).containsExactly(number, number);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # one decision written with a dash, then misprinted with a slash (issue 10: devset, 42/2002/QĐ-TTg)
            Căn cứ Quyết định số 42/2002/QĐ-TTg ngày 19/3/2002; theo Quyết định số 42/2002/QĐ/TTg nêu trên | 42/2002/QĐ-TTg
            # the misprint first: the dashed spelling still wins
            theo Quyết định số 42/2002/QĐ/TTg; Căn cứ Quyết định số 42/2002/QĐ-TTg ngày 19/3/2002 | 42/2002/QĐ-TTg
            """)
    void aNumberMisprintedWithAnotherSeparatorTakesTheOfficialSpelling(String text, String number) {
        assertThat(FINDER.find(text)).extracting(NumberToken::number).containsExactly(number, number);
    }
}
