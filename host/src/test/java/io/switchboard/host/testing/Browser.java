package io.switchboard.host.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Debian's chromedriver ({@code .ci/install-browser}
 * installs both). Selenium is given both paths, so it never downloads anything. Without a browser
 * the tests are skipped with a message, except under {@code CI=true}, where that is a failure.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 800);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration WAIT = Duration.ofSeconds(20); // CI shares 2 cores

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips (locally) or fails (CI) the calling tests when it is missing. */
    public static Browser start() {
        File chromium = firstExisting(System.getenv("SWITCHBOARD_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        File chromedriver = firstExisting(System.getenv("SWITCHBOARD_CHROMEDRIVER"), "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        if (chromium == null || chromedriver == null) {
            String message = "the browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium,"
                    + " /usr/bin/chromedriver); install them with .ci/install-browser";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and " + message);
            }
            Assumptions.abort("Skipped: " + message);
        }
        try {
            Path profile = Files.createTempDirectory("switchboard-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments(List.of("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                    "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                    "--disable-backgrounding-occluded-windows", "--lang=en-US",
                    "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--user-data-dir=" + profile));
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File firstExisting(String... paths) {
        for (String path : paths) {
            if (path != null && new File(path).canExecute()) {
                return new File(path);
            }
        }
        return null;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Waits up to 20 s until the condition holds (returns non-null and not false). */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * The first element matching the selector whose rendered text contains {@code text}, ignoring
     * case (CSS may capitalise), once it exists.
     */
    public WebElement awaitText(String css, String text) {
        String wanted = text.toLowerCase(java.util.Locale.ROOT);
        return await("an element " + css + " containing '" + text + "'", d -> d.findElements(By.cssSelector(css))
                .stream().filter(e -> e.getText().toLowerCase(java.util.Locale.ROOT).contains(wanted)).findFirst()
                .orElse(null));
    }

    /**
     * Clicks the first element matching the selector whose text contains {@code text}, finding it
     * again when a live update re-rendered it between finding and clicking.
     */
    public void clickText(String css, String text) {
        await("a click on " + css + " containing '" + text + "'", d -> {
            awaitText(css, text).click();
            return true;
        });
    }

    /**
     * Script errors and Content-Security-Policy violations the pages logged since the last call
     * (failed requests, such as the 401 of a signed-out page, are expected and left out).
     */
    public List<String> pageErrors() {
        return driver.manage().logs().get("browser").getAll().stream().map(e -> e.getMessage())
                .filter(m -> m.contains("Uncaught") || m.contains("Content Security Policy")
                        || m.contains("Refused to")).toList();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a PNG of the viewport as {@code target/screenshots/NAME.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("switchboard.test.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
