package vn.partytrack.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Debian's headless Chromium driven as a person would: type, click, and wait for Ajax rather than sleep. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final URI base;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser(URI base) {
        this.base = base;
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
            downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.setBinary(new File("/usr/bin/chromium"));
            // the console, read after each page: a script the Content-Security-Policy blocked fails the journey
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1366,900", "--lang=vi-VN",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        waitForPage();
        return this;
    }

    /** Signs in afresh: whoever was signed in before (a failed test's last step, a rerun) is signed out first. */
    public Browser login(String username, String password) {
        logout();
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        waitForPage();
        return this;
    }

    public Browser logout() {
        if (!driver.getCurrentUrl().startsWith("http")) {
            return this; // nothing opened yet, so nobody is signed in
        }
        driver.manage().deleteAllCookies();
        return this;
    }

    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text(String id) {
        return byId(id).getText().strip();
    }

    public Browser type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** PrimeFaces inputNumber: the visible input carries the id with _input. */
    public Browser typeNumber(String id, long value) {
        WebElement input = byId(id + "_input");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        wait.until(ExpectedConditions.elementToBeClickable(input));
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        input.sendKeys(String.valueOf(value));
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        return this;
    }

    /**
     * PrimeFaces selectOneMenu: open it and pick the item with this label through the widget that is on the page now
     * (after an Ajax update an older, detached panel with the same id can linger in the document).
     */
    public Browser choose(String id, String label) {
        byId(id).click();
        driver.executeScript("var w = PrimeFaces.getWidgetById(arguments[0]), label = arguments[1];"
                + "var item = w.items.filter(function () { return this.getAttribute('data-label') === label; });"
                + "w.selectItem(item); w.hide();", id, label);
        wait.until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
        waitForAjax();
        return this;
    }

    public Browser click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForAjax();
        return this;
    }

    /** Clicks the first visible element matching a CSS selector (dialogs are moved to the end of the body). */
    public Browser clickVisible(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        waitForAjax();
        return this;
    }

    public void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        waitForAjax();
        assertNoPolicyViolation();
    }

    /** Fails when the browser refused something the page asked for under its Content-Security-Policy. */
    public void assertNoPolicyViolation() {
        for (var entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                throw new AssertionError("Blocked by the Content-Security-Policy on " + driver.getCurrentUrl() + ": " + entry.getMessage());
            }
        }
    }

    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /**
     * Saves what the browser shows as target/screenshots/{name}.png: the README's tour is refreshed from these
     * (copy them to docs/screenshots), so it always shows the current screens on the sample data.
     */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("partytrack.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String axe;

    /**
     * Runs axe-core (src/test/resources/axe) on the page as it is now, against WCAG 2.0 and 2.1 A and AA, and fails
     * listing each critical or serious violation: its rule, the elements (CSS selectors) and what is wrong. The script
     * is evaluated by WebDriver, which the page's Content-Security-Policy does not govern.
     */
    @SuppressWarnings("unchecked")
    public Browser assertAccessible(String page) {
        waitForAjax();
        if (axe == null) {
            try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(java.util.Objects.requireNonNull(in, "axe.min.js").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })"
                + ".map(function (v) { return v.impact + ' ' + v.id + ' (' + v.help + '): ' + v.nodes.map(function (n) {"
                + " return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : ''); }).join('; '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        java.util.List<String> violations = (java.util.List<String>) result;
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " critical or serious accessibility violation(s) on " + page + " ("
                    + driver.getCurrentUrl() + "):\n  " + String.join("\n  ", violations));
        }
        return this;
    }

    /** Shows pages as a phone of this width does (device metrics, touch), or as the desktop again with 0. */
    public Browser phoneWidth(int width) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", 780,
                    "deviceScaleFactor", 1, "mobile", true));
        }
        return this;
    }

    /** Fails when the page is wider than the window (the person would have to scroll sideways), naming what sticks out. */
    @SuppressWarnings("unchecked")
    public Browser assertNoHorizontalScrolling(String page) {
        waitForAjax();
        java.util.List<Object> widths = (java.util.List<Object>) driver.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        long scroll = ((Number) widths.get(0)).longValue(), client = ((Number) widths.get(1)).longValue();
        if (scroll > client) {
            Object wide = driver.executeScript("var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + " if (r.width > 0 && r.right > w + 1 && out.length < 8) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.right) + 'px'); });"
                    + "return out.join(', ');");
            throw new AssertionError(page + " is " + scroll + " px wide in a " + client + " px window (" + driver.getCurrentUrl()
                    + "); sticking out: " + wide);
        }
        return this;
    }

    /** Clicks a download button and waits for the file the browser saves (what the person would open). */
    public Path download(String id, String suffix) {
        click(id);
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public String source() {
        return driver.getPageSource();
    }

    public String title() {
        return driver.getTitle();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
