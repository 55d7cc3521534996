package vn.vbtrace.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.vbtrace.TestUsers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbtrace.web.Browser.await;
import static vn.vbtrace.web.Browser.driver;
import static vn.vbtrace.web.Browser.find;
import static vn.vbtrace.web.Browser.findAll;
import static vn.vbtrace.web.Browser.js;
import static vn.vbtrace.web.Browser.open;
import static vn.vbtrace.web.Browser.q;
import static vn.vbtrace.web.Browser.shot;
import static vn.vbtrace.web.Browser.signIn;
import static vn.vbtrace.web.Browser.texts;

/**
 * The pages in headless Chromium against the real server with the shipped corpus ingested: what a user types, clicks
 * and reads (the lược đồ has its own class, LuocDoBrowserIT). Each test leaves a 1400×1000 screenshot of what it
 * looked at under target/screenshots/.
 */
class BrowserIT {

    static final Path DRAFT = Path.of("src/test/resources/drafts/du-thao-ke-hoach-2024.txt");

    // ---- home and search ----

    @Test
    void theHomePageCountsTheRepositoryListsTheLatestAndBrowsesIt() {
        open("/");
        WebElement counts = await("the repository's counts", ExpectedConditions.visibilityOfElementLocated(By.id("counts")));
        shot("home");
        String held = (String) js("return fetch('/api/search?q=&limit=1').then(r => r.json()).then(b => String(b.total))");
        assertThat(texts(counts.findElements(By.cssSelector("div")))).first().asString().isEqualTo(held + "\nvăn bản trong kho");
        assertThat(counts.getText()).contains("văn bản được dẫn chiếu, chưa có trong kho", "nhiệm vụ được giao", "cơ quan", "chương trình, đề án");
        // Newest first; uploads of other tests may come before the corpus's latest, 4258/BKHCN-TĐC of 17/11/2023.
        List<String> latest = texts(findAll("#latest li"));
        assertThat(latest).anySatisfy(d -> assertThat(d).startsWith("4258/BKHCN-TĐC — V/v báo cáo kết quả thực hiện nhiệm vụ năm 2023")
                .endsWith("Công văn · Bộ Khoa học và Công nghệ · ngày 17/11/2023"));
        assertThat(latest.stream().map(d -> d.replaceAll("(?s).*ngày (\\d\\d)/(\\d\\d)/(\\d{4})$", "$3$2$1")).toList())
                .as("issue dates, newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(texts(findAll("#browse [data-facet='status'] .chip"))).anySatisfy(c -> assertThat(c).startsWith("Còn hiệu lực ("));
        List<String> years = texts(findAll("#browse [data-facet='year'] .chip"));
        assertThat(years).contains("2020 (2)").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // Browsing by issuer opens the search with that filter.
        findAll("#browse [data-facet='issuer'] .chip").stream().filter(c -> c.getText().equals("UBND tỉnh Hậu Giang (1)")).findFirst()
                .orElseThrow().click();
        await("the documents of UBND tỉnh Hậu Giang", ExpectedConditions.textToBe(By.id("summary"), "1 văn bản"));
        assertThat(find("#results .hit h3 a").getText()).as("a document without a number, named by its title")
                .startsWith("Thực hiện Dự án “Nâng cao năng suất và chất lượng sản phẩm");
        assertThat(find("#home").isDisplayed()).isFalse();
        assertThat(driver().getCurrentUrl()).contains("issuer=");
    }

    @Test
    void searchWithoutDiacriticsFindsTheDecisionWithTheWordsMarked() {
        search("bo tri kinh phi");
        shot("search");
        WebElement hit = hitTitled("1852/QĐ-UBND");
        List<String> marked = texts(hit.findElements(By.cssSelector(".snippet mark")));
        assertThat(marked).as("words marked in the snippet of the 1852 hit").contains("bố", "trí", "kinh", "phí");
        assertThat(hit.findElement(By.cssSelector("h3 a")).getDomAttribute("href"))
                .as("the hit opens the document at the matching clause").contains("/document.html?id=").contains("#at=");
        assertThat(hit.findElement(By.cssSelector(".meta")).getText()).isEqualTo("Quyết định · UBND tỉnh Bắc Kạn · ngày 14/10/2020");
        // The passage lies in Sở Công Thương's duty in Bắc Kạn: the hit says who holds it since Bắc Kạn became part of
        // Thái Nguyên, with the resolution on hover.
        assertThat(hit.findElements(By.cssSelector(".meta")).get(1).getText())
                .isEqualTo("Mục IV, khoản 2, điểm c — nhiệm vụ của Sở Công Thương tỉnh Bắc Kạn (thực hiện)");
        WebElement today = hit.findElement(By.cssSelector(".successor"));
        assertThat(today.getText()).isEqualTo("nay: Sở Công Thương tỉnh Thái Nguyên (từ 01/07/2025)");
        assertThat(today.getDomAttribute("title")).contains("Nghị quyết 202/2025/QH15");
    }

    @Test
    void facetChipNarrowsTheHitsAndShowsAsChosen() {
        search("bo tri kinh phi");
        int before = total();
        assertThat(before).as("hits for 'bo tri kinh phi' before filtering").isGreaterThan(1);
        chip("Quyết định").click();
        await("the summary to say one document after choosing 'Quyết định'", ExpectedConditions.textToBe(By.id("summary"), "1 văn bản"));
        List<WebElement> hits = findAll("#results .hit");
        assertThat(texts(hits.stream().map(h -> h.findElement(By.cssSelector("h3 a"))).toList()))
                .as("the one hit left").singleElement().asString().startsWith("1852/QĐ-UBND");
        assertThat(hits.get(0).findElement(By.cssSelector(".meta")).getText()).as("type of the hit left").startsWith("Quyết định");
        assertThat(chip("Quyết định").getDomAttribute("class")).as("the chosen chip").contains("chosen");
        assertThat(driver().getCurrentUrl()).as("the filter is kept in the address").contains("type=");
        // Clicking it again removes the filter.
        chip("Quyết định").click();
        await("all hits back after un-choosing 'Quyết định'", ExpectedConditions.textToBe(By.id("summary"), before + " văn bản"));
        assertThat(chip("Quyết định").getDomAttribute("class")).doesNotContain("chosen");
    }

    @Test
    void numberOfAMissingDocumentShowsItsStubWithTheCiters() {
        search("1322/QĐ-TTg");
        WebElement first = find("#results .hit");
        assertThat(first.findElement(By.cssSelector("h3 a")).getText()).as("first hit").startsWith("1322/QĐ-TTg");
        assertThat(first.getText()).contains("Chưa có trong kho; được dẫn chiếu bởi 2 văn bản");
        List<String> citers = texts(first.findElements(By.cssSelector(".meta a")));
        assertThat(citers).as("citers listed on the stub hit").containsExactlyInAnyOrder("1852/QĐ-UBND", "4258/BKHCN-TĐC");
        first.findElement(By.linkText("4258/BKHCN-TĐC")).click();
        await("the citer's page to open", ExpectedConditions.textToBePresentInElementLocated(By.id("head"), "4258/BKHCN-TĐC"));
    }

    // ---- document page ----

    @Test
    void documentPageShowsValidityProgramsReferencesAndTheClause() {
        search("bo tri kinh phi");
        hitTitled("1852/QĐ-UBND").findElement(By.cssSelector("h3 a")).click();
        WebElement badge = await("the validity badge of 1852/QĐ-UBND", ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#head .badge.validity")));
        assertThat(find("#head h1").getText()).isEqualTo("Quyết định 1852/QĐ-UBND");
        assertThat(find("#head").getText()).contains("UBND tỉnh Bắc Kạn · Bắc Kạn, ngày 14/10/2020");
        assertThat(badge.getText()).startsWith("Còn hiệu lực").contains("điều khoản hiệu lực");

        // #at=<offset>: the text tab, with the clause marker right before the matched clause, scrolled into view.
        assertThat(driver().getCurrentUrl()).contains("#at=");
        assertThat(textAfterMarker()).as("text right after the #at marker").startsWith("c) Lập dự toán ngân sách hằng năm");
        assertThat(markerInView()).as("the #at marker is scrolled into the window").isTrue();
        shot("document-text-at-clause");

        // References in the text are marked; 1322/QĐ-TTg is not in the repository, so its marks are stubs.
        List<WebElement> refs = findAll("#text .ref");
        assertThat(refs).as("marked references").hasSizeGreaterThanOrEqualTo(6);
        WebElement basis = refs.stream().filter(r -> String.valueOf(r.getDomAttribute("title")).startsWith("Căn cứ: 1322/QĐ-TTg"))
                .findFirst().orElseThrow(() -> new AssertionError("no reference marked 'Căn cứ: 1322/QĐ-TTg'"));
        assertThat(basis.getText()).contains("1322/QĐ-TTg");
        assertThat(basis.getDomAttribute("class")).contains("stub");
        assertThat(basis.getDomAttribute("title")).isEqualTo("Căn cứ: 1322/QĐ-TTg (ngày 31/08/2020) — chưa có trong kho");

        // Programs and related documents: the 2021–2030 national program, approved by 1322/QĐ-TTg, continues 712/QĐ-TTg's.
        tab("lien-quan");
        List<WebElement> row = programRow("#links", "Chương trình quốc gia hỗ trợ doanh nghiệp");
        assertThat(row.get(1).getText()).as("program period").isEqualTo("2021–2030");
        assertThat(row.get(2).getText()).as("program approved by").isEqualTo("1322/QĐ-TTg");
        assertThat(row.get(3).getText()).as("program continues").startsWith("kế thừa Chương trình Quốc gia").contains("đến năm 2020").endsWith("(đến 2020), 712/QĐ-TTg");
        assertThat(relatedRow("Căn cứ")).contains("Luật Tổ chức chính quyền địa phương ngày 19/06/2015 (chưa có trong kho)",
                "1322/QĐ-TTg ngày 31/08/2020 (chưa có trong kho)");
        assertThat(relatedRow("Theo đề nghị tại")).contains("54/TTr-SKHCN ngày 25/09/2020");
        shot("document-related");

        // Duties: one row per clause, every body of the clause with its role.
        tab("nhiem-vu");
        WebElement clause = findAll("#duties tbody tr").stream().filter(r -> r.getText().contains("dự toán ngân sách hằng năm và quản lý kinh phí"))
                .findFirst().orElseThrow();
        assertThat(clause.findElement(By.cssSelector("td.bodies")).getText()).contains("Các Sở, Ban, Ngành tỉnh Bắc Kạn thực hiện");
        // Each body as the decision wrote it, then who holds its duties today (Bắc Kạn is part of Thái Nguyên since 1/7/2025).
        WebElement funding = findAll("#duties tbody tr").stream().filter(r -> r.getText().contains("Căn cứ khả năng ngân sách tham mưu"))
                .findFirst().orElseThrow();
        assertThat(funding.findElement(By.cssSelector("td.bodies")).getText())
                .isEqualTo("Sở Tài chính tỉnh Bắc Kạn tham mưu\nnay: Sở Tài chính tỉnh Thái Nguyên (từ 01/07/2025)");
        shot("document-duties");

        tab("thuoc-tinh");
        assertThat(find("#props").getText()).contains("Ngày ban hành\n14/10/2020")
                .contains("Tệp gốc\n2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt").doesNotContain("corpus/");
        shot("document-properties");
    }

    @Test
    void eachOriginalDownloadsFromTheDocumentPageUnderItsName() throws Exception {
        open("/document.html?id=nb6d90094afa50bd2#tab=tai-ve");
        await("the original files", ExpectedConditions.numberOfElementsToBe(By.cssSelector("#originals a.original"), 3));
        shot("document-downloads");
        assertThat(texts(findAll("#originals tr")).stream().skip(1).toList()).containsExactlyInAnyOrder(
                "1852-QD-UBND_bac-kan-ke-hoach-1322.pdf PDF 69 KB",
                "1852-QD-UBND_portal-page.html HTML 31 KB",
                "2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt TXT 16 KB");
        Path pdf = Browser.downloads().resolve("1852-QD-UBND_bac-kan-ke-hoach-1322.pdf");
        Files.deleteIfExists(pdf);
        findAll("#originals a.original").stream().filter(a -> a.getText().endsWith(".pdf")).findFirst().orElseThrow().click();
        await("the PDF download", d -> Files.exists(pdf) && sameBytes(pdf, Path.of("corpus/renditions/1852-QD-UBND_bac-kan-ke-hoach-1322.pdf")));
    }

    // ---- who is responsible, obligations, bodies ----

    @Test
    void responsibleAnswersSoTaiChinhOfBacKanWithTheDecisionOneRowPerClause() {
        open("/responsible.html?q=" + q("bố trí kinh phí") + "&province=" + q("Bắc Kạn"));
        await("answers to 'bố trí kinh phí' in Bắc Kạn", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answers tbody tr")));
        shot("responsible");
        List<WebElement> rows = findAll("#answers tbody tr");
        List<WebElement> cells = rows.getFirst().findElements(By.tagName("td"));
        // Bắc Kạn became part of Thái Nguyên on 1/7/2025: the body as written, then the one holding the duty today.
        assertThat(cells.get(0).getText()).as("first clause's bodies, roles and today's holder")
                .isEqualTo("Sở Tài chính tỉnh Bắc Kạn tham mưu\nnay: Sở Tài chính tỉnh Thái Nguyên (từ 01/07/2025)");
        assertThat(cells.get(0).findElement(By.className("successor")).getDomAttribute("title")).as("the basis, on hover")
                .isEqualTo("theo Nghị quyết 202/2025/QH15 (từ 01/07/2025)");
        assertThat(texts(cells.get(1).findElements(By.tagName("mark")))).as("task words marked").contains("bố", "trí", "kinh", "phí");
        assertThat(cells.get(1).findElements(By.className("quote"))).as("the task is shown once, not again as a quote").isEmpty();
        // The clause naming six Sở is one row, not six.
        List<WebElement> sixBodies = rows.stream().filter(r -> r.getText().contains("Lập dự toán ngân sách hằng năm thực hiện các nhiệm vụ giải pháp")).toList();
        assertThat(sixBodies).hasSize(1);
        assertThat(texts(sixBodies.getFirst().findElements(By.cssSelector(".body-role a.body"))))
                .containsExactlyInAnyOrder("Sở Công Thương", "Sở Giao thông Vận tải", "Sở Nông nghiệp và Phát triển nông thôn",
                        "Sở Thông tin và Truyền thông", "Sở Xây dựng", "Sở Y tế");
        // Two Sở merged into others on 1/3/2025 before the province did (Nghị định 45/2025/NĐ-CP).
        assertThat(texts(sixBodies.getFirst().findElements(By.cssSelector(".body-role .successor a"))))
                .containsExactlyInAnyOrder("Sở Công Thương tỉnh Thái Nguyên", "Sở Xây dựng tỉnh Thái Nguyên",
                        "Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên", "Sở Khoa học và Công nghệ tỉnh Thái Nguyên",
                        "Sở Xây dựng tỉnh Thái Nguyên", "Sở Y tế tỉnh Thái Nguyên");
        WebElement transport = sixBodies.getFirst().findElements(By.className("body-role")).stream()
                .filter(b -> b.getText().startsWith("Sở Giao thông Vận tải")).findFirst().orElseThrow();
        assertThat(transport.getText()).isEqualTo("Sở Giao thông Vận tải tỉnh Bắc Kạn thực hiện\nnay: Sở Xây dựng tỉnh Thái Nguyên (từ 01/07/2025)");
        assertThat(transport.findElement(By.className("successor")).getDomAttribute("title"))
                .isEqualTo("theo Nghị định 45/2025/NĐ-CP (từ 01/03/2025); Nghị quyết 202/2025/QH15 (từ 01/07/2025)");
        // Today's holder leads to the duties it holds now, its predecessors' among them.
        cells.get(0).findElement(By.cssSelector(".successor a")).click();
        await("the duties Sở Tài chính tỉnh Thái Nguyên holds", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#obligations tr:nth-child(2)")));
        assertThat(find("#obligations").getText()).contains("Căn cứ khả năng ngân sách tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí");
        driver().navigate().back();
        await("the answers again", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answers tbody tr")));
        rows = findAll("#answers tbody tr");
        cells = rows.getFirst().findElements(By.tagName("td"));
        WebElement link = cells.get(3).findElement(By.tagName("a"));
        assertThat(link.getText()).as("first answer's document").isEqualTo("1852/QĐ-UBND");
        link.click();
        await("the decision opened at the duty", ExpectedConditions.presenceOfElementLocated(By.id("at")));
        assertThat(find("#head").getText()).contains("1852/QĐ-UBND");
        assertThat(textAfterMarker()).startsWith("Căn cứ khả năng ngân sách tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí");
    }

    @Test
    void obligationsOfBacKansSoCongThuongShowTheYearlyReportAndTheDownloads() {
        open("/obligations.html?body=" + q("Sở Công Thương tỉnh Bắc Kạn") + "&today=2026-11-21");
        await("obligations of Sở Công Thương tỉnh Bắc Kạn", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#obligations tr:nth-child(2)")));
        shot("obligations");
        assertThat(find("#summary").getText()).endsWith("(tính đến ngày 21/11/2026)");
        // Soonest first: the yearly report before 30/11, due 30/11/2026 as of 21/11/2026.
        List<WebElement> cells = findAll("#obligations tr:nth-child(2) td");
        assertThat(cells.get(0).getText()).as("body, province and today's holder")
                .isEqualTo("Sở Công Thương\ntỉnh Bắc Kạn\nnay: Sở Công Thương tỉnh Thái Nguyên (từ 01/07/2025)");
        assertThat(cells.get(1).getText()).as("role").isEqualTo("báo cáo");
        assertThat(cells.get(3).getText()).as("deadline as staff write it").contains("hằng năm, ngày 30/11", "định kỳ");
        assertThat(cells.get(4).getText()).as("next due").isEqualTo("30/11/2026");
        assertThat(cells.get(5).getText()).as("document").isEqualTo("1852/QĐ-UBND");
        // Only Bắc Kạn's body: none of the rows is Hậu Giang's.
        assertThat(texts(findAll("#obligations td:first-child"))).allSatisfy(body -> assertThat(body).contains("tỉnh Bắc Kạn"));
        assertThat(find("#exports").findElements(By.tagName("a"))).extracting(a -> a.getAttribute("href"))
                .anySatisfy(href -> assertThat(href).contains("format=csv"))
                .anySatisfy(href -> assertThat(href).contains("format=ics"));
    }

    /** A body's duties a page at a time: the counts are of them all, "Xem thêm" adds the next page below. */
    @Test
    void obligationsComeAPageAtATimeUnderTheCountOfThemAll() {
        open("/obligations.html?body=" + q("Sở Tài chính") + "&today=2026-11-21&limit=2");
        await("the first page", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#obligations .more button")));
        String total = find("#summary").getText().replaceAll(" nhiệm vụ.*", "");
        assertThat(Integer.parseInt(total)).as("every duty of Sở Tài chính and of Sở Kế hoạch và Đầu tư merged into it").isGreaterThan(4);
        assertThat(findAll("#obligations tr")).as("header and a page of two").hasSize(3);
        assertThat(find("#obligations .more button").getText()).isEqualTo("Xem thêm (đã hiện 2/" + total + ")");
        find("#obligations .more button").click();
        await("the second page", d -> d.findElements(By.cssSelector("#obligations tr")).size() == 5 ? true : null);
        assertThat(find("#obligations .more button").getText()).isEqualTo("Xem thêm (đã hiện 4/" + total + ")");
        assertThat(texts(findAll("#obligations tr"))).as("no duty twice").doesNotHaveDuplicates();
        assertThat(find("#exports").getText()).contains("Tải về đủ " + total + " nhiệm vụ");
    }

    @Test
    void aYearOnlyDeadlineIsFlaggedOverdueAfterTheYear() {
        open("/obligations.html?body=" + q("Sở Khoa học và Công nghệ tỉnh Bắc Kạn") + "&today=2026-01-05");
        WebElement row = await("the 'sơ kết vào năm 2025' duty", d -> d.findElements(By.cssSelector("#obligations tr")).stream()
                .filter(r -> r.getText().contains("Tổ chức sơ kết Chương trình vào năm 2025")).findFirst().orElse(null));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(3).getText()).isEqualTo("năm 2025");
        assertThat(cells.get(4).getText()).isEqualTo("31/12/2025 quá hạn");
        assertThat(row.getDomAttribute("class")).contains("overdue");
    }

    @Test
    void aBodysPageShowsItsDutiesItsParentAndTheDocumentsAddressedToIt() {
        open("/body.html?name=" + q("Bộ Y tế"));
        await("the page of Bộ Y tế", ExpectedConditions.presenceOfElementLocated(By.id("body-place")));
        shot("body");
        assertThat(find("#profile h1").getText()).isEqualTo("Bộ Y tế");
        assertThat(texts(findAll("#addressed tr")).stream().skip(1).toList()).anySatisfy(r -> assertThat(r)
                .startsWith("4258/BKHCN-TĐC — V/v báo cáo kết quả thực hiện nhiệm vụ năm 2023").contains("kính gửi").endsWith("17/11/2023"));
        assertThat(find("#profile table.clauses").getText()).contains("4258/BKHCN-TĐC");

        // A body placed under another links to it; a name in several provinces is a choice.
        open("/body.html?name=" + q("Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Bắc Kạn"));
        WebElement place = await("the Chi cục's place", ExpectedConditions.presenceOfElementLocated(By.id("body-place")));
        assertThat(place.getText()).contains("Trực thuộc\nSở Khoa học và Công nghệ tỉnh Bắc Kạn");
        open("/body.html?name=" + q("so tai chinh"));
        await("the choice of provinces", ExpectedConditions.presenceOfElementLocated(By.cssSelector(".choices")));
        assertThat(texts(findAll(".choices a"))).containsExactly("Sở Tài chính tỉnh Bắc Kạn", "Sở Tài chính tỉnh Hậu Giang");
        find(".choices a").click();
        await("Sở Tài chính tỉnh Bắc Kạn's page", ExpectedConditions.textToBePresentInElementLocated(By.id("profile"), "tham mưu"));
        assertThat(find("#profile table.clauses").getText()).contains("bố trí kinh phí");
        // Who holds its duties today (issue 14's successions), with the resolution that made it.
        assertThat(find("#body-place").getText()).contains("Cơ quan kế thừa\nSở Tài chính tỉnh Thái Nguyên")
                .contains("Sở Tài chính tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo")
                .contains("Tiếp nhận nhiệm vụ của\nSở Kế hoạch và Đầu tư tỉnh Bắc Kạn");
        // The body of today, which no document names yet, has a page too: what it took over.
        find("#body-place").findElement(By.linkText("Sở Tài chính tỉnh Thái Nguyên")).click();
        await("the page of Sở Tài chính tỉnh Thái Nguyên", ExpectedConditions.textToBePresentInElementLocated(By.id("profile"), "Tiếp nhận"));
        assertThat(find("#profile h1").getText()).isEqualTo("Sở Tài chính tỉnh Thái Nguyên");
        shot("body-of-today");
        assertThat(texts(find("#body-place").findElements(By.cssSelector("dd > a"))))
                .containsExactlyInAnyOrder("Sở Tài chính tỉnh Bắc Kạn", "Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn");
        find("#body-place").findElement(By.linkText("các nhiệm vụ đang giữ")).click();
        await("the duties it holds", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#obligations tr:nth-child(2)")));
        assertThat(find("#obligations").getText()).contains("Tham mưu phân bổ, bố trí vốn đầu tư nguồn ngân sách Nhà nước");
    }

    // ---- pages useful when opened ----

    @Test
    void emptyPagesOfferExamplesThatAnswer() {
        open("/responsible.html");
        WebElement examples = await("examples of questions", ExpectedConditions.visibilityOfElementLocated(By.id("examples")));
        shot("responsible-empty");
        assertThat(texts(examples.findElements(By.tagName("a")))).contains("ai tham mưu bố trí kinh phí");
        examples.findElement(By.linkText("ai tham mưu bố trí kinh phí")).click();
        await("answers to the example", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answers tbody tr")));
        assertThat(find("#answers").getText()).contains("Sở Tài chính");

        open("/chain.html");
        WebElement numbers = await("example numbers", ExpectedConditions.visibilityOfElementLocated(By.id("examples")));
        shot("chain-empty");
        List<String> offered = texts(numbers.findElements(By.tagName("a")));
        assertThat(offered).contains("4258/BKHCN-TĐC", "1852/QĐ-UBND");
        // The last example is the first number typed the short way staff type it ("4258 bkhcn tdc").
        String shortForm = offered.getLast();
        assertThat(shortForm).matches("\\d+( [a-z]+)+");
        numbers.findElement(By.linkText(shortForm)).click();
        await("the short form's lược đồ", ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Lược đồ của " + offered.getFirst() + ":"));

        open("/obligations.html");
        assertThat(await("example bodies", ExpectedConditions.visibilityOfElementLocated(By.id("examples"))).getText()).contains("Sở Công Thương tỉnh Bắc Kạn");
        open("/body.html");
        assertThat(await("example bodies", ExpectedConditions.visibilityOfElementLocated(By.id("examples"))).getText()).contains("Sở Tài chính tỉnh Bắc Kạn");
    }

    @Test
    void aLoadingIndicatorShowsWhileTheServerIsSlow() {
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(Duration.ofMillis(2500));
        driver().setNetworkConditions(slow);
        try {
            open("/responsible.html?q=" + q("bố trí kinh phí"));
            WebElement busy = await("the loading indicator", ExpectedConditions.visibilityOfElementLocated(By.id("busy")));
            assertThat(busy.getText()).isEqualTo("Đang tải…");
            shot("loading");
            await("the answers", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answers tbody tr")));
            await("the indicator gone", ExpectedConditions.invisibilityOfElementLocated(By.id("busy")));
        } finally {
            driver().deleteNetworkConditions();
        }
    }

    @Test
    void everyPageHasAFavicon() {
        for (String page : List.of("/", "/document.html", "/responsible.html", "/obligations.html", "/chain.html", "/check.html", "/body.html")) {
            open(page);
            assertThat(js("return document.querySelector('link[rel=icon]').getAttribute('href')")).as(page).isEqualTo("/favicon.svg");
        }
        assertThat(js("return Promise.all(['/favicon.svg', '/favicon.ico'].map(u => fetch(u).then(r => r.status + ' ' + r.headers.get('content-type'))))"))
                .asString().contains("200 image/svg+xml").containsPattern("200 image/(x-icon|vnd.microsoft.icon)");
    }

    // ---- Vietnamese throughout ----

    /** Codes, English and ISO dates that must not reach a reader; internal ids ("nb6d9009…") neither. */
    static final Pattern NOT_FOR_READERS = Pattern.compile("\\b(IN_FORCE|NOT_YET_IN_FORCE|EXPIRED|PARTLY_EXPIRED|REPLACED|UNKNOWN|BASED_ON"
            + "|IMPLEMENTS|PROPOSED_BY|CITES|LEAD|SUPPORT|ADVISE|STANDING|REPORT|EXECUTE|NOT_FOUND|DATE_MISMATCH|Bad Request|Not Found"
            + "|not in the repository|undefined|null|NaN|Văn bản không số)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b[nc][0-9a-f]{16}\\b");

    @Test
    void pagesSpeakVietnameseWithDatesAsDdMmYyyyAndDocumentsByNumberAndTitle() {
        assertReadable("/", "#latest");
        assertReadable("/?q=" + q("1322"), "#results .hit");
        for (String tab : List.of("toan-van", "thuoc-tinh", "lien-quan", "nhiem-vu", "tai-ve")) {
            assertReadable("/document.html?id=nb6d90094afa50bd2#tab=" + tab, "#panel-" + tab + " table, #panel-" + tab + " .doc-text, #panel-" + tab + " dl");
        }
        assertReadable("/document.html?number=" + q("1322/QĐ-TTg") + "#tab=lien-quan", "#links table");
        assertReadable("/responsible.html?q=" + q("báo cáo kết quả"), "#answers tbody tr");
        assertReadable("/obligations.html?body=" + q("Sở Tài chính") + "&today=2026-11-21", "#obligations tr");
        assertReadable("/chain.html?number=" + q("712/QĐ-TTg") + "&depth=5", "#edges tr");
        assertReadable("/body.html?name=" + q("Bộ Y tế"), "#addressed tr");
        // Unknown things are said in Vietnamese too.
        open("/document.html?id=nope");
        assertThat(await("the error", ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#head .error"))).getText())
                .isEqualTo("Không có văn bản mã nope trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó");
        open("/body.html?name=" + q("Sở Không Có"));
        assertThat(await("the error", ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#profile .error"))).getText())
                .startsWith("Không có cơ quan nào tên");
        // Numbers as officials write them: a dot between thousands.
        assertThat(js("return [count(1234567), count(150), date('2020-10-14')].join(' ')")).isEqualTo("1.234.567 150 14/10/2020");
    }

    static void assertReadable(String page, String awaited) {
        open(page);
        await(awaited + " on " + page, ExpectedConditions.presenceOfElementLocated(By.cssSelector(awaited)));
        await("the page settled", d -> !"true".equals(js("return document.body.getAttribute('aria-busy')")));
        String text = find("body").getText();
        assertThat(NOT_FOR_READERS.matcher(text).results().map(m -> m.group()).toList()).as("codes, English or ISO dates on %s", page).isEmpty();
    }

    // ---- writes ----

    /** A document about nothing the other checks search for, so uploading it changes none of their answers. */
    static final String BOOK_FAIR_PLAN = """
            ỦY BAN NHÂN DÂN
            TỈNH BẮC KẠN
            Số: 88/KH-UBND
            Bắc Kạn, ngày 02 tháng 3 năm 2025
            KẾ HOẠCH
            Tổ chức Ngày hội đọc sách tỉnh Bắc Kạn năm 2025
            Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Ngày hội đọc sách.
            """;

    @Test
    void anUploadedPlanCanBeOpenedAndStaffRecordItsStatus() throws Exception {
        Path file = Files.writeString(Browser.work().resolve("88-KH-UBND.txt"), BOOK_FAIR_PLAN);
        signIn(TestUsers.EDITOR);
        open("/");
        find("#upload summary").click();
        find("#upload-file").sendKeys(file.toString());
        find("#upload-form button").click();
        WebElement result = await("the upload's result line", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload-result li a")));
        assertThat(find("#upload-result").getText()).contains("88-KH-UBND.txt: đã thêm vào kho");
        result.click();
        await("the uploaded plan's page", ExpectedConditions.textToBePresentInElementLocated(By.id("head"), "88/KH-UBND"));
        assertThat(find("#head .badge.validity").getText()).startsWith("Chưa rõ hiệu lực");

        // A staff member records that it has expired, with the reason; the record bears their account's name.
        tab("thuoc-tinh");
        find("#status-editor summary").click();
        assertThat(find("#status-by").getText()).isEqualTo("Ghi nhận với tên " + TestUsers.EDITOR.name());
        new Select(find("#status-value")).selectByValue("EXPIRED");
        find("#status-note").sendKeys("Hết hiệu lực theo Kế hoạch số 120/KH-UBND");
        find("#status-form button").click();
        await("the badge after the staff record", ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#head .badge.validity"), "Hết hiệu lực"));
        assertThat(find("#head .badge.validity").getText()).isEqualTo("Hết hiệu lực · cán bộ ghi nhận (" + TestUsers.EDITOR.name() + ")");
        shot("document-status-recorded");

        // Without a reason the record is refused, and the page says why.
        find("#status-note").clear();
        find("#status-form button").click();
        await("the refusal", ExpectedConditions.textToBePresentInElementLocated(By.id("status-result"), "Cần ghi căn cứ ghi nhận"));
    }

    /** Issue 12: the Vietnamese login page signs a user in (the CSRF token goes with the form), the header names them. */
    @Test
    void theLoginPageSignsInAndTheHeaderNamesTheUser() {
        driver().manage().deleteAllCookies();
        open("/login?next=" + q("/chain.html"));
        assertThat(find("h1").getText()).isEqualTo("Đăng nhập");
        assertThat(find("#login-message").getText()).isEqualTo("Cần đăng nhập để tiếp tục.");
        find("#username").sendKeys(TestUsers.EDITOR.name());
        find("#password").sendKeys("sai-mat-khau");
        find("#login-form button").click();
        await("the refusal of a wrong password", ExpectedConditions.textToBe(By.id("login-message"), "Sai tên đăng nhập hoặc mật khẩu."));
        open("/login?next=" + q("/chain.html"));
        find("#username").sendKeys(TestUsers.EDITOR.name());
        find("#password").sendKeys(TestUsers.EDITOR.password());
        find("#login-form button").click();
        await("the page the login was asked from", ExpectedConditions.urlContains("/chain.html"));
        WebElement account = await("the signed-in user in the header", ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header #account")));
        assertThat(account.getText()).startsWith(TestUsers.EDITOR.name() + " (biên tập)");
        find("#logout").click();
        await("the login page after signing out", ExpectedConditions.textToBe(By.id("login-message"), "Đã đăng xuất."));
        open("/");
        await("the sign-in link", ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
    }

    // ---- chain and check ----

    @Test
    void chainOf1322DrawsItsCitersAndTheProgramLineage() {
        open("/chain.html?number=" + q("1322/QĐ-TTg"));
        await("the lược đồ of 1322/QĐ-TTg", d -> js("return window.vbtraceDiagram && window.vbtraceDiagram.cy.nodes('.doc').length") != null
                && ((Number) js("return window.vbtraceDiagram ? window.vbtraceDiagram.cy.nodes('.doc').length : 0")).intValue() > 0);
        shot("chain-1322");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) js("return window.vbtraceDiagram.cy.nodes('.doc').map(n => n.data('label').split('\\n')[0])");
        assertThat(labels).as("the diagram's documents").contains("1322/QĐ-TTg · 31/08/2020", "1852/QĐ-UBND · 14/10/2020", "4258/BKHCN-TĐC · 17/11/2023");
        assertThat(js("const n = window.vbtraceDiagram.cy.nodes('.doc.root'); return n.length + ' ' + n.hasClass('stub') + ' ' + n.data('label').split('\\n')[0]"))
                .as("the root, a stub, drawn as the root and as a stub").isEqualTo("1 true 1322/QĐ-TTg · 31/08/2020");
        assertThat(find("#summary").getText()).contains("văn bản").contains("quan hệ");

        List<WebElement> row = programRow("#programs", "Chương trình quốc gia hỗ trợ doanh nghiệp");
        assertThat(row.get(1).getText()).as("program period").isEqualTo("2021–2030");
        assertThat(row.get(2).getText()).as("program approved by").isEqualTo("1322/QĐ-TTg");
        assertThat(row.get(3).getText()).as("program lineage").startsWith("kế thừa Chương trình Quốc gia").endsWith("(đến 2020), 712/QĐ-TTg");

        List<String> edges = texts(findAll("#edges tr")).stream().skip(1).toList();
        assertThat(edges).as("relations listed under the diagram")
                .anyMatch(e -> e.startsWith("1852/QĐ-UBND") && e.contains("căn cứ") && e.contains("1322/QĐ-TTg"))
                .anyMatch(e -> e.startsWith("4258/BKHCN-TĐC") && e.contains("1322/QĐ-TTg"));
    }

    @Test
    void checkOfThePastedDraftFlagsTheWrongDateTheMissingDecisionAndSuggestsTheLaw() throws Exception {
        open("/check.html");
        String draft = Files.readString(DRAFT, StandardCharsets.UTF_8);
        WebElement area = find("#draft");
        area.sendKeys(draft);
        assertThat(area.getDomProperty("value")).as("the draft typed into the box").contains("2101/QĐ-UBND").contains("Sở Tài chính tham mưu");
        find("#check-form button[type=submit]").click();
        await("the check's summary", ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "trích dẫn"));
        shot("check");
        // Issue 14: 1322/QĐ-TTg is in the shipped catalog (imported on first start) with the date the draft gives.
        assertThat(find("#summary").getText()).isEqualTo("4 trích dẫn: 2 đúng, 2 cần xem lại");
        List<WebElement> citations = findAll("#citations .hit");
        assertThat(citations).as("citations found in the draft").hasSize(4);

        WebElement c1852 = citation(citations, "1852/QĐ-UBND ngày 15/10/2020");
        assertThat(verdicts(c1852)).containsExactly("Sai ngày");
        assertThat(c1852.getDomAttribute("class")).contains("problem");
        assertThat(c1852.getText()).as("the 1852 citation").contains("Trong kho: 1852/QĐ-UBND").contains("ngày 14/10/2020").contains("Còn hiệu lực");

        WebElement c1322 = citation(citations, "1322/QĐ-TTg ngày 31/8/2020");
        assertThat(verdicts(c1322)).containsExactly("Đúng");
        assertThat(c1322.getText()).as("the 1322 citation").contains("Danh mục văn bản: 1322/QĐ-TTg");
        WebElement mentions = c1322.findElements(By.cssSelector(".meta")).stream()
                .filter(m -> m.getText().startsWith("Các văn bản trong kho ghi:")).findFirst()
                .orElseThrow(() -> new AssertionError("no line of the dates the citers give 1322/QĐ-TTg"));
        assertThat(mentions.getText()).as("dates the citers give 1322/QĐ-TTg").contains("1852/QĐ-UBND — 31/08/2020").contains("4258/BKHCN-TĐC — 30/08/2020 khác");
        assertThat(texts(mentions.findElements(By.cssSelector(".verdict.DATE_MISMATCH"))))
                .as("only the disagreeing date (4258's) is marked").containsExactly("khác");

        assertThat(verdicts(citation(citations, "4258/BKHCN-TĐC ngày 17/11/2023"))).containsExactly("Đúng");
        assertThat(verdicts(citation(citations, "2101/QĐ-UBND ngày 01/4/2024")))
                .containsExactly("Không tìm thấy ở đâu", "Ban hành sau dự thảo");

        List<String> suggestions = texts(findAll("#suggestions li"));
        assertThat(suggestions).as("bases the draft should consider")
                .anyMatch(s -> s.startsWith("Luật Tổ chức chính quyền địa phương") && s.contains("là căn cứ của 1 văn bản")
                        && s.contains("1852/QĐ-UBND"));
    }

    // ---- the API's own page ----

    @Test
    void swaggerUiShowsTheApiFromTheJarWithNothingFetchedFromElsewhere() {
        open("/swagger-ui");
        await("the API's title", ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"), "vbtrace API"));
        await("the operations", ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui"), "Tìm kiếm toàn văn"));
        shot("swagger-ui");
        assertThat(find(".swagger-ui").getText()).contains("Căn cứ và văn bản liên quan (lược đồ)", "Ai chịu trách nhiệm");
        @SuppressWarnings("unchecked")
        List<String> hosts = (List<String>) js("return [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).host))]");
        assertThat(hosts).as("hosts the page loaded anything from").containsOnly(Browser.base().substring("http://".length()));
    }

    // ---- helpers ----

    static void search(String query) {
        open("/");
        WebElement box = find("#q");
        box.clear();
        box.sendKeys(query);
        find("#search-form button[type=submit]").click();
        await("hits for '" + query + "'", ExpectedConditions.textMatches(By.id("summary"), Pattern.compile("^[\\d.]+ văn bản$")));
        await("a hit for '" + query + "'", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
    }

    static void tab(String name) {
        find("[data-tab='" + name + "']").click();
        await("the tab " + name, ExpectedConditions.visibilityOfElementLocated(By.id("panel-" + name)));
    }

    static int total() {
        return Integer.parseInt(find("#summary").getText().replace(" văn bản", "").replace(".", ""));
    }

    static WebElement hitTitled(String number) {
        return findAll("#results .hit").stream()
                .filter(h -> h.findElement(By.cssSelector("h3 a")).getText().startsWith(number + " — ")).findFirst()
                .orElseThrow(() -> new AssertionError("no hit titled " + number + " among: " + texts(findAll("#results .hit h3"))));
    }

    static WebElement chip(String value) {
        return await("a facet chip '" + value + " (n)'", d -> d.findElements(By.cssSelector("#filters .chip")).stream()
                .filter(c -> c.getText().startsWith(value + " (")).findFirst().orElse(null));
    }

    static List<WebElement> programRow(String container, String name) {
        WebElement row = await("a programs row naming '" + name + "'", d -> d.findElements(By.cssSelector(container + " table.list tr")).stream()
                .filter(r -> r.getText().startsWith(name)).findFirst().orElse(null));
        return row.findElements(By.tagName("td"));
    }

    static String relatedRow(String relation) {
        return findAll("#links table.related tr").stream().filter(r -> r.findElement(By.tagName("th")).getText().startsWith(relation + " ("))
                .findFirst().orElseThrow(() -> new AssertionError("no related row " + relation)).findElement(By.tagName("td")).getText();
    }

    static WebElement citation(List<WebElement> citations, String cited) {
        return citations.stream().filter(c -> c.findElement(By.className("snippet")).getText().contains(cited)).findFirst()
                .orElseThrow(() -> new AssertionError("no citation of '" + cited + "' among: " + texts(citations)));
    }

    static List<String> verdicts(WebElement citation) {
        return texts(citation.findElements(By.cssSelector(".verdicts .verdict")));
    }

    static boolean sameBytes(Path a, Path b) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The document text from the #at marker on, as the page shows it. */
    static String textAfterMarker() {
        await("the #at clause marker", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text #at.at-clause")));
        return (String) js("const r = document.createRange(); r.setStartAfter(document.getElementById('at'));"
                + " r.setEndAfter(document.getElementById('text').lastChild); return r.toString().slice(0, 200);");
    }

    static boolean markerInView() {
        return (Boolean) js("const b = document.getElementById('at').getBoundingClientRect(); return window.scrollY > 0 && b.top >= 0 && b.top < window.innerHeight;");
    }
}
