package vn.vbtrace.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.TestUsers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five pages in headless Chromium against the real server with the shipped corpus ingested:
 * what a user types, clicks and reads. Debian's chromium and chromium-driver are used as installed
 * (.ci/run installs them); Selenium is given both paths, so it never looks for or downloads a driver.
 */
class BrowserIT {

    static final Path CHROMEDRIVER = Path.of(System.getProperty("vbtrace.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("vbtrace.test.chromium", "/usr/bin/chromium"));
    static final Path DRAFT = Path.of("src/test/resources/drafts/du-thao-ke-hoach-2024.txt");

    @TempDir
    static Path dir;
    static ConfigurableApplicationContext server;
    static String base;
    static final Duration PATIENCE = Duration.ofSeconds(15);
    static ChromeDriver browser;
    /** Held so the level sticks: the pages need no DevTools protocol, so its version mismatch is noise. */
    static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @BeforeAll
    static void start() {
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("%s is missing: install Debian's chromium and chromium-driver (bash .ci/run does it as root)", CHROMEDRIVER).isTrue();
        assertThat(Files.isExecutable(CHROMIUM))
                .as("%s is missing: install Debian's chromium (bash .ci/run does it as root)", CHROMIUM).isTrue();
        // The driver given to the service (and as the system property): Selenium's DriverFinder then skips
        // Selenium Manager, which would otherwise look for, and download, a driver and browser.
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=vi");
        browser = new ChromeDriver(service, options);

        TestUsers.add(dir.resolve("data"), TestUsers.EDITOR);
        server = WebServer.start(dir.resolve("data"), 0, TestCorpus.ROOT);
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
        warmUp();
    }

    /**
     * The first search and document page after a start wait for cold caches (seconds on a busy machine), which is
     * not what these tests look at: they are asked once here, whichever test then comes first.
     */
    static void warmUp() {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/api/search?q=" + q("bo tri kinh phi"), "/api/documents/by-number?number=" + q("1852/QĐ-UBND"),
                "/api/chain?number=" + q("1322/QĐ-TTg"))) {
            try {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    // ---- search page ----

    @Test
    void searchWithoutDiacriticsFindsTheDecisionWithTheWordsMarked() {
        search("bo tri kinh phi");
        WebElement hit = hitTitled("1852/QĐ-UBND");
        List<String> marked = texts(hit.findElements(By.cssSelector(".snippet mark")));
        assertThat(marked).as("words marked in the snippet of the 1852 hit").contains("bố", "trí", "kinh", "phí");
        assertThat(hit.findElement(By.cssSelector("h3 a")).getDomAttribute("href"))
                .as("the hit opens the document at the matching clause").contains("/document.html?id=").contains("#at=");
    }

    @Test
    void facetChipNarrowsTheHitsAndShowsAsChosen() {
        search("bo tri kinh phi");
        int before = total();
        assertThat(before).as("hits for 'bo tri kinh phi' before filtering").isGreaterThan(1);
        chip("Quyết định").click();
        await("the summary to say one document after choosing 'Quyết định'", ExpectedConditions.textToBe(By.id("summary"), "1 văn bản"));
        List<WebElement> hits = browser.findElements(By.cssSelector("#results .hit"));
        assertThat(texts(hits.stream().map(h -> h.findElement(By.cssSelector("h3 a"))).toList()))
                .as("the one hit left").singleElement().asString().startsWith("1852/QĐ-UBND");
        assertThat(hits.get(0).findElement(By.cssSelector(".meta")).getText()).as("type of the hit left").startsWith("Quyết định");
        assertThat(chip("Quyết định").getDomAttribute("class")).as("the chosen chip").contains("chosen");
        assertThat(browser.getCurrentUrl()).as("the filter is kept in the address").contains("type=");
        // Clicking it again removes the filter.
        chip("Quyết định").click();
        await("all hits back after un-choosing 'Quyết định'", ExpectedConditions.textToBe(By.id("summary"), before + " văn bản"));
        assertThat(chip("Quyết định").getDomAttribute("class")).doesNotContain("chosen");
    }

    @Test
    void numberOfAMissingDocumentShowsItsStubWithTheCiters() {
        search("1322/QĐ-TTg");
        WebElement first = browser.findElement(By.cssSelector("#results .hit"));
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
        assertThat(browser.findElement(By.id("head")).getText()).contains("Quyết định 1852/QĐ-UBND");
        assertThat(badge.getText()).startsWith("Còn hiệu lực").contains("điều khoản hiệu lực");

        // Programs: the 2021–2030 national program, approved by 1322/QĐ-TTg, continues the one to 2020 of 712/QĐ-TTg.
        List<WebElement> row = programRow("#links", "Chương trình quốc gia hỗ trợ doanh nghiệp");
        assertThat(row.get(1).getText()).as("program period").isEqualTo("2021–2030");
        assertThat(row.get(2).getText()).as("program approved by").isEqualTo("1322/QĐ-TTg");
        assertThat(row.get(3).getText()).as("program continues").startsWith("kế thừa Chương trình Quốc gia").contains("đến năm 2020").endsWith("(đến 2020), 712/QĐ-TTg");

        // References in the text are marked; 1322/QĐ-TTg is not in the repository, so its marks are stubs.
        List<WebElement> refs = browser.findElements(By.cssSelector("#text .ref"));
        assertThat(refs).as("marked references").hasSizeGreaterThanOrEqualTo(6);
        WebElement basis = refs.stream().filter(r -> String.valueOf(r.getDomAttribute("title")).startsWith("Căn cứ: 1322/QĐ-TTg"))
                .findFirst().orElseThrow(() -> new AssertionError("no reference marked 'Căn cứ: 1322/QĐ-TTg'"));
        assertThat(basis.getText()).contains("1322/QĐ-TTg");
        assertThat(basis.getDomAttribute("class")).contains("stub");
        assertThat(basis.getDomAttribute("title")).endsWith("chưa có trong kho");

        // #at=<offset>: the clause marker sits right before the matched clause, scrolled into view.
        assertThat(browser.getCurrentUrl()).contains("#at=");
        assertThat(textAfterMarker()).as("text right after the #at marker").startsWith("c) Lập dự toán ngân sách hằng năm");
        assertThat(markerInView()).as("the #at marker is scrolled into the window").isTrue();
    }

    // ---- who is responsible ----

    @Test
    void responsibleAnswersSoTaiChinhOfBacKanWithTheDecision() {
        browser.get(base + "/responsible.html?q=" + q("bố trí kinh phí") + "&province=" + q("Bắc Kạn"));
        await("answers to 'bố trí kinh phí' in Bắc Kạn", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answers tr:nth-child(2)")));
        List<WebElement> cells = browser.findElements(By.cssSelector("#answers tr:nth-child(2) td"));
        assertThat(cells.get(0).findElement(By.tagName("strong")).getText()).as("first answer's body").isEqualTo("Sở Tài chính");
        assertThat(cells.get(0).findElement(By.className("meta")).getText()).as("first answer's province").isEqualTo("tỉnh Bắc Kạn");
        assertThat(cells.get(1).getText()).as("role").isEqualTo("tham mưu");
        assertThat(texts(cells.get(2).findElements(By.tagName("mark")))).as("task words marked").contains("bố", "trí", "kinh", "phí");
        WebElement link = cells.get(4).findElement(By.tagName("a"));
        assertThat(link.getText()).as("first answer's document").isEqualTo("1852/QĐ-UBND");
        link.click();
        await("the decision opened at the duty", ExpectedConditions.presenceOfElementLocated(By.id("at")));
        assertThat(browser.findElement(By.id("head")).getText()).contains("1852/QĐ-UBND");
        assertThat(textAfterMarker()).startsWith("Căn cứ khả năng ngân sách tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí");
    }

    // ---- chain ----

    @Test
    void obligationsOfBacKansSoCongThuongShowTheYearlyReportAndTheDownloads() {
        browser.get(base + "/obligations.html?body=" + q("Sở Công Thương tỉnh Bắc Kạn") + "&today=2026-11-21");
        await("obligations of Sở Công Thương tỉnh Bắc Kạn", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#obligations tr:nth-child(2)")));
        // Soonest first: the yearly report before 30/11, due 30/11/2026 as of 21/11/2026.
        List<WebElement> cells = browser.findElements(By.cssSelector("#obligations tr:nth-child(2) td"));
        assertThat(cells.get(0).getText()).as("body and province").contains("Sở Công Thương", "tỉnh Bắc Kạn");
        assertThat(cells.get(1).getText()).as("role").isEqualTo("báo cáo");
        assertThat(cells.get(3).getText()).as("deadline as staff write it").contains("hằng năm, ngày 30/11", "định kỳ");
        assertThat(cells.get(4).getText()).as("next due").isEqualTo("30/11/2026");
        assertThat(cells.get(5).getText()).as("document").isEqualTo("1852/QĐ-UBND");
        // Only Bắc Kạn's body: none of the rows is Hậu Giang's.
        assertThat(texts(browser.findElements(By.cssSelector("#obligations td:first-child")))).allSatisfy(
                body -> assertThat(body).contains("tỉnh Bắc Kạn"));
        assertThat(browser.findElement(By.id("exports")).findElements(By.tagName("a"))).extracting(a -> a.getAttribute("href"))
                .anySatisfy(href -> assertThat(href).contains("format=csv"))
                .anySatisfy(href -> assertThat(href).contains("format=ics"));
    }

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
        Path file = Files.writeString(dir.resolve("88-KH-UBND.txt"), BOOK_FAIR_PLAN);
        signIn(TestUsers.EDITOR);
        browser.get(base + "/");
        browser.findElement(By.cssSelector("#upload summary")).click();
        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#upload-form button")).click();
        WebElement result = await("the upload's result line", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload-result li a")));
        assertThat(browser.findElement(By.id("upload-result")).getText()).contains("88-KH-UBND.txt: đã thêm vào kho");
        result.click();
        await("the uploaded plan's page", ExpectedConditions.textToBePresentInElementLocated(By.id("head"), "88/KH-UBND"));
        assertThat(browser.findElement(By.cssSelector("#head .badge.validity")).getText()).startsWith("Chưa rõ hiệu lực");

        // A staff member records that it has expired, with the reason; the record bears their account's name.
        browser.findElement(By.cssSelector("#status-editor summary")).click();
        assertThat(browser.findElement(By.id("status-by")).getText()).isEqualTo("Ghi nhận với tên " + TestUsers.EDITOR.name());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status-value"))).selectByValue("EXPIRED");
        browser.findElement(By.id("status-note")).sendKeys("Hết hiệu lực theo Kế hoạch số 120/KH-UBND");
        browser.findElement(By.cssSelector("#status-form button")).click();
        await("the badge after the staff record", ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#head .badge.validity"), "Hết hiệu lực"));
        assertThat(browser.findElement(By.cssSelector("#head .badge.validity")).getText())
                .isEqualTo("Hết hiệu lực · cán bộ ghi nhận (" + TestUsers.EDITOR.name() + ")");

        // Without a reason the record is refused, and the page says why.
        browser.findElement(By.id("status-note")).clear();
        browser.findElement(By.cssSelector("#status-form button")).click();
        await("the refusal", ExpectedConditions.textToBePresentInElementLocated(By.id("status-result"), "cần ghi căn cứ ghi nhận"));
    }

    /** Issue 12: the Vietnamese login page signs a user in (the CSRF token goes with the form), the header names them. */
    @Test
    void theLoginPageSignsInAndTheHeaderNamesTheUser() {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?next=" + q("/chain.html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
        assertThat(browser.findElement(By.id("login-message")).getText()).isEqualTo("Cần đăng nhập để tiếp tục.");
        browser.findElement(By.id("username")).sendKeys(TestUsers.EDITOR.name());
        browser.findElement(By.id("password")).sendKeys("sai-mat-khau");
        browser.findElement(By.cssSelector("#login-form button")).click();
        await("the refusal of a wrong password", ExpectedConditions.textToBe(By.id("login-message"), "Sai tên đăng nhập hoặc mật khẩu."));
        browser.get(base + "/login?next=" + q("/chain.html"));
        browser.findElement(By.id("username")).sendKeys(TestUsers.EDITOR.name());
        browser.findElement(By.id("password")).sendKeys(TestUsers.EDITOR.password());
        browser.findElement(By.cssSelector("#login-form button")).click();
        await("the page the login was asked from", ExpectedConditions.urlContains("/chain.html"));
        WebElement account = await("the signed-in user in the header", ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header #account")));
        assertThat(account.getText()).startsWith(TestUsers.EDITOR.name() + " (biên tập)");
        browser.findElement(By.id("logout")).click();
        await("the login page after signing out", ExpectedConditions.textToBe(By.id("login-message"), "Đã đăng xuất."));
        browser.get(base + "/");
        await("the sign-in link", ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
    }

    /** Signs in through the login page, as a user would. */
    static void signIn(TestUsers.User user) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(user.name());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.cssSelector("#login-form button")).click();
        await(user.name() + " signed in", ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header #account"), user.name()));
    }

    @Test
    void chainOf1322DrawsItsCitersAndTheProgramLineage() {
        browser.get(base + "/chain.html?number=" + q("1322/QĐ-TTg"));
        await("the chain diagram of 1322/QĐ-TTg", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram svg.chain")));
        List<WebElement> nodes = browser.findElements(By.cssSelector("#diagram svg.chain a"));
        List<String> numbers = nodes.stream().map(n -> n.findElement(By.cssSelector("text.node-number")).getText()).toList();
        assertThat(numbers).as("numbers of the diagram's nodes").contains("1322/QĐ-TTg", "1852/QĐ-UBND", "4258/BKHCN-TĐC");
        WebElement root = nodes.get(numbers.indexOf("1322/QĐ-TTg")).findElement(By.tagName("rect"));
        assertThat(root.getDomAttribute("class")).as("the root (a stub) is drawn as the root and as a stub").contains("root").contains("stub");
        assertThat(browser.findElements(By.cssSelector("#diagram svg.chain rect.root"))).as("one root box").hasSize(1);
        assertThat(browser.findElement(By.id("summary")).getText()).contains("văn bản").contains("quan hệ");

        List<WebElement> row = programRow("#diagram", "Chương trình quốc gia hỗ trợ doanh nghiệp");
        assertThat(row.get(1).getText()).as("program period").isEqualTo("2021–2030");
        assertThat(row.get(2).getText()).as("program approved by").isEqualTo("1322/QĐ-TTg");
        assertThat(row.get(3).getText()).as("program lineage").startsWith("kế thừa Chương trình Quốc gia").endsWith("(đến 2020), 712/QĐ-TTg");

        List<String> edges = texts(browser.findElements(By.cssSelector("#edges tr"))).stream().skip(1).toList();
        assertThat(edges).as("relations listed under the diagram")
                .anyMatch(e -> e.startsWith("1852/QĐ-UBND") && e.contains("căn cứ") && e.contains("1322/QĐ-TTg"))
                .anyMatch(e -> e.startsWith("4258/BKHCN-TĐC") && e.contains("1322/QĐ-TTg"));
    }

    // ---- draft check ----

    @Test
    void checkOfThePastedDraftFlagsTheWrongDateTheMissingDecisionAndSuggestsTheLaw() throws Exception {
        browser.get(base + "/check.html");
        String draft = Files.readString(DRAFT, StandardCharsets.UTF_8);
        WebElement area = browser.findElement(By.id("draft"));
        area.sendKeys(draft);
        assertThat(area.getDomProperty("value")).as("the draft typed into the box").contains("2101/QĐ-UBND").contains("Sở Tài chính tham mưu");
        browser.findElement(By.cssSelector("#check-form button[type=submit]")).click();
        await("the check's summary", ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "trích dẫn"));
        // Issue 14: 1322/QĐ-TTg is in the shipped catalog (imported on first start) with the date the draft gives.
        assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo("4 trích dẫn: 2 đúng, 2 cần xem lại");
        List<WebElement> citations = browser.findElements(By.cssSelector("#citations .hit"));
        assertThat(citations).as("citations found in the draft").hasSize(4);

        WebElement c1852 = citation(citations, "1852/QĐ-UBND ngày 15/10/2020");
        assertThat(verdicts(c1852)).containsExactly("Sai ngày");
        assertThat(c1852.getDomAttribute("class")).contains("problem");
        assertThat(c1852.getText()).as("the 1852 citation").contains("Trong kho: 1852/QĐ-UBND").contains("2020-10-14");

        WebElement c1322 = citation(citations, "1322/QĐ-TTg ngày 31/8/2020");
        assertThat(verdicts(c1322)).containsExactly("Đúng");
        assertThat(c1322.getText()).as("the 1322 citation").contains("Danh mục văn bản: 1322/QĐ-TTg");
        WebElement mentions = c1322.findElements(By.cssSelector(".meta")).stream()
                .filter(m -> m.getText().startsWith("Các văn bản trong kho ghi:")).findFirst()
                .orElseThrow(() -> new AssertionError("no line of the dates the citers give 1322/QĐ-TTg"));
        assertThat(mentions.getText()).as("dates the citers give 1322/QĐ-TTg").contains("1852/QĐ-UBND — 2020-08-31").contains("4258/BKHCN-TĐC — 2020-08-30 khác");
        assertThat(texts(mentions.findElements(By.cssSelector(".verdict.DATE_MISMATCH"))))
                .as("only the disagreeing date (4258's) is marked").containsExactly("khác");

        assertThat(verdicts(citation(citations, "4258/BKHCN-TĐC ngày 17/11/2023"))).containsExactly("Đúng");
        assertThat(verdicts(citation(citations, "2101/QĐ-UBND ngày 01/4/2024")))
                .containsExactly("Không tìm thấy ở đâu", "Ban hành sau dự thảo");

        List<String> suggestions = texts(browser.findElements(By.cssSelector("#suggestions li")));
        assertThat(suggestions).as("bases the draft should consider")
                .anyMatch(s -> s.startsWith("Luật Tổ chức chính quyền địa phương") && s.contains("là căn cứ của 1 văn bản")
                        && s.contains("1852/QĐ-UBND"));
    }

    // ---- helpers ----

    /** Waits for what the user would wait for, naming it when it does not come. */
    static <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE).withMessage("waited " + PATIENCE.toSeconds() + " s for " + what).until(condition);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void search(String query) {
        browser.get(base + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(query);
        browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        await("hits for '" + query + "'", ExpectedConditions.textMatches(By.id("summary"), java.util.regex.Pattern.compile("^\\d+ văn bản$")));
        await("a hit for '" + query + "'", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
    }

    static int total() {
        return Integer.parseInt(browser.findElement(By.id("summary")).getText().replace(" văn bản", ""));
    }

    static WebElement hitTitled(String number) {
        return browser.findElements(By.cssSelector("#results .hit")).stream()
                .filter(h -> h.findElement(By.cssSelector("h3 a")).getText().startsWith(number + " — ")).findFirst()
                .orElseThrow(() -> new AssertionError("no hit titled " + number + " among: "
                        + texts(browser.findElements(By.cssSelector("#results .hit h3")))));
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

    static WebElement citation(List<WebElement> citations, String cited) {
        return citations.stream().filter(c -> c.findElement(By.className("snippet")).getText().contains(cited)).findFirst()
                .orElseThrow(() -> new AssertionError("no citation of '" + cited + "' among: " + texts(citations)));
    }

    static List<String> verdicts(WebElement citation) {
        return texts(citation.findElements(By.cssSelector(".verdicts .verdict")));
    }

    static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    /** The document text from the #at marker on, as the page shows it. */
    static String textAfterMarker() {
        await("the #at clause marker", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text #at.at-clause")));
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const r = document.createRange(); r.setStartAfter(document.getElementById('at'));"
                        + " r.setEndAfter(document.getElementById('text').lastChild); return r.toString().slice(0, 200);");
    }

    static boolean markerInView() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const b = document.getElementById('at').getBoundingClientRect(); return window.scrollY > 0 && b.top >= 0 && b.top < window.innerHeight;");
    }
}
