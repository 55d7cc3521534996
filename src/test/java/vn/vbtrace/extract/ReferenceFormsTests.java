package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.Relation;
import vn.vbtrace.parse.TextNormalizer;

class ReferenceFormsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # full form with date in words and issuer (seed 004)
            Căn cứ Quyết định số 712/QĐ-TTg ngày 21 tháng 5 năm 2010 của Thủ tướng Chính phủ V/v phê duyệt; | 712/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | 2010-05-21 | BASED_ON
            # broken over two lines after "số" (seed 003)
            'Căn cứ Quyết định số\\n1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;' | 1322/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | 2020-08-31 | BASED_ON
            # without "số", issuer from the code (seed 004 table)
            Thông tư 97/2010/TT-BTC ngày 06/7/2010 | 97/2010/TT-BTC | | Thông tư | Bộ Tài chính | 2010-07-06 | CITES
            # type abbreviation before the number
            Tiếp tục triển khai QĐ 1322/QĐ-TTg của Thủ tướng. | 1322/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | | IMPLEMENTS
            # a stray space inside the number, issuer with a comma in its name
            Căn cứ Thông tư số 13/2015/TT- BVHTTDL ngày 22/12/2015 của Bộ Văn hóa, Thể thao và Du lịch; | 13/2015/TT-BVHTTDL | | Thông tư | Bộ Văn hóa, Thể thao và Du lịch | 2015-12-22 | BASED_ON
            # a law by name and date (seed 003)
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; | | Luật Tổ chức chính quyền địa phương | Luật | Quốc hội | 2015-06-19 | BASED_ON
            # a law by name only, with a comma in the name; a Luật is passed by Quốc hội, so the type gives the issuer (seed 004; issue 3)
            theo quy định của Luật Thi đua, khen thưởng. | | Luật Thi đua, khen thưởng | Luật | Quốc hội | | CITES
            # a law by name and number: one mention with both (ALQAC, Luật Phòng, chống ma túy 2021)
            theo quy định của Luật Phòng, chống ma túy số 23/2000/QH10 đã được sửa đổi | 23/2000/QH10 | Luật Phòng, chống ma túy | Luật | Quốc hội | | CITES
            # a law by name followed by "và quy định khác": the name stops before "và" (ALQAC)
            theo quy định của Luật Trẻ em và quy định khác của pháp luật có liên quan. | | Luật Trẻ em | Luật | Quốc hội | | CITES
            # "và" + a capitalized word inside the name (ALQAC)
            tổ chức khoa học và công nghệ theo Luật Khoa học và Công nghệ được phép đào tạo | | Luật Khoa học và Công nghệ | Luật | Quốc hội | | CITES
            # an amending law's long name: one law, not the two laws its title amends (Luật số 47/2019/QH14)
            'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;' | | Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương | Luật | Quốc hội | 2019-11-22 | BASED_ON
            # an amending law of one law, with its number (Luật số 34/2018/QH14)
            'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học số 34/2018/QH14;' | 34/2018/QH14 | Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học | Luật | Quốc hội | | BASED_ON
            # an amending law without "một số điều của", its name broken over two lines
            'theo Luật sửa đổi, bổ sung\nLuật Thuế giá trị gia tăng ngày 19/6/2013.' | | Luật sửa đổi, bổ sung Luật Thuế giá trị gia tăng | Luật | Quốc hội | 2013-06-19 | CITES
            # a law named in a cited decree's title is part of that title, not a second reference (Nghị định 163/2016/NĐ-CP)
            'Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;' | 163/2016/NĐ-CP | | Nghị định | Chính phủ | 2016-12-21 | BASED_ON
            # a circular guiding a law: the law is in the circular's title (Thông tư 342/2016/TT-BTC)
            'thực hiện Thông tư số 342/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính hướng dẫn thi hành Luật Ngân sách nhà nước.' | 342/2016/TT-BTC | | Thông tư | Bộ Tài chính | 2016-12-30 | IMPLEMENTS
            # two laws in one cited title: neither is a reference of its own
            'Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi tiết Luật Tố cáo và Luật Khiếu nại;' | 31/2019/NĐ-CP | | Nghị định | Chính phủ | 2019-04-10 | BASED_ON
            # an ordinance number (ALQAC)
            Pháp lệnh số 15/2004/PL-UBTVQH11 ngày 24/3/2004 | 15/2004/PL-UBTVQH11 | | Pháp lệnh | Ủy ban Thường vụ Quốc hội | 2004-03-24 | CITES
            # a law number without its type word: a law or a resolution, the number cannot tell (never a guess)
            được sửa đổi bởi 35/2018/QH14 | 35/2018/QH14 | | | Quốc hội | | CITES
            # a joint circular: both ministries issue it (seed 004 table)
            Thông tư liên tịch số 28/2010/TTLT-BTC-BKHCN ngày 03/3/2010 | 28/2010/TTLT-BTC-BKHCN | | Thông tư liên tịch | Bộ Tài chính, Bộ Khoa học và Công nghệ | 2010-03-03 | CITES
            # in a "Căn cứ" sentence, a part after ";" with its own cue keeps it (issue 3)
            'Căn cứ ý kiến chỉ đạo của Bộ trưởng; thực hiện Thông tư số 342/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính, đề nghị' | 342/2016/TT-BTC | | Thông tư | Bộ Tài chính | 2016-12-30 | IMPLEMENTS
            # a joint issuer list stops at a repeated name: "của Bộ Tài chính, Bộ Tài chính đề nghị" (issue 3)
            'thực hiện Thông tư số 342/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính, Bộ Tài chính đề nghị các Bộ' | 342/2016/TT-BTC | | Thông tư | Bộ Tài chính | 2016-12-30 | IMPLEMENTS
            # a party resolution inside a parenthesis: the cue describes something else (seed 001)
            Xây dựng Chương trình (thực hiện Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị về một số chủ trương) | 52-NQ/TW | | Nghị quyết | Bộ Chính trị | 2019-09-27 | CITES
            # a party document without its issuer written: TW alone does not say who (never a guess)
            Quán triệt Nghị quyết số 52-NQ/TW ngày 27/9/2019. | 52-NQ/TW | | Nghị quyết | | 2019-09-27 | CITES
            # an ordinance by name: passed by Ủy ban Thường vụ Quốc hội (issue 3)
            theo quy định của Pháp lệnh Dân số. | | Pháp lệnh Dân số | Pháp lệnh | Ủy ban Thường vụ Quốc hội | | CITES
            # an odd government resolution number
            Theo Nghị quyết số 19-2016/NQ-CP ngày 28/4/2016 của Chính phủ. | 19-2016/NQ-CP | | Nghị quyết | Chính phủ | 2016-04-28 | CITES
            # a letter: no type code in the number (seed 002)
            Như đã nêu tại văn bản 4258/BKHCN-TĐC ngày 17/11/2023. | 4258/BKHCN-TĐC | | Công văn | Bộ Khoa học và Công nghệ | 2023-11-17 | CITES
            # a proposal (seed 003)
            Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 54/TTr-SKHCN ngày 25 tháng 9 năm 2020. | 54/TTr-SKHCN | | Tờ trình | Sở Khoa học và Công nghệ | 2020-09-25 | PROPOSED_BY
            # a letter carrying out a decision (seed 002)
            Thực hiện Quyết định số 1322/QĐ-TTg ngày 30 tháng 8 năm 2020 của Thủ tướng Chính phủ phê duyệt | 1322/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | 2020-08-30 | IMPLEMENTS
            # an ALL-CAPS plan title (seed 003)
            KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 1322/QĐ-TTG NGÀY 31/8/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ | 1322/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | 2020-08-31 | IMPLEMENTS
            # approval of a project
            Phê duyệt Đề án số 12/ĐA-SKHCN ngày 01/3/2021 của Sở Khoa học và Công nghệ. | 12/ĐA-SKHCN | | Đề án | Sở Khoa học và Công nghệ | 2021-03-01 | APPROVES
            # amendment
            Sửa đổi, bổ sung Thông tư số 20/2010/TT-BKHCN ngày 29/12/2010. | 20/2010/TT-BKHCN | | Thông tư | Bộ Khoa học và Công nghệ | 2010-12-29 | AMENDS
            # a bare UBND code: the province the text names
            Các Sở của tỉnh Bắc Kạn thực hiện theo Quyết định số 14/2007/QĐ-UBND ngày 19/7/2007. | 14/2007/QĐ-UBND | | Quyết định | UBND tỉnh Bắc Kạn | 2007-07-19 | IMPLEMENTS
            # replacement; a bare UBND code with no province known stays "Ủy ban nhân dân"
            Quyết định này thay thế Quyết định số 14/2007/QĐ-UBND ngày 19/7/2007. | 14/2007/QĐ-UBND | | Quyết định | Ủy ban nhân dân | 2007-07-19 | REPLACES
            # repeal
            Bãi bỏ Quyết định số 09/2011/QĐ-UBND ngày 25/2/2011 của UBND tỉnh Hậu Giang. | 09/2011/QĐ-UBND | | Quyết định | UBND tỉnh Hậu Giang | 2011-02-25 | REPEALS
            # guidance
            Thông tư này hướng dẫn Nghị định số 119/1999/NĐ-CP ngày 18/9/1999 của Chính phủ. | 119/1999/NĐ-CP | | Nghị định | Chính phủ | 1999-09-18 | GUIDES
            # issuing an attached regulation
            Quy chế ban hành kèm theo Quyết định số 05/2019/QĐ-UBND ngày 01/4/2019. | 05/2019/QĐ-UBND | | Quyết định | Ủy ban nhân dân | 2019-04-01 | ISSUES
            # a mention in parentheses as an aside (seed 000)
            Thủ tướng Chính phủ phê duyệt Chương trình (Quyết định số 712/QĐ-TTg ngày 21/5/2010) đến nay | 712/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | 2010-05-21 | CITES
            # a provincial decision with its province (seed 004)
            Căn cứ Quyết định số 1950/QĐ-UBND ngày 28 tháng 9 năm 2012 của UBND tỉnh Hậu Giang V/v phê duyệt | 1950/QĐ-UBND | | Quyết định | UBND tỉnh Hậu Giang | 2012-09-28 | BASED_ON
            # the chairman of a provincial committee signs for it (seed 003)
            Căn cứ Quyết định số 1852/QĐ-UBND ngày 14 tháng 10 năm 2020 của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn; | 1852/QĐ-UBND | | Quyết định | UBND tỉnh Bắc Kạn | 2020-10-14 | BASED_ON
            """)
    void readsEachForm(String snippet, String number, String title, String type, String issuer, LocalDate date,
            Relation relation) {
        String text = TextNormalizer.normalize(snippet.replace("\\n", "\n")).text();
        List<Reference> references = SeedFixtures.EXTRACTOR.extract(text).references();
        assertThat(references).hasSize(1);
        Reference reference = references.get(0);
        assertThat(reference.number()).isEqualTo(number);
        assertThat(reference.title()).isEqualTo(title);
        assertThat(reference.type()).isEqualTo(type);
        assertThat(reference.issuer()).isEqualTo(issuer);
        assertThat(reference.date()).isEqualTo(date);
        assertThat(reference.relation()).isEqualTo(relation);
        assertThat(text.substring(reference.start(), reference.end())).isEqualTo(reference.text());
        if (number != null) {
            assertThat(DocumentNumbers.key(reference.text())).contains(DocumentNumbers.key(number));
        }
        if (title != null) {
            assertThat(reference.text().replaceAll("\\s+", " ")).startsWith(title); // a name broken over lines
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a short form after the full one: same decision
            Thực hiện Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ. Các Sở triển khai Quyết định 1322 trong năm. | 1322/QĐ-TTg | 2020-08-31
            # "Quyết định nêu trên" without a number: the last decision named before
            Thực hiện Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ. Các Sở triển khai Quyết định nêu trên. | 1322/QĐ-TTg | 2020-08-31
            # "nêu trên": a repeat without date borrows the first mention's date
            Căn cứ Quyết định số 712/QĐ-TTg ngày 21/5/2010 của Thủ tướng Chính phủ. Các bộ thực hiện Quyết định số 712/QĐ-TTg nêu trên. | 712/QĐ-TTg | 2010-05-21
            """)
    void resolvesTheSecondMentionToTheFirst(String snippet, String number, LocalDate date) {
        String text = TextNormalizer.normalize(snippet).text();
        List<Reference> references = SeedFixtures.EXTRACTOR.extract(text).references();
        assertThat(references).hasSize(2);
        assertThat(references.get(1).number()).isEqualTo(number);
        assertThat(references.get(1).date()).isEqualTo(date);
        assertThat(references.get(1).relation()).isEqualTo(Relation.IMPLEMENTS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # cited on its own before, then named in the decree's title: one reference to the law, one to the decree (Luật Ngân sách nhà nước)
            'Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015 và Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;' | 83/2015/QH13, 163/2016/NĐ-CP
            # after the title's ";" a law cited on its own is a reference again
            'Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết Luật Ngân sách nhà nước; Luật Đầu tư công ngày 13/6/2019;' | 163/2016/NĐ-CP, Luật Đầu tư công
            """)
    void readsEachReferenceOfAList(String snippet, String expected) {
        String text = TextNormalizer.normalize(snippet).text();
        List<String> keys = SeedFixtures.EXTRACTOR.extract(text).references().stream()
                .map(r -> r.number() != null ? r.number() : r.title()).toList();
        assertThat(keys).containsExactly(expected.split(",\\s*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a serial alone with no full number anywhere names nothing checkable
            Triển khai Quyết định 1322 trong năm.
            # "Quyết định này" is the document itself (seed 003)
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            # a plan "05 năm" is not a document
            Xây dựng Kế hoạch 05 năm, hằng năm.
            """)
    void findsNoReferenceWhereThereIsNone(String snippet) {
        String text = TextNormalizer.normalize(snippet).text();
        assertThat(SeedFixtures.EXTRACTOR.extract(text).references()).isEmpty();
    }
}
