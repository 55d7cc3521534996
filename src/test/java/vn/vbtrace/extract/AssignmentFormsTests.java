package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Role;
import vn.vbtrace.parse.TextNormalizer;

class AssignmentFormsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a body heading alone, its task on the next line, role from "tham mưu" (seed 003)
            '4. Sở Tài chính\\nCăn cứ khả năng ngân sách tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí.' | Sở Tài chính | ADVISE | Căn cứ khả năng ngân sách tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí.
            # "có trách nhiệm" heading with lettered items; "Chủ trì" comes first (seed 003)
            '1. Sở Khoa học và Công nghệ có trách nhiệm\\na) Chủ trì, điều hành hoạt động của Chương trình.' | Sở Khoa học và Công nghệ | LEAD | Chủ trì, điều hành hoạt động của Chương trình.
            # an alias is canonicalized; "phối hợp" (seed 004)
            '5. Sở KH&CN:\\n- Phối hợp với Sở Tài chính thẩm định kinh phí.' | Sở Khoa học và Công nghệ | SUPPORT | Phối hợp với Sở Tài chính thẩm định kinh phí.
            # the standing body (seed 004)
            '2. Sở Khoa học và Công nghệ:\\n- Là cơ quan thường trực Dự án năng suất và chất lượng của tỉnh.' | Sở Khoa học và Công nghệ | STANDING | Là cơ quan thường trực Dự án năng suất và chất lượng của tỉnh.
            # "Đối với ..." heading, no role verb: EXECUTE; the board keeps its qualifier (seed 000; issue 3 gold)
            '1. Đối với Ban Điều hành Chương trình:\\n- Tăng cường công tác kiểm tra, giám sát.' | Ban Điều hành Chương trình | EXECUTE | Tăng cường công tác kiểm tra, giám sát.
            # a report with a deadline (seed 004)
            '2. Sở Khoa học và Công nghệ:\\n- Định kỳ tháng 5, tháng 12 hàng năm báo cáo kết quả về UBND tỉnh.' | Sở Khoa học và Công nghệ | REPORT | Định kỳ tháng 5, tháng 12 hàng năm báo cáo kết quả về UBND tỉnh.
            # "Đề nghị ..." heading: the bodies asked, "Bộ, ngành, địa phương" as one collective body (seed 001; issue 3 gold)
            '3. Đề nghị các Bộ, ngành, địa phương:\\n- Tiếp tục đẩy mạnh thực hiện dự án năng suất chất lượng được giao chủ trì;' | Các Bộ, ngành, địa phương | EXECUTE | Tiếp tục đẩy mạnh thực hiện dự án năng suất chất lượng được giao chủ trì;
            # a task on the heading line itself (seed 003)
            '3. Các Sở, Ban, Ngành chủ động phối hợp với Sở Khoa học và Công nghệ xây dựng nhiệm vụ.' | Các Sở, Ban, Ngành | SUPPORT | chủ động phối hợp với Sở Khoa học và Công nghệ xây dựng nhiệm vụ.
            # a law's duty sentence (ALQAC, Luật Thanh niên)
            'Bộ Nội vụ có trách nhiệm giúp Chính phủ thực hiện quản lý nhà nước về thanh niên.' | Bộ Nội vụ | EXECUTE | giúp Chính phủ thực hiện quản lý nhà nước về thanh niên.
            # a duty given inside a sentence
            'Giao Sở Công Thương chủ trì tổ chức hội nghị sơ kết.' | Sở Công Thương | LEAD | chủ trì tổ chức hội nghị sơ kết.
            # "Thực hiện chế độ báo cáo": the function named is the role, not "thực hiện" (seed 000; issue 3)
            '2. Đối với Bộ Y tế:\\n- Thực hiện đầy đủ chế độ báo cáo theo quy định.' | Bộ Y tế | REPORT | Thực hiện đầy đủ chế độ báo cáo theo quy định.
            # "Thực hiện tốt chức năng tham mưu" (seed 000; issue 3)
            '3. Đối với cơ quan thường trực Chương trình:\\nThực hiện tốt chức năng tham mưu, giúp việc cho Ban Điều hành.' | Cơ quan thường trực Chương trình | ADVISE | Thực hiện tốt chức năng tham mưu, giúp việc cho Ban Điều hành.
            # a report as the thing made ("xây dựng báo cáo"): its maker executes (duties-fresh)
            'UBND tỉnh yêu cầu UBND thành phố Vị Thanh xây dựng báo cáo kết quả hoạt động, tổ chức hội nghị tổng kết.' | UBND thành phố Vị Thanh | EXECUTE | xây dựng báo cáo kết quả hoạt động, tổ chức hội nghị tổng kết.
            # a numbered heading that carries its own task is an item: the page's plain lines after it are not its duties (duties-fresh)
            '2. Giao Phòng Tư pháp tăng cường công tác kiểm tra.\nTập tin đính kèm\nCác bài khác' | Phòng Tư pháp | EXECUTE | tăng cường công tác kiểm tra.
            # a report that is the purpose of a submission is the one submitted to's, not the body's (duties-fresh)
            'Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá kết quả thực hiện, trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương.' | Sở Công Thương | LEAD | chủ trì, phối hợp với các đơn vị liên quan đánh giá kết quả thực hiện, trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương.
            # an item that directs others to cooperate is the body's own action (seed 004; issue 3)
            '4. Sở Y tế:\\n- Chỉ đạo các đơn vị trực thuộc phối hợp với Sở Khoa học và Công nghệ vận động doanh nghiệp.' | Sở Y tế | EXECUTE | Chỉ đạo các đơn vị trực thuộc phối hợp với Sở Khoa học và Công nghệ vận động doanh nghiệp.
            """)
    void readsOneDuty(String snippet, String body, Role role, String task) {
        String text = TextNormalizer.normalize(snippet.replace("\\n", "\n")).text();
        List<Assignment> assignments = SeedFixtures.EXTRACTOR.extract(text).assignments();
        assertThat(assignments).extracting(Assignment::body, Assignment::role, Assignment::task)
                .containsExactly(tuple(body, role, task));
        Assignment assignment = assignments.get(0);
        assertThat(text.substring(assignment.start(), assignment.end())).isEqualTo(assignment.task());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a later sentence opens with another role: EXECUTE, then REPORT with its yearly deadline (seed 003; issue 3)
            '6. Ủy ban nhân dân các huyện, thành phố có trách nhiệm\\nđ) Tổ chức sơ kết, tổng kết. Trước ngày 30 tháng 11 hằng năm, gửi báo cáo về Sở Khoa học và Công nghệ.' | UBND các huyện, thành phố:EXECUTE:null;UBND các huyện, thành phố:REPORT:yearly:--11-30
            # a sentence opening with "Chủ trì" after an EXECUTE sentence (seed 003; issue 3)
            '1. Sở Khoa học và Công nghệ có trách nhiệm\\ne) Tổ chức sơ kết Chương trình. Chủ trì, phối hợp các Sở, Ngành tiến hành kiểm tra.' | Sở Khoa học và Công nghệ:EXECUTE:null;Sở Khoa học và Công nghệ:LEAD:null
            # a comma before "báo cáo định kỳ": the item turns from its own work to reporting (Hậu Giang plan, the participating firms)
            '10. Doanh nghiệp tham gia dự án:\\nCam kết thực hiện đúng các nội dung theo kế hoạch đã được phê duyệt, báo cáo định kỳ hoặc đột xuất theo yêu cầu về tình hình, tiến độ cho Sở Khoa học và Công nghệ xem xét, phối hợp giải quyết.' | Doanh nghiệp tham gia dự án:EXECUTE:null;Doanh nghiệp tham gia dự án:REPORT:null
            # a result sent up after "và" is a report of its own, the deadline its own (duties-fresh, An Giang)
            'Bộ Chỉ huy Quân sự tỉnh chủ trì thực hiện thống kê đất quốc phòng và gửi kết quả về Sở Tài nguyên và Môi trường trước ngày 16 tháng 01 năm 2022.' | Bộ Chỉ huy Quân sự tỉnh:LEAD:null;Bộ Chỉ huy Quân sự tỉnh:REPORT:2022-01-16
            # "tổng hợp ... và báo cáo" stays one duty: "báo cáo" after "và" is often a noun beside another (corpus, Hậu Giang)
            '3. Chi cục Tiêu chuẩn Đo lường Chất lượng:\n+ Tham mưu cho Sở Khoa học và Công nghệ thực hiện việc tổng kết và báo cáo định kỳ cho Sở Khoa học và Công nghệ.' | Chi cục Tiêu chuẩn Đo lường Chất lượng:ADVISE:null
            # "gửi báo cáo" after a comma, with its deadline
            '3. Sở Tài chính:\\n- Bố trí kinh phí thực hiện Kế hoạch, gửi báo cáo về Sở Khoa học và Công nghệ trước ngày 30/11/2024.' | Sở Tài chính:EXECUTE:null;Sở Tài chính:REPORT:2024-11-30
            # a subject told once carries on in its paragraph's sentences that open with a verb of duty (duties-fresh)
            'Công an tỉnh tập trung đảm bảo an ninh, trật tự chung cho sự kiện. Phối hợp với công an các đơn vị đảm bảo an toàn cho đại biểu.' | Công an tỉnh:EXECUTE:null;Công an tỉnh:SUPPORT:null
            # ... and so do the bodies a request names (duties-fresh)
            'UBND tỉnh yêu cầu Sở Y tế tăng cường kiểm tra các cơ sở khám bệnh. Khẩn trương báo cáo UBND tỉnh kết quả trước ngày 15/12/2021.' | Sở Y tế:EXECUTE:null;Sở Y tế:REPORT:2021-12-15
            # a standing body's sentence going on after ";" with its report and deadline (unseen Ninh Thuận plan)
            'Sở KH&CN là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15 tháng 12 năm 2024.' | Sở Khoa học và Công nghệ:STANDING:null;Sở Khoa học và Công nghệ:REPORT:2024-12-15
            # STANDING; ADVISE after ";"; SUPPORT after "và phối hợp với" (seed 004; issue 3)
            '2. Sở Khoa học và Công nghệ:\\n- Là cơ quan thường trực Dự án; tham mưu giúp UBND tỉnh theo dõi dự án và phối hợp với Sở Tài chính đề xuất chính sách.' | Sở Khoa học và Công nghệ:STANDING:null;Sở Khoa học và Công nghệ:ADVISE:null;Sở Khoa học và Công nghệ:SUPPORT:null
            # "Là cơ quan thường trực, chủ trì, phối hợp": STANDING and LEAD
            '1. Sở Thông tin và Truyền thông\\na) Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch này.' | Sở Thông tin và Truyền thông:STANDING:null;Sở Thông tin và Truyền thông:LEAD:null
            # parts after ";" with no role verb of their own stay with the LEAD before them (seed 003; issue 3)
            '1. Sở Khoa học và Công nghệ có trách nhiệm\\nc) Chủ trì, phối hợp với các Bộ, cơ quan, xây dựng cơ chế; tổ chức đào tạo; thực hiện tuyên truyền.' | Sở Khoa học và Công nghệ:LEAD:null
            # a letter asks its addressees by a generic name, no deadline: the task follows the ask (seed 002; issue 3)
            'Kính gửi:\\n- Bộ Y tế;\\n- Bộ Xây dựng.\\nBộ Khoa học và Công nghệ đề nghị các Bộ, địa phương triển khai hoạt động đánh giá kết quả.\\nNơi nhận:' | Bộ Y tế:EXECUTE:null;Bộ Xây dựng:EXECUTE:null
            # the closing formula "đề nghị các cơ quan, đơn vị ... phối hợp" gives no duty
            'Kính gửi:\\n- Bộ Y tế.\\nBộ Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.\\nNơi nhận:' | 
            # a letter's ask ending in a colon, its tasks the numbered items below (issue 5)
            'Kính gửi:\\n- Các Bộ;\\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\\nBộ Tài chính đề nghị các Bộ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\\n1. Chỉ đạo các đơn vị trực thuộc rà soát tình hình thực hiện dự toán.\\n2. Gửi báo cáo về Bộ Tài chính trước ngày 15/11/2024.\\nNơi nhận:' | Các bộ:EXECUTE:null;UBND các tỉnh, thành phố trực thuộc Trung ương:EXECUTE:null;Các bộ:REPORT:2024-11-15;UBND các tỉnh, thành phố trực thuộc Trung ương:REPORT:2024-11-15
            # a half-yearly and yearly report (issue 3)
            '4. Sở Y tế\\nb) Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), báo cáo kết quả về Sở Thông tin và Truyền thông.' | Sở Y tế:REPORT:yearly:--06-15,--12-15
            # a body added to the vocabulary (seed 004 names it; issue 3)
            '3. Đài Phát thanh và Truyền hình tỉnh phối hợp với Sở Khoa học và Công nghệ tuyên truyền.' | Đài Phát thanh và Truyền hình:SUPPORT:null
            # "có trách nhiệm" inside a sentence: the bodies right before it; "địa phương" beside the ministries are the provinces (seed 002; issue 5)
            'Thực hiện Quyết định số 1322/QĐ-TTg, theo đó các Bộ, địa phương có trách nhiệm báo cáo kết quả về Bộ Khoa học và Công nghệ trước ngày 30 tháng 11 hằng năm để tổng hợp.' | Các bộ:REPORT:yearly:--11-30;UBND các tỉnh, thành phố trực thuộc Trung ương:REPORT:yearly:--11-30
            # "do X chủ trì": the addressees' duty, and the leading body's own (seed 001; issue 5)
            '3. Đề nghị các Bộ, ngành, địa phương:\\n- Đóng góp ý kiến cho dự thảo do Bộ Khoa học và Công nghệ chủ trì xây dựng.' | Bộ Khoa học và Công nghệ:LEAD:null;Các Bộ, ngành, địa phương:EXECUTE:null
            # the short ministry form after "do" (issue 5)
            '3. Đề nghị các Bộ, ngành, địa phương:\\n- Tham gia xây dựng Đề án do Bộ KHCN chủ trì.' | Bộ Khoa học và Công nghệ:LEAD:null;Các Bộ, ngành, địa phương:EXECUTE:null
            # "do X phối hợp" gives SUPPORT (issue 5)
            'Giao Sở Công Thương chủ trì tổ chức hội chợ do Sở Y tế phối hợp bảo đảm an toàn thực phẩm.' | Sở Y tế:SUPPORT:null;Sở Công Thương:LEAD:null
            # a reported fact is no duty: "đã được phê duyệt" (seed 000; issue 5)
            'Đến nay 04 dự án do các Bộ chủ trì đã được phê duyệt.' | 
            # "Kiện toàn Ban Điều hành" sets the section's own board up: no duty for it (seed 004; issue 5)
            '1. Ban Điều hành dự án:\\nKiện toàn Ban Điều hành dự án do Phó Chủ tịch UBND tỉnh làm Trưởng ban.\\nBan Điều hành có trách nhiệm tham mưu UBND tỉnh điều phối dự án.' | Ban Điều hành Dự án:ADVISE:null
            # a board's short name resolves to the full name the document gives it (seed 004; issue 3)
            '1. Ban Điều hành dự án:\\nBan Điều hành có trách nhiệm tham mưu UBND tỉnh điều phối dự án.' | Ban Điều hành Dự án:ADVISE:null
            # a proposal's maker is asked nothing: "Theo đề nghị Sở X tại Tờ trình" (duties-fresh)
            'Theo đề nghị Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 02/3/2020.' | 
            # bodies that are their clause's subject, no heading and no "giao" (duties-fresh)
            'Công an tỉnh đảm bảo an toàn thông tin cho các hệ thống. Sở Khoa học và Công nghệ chủ trì thúc đẩy hợp tác nghiên cứu.' | Công an tỉnh:EXECUTE:null;Sở Khoa học và Công nghệ:LEAD:null
            # "theo chức năng, thẩm quyền" between the subjects and their verb (duties-fresh)
            'Sở Tài chính, UBND các huyện, thành phố theo chức năng, thẩm quyền hướng dẫn các đơn vị thực hiện.' | Sở Tài chính:EXECUTE:null;UBND các huyện, thành phố:EXECUTE:null
            # an account of what was done is no duty: "đã" (duties-fresh)
            'Sở Y tế đã tổ chức tập huấn cho cán bộ các huyện.' | 
            # the issuer telling what it does itself is no duty of its own (corpus: Hậu Giang's plan)
            'ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 12/KH-UBND\nỦy ban nhân dân tỉnh Hậu Giang xây dựng Kế hoạch thực hiện Dự án như sau.' | 
            # who receives a paper is not told to act: "Nơi nhận:" and its dashes (corpus: Thông báo 712)
            'Nơi nhận:\n- VPCP;\n- Các bộ chủ trì Dự án;\n- Lưu: VT.' | 
            # a report with its addressee after the work asked for: LEAD, then REPORT by its date (duties-fresh)
            'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan rà soát dự thảo Báo cáo, báo cáo UBND tỉnh trước ngày 05/01/2022.' | Sở Kế hoạch và Đầu tư:LEAD:null;Sở Kế hoạch và Đầu tư:REPORT:2022-01-05
            # ", trong khi" opens another subject's clause (duties-fresh)
            'Công an tỉnh đảm bảo an ninh mạng cho các hệ thống, trong khi Sở Y tế chủ trì cập nhật dữ liệu.' | Công an tỉnh:EXECUTE:null;Sở Y tế:LEAD:null
            # the Government Office's closing formula and the signature's cell end a numbered body's section (duties-fresh)
            '2. Bộ Kế hoạch và Đầu tư nghiên cứu, tiếp thu ý kiến của các Bộ để hoàn thiện Đề án.\nVăn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n| KT. BỘ TRƯỞNG, CHỦ NHIỆM |' | Bộ Kế hoạch và Đầu tư:EXECUTE:null
            # a request whose tasks are the items under it (duties-fresh)
            'UBND tỉnh yêu cầu Sở Y tế, Sở Tài chính:\n1. Rà soát các cơ sở y tế.\n2. Gửi báo cáo về UBND tỉnh trước ngày 15/12/2023.\nNơi nhận:' | Sở Y tế:EXECUTE:null;Sở Tài chính:EXECUTE:null;Sở Y tế:REPORT:2023-12-15;Sở Tài chính:REPORT:2023-12-15
            # an office for its councils, "chịu trách nhiệm" with a task of its own (duties-fresh)
            'Theo đó, các biện pháp được quy định tại Kế hoạch 650/KH-UBND; Chủ tịch UBND huyện, thị xã, thành phố chịu trách nhiệm ban hành quy định.' | UBND huyện, thị xã, thành phố:EXECUTE:null
            # "Các Sở GDĐT": every department of that name, the one body (duties-fresh)
            'Các Sở GDĐT cần chỉ đạo các trường tổ chức rút kinh nghiệm.' | Sở Giáo dục và Đào tạo:EXECUTE:null
            """)
    void readsEveryRoleOfAnItem(String snippet, String expected) {
        String text = TextNormalizer.normalize(snippet.replace("\\n", "\n")).text();
        List<String> found = SeedFixtures.EXTRACTOR.extract(text).assignments().stream()
                .map(a -> a.body() + ":" + a.role() + ":" + a.deadline()).toList();
        assertThat(found).containsExactly(expected == null ? new String[0] : expected.split(";"));
        for (Assignment assignment : SeedFixtures.EXTRACTOR.extract(text).assignments()) {
            assertThat(text.substring(assignment.start(), assignment.end())).isEqualTo(assignment.task());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a shared head noun with a list, "và" inside a name (seed 003)
            '2. Các Sở: Công Thương, Nông nghiệp và Phát triển nông thôn, Y tế, Giao thông Vận tải trong phạm vi thẩm quyền có trách nhiệm:\\na) Chỉ định cơ quan đầu mối.' | Sở Công Thương;Sở Nông nghiệp và Phát triển nông thôn;Sở Y tế;Sở Giao thông Vận tải
            # the same without "Các" (seed 004)
            '4. Sở: Kế hoạch và Đầu tư, Công Thương, Y tế:\\n- Cử cán bộ tham gia Hội đồng.' | Sở Kế hoạch và Đầu tư;Sở Công Thương;Sở Y tế
            # two bodies named in full (seed 004)
            '7. Liên hiệp các Hội khoa học và kỹ thuật, Liên minh Hợp tác xã tỉnh:\\n- Tuyên truyền nội dung.' | Liên hiệp các Hội khoa học và kỹ thuật;Liên minh Hợp tác xã
            # the closing article of a decision: every body named executes it (seed 003)
            'Điều 3. Giám đốc Sở Khoa học và Công nghệ, Giám đốc Sở Tài chính và Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.' | Sở Khoa học và Công nghệ;Sở Tài chính;UBND các huyện, thành phố
            # a closing article naming offices, a shared head after one of them, a group of councils (duties-fresh)
            'Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Nội vụ, Y tế; Chủ tịch UBND các xã, phường, thị trấn chịu trách nhiệm thi hành Quyết định này./.' | Văn phòng UBND tỉnh;Sở Tài chính;Sở Nội vụ;Sở Y tế;UBND các xã, phường, thị trấn
            # ministers for their ministries; "căn cứ Quyết định thi hành" (duties-fresh)
            'Điều 4. Các Bộ trưởng: Tài chính, Công Thương và Thủ trưởng các cơ quan liên quan căn cứ Quyết định thi hành.' | Bộ Tài chính;Bộ Công Thương
            # a request to bodies named by their offices (duties-fresh)
            'Chủ tịch UBND tỉnh đề nghị Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố triển khai thực hiện.' | Các Sở, Ban, Ngành;UBND các huyện, thành phố
            # "yêu cầu" with a colon (duties-fresh)
            'Theo đó, UBND tỉnh yêu cầu: Sở Y tế chủ trì, phối hợp với các đơn vị liên quan kiểm tra.' | Sở Y tế
            # councils of several levels named without "các" (duties-fresh)
            'Điều 3. Chủ tịch Ủy ban nhân dân huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.' | UBND huyện, thị xã, thành phố
            # whose a body is, in brackets, is not one who acts; the giver in the sentence before is not either (Sở Y tế's duty
            # runs on over the line from "giao", so its execution is read once) (duties-fresh)
            'Theo đó, UBND tỉnh Hà Giang giao Sở Y tế triển khai. Chánh Văn phòng UBND tỉnh, Trưởng Ban Thi đua - Khen thưởng (Sở Nội vụ), Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.' | Sở Y tế;Văn phòng UBND tỉnh
            # a district's office for its council and its committee (duties-fresh)
            'Văn phòng HĐND&UBND huyện có trách nhiệm đôn đốc, tổng hợp danh sách các đơn vị.' | Văn phòng HĐND và UBND huyện
            # councils of one level named by their places after one head (duties-fresh)
            'UBND tỉnh yêu cầu UBND các huyện Trần Văn Thời, Phú Tân và Cái Nước rà soát việc nuôi sò.' | UBND huyện Trần Văn Thời;UBND huyện Phú Tân;UBND huyện Cái Nước
            'UBND tỉnh đề nghị UBND huyện Trần Văn Thời, Phú Tân rà soát việc nuôi sò.' | UBND huyện Trần Văn Thời;UBND huyện Phú Tân
            # two offices before one body, a body's level after it, councils of three levels (duties-fresh)
            'UBND Thành phố yêu cầu Thủ trưởng, Giám đốc các sở, ban, ngành Thành phố, Chủ tịch UBND các quận, huyện, thị xã nghiêm túc triển khai thực hiện.' | Các Sở, Ban, Ngành;UBND các quận, huyện, thị xã
            # communes and districts named bare stand for their governments (duties-fresh)
            'Xã Sen Phương, xã Xuân Đình, xã Nam Tiến có trách nhiệm duy trì và nâng cao chất lượng các tiêu chí.' | Xã Sen Phương;Xã Xuân Đình;Xã Nam Tiến
            # not a Party committee or a union named after its level
            'Huyện ủy Phú Tân chỉ đạo rà soát việc nuôi sò.' | Huyện ủy Phú Tân
            # steering committees by their fields and levels: the province after "tỉnh" is its place, a town's stays (duties-fresh)
            'Điều 2. Ban chỉ đạo phòng, chống dịch bệnh trên người tỉnh Hà Giang, Ban chỉ đạo phòng, chống dịch bệnh trên người thị xã Hà Giang có trách nhiệm khẩn trương triển khai các biện pháp phòng, chống dịch.' | Ban chỉ đạo phòng, chống dịch bệnh trên người tỉnh;Ban chỉ đạo phòng, chống dịch bệnh trên người thị xã Hà Giang
            # a public service unit of a district (duties-fresh)
            '2. Giao Trung tâm Y tế huyện chủ trì, phối hợp các đơn vị liên quan triển khai thực hiện Kế hoạch của huyện.' | Trung tâm Y tế huyện
            # a comma, and the province after a body's "tỉnh", between the body asked and its task (duties-fresh)
            'Chủ tịch UBND tỉnh yêu cầu Công an tỉnh Đồng Tháp, tập trung đảm bảo an ninh, trật tự chung cho sự kiện.' | Công an tỉnh
            # a list going on with names no reader knows: the bodies read, the task at the first verb of duty (duties-fresh)
            'UBND tỉnh đề nghị Sở Y tế, Hội Người mù xã, chi hội phụ nữ thôn tổ chức tuyên truyền.' | Sở Y tế
            # the unknown one first acts with its own verb: its partner after "phối hợp với" is not asked (duties-fresh)
            'Phó Chủ tịch UBND thị xã yêu cầu: Thị đoàn phối hợp với UBND phường Nghi Thuỷ chuẩn bị bài tuyên truyền.' | 
            # a list going on with collectives no reader names: the bodies read, the task at the first verb of duty (duties-fresh)
            'UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thị xã, các đơn vị quản lý hồ chứa thủy điện, thủy lợi và các đơn vị có liên quan chủ động ứng phó với cơn bão số 6.' | Các Sở, Ban, Ngành;UBND các huyện, thị xã
            # a request whose list opens with a collective no reader names: the bodies read in it (duties-fresh)
            'Theo đó, UBND huyện yêu cầu các cơ quan, đơn vị chủ rừng, UBND các xã cần bố trí lực lượng trực phòng cháy.' | UBND các xã
            # a request's list going on after "và" with a collective no reader names (duties-fresh)
            'UBND TP.HCM yêu cầu UBND TP Thủ Đức và các quận huyện xây dựng phương án nhân sự.' | UBND thành phố Thủ Đức
            # not a proposal's maker and its submission: "của", "tại" end the search for those asked
            'Xét đề nghị của các cơ quan, UBND huyện Phú Tân tại Tờ trình số 12/TTr-UBND, Sở Tài chính tổng hợp kinh phí.' | 
            # a district's departments, health centre and broadcaster, written short or in lower case (duties-fresh)
            'Phòng y tế tổ chức chỉ đạo, giám sát chặt chẽ tình hình dịch sốt xuất huyết.\nTrung tâm y tế huyện triển khai phun hóa chất khi có ổ dịch.\nPhòng VHTT, Đài truyền thanh – truyền hình huyện tuyên truyền những thông tin.\nPhòng GD& ĐT phối hợp với Trung tâm y tế hướng dẫn cho các trường.' | Phòng Y tế;Trung tâm Y tế huyện;Phòng Văn hóa và Thông tin;Đài Truyền thanh - Truyền hình huyện;Phòng Giáo dục và Đào tạo
            # a word for those of a kind with no name inside the list, and the level after it (duties-fresh)
            'Theo đó, UBND tỉnh giao các sở, ban, ngành, đoàn thể, đơn vị cấp tỉnh và UBND các huyện, thị xã, thành phố nghiên cứu triển khai các giải pháp.' | Các Sở, Ban, Ngành, đoàn thể;UBND huyện, thị xã, thành phố
            'Chủ tịch UBND tỉnh yêu cầu các Sở, ban, ngành và Chủ tịch UBND các huyện, thị xã, thành phố trong tỉnh thực hiện nghiêm các biện pháp phòng, chống dịch.' | Các Sở, Ban, Ngành;UBND huyện, thị xã, thành phố
            # "căn cứ chức năng, nhiệm vụ của đơn vị," between the subject and its verb (duties-fresh)
            'Các sở, ban, ngành, UBND các huyện, thành phố căn cứ chức năng, nhiệm vụ của đơn vị, chủ động tăng cường công tác tuyên truyền.' | Các Sở, Ban, Ngành;UBND các huyện, thành phố
            # a council's standing body and committees, the Front's committee of a commune, a commune's health station (duties-fresh)
            'Thường trực HĐND tỉnh, các Ban HĐND tỉnh tổ chức theo dõi, giám sát việc thực hiện các nghị quyết.\nỦy ban MTTQ xã tăng cường tuyên truyền, vận động đoàn viên, hội viên.\nTrạm Y tế xã phối hợp hướng dẫn kỹ thuật, giám sát, hỗ trợ.' | Thường trực HĐND tỉnh;Các Ban HĐND tỉnh;Ủy ban Mặt trận Tổ quốc Việt Nam xã;Trạm Y tế xã
            # a passive after the subject is where it is put, not what it does (duties-fresh)
            'Trung tâm Phục vụ hành chính công phải được bố trí ở vị trí thuận lợi, diện tích phù hợp.' | 
            # "chỉ đạo X" from a province's committee or in its document gives X a duty (duties-fresh)
            'UBND tỉnh vừa có công văn chỉ đạo Công an tỉnh, Sở TNMT kiểm tra, xử lý thông tin xả khí thải của nhà máy.' | Công an tỉnh;Sở Tài nguyên và Môi trường
            # ... not when a body given a duty directs its own (duties-fresh)
            'UBND các huyện, thị xã tiếp tục chỉ đạo UBND các phường, xã kiểm tra công trình vi phạm.' | UBND các huyện, thị xã
            # a shared head's items end where a body of its own is named (duties-fresh)
            'Chủ tịch UBND tỉnh yêu cầu Công an tỉnh, các Sở: Tài nguyên và Môi trường, Y tế, Ban Quản lý các khu công nghiệp tỉnh, UBND các huyện, thành phố tập trung kiểm tra.' | Công an tỉnh;Sở Tài nguyên và Môi trường;Sở Y tế;Ban Quản lý các khu công nghiệp;UBND các huyện, thành phố
            # a city's districts by their names after a colon, or by their numbers (duties-fresh)
            'UBND thành phố yêu cầu UBND các quận: Hồng Bàng, Ngô Quyền, Lê Chân chỉ đạo các lực lượng chức năng tổ chức cưỡng chế.' | UBND quận Hồng Bàng;UBND quận Ngô Quyền;UBND quận Lê Chân
            'UBND Thành phố giao Sở Giao thông vận tải, UBND các Quận 1, Quận 5, Quận 10 và Công ty TNHH MTV Dịch vụ công ích Thanh niên xung phong khẩn trương triển khai thực hiện các nhiệm vụ.' | Sở Giao thông Vận tải;UBND quận 1;UBND quận 5;UBND quận 10
            # an office in lower case after "và", "của tỉnh" after a collective (duties-fresh)
            '1. Thủ trưởng các sở, ban, ngành, đơn vị liên quan và chủ tịch UBND các huyện, thị xã, thành phố phối hợp chặt chẽ với Sở Giáo dục và Đào tạo chuẩn bị tốt các điều kiện.' | Các Sở, Ban, Ngành;UBND huyện, thị xã, thành phố
            'Các sở, ban, ngành, đoàn thể của tỉnh, UBND các huyện, thành phố chủ động triển khai thực hiện nghiêm túc các nội dung.' | Các Sở, Ban, Ngành, đoàn thể;UBND các huyện, thành phố
            # a bracket's aside and its comma between the bodies asked and their task (duties-fresh)
            '1. Yêu cầu Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (từ Quảng Ngãi trở ra), tập trung chỉ đạo phòng, dập dịch.' | UBND các tỉnh, thành phố trực thuộc Trung ương
            """)
    void expandsEveryBodyNamed(String snippet, String bodies) {
        String text = TextNormalizer.normalize(snippet.replace("\\n", "\n")).text();
        assertThat(SeedFixtures.EXTRACTOR.extract(text).assignments()).extracting(Assignment::body)
                .containsExactly(bodies == null ? new String[0] : bodies.split(";"));
    }
}
