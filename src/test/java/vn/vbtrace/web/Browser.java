package vn.vbtrace.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.TestUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium driving the real server (the shipped corpus ingested), shared by the browser test classes
 * of a run: starting Neo4j, ingesting and starting the browser take most of a minute. The window is 1400×1000, the size
 * of the screenshots each test writes under target/screenshots/ for review; downloads land in a folder of their own.
 * Selenium is given Debian's chromedriver and chromium, so it never looks for, or downloads, a driver or a browser.
 */
final class Browser {

    static final Path CHROMEDRIVER = Path.of(System.getProperty("vbtrace.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("vbtrace.test.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Generous: the build machine may be busy with other builds. */
    static final Duration PATIENCE = Duration.ofSeconds(45);
    /** Held so the level sticks: the pages need no DevTools protocol, so its version mismatch is noise. */
    static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static ChromeDriver driver;
    private static ConfigurableApplicationContext server;
    private static String base;
    private static Path work;

    private Browser() {
    }

    /** Starts the server and the browser once; both end with the test JVM (Spring's shutdown hook, and ours for the driver). */
    static synchronized ChromeDriver driver() {
        if (driver == null) {
            assertThat(Files.isExecutable(CHROMEDRIVER))
                    .as("%s is missing: install Debian's chromium and chromium-driver (bash .ci/run does it as root)", CHROMEDRIVER).isTrue();
            assertThat(Files.isExecutable(CHROMIUM))
                    .as("%s is missing: install Debian's chromium (bash .ci/run does it as root)", CHROMIUM).isTrue();
            try {
                work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-servers")), "browser-").toAbsolutePath();
                Files.createDirectories(downloads());
                Files.createDirectories(SCREENSHOTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
            // The driver given to the service (and as the system property): Selenium's DriverFinder then skips
            // Selenium Manager, which would otherwise look for, and download, a driver and browser.
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1400,1000", "--lang=vi", "--hide-scrollbars");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads().toString(),
                    "download.prompt_for_download", false, "safebrowsing.enabled", false));
            // Writes need a role (issue 12): the tests that write sign in as this editor through the login page.
            TestUsers.add(work.resolve("data"), TestUsers.EDITOR);
            server = WebServer.start(work.resolve("data"), 0, TestCorpus.ROOT);
            base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
            warmUp();
            driver = new ChromeDriver(service, options);
            // The page itself 1400×1000 (the window's size would include its frame): the size screenshots are reviewed at.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
            ChromeDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return driver;
    }

    /**
     * The first search and document page after a start wait for cold caches (seconds on a busy machine), which is
     * not what these tests look at: they are asked once here, whichever test then comes first.
     */
    private static void warmUp() {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/api/search?q=" + q("bo tri kinh phi"), "/api/documents/by-number?number=" + q("1852/QĐ-UBND"),
                "/api/chain?number=" + q("1322/QĐ-TTg"))) {
            try {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Signs in through the login page, as a user would. */
    static void signIn(TestUsers.User user) {
        open("/login");
        find("#username").sendKeys(user.name());
        find("#password").sendKeys(user.password());
        find("#login-form button").click();
        await(user.name() + " signed in", org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("header #account"), user.name()));
    }

    static String base() {
        driver();
        return base;
    }

    static Path work() {
        driver();
        return work;
    }

    static Path downloads() {
        return work.resolve("downloads");
    }

    static void open(String path) {
        driver().get(base() + path);
    }

    /** Waits for what the user would wait for, naming it when it does not come. */
    static <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), PATIENCE).withMessage("waited " + PATIENCE.toSeconds() + " s for " + what).until(condition);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** The page as the window shows it, from the top (or from where the test scrolled), for review under target/screenshots. */
    static void shot(String name) {
        try {
            Path file = driver().getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    static WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    static List<WebElement> findAll(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    /** Moves the real mouse over a point of the diagram's canvas given in its own (rendered) coordinates. */
    static Actions mouseAt(double x, double y) {
        WebElement canvas = find(".diagram-canvas");
        // All of the canvas in the window: Selenium's offsets are from the centre of the element's visible part.
        js("arguments[0].scrollIntoView({block: 'nearest'})", canvas);
        int width = canvas.getRect().getWidth();
        int height = canvas.getRect().getHeight();
        // Selenium 4 offsets are from the element's centre.
        return new Actions(driver()).moveToElement(canvas, (int) Math.round(x - width / 2.0), (int) Math.round(y - height / 2.0));
    }
}
