package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded browser),
 * headless, driven through the gateway as a person would use the pages. Fails, never skips, when Chromium is missing.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP = 1280;
    public static final int PHONE = 360;
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ITA_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("ITA_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final String owner;
    private final Path downloads;

    private Browser(String base, String owner) {
        assertThat(CHROMIUM)
                .as("Chromium (apt-get install chromium chromium-driver; .ci/run does it)")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("ChromeDriver (apt-get install chromium-driver)")
                .isExecutable();
        try {
            this.downloads = Files.createTempDirectory("prongsai-downloads");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags this machine's closed network needs (no background connections), and a fresh profile
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=th-TH",
                "--window-size=" + DESKTOP + ",900");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "th-TH,th"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.base = base;
        this.owner = owner;
    }

    /** A fresh browser (no cookies) on the shared platform; {@code owner} names the screenshots. */
    public static Browser open(BrowserPlatform platform, Class<?> owner) {
        return new Browser(platform.url(), owner.getSimpleName());
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the platform ("/m/tha-phae/2568"). */
    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Signs in on the sign-in page as a demo account and waits until it has left that page. */
    public Browser signIn(String username) {
        return signIn(username, "demo");
    }

    public Browser signIn(String username, String password) {
        if (!path().startsWith("/signin")) {
            go("/signin");
        }
        type(By.id("username"), username);
        type(By.id("password"), password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(d -> !path().startsWith("/signin")
                || d.findElements(By.cssSelector(".error-summary")).size() > 0);
        return this;
    }

    public void signOut() {
        driver.findElement(By.cssSelector("form[action='/signout'] button")).click();
        waitUntil(d -> path().startsWith("/signin"));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public Browser type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser click(By by) {
        WebElement element =
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
        return this;
    }

    /** Submits the form a button is in, as pressing it does, and waits for the next page. */
    public Browser press(By button) {
        String before = driver.getCurrentUrl();
        WebElement html = driver.findElement(By.tagName("html"));
        click(button);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> isStale(html) || !d.getCurrentUrl().equals(before));
        return this;
    }

    public void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    /** The visible text of the page's main content. */
    public String mainText() {
        return find(By.id("main")).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    /** The browser's download folder (PDF, DOCX … saved by download links). */
    public Path downloads() {
        return downloads;
    }

    /** The session cookie, for a plain HTTP call that acts as this signed-in browser. */
    public String sessionCookie() {
        var cookie = driver.manage().getCookieNamed("PRONGSAI_SESSION");
        return cookie == null ? null : cookie.getName() + "=" + cookie.getValue();
    }

    /** Sets the window width (360 for a phone, 1280 for a desktop). */
    public Browser width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, pixels <= PHONE ? 780 : 900));
        return this;
    }

    /** A full-page PNG under target/screenshots, at the current width. */
    public Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 12000);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        int px = driver.manage().window().getSize().getWidth();
        Path file = SCREENSHOTS.resolve(owner + "-" + name + "-" + px + ".png");
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Screenshots at desktop and phone width, and axe-core at both: no serious or critical violation. */
    public void checkPage(String name) {
        width(DESKTOP);
        screenshot(name);
        assertAccessible();
        width(PHONE);
        screenshot(name);
        assertAccessible();
        assertThat(((Number)
                                ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .as(name + ": nothing wider than a 360 px screen but inside a scrolling table")
                .isLessThanOrEqualTo(0);
        width(DESKTOP);
    }

    /** axe-core (WCAG 2.1 A and AA rules) finds no serious or critical violation on the page as it is now. */
    public void assertAccessible() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as(() -> path() + " has accessibility violations:\n"
                        + serious.stream()
                                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                                        + rule.getNodes().stream()
                                                .limit(3)
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            // stale, or under load "node does not belong to the document": the page it was on has gone either way
            return true;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
