package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
            Thông tư 97/2010/TT-BTC ngày 06/7/2010 | 97/2010/TT-BTC | | Thông tư | (Bộ Tài chính) | 2010-07-06 | CITES
            # type abbreviation before the number
            Tiếp tục triển khai QĐ 1322/QĐ-TTg của Thủ tướng. | 1322/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | | IMPLEMENTS
            # a stray space inside the number, issuer with a comma in its name
            Căn cứ Thông tư số 13/2015/TT- BVHTTDL ngày 22/12/2015 của Bộ Văn hóa, Thể thao và Du lịch; | 13/2015/TT-BVHTTDL | | Thông tư | Bộ Văn hóa, Thể thao và Du lịch | 2015-12-22 | BASED_ON
            # a law by name and date (seed 003)
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; | | Luật Tổ chức chính quyền địa phương | Luật | (Quốc hội) | 2015-06-19 | BASED_ON
            # a law by name only, with a comma in the name; a Luật is passed by Quốc hội, so the type gives the issuer (seed 004; issue 3)
            theo quy định của Luật Thi đua, khen thưởng. | | Luật Thi đua, khen thưởng | Luật | (Quốc hội) | | CITES
            # a law by name and number: one mention with both (ALQAC, Luật Phòng, chống ma túy 2021)
            theo quy định của Luật Phòng, chống ma túy số 23/2000/QH10 đã được sửa đổi | 23/2000/QH10 | Luật Phòng, chống ma túy | Luật | (Quốc hội) | | CITES
            # a law by name followed by "và quy định khác": the name stops before "và" (ALQAC)
            theo quy định của Luật Trẻ em và quy định khác của pháp luật có liên quan. | | Luật Trẻ em | Luật | (Quốc hội) | | CITES
            # "và" + a capitalized word inside the name (ALQAC)
            tổ chức khoa học và công nghệ theo Luật Khoa học và Công nghệ được phép đào tạo | | Luật Khoa học và Công nghệ | Luật | (Quốc hội) | | CITES
            # an amending law's long name: one law, not the two laws its title amends (Luật số 47/2019/QH14)
            'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;' | | Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương | Luật | (Quốc hội) | 2019-11-22 | BASED_ON
            # an amending law of one law, with its number (Luật số 34/2018/QH14)
            'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học số 34/2018/QH14;' | 34/2018/QH14 | Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học | Luật | (Quốc hội) | | BASED_ON
            # an amending law without "một số điều của", its name broken over two lines
            'theo Luật sửa đổi, bổ sung\nLuật Thuế giá trị gia tăng ngày 19/6/2013.' | | Luật sửa đổi, bổ sung Luật Thuế giá trị gia tăng | Luật | (Quốc hội) | 2013-06-19 | CITES
            # a law named in a cited decree's title is part of that title, not a second reference (Nghị định 163/2016/NĐ-CP)
            'Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;' | 163/2016/NĐ-CP | | Nghị định | Chính phủ | 2016-12-21 | BASED_ON
            # a circular guiding a law: the law is in the circular's title (Thông tư 342/2016/TT-BTC)
            'thực hiện Thông tư số 342/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính hướng dẫn thi hành Luật Ngân sách nhà nước.' | 342/2016/TT-BTC | | Thông tư | Bộ Tài chính | 2016-12-30 | IMPLEMENTS
            # two laws in one cited title: neither is a reference of its own
            'Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi tiết Luật Tố cáo và Luật Khiếu nại;' | 31/2019/NĐ-CP | | Nghị định | Chính phủ | 2019-04-10 | BASED_ON
            # an ordinance number (ALQAC)
            Pháp lệnh số 15/2004/PL-UBTVQH11 ngày 24/3/2004 | 15/2004/PL-UBTVQH11 | | Pháp lệnh | (Ủy ban Thường vụ Quốc hội) | 2004-03-24 | CITES
            # a law number without its type word: a law or a resolution, the number cannot tell (never a guess)
            được sửa đổi bởi 35/2018/QH14 | 35/2018/QH14 | | | (Quốc hội) | | CITES
            # a joint circular: both ministries issue it (seed 004 table)
            Thông tư liên tịch số 28/2010/TTLT-BTC-BKHCN ngày 03/3/2010 | 28/2010/TTLT-BTC-BKHCN | | Thông tư liên tịch | (Bộ Tài chính, Bộ Khoa học và Công nghệ) | 2010-03-03 | CITES
            # in a "Căn cứ" sentence, a part after ";" with its own cue keeps it (issue 3)
            'Căn cứ ý kiến chỉ đạo của Bộ trưởng; thực hiện Thông tư số 342/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính, đề nghị' | 342/2016/TT-BTC | | Thông tư | Bộ Tài chính | 2016-12-30 | IMPLEMENTS
            # a joint issuer list stops at a repeated name: "của Bộ Tài chính, Bộ Tài chính đề nghị" (issue 3)
            'thực hiện Thông tư số 342/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính, Bộ Tài chính đề nghị các Bộ' | 342/2016/TT-BTC | | Thông tư | Bộ Tài chính | 2016-12-30 | IMPLEMENTS
            # a party resolution inside a parenthesis: the cue describes something else (seed 001)
            Xây dựng Chương trình (thực hiện Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị về một số chủ trương) | 52-NQ/TW | | Nghị quyết | Bộ Chính trị | 2019-09-27 | CITES
            # a party document without its issuer written: TW alone does not say who (never a guess)
            Quán triệt Nghị quyết số 52-NQ/TW ngày 27/9/2019. | 52-NQ/TW | | Nghị quyết | | 2019-09-27 | CITES
            # an ordinance by name: passed by Ủy ban Thường vụ Quốc hội (issue 3)
            theo quy định của Pháp lệnh Dân số. | | Pháp lệnh Dân số | Pháp lệnh | (Ủy ban Thường vụ Quốc hội) | | CITES
            # an odd government resolution number
            Theo Nghị quyết số 19-2016/NQ-CP ngày 28/4/2016 của Chính phủ. | 19-2016/NQ-CP | | Nghị quyết | Chính phủ | 2016-04-28 | CITES
            # a letter: no type code in the number (seed 002)
            Như đã nêu tại văn bản 4258/BKHCN-TĐC ngày 17/11/2023. | 4258/BKHCN-TĐC | | Công văn | (Bộ Khoa học và Công nghệ) | 2023-11-17 | CITES
            # a proposal (seed 003)
            Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 54/TTr-SKHCN ngày 25 tháng 9 năm 2020. | 54/TTr-SKHCN | | Tờ trình | Sở Khoa học và Công nghệ | 2020-09-25 | PROPOSED_BY
            # a letter carrying out a decision (seed 002)
            Thực hiện Quyết định số 1322/QĐ-TTg ngày 30 tháng 8 năm 2020 của Thủ tướng Chính phủ phê duyệt | 1322/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | 2020-08-30 | IMPLEMENTS
            # an ALL-CAPS plan title (seed 003)
            KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 1322/QĐ-TTG NGÀY 31/8/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ | 1322/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | 2020-08-31 | IMPLEMENTS
            # approval of a project
            Phê duyệt Đề án số 12/ĐA-SKHCN ngày 01/3/2021 của Sở Khoa học và Công nghệ. | 12/ĐA-SKHCN | | Đề án | Sở Khoa học và Công nghệ | 2021-03-01 | APPROVES
            # amendment
            Sửa đổi, bổ sung Thông tư số 20/2010/TT-BKHCN ngày 29/12/2010. | 20/2010/TT-BKHCN | | Thông tư | (Bộ Khoa học và Công nghệ) | 2010-12-29 | AMENDS
            # a bare UBND code: the province the text names
            Các Sở của tỉnh Bắc Kạn thực hiện theo Quyết định số 14/2007/QĐ-UBND ngày 19/7/2007. | 14/2007/QĐ-UBND | | Quyết định | (UBND tỉnh Bắc Kạn) | 2007-07-19 | IMPLEMENTS
            # replacement; a bare UBND code with no province known stays "Ủy ban nhân dân"
            Quyết định này thay thế Quyết định số 14/2007/QĐ-UBND ngày 19/7/2007. | 14/2007/QĐ-UBND | | Quyết định | (Ủy ban nhân dân) | 2007-07-19 | REPLACES
            # repeal
            Bãi bỏ Quyết định số 09/2011/QĐ-UBND ngày 25/2/2011 của UBND tỉnh Hậu Giang. | 09/2011/QĐ-UBND | | Quyết định | UBND tỉnh Hậu Giang | 2011-02-25 | REPEALS
            # guidance
            Thông tư này hướng dẫn Nghị định số 119/1999/NĐ-CP ngày 18/9/1999 của Chính phủ. | 119/1999/NĐ-CP | | Nghị định | Chính phủ | 1999-09-18 | GUIDES
            # issuing an attached regulation
            Quy chế ban hành kèm theo Quyết định số 05/2019/QĐ-UBND ngày 01/4/2019. | 05/2019/QĐ-UBND | | Quyết định | (Ủy ban nhân dân) | 2019-04-01 | ISSUES
            # a mention in parentheses as an aside (seed 000)
            Thủ tướng Chính phủ phê duyệt Chương trình (Quyết định số 712/QĐ-TTg ngày 21/5/2010) đến nay | 712/QĐ-TTg | | Quyết định | (Thủ tướng Chính phủ) | 2010-05-21 | CITES
            # a provincial decision with its province (seed 004)
            Căn cứ Quyết định số 1950/QĐ-UBND ngày 28 tháng 9 năm 2012 của UBND tỉnh Hậu Giang V/v phê duyệt | 1950/QĐ-UBND | | Quyết định | UBND tỉnh Hậu Giang | 2012-09-28 | BASED_ON
            # --- issue 10: forms from the devset (dNN) and devset-extra (xNN) openings ---
            # a law's name with a comma, then its date (x12, d21)
            'Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;' | | Luật Cán bộ, công chức | Luật | (Quốc hội) | 2008-11-13 | BASED_ON
            # a law's name holding "của" and a comma, then its date (d02, x17)
            'Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004;' | | Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân | Luật | (Quốc hội) | 2004-12-03 | BASED_ON
            # ... and "của" and "và" (d16)
            'Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;' | | Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân | Luật | (Quốc hội) | 2015-11-20 | BASED_ON
            # ... the same law with its number instead of a date (d17)
            'Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;' | 87/2015/QH13 | Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân | Luật | (Quốc hội) | | BASED_ON
            # a law's name in lower case before its date (d14, d42)
            'Căn cứ Luật ngân sách nhà nước ngày 25/6/2015;' | | Luật ngân sách nhà nước | Luật | (Quốc hội) | 2015-06-25 | BASED_ON
            # "(sửa đổi)" inside the name (d35)
            'Căn cứ Luật Tổ chức Hội đồng Nhân dân và Ủy ban Nhân dân (sửa đổi) ngày 21/6/1994;' | | Luật Tổ chức Hội đồng Nhân dân và Ủy ban Nhân dân (sửa đổi) | Luật | (Quốc hội) | 1994-06-21 | BASED_ON
            # "đã được Quốc hội thông qua" between the name and the date (d35)
            'Căn cứ Luật Ngân sách Nhà nước đã được Quốc hội thông qua ngày 20/3/1996;' | | Luật Ngân sách Nhà nước | Luật | (Quốc hội) | 1996-03-20 | BASED_ON
            # an amending law written with a capital S (d05, x06)
            'Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;' | | Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật | Luật | (Quốc hội) | 2020-06-18 | BASED_ON
            # an amending law of "các Luật" (d03; Luật số 38/2009/QH12)
            'Căn cứ Luật sửa đổi, bổ sung một số điều của các Luật liên quan đến đầu tư xây dựng cơ bản ngày 19/6/2009;' | | Luật sửa đổi, bổ sung một số điều của các Luật liên quan đến đầu tư xây dựng cơ bản | Luật | (Quốc hội) | 2009-06-19 | BASED_ON
            # an amending law of a law named in lower case (x16)
            'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng ngày 14 tháng 6 năm 2005;' | | Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng | Luật | (Quốc hội) | 2005-06-14 | BASED_ON
            # an amending law whose last law is "Luật các ..." (d05)
            'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất Đai, Luật Nhà ở và Luật các Tổ chức tín dụng ngày 29/6/2024.' | | Luật sửa đổi, bổ sung một số điều của Luật Đất Đai, Luật Nhà ở và Luật các Tổ chức tín dụng | Luật | (Quốc hội) | 2024-06-29 | BASED_ON
            # "ngày" glued to the date by a lost space (d03)
            'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày26/11/2003;' | | Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân | Luật | (Quốc hội) | 2003-11-26 | BASED_ON
            # a number whose hyphen a PDF lost (x10)
            'Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ;' | 30c/NQ-CP | | Nghị quyết | Chính phủ | 2011-11-08 | BASED_ON
            # "ngày" glued to the number (x13)
            'Xét báo cáo (công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009), Phó Thủ tướng có ý kiến' | 1033/PTM-SME | | Công văn | | 2009-04-15 | CITES
            # an issuer code split by a stray space (d08)
            'Căn cứ Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016;' | 01/2016/TT-BGDĐT | | Thông tư | (Bộ Giáo dục và Đào tạo) | 2016-01-15 | BASED_ON
            # a paper's maker named before "tại" (d27)
            'Xét đề nghị của Trưởng phòng Nội vụ, tại Tờ trình số 282/TTr-NV ngày 21 tháng 02 năm 2017,' | 282/TTr-NV | | Tờ trình | Phòng Nội vụ | 2017-02-21 | PROPOSED_BY
            # ... and a Sở named with "&" and its province (x01)
            'Xét đề nghị của Giám đốc Sở Nông nghiệp & Phát triển nông thôn tỉnh tại Tờ trình số 473/TTr - NN&PTNT ngày 21/5/2007,' | 473/TTr-NN&PTNT | | Tờ trình | Sở Nông nghiệp và Phát triển nông thôn | 2007-05-21 | PROPOSED_BY
            # a district's committee (d27)
            'Thay thế Quyết định số 09/2010/QĐ-UBND ngày 25 tháng 5 năm 2010 của Ủy ban nhân dân huyện Bình Chánh về ban hành Quy chế.' | 09/2010/QĐ-UBND | | Quyết định | UBND huyện Bình Chánh | 2010-05-25 | REPLACES
            # a commune's committee (d45)
            'Căn cứ Quyết định số 59/QĐ-UBND ngày 22 tháng 7 năm 2021 của Ủy ban nhân dân xã Xuân Phú;' | 59/QĐ-UBND | | Quyết định | UBND xã Xuân Phú | 2021-07-22 | BASED_ON
            # a provincial council (d40, x07)
            'Căn cứ Nghị quyết số 146/2010/NQ-HĐND ngày 29 tháng 10 năm 2010 của Hội đồng nhân dân tỉnh Quảng Bình;' | 146/2010/NQ-HĐND | | Nghị quyết | HĐND tỉnh Quảng Bình | 2010-10-29 | BASED_ON
            # the National Assembly's Standing Committee, written with a small t (x04)
            'Căn cứ Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban thường vụ Quốc hội về tiêu chuẩn;' | 1211/2016/UBTVQH13 | | Nghị quyết | Ủy ban Thường vụ Quốc hội | 2016-05-25 | BASED_ON
            # a provincial party committee (d19's issuer as a citation)
            'Thực hiện Chương trình số 27-CTr/TU ngày 23/8/2017 của Tỉnh ủy Thừa Thiên Huế,' | 27-CTr/TU | | Chương trình | Tỉnh ủy Thừa Thiên Huế | 2017-08-23 | IMPLEMENTS
            # the party's central office (x15)
            'Căn cứ ý kiến tại văn bản số 1133-CV/VPTW ngày 25 tháng 6 năm 2021 của Văn phòng Trung ương Đảng;' | 1133-CV/VPTW | | Công văn | Văn phòng Trung ương Đảng | 2021-06-25 | BASED_ON
            # the chairman of a provincial committee signs for it (seed 003)
            Căn cứ Quyết định số 1852/QĐ-UBND ngày 14 tháng 10 năm 2020 của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn; | 1852/QĐ-UBND | | Quyết định | UBND tỉnh Bắc Kạn | 2020-10-14 | BASED_ON
            # --- session 50: forms from the devset-fresh openings ---
            # a number typed with an en dash is the number with a hyphen
            'Căn cứ Quyết định số 1322/QĐ–TTg ngày 31/8/2020 của Thủ tướng Chính phủ;' | 1322/QĐ-TTg | | Quyết định | Thủ tướng Chính phủ | 2020-08-31 | BASED_ON
            # the day written first, then the maker and "đã ban hành" (b01)
            'Số: 08/CT-UBND\\nQuảng Bình, ngày 25 tháng 5 năm 2015\\nNgày 21/04/2015, Thủ tướng Chính phủ đã ban hành Chỉ thị số 06/CT-TTg về việc tăng cường chỉ đạo điều hành.' | 06/CT-TTg | | Chỉ thị | Thủ tướng Chính phủ | 2015-04-21 | CITES
            # "của Tỉnh ủy" in a province's plan: that province's party committee (b07)
            'ỦY BAN NHÂN DÂN\\nTỈNH TIỀN GIANG\\nSố: 12/KH-UBND\\nTiền Giang, ngày 1 tháng 3 năm 2022\\nThực hiện Nghị quyết số 08-NQ/TU ngày 06 tháng 10 năm 2021 của Tỉnh ủy về chuyển đổi số,' | 08-NQ/TU | | Nghị quyết | Tỉnh ủy Tiền Giang | 2021-10-06 | IMPLEMENTS
            # a committee of the council reviews the draft: its report, named with the council of the document's province (b03, c07, d13)
            'HỘI ĐỒNG NHÂN DÂN\\nTỈNH BÌNH PHƯỚC\\nSố: 09/2016/NQ-HĐND\\nĐồng Xoài, ngày 25 tháng 7 năm 2016\\nXét Báo cáo thẩm tra số 18/BC-HĐND-KTNS ngày 22 tháng 6 năm 2016 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh và ý kiến thảo luận,' | 18/BC-HĐND-KTNS | | Báo cáo | Ban Kinh tế - Ngân sách HĐND tỉnh Bình Phước | 2016-06-22 | CITES
            'Căn cứ Báo cáo thẩm tra số 71/BC-HĐND ngày 13 tháng 9 năm 2025 của Ban Dân tộc của Hội đồng nhân dân tỉnh Đắk Lắk;' | 71/BC-HĐND | | Báo cáo | Ban Dân tộc HĐND tỉnh Đắk Lắk | 2025-09-13 | BASED_ON
            # an agency's branch in a province, its name in lower case (b04)
            'Trả lời công văn số 636/CT-THNVDT ngày 25/4/2014 của Cục thuế tỉnh Đắk Nông hỏi về sử dụng hóa đơn,' | 636/CT-THNVDT | | Công văn | Cục thuế tỉnh Đắk Nông | 2014-04-25 | CITES
            # a code of laws written with a capital L: its title as written, its type "Bộ luật" (c02)
            'Căn cứ Bộ Luật Dân sự ngày 28 tháng 10 năm 1995;' | | Bộ Luật Dân sự | Bộ luật | (Quốc hội) | 1995-10-28 | BASED_ON
            # "số" left as a lone "s" by a PDF that dropped its accented letters, glued or not (e05, e14)
            'Căn cứ Nghị định s08/2014/NĐ-CP ngày 27 tháng 01 năm 2014 của Chính phủ;' | 08/2014/NĐ-CP | | Nghị định | Chính phủ | 2014-01-27 | BASED_ON
            'Căn cứ Luật Ngân hàng Nhà nước Việt Nam s 46/2010/QH12 ngày 16 tháng 6 năm 2010;' | 46/2010/QH12 | Luật Ngân hàng Nhà nước Việt Nam | Luật | (Quốc hội) | 2010-06-16 | BASED_ON
            # an ordinance dated with "ban hành ngày" (b09)
            'Căn cứ Pháp lệnh Giống cây trồng ban hành ngày 05 tháng 4 năm 2004;' | | Pháp lệnh Giống cây trồng | Pháp lệnh | (Ủy ban Thường vụ Quốc hội) | 2004-04-05 | BASED_ON
            # an amending law that names nine laws, one with a comma in its name (a10; Luật số 56/2024/QH15)
            'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Dự trữ quốc gia, Luật Thuế thu nhập cá nhân và Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024;' | | Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Dự trữ quốc gia, Luật Thuế thu nhập cá nhân và Luật Xử lý vi phạm hành chính | Luật | (Quốc hội) | 2024-11-29 | BASED_ON
            # --- session 52 ---
            # a law's name glued at a lost line end, set apart by the normalizer (c07, i07)
            'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy bannhân dân ngày 26 tháng 11 năm 2003;' | | Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân | Luật | (Quốc hội) | 2003-11-26 | BASED_ON
            # the amending law's name without its comma (i02)
            'Căn cứ Luật sửa đổi bổ sung một số điều của Luật Xây dựng ngày 17 tháng 6 năm 2020;' | | Luật sửa đổi bổ sung một số điều của Luật Xây dựng | Luật | (Quốc hội) | 2020-06-17 | BASED_ON
            # a council's resolution dated after its term and session (i14)
            'Căn cứ Nghị quyết số 166/2010/NQ-HĐND16 của HĐND tỉnh Bắc Ninh, khoá 16, kỳ họp thứ 21 ngày 08/7/2010;' | 166/2010/NQ-HĐND16 | | Nghị quyết | HĐND tỉnh Bắc Ninh | 2010-07-08 | BASED_ON
            # codes joined by a dot after a stray space (g15, i07), a party's number with spaces around its dash (h15)
            'Căn cứ Quyết định số 27/2010/QĐ .UBND ngày 20/4/2010 của UBND tỉnh Nghệ An;' | 27/2010/QĐ.UBND | | Quyết định | UBND tỉnh Nghệ An | 2010-04-20 | BASED_ON
            'quán triệt Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư về công tác dư luận xã hội' | 100-KL/TW | | Kết luận | Ban Bí thư | 2014-08-18 | CITES
            'Thực hiện Hướng dẫn số 115- HD/BTGTW ngày 08/01/2020 của Ban Tuyên giáo Trung ương về tuyên truyền' | 115-HD/BTGTW | | Hướng dẫn | Ban Tuyên giáo Trung ương | 2020-01-08 | IMPLEMENTS
            # a law whose name holds a comma before "công chức", cited with its year only (m02)
            'Căn cứ Luật Cán bộ, công chức năm 2008;' | | Luật Cán bộ, công chức | Luật | (Quốc hội) | | BASED_ON
            # --- session 53 ---
            # a law's name holding a comma (r13), and one dated without "ngày" (q09)
            'Thực hiện Luật Phổ biến, giáo dục\npháp luật năm 2012 và Quyết định' | | Luật Phổ biến, giáo dục pháp luật | Luật | (Quốc hội) | | IMPLEMENTS
            'Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương 22/11/2019;' | | Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương | Luật | (Quốc hội) | 2019-11-22 | BASED_ON
            # an amending law that counts the laws it amends (t15); "Luật Khiếu nại, tố cáo" (t09)
            'Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;' | | Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch | Luật | (Quốc hội) | 2018-11-20 | BASED_ON
            'Căn cứ Luật Khiếu nại, tố cáo năm 1998;' | | Luật Khiếu nại, tố cáo | Luật | (Quốc hội) | | BASED_ON
            # a portal's list of related papers: a law by its year alone at the line's end, the item's count glued (u14, p04)
            '- 5Luật Du lịch 2017\n- 6Nghị định' | | Luật Du lịch | Luật | (Quốc hội) | | CITES
            # "ngày" typed again for "tháng" (v12)
            'Căn cứ Nghị định số 69/2009/NĐ-CP ngày 13 ngày 8 năm 2009 quy định bổ sung;' | 69/2009/NĐ-CP | | Nghị định | (Chính phủ) | 2009-08-13 | BASED_ON
            # "tháng" typed again for "năm" (r11)
            'Căn cứ Nghị định 99/2021/NĐ-CP ngày 11 tháng 11\ntháng 2021 của Chính phủ Quy định về quản lý;' | 99/2021/NĐ-CP | | Nghị định | Chính phủ | 2021-11-11 | BASED_ON
            # the day opening the sentence without a comma, "có" and a letter named "Văn bản chỉ đạo" (k02)
            'Ngày 14 tháng 02 năm 2017 Bộ Thông tin và Truyền thông có Văn bản chỉ đạo số 398/BTTTT-TTCS về việc tuyên truyền.' | 398/BTTTT-TTCS | | Công văn | Bộ Thông tin và Truyền thông | 2017-02-14 | CITES
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
        // "(Bộ Tài chính)": the text names no maker, the number's code or the type stands for this one
        boolean implied = issuer != null && issuer.startsWith("(");
        assertThat(reference.issuer()).as("issuer named").isEqualTo(implied ? null : issuer);
        assertThat(reference.impliedIssuer()).as("issuer implied")
                .isEqualTo(implied ? issuer.substring(1, issuer.length() - 1) : null);
        assertThat(reference.date()).isEqualTo(date);
        assertThat(reference.relation()).isEqualTo(relation);
        assertThat(text.substring(reference.start(), reference.end())).isEqualTo(reference.text());
        if (number != null) {
            // the span holds the number (a hyphen the text lost is given back in the number, not in the text)
            assertThat(DocumentNumbers.key(reference.text()).replace("-", "").replace("–", ""))
                    .contains(DocumentNumbers.key(number).replace("-", ""));
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

    /** "Luật Ngân sách nhà nước số 01/2002/QH11 ngày ...; số 83/2015/QH13 ngày ...": the second is a law too (m04). */
    @Test
    void aNumberAloneAfterAListsPaperIsOfItsType() {
        String text = TextNormalizer.normalize("Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002; "
                + "số 83/2015/QH13 ngày 25 tháng 6 năm 2015;\nCăn cứ Quyết định số 40/2015/QĐ-TTg ngày 14 tháng 9 năm 2015;").text();
        List<Reference> references = SeedFixtures.EXTRACTOR.extract(text).references();
        assertThat(references).extracting(Reference::number, Reference::type).containsExactly(
                tuple("01/2002/QH11", "Luật"), tuple("83/2015/QH13", "Luật"), tuple("40/2015/QĐ-TTg", "Quyết định"));
    }

    @Test
    void aLawBeforeAndNumberOfAListIsNotThatNumbersLaw() {
        // r15: "... của Luật Đầu tư công và số 161/2016/NĐ-CP" names the law, then the list's next decree
        String text = TextNormalizer.normalize("Căn cứ các Nghị định của Chính phủ: số 136/2015/NĐ-CP ngày 31 tháng 12"
                + " năm 2015 về hướng dẫn thi hành một số điều của Luật Đầu tư công và số 161/2016/NĐ-CP ngày 02 tháng 12"
                + " năm 2016 của Chính phủ;").text();
        List<Reference> references = SeedFixtures.EXTRACTOR.extract(text).references();
        assertThat(references).filteredOn(r -> r.number() != null)
                .extracting(Reference::number, Reference::type, Reference::title)
                .containsExactly(tuple("136/2015/NĐ-CP", "Nghị định", null), tuple("161/2016/NĐ-CP", "Nghị định", null));
    }

    @Test
    void aListsDayWrittenOnceAfterItsLastPaperDatesEachPaperOfOneMaker() {
        // v04, q04: "số A và số B ngày D của X", "Tờ trình số A và Đề án số B ngày D": the day and maker of both ...
        String text = TextNormalizer.normalize("các báo cáo bổ sung, giải trình số 365/BC-UBND và số 367/BC-UBND ngày"
                + " 07/12/2020 của UBND Thành phố; Xét đề nghị của Chính phủ tại Tờ trình số 361/TTr-CP và Đề án số"
                + " 362/ĐA-CP ngày 09 tháng 5 năm 2025, Báo cáo thẩm tra;"
                // ... but not a law and a decree, which two makers made
                + " Căn cứ Luật số 83/2015/QH13 và Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ;").text();
        List<Reference> references = SeedFixtures.EXTRACTOR.extract(text).references();
        assertThat(references).extracting(Reference::number, Reference::date).containsExactly(
                tuple("365/BC-UBND", LocalDate.of(2020, 12, 7)), tuple("367/BC-UBND", LocalDate.of(2020, 12, 7)),
                tuple("361/TTr-CP", LocalDate.of(2025, 5, 9)), tuple("362/ĐA-CP", LocalDate.of(2025, 5, 9)),
                tuple("83/2015/QH13", null), tuple("163/2016/NĐ-CP", LocalDate.of(2016, 12, 21)));
        assertThat(references.get(0).type()).isEqualTo("Báo cáo");
        assertThat(references.get(2).type()).isEqualTo("Tờ trình");
    }

    @Test
    void aDayOpensItsSentenceToDateThePaperAfterItsMaker() {
        // the day of the first paper, inside the sentence, is not the second's (k02's form needs the sentence's opening)
        String text = TextNormalizer.normalize("Thực hiện Kế hoạch số 12/KH-UBND ngày 01/02/2020 của UBND tỉnh Nghệ An"
                + " Sở Y tế có Văn bản số 45/SYT-KH về việc triển khai.").text();
        List<Reference> references = SeedFixtures.EXTRACTOR.extract(text).references();
        assertThat(references).extracting(Reference::number).containsExactly("12/KH-UBND", "45/SYT-KH");
        assertThat(references.get(1).date()).isNull();
        assertThat(references.get(1).issuer()).isEqualTo("Sở Y tế");
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
            # issue 10: papers of one list with one maker named before the first (x15)
            'Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội tại Tờ trình số 34/TTr-LĐTBXH ngày 02 tháng 6 năm 2021 và Tờ trình số 45/TTr-LĐTBXH ngày 28 tháng 6 năm 2021.' | Bộ Lao động - Thương binh và Xã hội
            """)
    void givesEachPaperOfAListItsMaker(String snippet, String issuer) {
        List<Reference> references = SeedFixtures.EXTRACTOR.extract(TextNormalizer.normalize(snippet).text()).references();
        assertThat(references).hasSize(2).allSatisfy(r -> assertThat(r.issuer()).isEqualTo(issuer));
    }

    /**
     * Who the text says made each cited paper ("-": it names no one; the number's code then only implies a maker,
     * in {@code impliedIssuer}), as the devset's labels read it: after the paper, before it as the sentence's maker,
     * shared by a list, or at a portal list's line end.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # one maker after a list of two (devset d35)
            'Căn cứ Quy chế ban hành kèm theo Nghị định số 52/1999/NĐ-CP ngày 08/7/1999 và Nghị định số 12/2000/NĐ-CP ngày 05/5/2000 của Chính phủ;' | 52/1999/NĐ-CP=Chính phủ; 12/2000/NĐ-CP=Chính phủ
            # ... not given to a paper whose code stands for another maker
            'Căn cứ Luật Đất đai số 45/2013/QH13 ngày 29/11/2013 và Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ;' | 45/2013/QH13=-; 43/2014/NĐ-CP=Chính phủ
            # ... nor forward (a decision of the Prime Minister, then one of a ministry)
            'Căn cứ Quyết định số 1/2020/QĐ-TTg ngày 01/01/2020 của Thủ tướng Chính phủ và Quyết định số 2/2020/QĐ-BTC ngày 02/01/2020;' | 1/2020/QĐ-TTg=Thủ tướng Chính phủ; 2/2020/QĐ-BTC=-
            # a law's maker after its number and date (x03)
            'Căn cứ Luật Ngân sách Nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015 của Quốc hội;' | 83/2015/QH13=Quốc hội
            # a proposer's papers of two types, the second's code standing for the same body (d14)
            'Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 237/TTr-STC ngày 27/7/2018 và Báo cáo số 332/BC-STC ngày 17/8/2018.' | 237/TTr-STC=Sở Tài chính; 332/BC-STC=Sở Tài chính
            # two proposers: the one right before "tại" (d01)
            'Theo đề nghị của Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 2940/TTr-STNMT ngày 31/8/2021.' | 2940/TTr-STNMT=Sở Tài nguyên và Môi trường
            # "tại" glued to the paper's type (d03)
            'Theo đề nghị của Sở Xây dựng tạiTờ trình số 350/TTr-SXD ngày 21/02/2014 về việc ban hành Quy định.' | 350/TTr-SXD=Sở Xây dựng
            # "Văn bản" with a capital after a proposer's "tại" (d32, c01)
            'Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Văn bản số 887/TTg-CN ngày 21/6/2017, Bộ Giao thông vận tải báo cáo.' | 887/TTg-CN=Thủ tướng Chính phủ
            # the sentence's maker before the verb of issuing (d37, c03)
            '1. Bộ Tài nguyên và Môi trường đã có Công văn số 6061/BTNMT-KHTC ngày 11 tháng 10 năm 2022 gửi UBND tỉnh Điện Biên.' | 6061/BTNMT-KHTC=Bộ Tài nguyên và Môi trường
            'Bộ Y tế đã tham mưu Chính phủ ban hành Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 với nhiều cơ chế mới.' | 15/2018/NĐ-CP=Chính phủ
            # ... not a body that received it
            'Bộ Y tế nhận được Công văn số 499/BDN ngày 14/6/2024 về việc trả lời kiến nghị.' | 499/BDN=-
            # a list's head names its papers' maker: "các nghị định của Chính phủ:" (g16, c15), up to the next clause
            'Căn cứ các nghị định của Chính phủ: Số 92/2006/NĐ-CP ngày 07 tháng 9 năm 2006 về việc lập quy hoạch;\nsố 04/2008/NĐ-CP ngày 11 tháng 01 năm 2008 sửa đổi, bổ sung;\nCăn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2010;' | 92/2006/NĐ-CP=Chính phủ; 04/2008/NĐ-CP=Chính phủ; 12/QĐ-UBND=-
            # ... "của X tại các công văn:" (g16)
            'Theo đề nghị của Sở Tài chính tại các công văn: Số 1577/STC-NS ngày 18 tháng 10 năm 2010; số 218/STC-NS ngày 02 tháng 3 năm 2011.' | 1577/STC-NS=Sở Tài chính; 218/STC-NS=Sở Tài chính
            # ... but not to a paper named in an item's title whose code stands for another maker (g16)
            'Căn cứ các thông tư của Bộ Kế hoạch và Đầu tư: Số 01/2007/TT-BKH ngày 07/02/2007 hướng dẫn một số điều của Nghị định 92/2006/NĐ-CP; số 03/2008/TT-BKH ngày 01/7/2008;' | 01/2007/TT-BKH=Bộ Kế hoạch và Đầu tư; 92/2006/NĐ-CP=-; 03/2008/TT-BKH=Bộ Kế hoạch và Đầu tư
            # the office of the province's committee, placed in the document's province (g01, d33)
            'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 5/2025/QĐ-UBND\nThanh Hóa, ngày 01 tháng 10 năm 2025\nTheo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 1818/TTr-VP ngày 21 tháng 8 năm 2025.' | 1818/TTr-VP=Văn phòng UBND tỉnh Thanh Hóa
            # the province's party standing board named without the province, in a province's document (h08)
            'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/KH-UBND\nHà Tĩnh, ngày 13 tháng 8 năm 2025\nCăn cứ Chương trình hành động số 45-CTr/TU ngày 03/7/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết.' | 45-CTr/TU=Ban Thường vụ Tỉnh ủy Hà Tĩnh
            # a portal's list of related papers: "do X ban hành" at the line's end, for the line's first paper (x03)
            '- 4Thông tư 342/2016/TT-BTC hướng dẫn Nghị định 163/2016/NĐ-CP hướng dẫn Luật ngân sách nhà nước do Bộ trưởng Bộ Tài chính ban hành' | 342/2016/TT-BTC=Bộ Tài chính; 163/2016/NĐ-CP=-
            # --- session 52 ---
            # a council named by its level, not its place: a district's document does not take "UBND tỉnh" for its own
            'ỦY BAN NHÂN DÂN\nHUYỆN NHƯ XUÂN\nSố: 14/KH-UBND\nNhư Xuân, ngày 12 tháng 02 năm 2019\nCăn cứ Nghị quyết số 53/NQ-HĐND ngày 21/12/2018 của HĐND tỉnh về kế hoạch; Quyết định số 37/QĐ-UBND ngày 09/01/2019 của UBND tỉnh về việc giao; Nghị quyết số 12/NQ-HĐND ngày 18/12/2018 của HĐND huyện về giảm nghèo.' | 53/NQ-HĐND=HĐND tỉnh Thanh Hóa; 37/QĐ-UBND=UBND tỉnh Thanh Hóa; 12/NQ-HĐND=HĐND huyện Như Xuân, tỉnh Thanh Hóa
            # ... a commune's document: the district its references name, the province its text names (h05)
            'ỦY BAN NHÂN DÂN\nXÃ CÁT VÂN\nSố: 14/KH-UBND\nCát Vân, ngày 12 tháng 02 năm 2019\nCăn cứ Nghị quyết số 53/NQ-HĐND ngày 21/12/2018 của HĐND huyện khóa XX; Kế hoạch số 16/KH-UBND ngày 25/01/2019 của UBND huyện Như Xuân về giảm nghèo; Nghị quyết số 12-NQ/HU ngày 18/12/2018 của Ban chấp hành Đảng bộ huyện khóa XXII; Quyết định số 289-QĐ/TU ngày 27/5/2016 của Ban Chấp hành Đảng bộ tỉnh khóa XVIII về chương trình giảm nghèo tỉnh Thanh Hóa.' | 53/NQ-HĐND=HĐND huyện Như Xuân; 16/KH-UBND=UBND huyện Như Xuân; 12-NQ/HU=Ban Chấp hành Đảng bộ huyện Như Xuân; 289-QĐ/TU=Ban Chấp hành Đảng bộ tỉnh Thanh Hóa
            # ... and a district's council left as written where the commune's references name two districts
            'ỦY BAN NHÂN DÂN\nXÃ CÁT VÂN\nSố: 14/KH-UBND\nCát Vân, ngày 12 tháng 02 năm 2019\nCăn cứ Nghị quyết số 53/NQ-HĐND ngày 21/12/2018 của HĐND huyện; Kế hoạch số 16/KH-UBND ngày 25/01/2019 của UBND huyện Như Xuân; Kế hoạch số 17/KH-UBND ngày 25/01/2019 của UBND huyện Thường Xuân.' | 53/NQ-HĐND=HĐND huyện; 16/KH-UBND=UBND huyện Như Xuân; 17/KH-UBND=UBND huyện Thường Xuân
            # a party congress's executive committee, named with its province (b07) and its standing members (i09)
            'Căn cứ Nghị quyết số 05-NQ/TU ngày 17/6/2021 của Ban Chấp hành Đảng bộ tỉnh Tiền Giang; kết luận của Thường trực Tỉnh ủy Tiền Giang tại Thông báo số 1057-TB/TU ngày 12/12/2014.' | 05-NQ/TU=Ban Chấp hành Đảng bộ tỉnh Tiền Giang; 1057-TB/TU=Thường trực Tỉnh ủy Tiền Giang
            # a proposer's role in brackets before "tại" (i03)
            'Theo đề nghị của Sở Kế hoạch và Đầu tư (Thường trực Ban Vì sự tiến bộ phụ nữ tỉnh) tại Tờ trình số 126/SKHĐT ngày 23/01/2007,' | 126/SKHĐT=Sở Kế hoạch và Đầu tư
            # a ministry's name with its dash unspaced (j02), a ministry of before 2007 (l07), a party committee's board (l11)
            'Xét đề nghị của Bộ Lao động-Thương binh và Xã hội tại công văn số 4807/BLĐTBXH-VP ngày 17 tháng 12 năm 2007 về việc tổ chức Hội nghị,' | 4807/BLĐTBXH-VP=Bộ Lao động - Thương binh và Xã hội
            'Quyết định số 67/2000/QĐ-BCN ngày 20/11/2000 của Bộ Công nghiệp' | 67/2000/QĐ-BCN=Bộ Công nghiệp
            'Thực hiện Hướng dẫn số 136-HD/BTGTU, ngày 30/5/2023 của Ban tuyên giáo tỉnh uỷ Lâm Đồng trong tháng 6 năm 2023,' | 136-HD/BTGTU=Ban Tuyên giáo Tỉnh ủy Lâm Đồng
            # a body written with the province's level and no name, placed in the document's province (m16)
            'ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\nSố: 1644/QĐ-CT\nVĩnh Yên, ngày 01 tháng 7 năm 2020\nXét đề nghị của Cục Thống kê tỉnh tại Tờ trình số 308/TTr-CTK ngày 01/7/2020,' | 308/TTr-CTK=Cục Thống kê tỉnh Vĩnh Phúc
            # "củaChính phủ": the maker glued to "của" by a page that lost the space at a line's end (i07)
            'Căn cứ Nghị định số 57/2002/NĐ-CP ngày 03 tháng 6 năm 2002 củaChính phủ quy định chi tiết.' | 57/2002/NĐ-CP=Chính phủ
            # --- session 53 ---
            # joint makers, when the number says the paper is theirs together: the Party's central code (a06) ...
            'Căn cứ Kết luận số 169-KL/TW ngày 20/6/2025 của Bộ Chính trị, Ban Bí thư về chủ trương sắp xếp.' | 169-KL/TW=Bộ Chính trị, Ban Bí thư
            # ... a joint resolution's codes (q05)
            '- Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 20/02/2025 của Ủy Ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về quy định chi tiết;' | 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN=Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam
            # ... but a body after the comma is the next clause's subject otherwise
            'Thực hiện Công văn số 4521/BYT-KCB ngày 02/8/2024 của Bộ Y tế, Sở Y tế đề nghị các đơn vị triển khai.' | 4521/BYT-KCB=Bộ Y tế
            # a letter named "Văn bản số" ends a list whose maker follows it (q03)
            'Theo đề nghị của Bộ trưởng Bộ Xây dựng tại Tờ trình số 41/TTr-BXD ngày 23 tháng 5 năm 2025, Báo cáo giải trình, tiếp thu ý kiến thẩm định số 64/BC-BXD ngày 23 tháng 5 năm 2025 và Văn bản số 5537/BXD-QHKT ngày 23 tháng 6 năm 2025 của Bộ Xây dựng;' | 41/TTr-BXD=Bộ Xây dựng; 64/BC-BXD=Bộ Xây dựng; 5537/BXD-QHKT=Bộ Xây dựng
            # a committee of the National Assembly (q04); a minister who chairs the Government's Office (r09)
            'Báo cáo thẩm tra số 436/BC-UBPLTP15 ngày 03 tháng 6 năm 2025 của Ủy ban Pháp luật và Tư pháp,' | 436/BC-UBPLTP15=Ủy ban Pháp luật và Tư pháp
            'Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn nghiệp vụ;' | 02/2017/TT-VPCP=Văn phòng Chính phủ
            # "của liên Bộ A - Bộ B", the day after the makers (v07); the Central Emulation Council (t06)
            'Căn cứ Thông tư liên tịch số 63/2013/TTLT-BTC-BTNMT của liên Bộ Tài chính - Bộ Tài nguyên và Môi trường ngày 15/5/2013 hướng dẫn thực hiện;' | 63/2013/TTLT-BTC-BTNMT=Bộ Tài chính, Bộ Tài nguyên và Môi trường
            'theo Nghị quyết Đại hội và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch' | 16/KH-HĐTĐKT=Hội đồng Thi đua - Khen thưởng Trung ương
            # a portal's line "do X ban hành" with the Party's central code, for the line's first paper only (t04)
            '- 1 Kết luận 01-KL/TW năm 2021 về tiếp tục thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập do Ban Chấp hành Trung ương ban hành' | 01-KL/TW=Ban Chấp hành Trung ương; 05-CT/TW=-
            # a list's head names its papers' type as well as their maker (t15)
            'Căn cứ các Nghị quyết của Ủy ban Thường vụ Quốc hội: số 1210/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 về phân loại đô thị; số 26/2022/UBTVQH15 ngày 21 tháng 9 năm 2022 sửa đổi bổ sung một số điều.' | 1210/2016/UBTVQH13=Ủy ban Thường vụ Quốc hội; 26/2022/UBTVQH15=Ủy ban Thường vụ Quốc hội
            # the Fatherland Front's Central Committee among a joint resolution's makers (p14)
            'Căn cứ Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17 tháng 4 năm 2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn thi hành;' | 09/2008/NQLT-CP-UBTWMTTQVN=Chính phủ, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam
            # "giữa Bộ A và Bộ B": a joint paper's parties after its date (i01)
            'Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ Nông nghiệp và PTNT hướng dẫn chế độ quản lý;' | 183/2010/TTLT/BTC-BNN=Bộ Tài chính, Bộ Nông nghiệp và Phát triển nông thôn
            # "của của": a word the page wrote twice (q09)
            'Căn cứ Thông báo số 1502/TB-SVHTTDL ngày 07/6/2024 của của Giám đốc Sở Văn hóa, Thể thao và Du lịch trong cuộc họp.' | 1502/TB-SVHTTDL=Sở Văn hóa, Thể thao và Du lịch
            """)
    void namesEachPapersMakerAsTheTextDoes(String snippet, String expected) {
        List<Reference> references = SeedFixtures.EXTRACTOR.extract(TextNormalizer.normalize(snippet).text()).references();
        List<String> makers = references.stream().filter(r -> r.number() != null)
                .map(r -> r.number() + "=" + (r.issuer() == null ? "-" : r.issuer())).toList();
        assertThat(makers).containsExactly(expected.split(";\\s*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # issue 10: a portal page's title repeating the own number, even spelled otherwise, is no reference (x10)
            'Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang\nỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 1961/QĐUBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKiên Giang, ngày 28 tháng 8 năm 2019' | 1961/QĐ-UBND
            # ... nor a portal panel's (x04)
            'Quyết định 1858/QĐ-TTg năm 2017 về phân loại đơn vị hành chính\nSố hiệu | 1858/QĐ-TTg |\nTHỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1858/QĐ-TTg | Hà Nội, ngày 23 tháng 11 năm 2017 |' | 1858/QĐ-TTg
            """)
    void thePagesOwnNumberIsNoReference(String page, String number) {
        var extraction = SeedFixtures.EXTRACTOR.extract(TextNormalizer.normalize(page.replace("\\n", "\n")).text());
        assertThat(extraction.document().number()).isEqualTo(number);
        assertThat(extraction.references()).isEmpty();
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
