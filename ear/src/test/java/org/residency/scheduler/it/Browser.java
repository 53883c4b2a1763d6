package org.residency.scheduler.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which scripts/test installs)
 * driven by Selenium against the test domain, for the page tests. One per test; close it (try-with-resources
 * or {@code @AfterEach}). A missing browser is a failure with a message, never a skipped test.
 * <pre>
 *   try (Browser browser = new Browser()) {
 *       browser.signIn("coordinator");
 *       browser.open("schedule.xhtml");
 *       browser.waitFor(By.id("grid"));
 *       browser.screenshot("schedule-block");
 *   }
 * </pre>
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/lib/chromium/chromium");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;
    private Accounts.Account account;

    Browser() {
        this(1400, 900);
    }

    Browser(int width, int height) {
        String chromium = find(CHROMIUM, "chromium", "chromium");
        String chromedriver = find(DRIVER, "chromedriver", "chromium-driver");
        try {
            profile = Files.createTempDirectory("residency-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // No network of its own beyond the app (no updates, sync, first-run pages): the machine may be offline.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-US");
        // The driver binary is given, so Selenium Manager never tries to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static String find(List<String> candidates, String what, String debianPackage) {
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElseThrow(() ->
                new AssertionError(what + " not found at " + candidates + ": install the Debian package " + debianPackage
                        + " (scripts/test does it through scripts/lib/packages.sh)"));
    }

    WebDriver driver() {
        return driver;
    }

    /** Makes an account with this role (a resident or faculty account gets a program of its own) and signs in. */
    Accounts.Account signIn(String role) {
        return switch (role) {
            case "resident" -> signIn(role, Accounts.program("Browser"), "R1");
            case "faculty" -> signIn(role, Accounts.program("Browser"), "F1");
            default -> signIn(Accounts.create(role));
        };
    }

    Accounts.Account signIn(String role, long programId, String personId) {
        return signIn(Accounts.create(role, programId, personId));
    }

    /** Signs in on the sign-in page with the account's credentials and waits for the signed-in layout. */
    Accounts.Account signIn(Accounts.Account account) {
        submitSignIn(account.username(), account.password());
        waitFor(By.id("signed-in-user"));
        this.account = account;
        return account;
    }

    /** Fills and submits the sign-in form without waiting for any outcome. */
    void submitSignIn(String username, String password) {
        open("login.xhtml");
        WebElement name = waitFor(By.id("username"));
        name.clear();
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
    }

    Accounts.Account account() {
        return account;
    }

    /** Opens a page of the application, e.g. {@code "schedule.xhtml?block=2"}. */
    void open(String page) {
        driver.get(Api.BASE + "/" + page);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement waitFor(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator), WAIT);
    }

    /**
     * Waits until the page's messages contain {@code expected}: after a postback the old page's messages
     * can still be there (or be replaced while they are read), so the text is what is waited for.
     */
    boolean showsMessage(String expected) {
        return until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), expected), WAIT);
    }

    /**
     * Waits; on a timeout the failure names the page and its visible text, and keeps its HTML under target/.
     * An element replaced while the condition reads it (an Ajax re-render, e.g. the generate page's poll every
     * second) only means "not yet": the condition is asked again.
     */
    <T> T until(ExpectedCondition<T> condition, Duration timeout) {
        try {
            return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(d -> {
                try {
                    return condition.apply(d);
                } catch (org.openqa.selenium.WebDriverException e) {
                    // Chromium's word for a stale element when the page navigated during the read
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return null;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            String text = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            try {
                Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
                Files.writeString(dir.resolve(System.currentTimeMillis() + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the message below still says what the page showed
            }
            throw new AssertionError("timed out after " + timeout.toSeconds() + " s on " + driver.getCurrentUrl()
                    + "; the page shows: " + text.substring(0, Math.min(text.length(), 1500)), e);
        }
    }

    /** Clicks the element once it is visible, finding it again if a re-render replaced it in between. */
    void click(By locator) {
        until(d -> {
            WebElement element = d.findElement(locator);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
            }
            element.click();
            return true;
        }, WAIT);
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    String text(By locator) {
        return driver.findElement(locator).getText();
    }

    /** The ids of the navigation bar's links, in order (e.g. nav-dashboard). */
    List<String> navLinks() {
        return all(By.cssSelector("#nav a")).stream().map(a -> a.getAttribute("id")).toList();
    }

    /**
     * Saves the whole page (not only the window) as {@code docs/screenshots/NAME.png} in the repository, for
     * the documentation and for looking at; returns the file.
     */
    Path screenshot(String name) {
        // Chromium's own full-page capture (DevTools): a headless window cannot grow past its screen size.
        Number width = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollWidth, document.documentElement.scrollWidth)");
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.min(width.intValue(), 4000),
                "height", Math.min(height.intValue(), 8000), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Path file = screenshots().resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("project.root", ".")).resolve("docs/screenshots"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover profile in the temp directory is harmless
            }
        }
    }
}
