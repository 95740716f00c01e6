package org.bzpeer.server.browser;

import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}: {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} override them). Both paths are given to Selenium explicitly, so Selenium Manager never
 * looks for (or downloads) a browser or a driver.
 *
 * <p>Policy: a machine with only a JDK must still pass {@code ./mvnw verify}, so without Chromium the browser
 * tests are skipped, loudly, with the reason. With {@code BZPEER_REQUIRE_BROWSER=1} (CI sets it) a missing
 * browser fails the build instead.
 */
public final class Chromium implements AutoCloseable {

    static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");
    static final Path DEFAULT_DRIVER = Path.of("/usr/bin/chromedriver");
    static final String REQUIRE_ENV = "BZPEER_REQUIRE_BROWSER";
    /** The desktop viewport the tests use unless they set another. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    /**
     * Selenium warns once per session that it has no CDP bindings for this Chromium version; the tests use CDP
     * only through chromedriver ({@code executeCdpCommand}), which needs none. Kept referenced so the level sticks.
     */
    private static final java.util.logging.Logger CDP_VERSION_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path userDataDir;

    private Chromium(ChromeDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    static Path binary() {
        return pathFromEnv("CHROME_BIN", DEFAULT_BINARY);
    }

    static Path driverBinary() {
        return pathFromEnv("CHROMEDRIVER", DEFAULT_DRIVER);
    }

    static boolean required() {
        String value = System.getenv(REQUIRE_ENV);
        return value != null && (value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
    }

    /** Why the browser tests cannot run here, or empty when Chromium and chromedriver are both installed. */
    static Optional<String> missing() {
        Path binary = binary();
        Path driver = driverBinary();
        if (!Files.isExecutable(binary)) {
            return Optional.of("no Chromium at " + binary + (System.getenv("CHROME_BIN") == null
                    ? " (set CHROME_BIN to use another)" : " (from CHROME_BIN)"));
        }
        if (!Files.isExecutable(driver)) {
            return Optional.of("no chromedriver at " + driver + (System.getenv("CHROMEDRIVER") == null
                    ? " (set CHROMEDRIVER to use another)" : " (from CHROMEDRIVER)"));
        }
        return Optional.empty();
    }

    /**
     * Registered by {@link BrowserTest}. Before a browser test class: when Chromium is missing, fails the class if
     * {@code BZPEER_REQUIRE_BROWSER=1}, otherwise prints the reason once. Before each of its tests: skips it with
     * that reason (JUnit assumptions), before anything starts. Resolves {@code Chromium} parameters to one browser
     * per test class, closed when the class is done.
     */
    public static final class Extension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            Optional<String> missing = missing();
            if (missing.isEmpty()) {
                return;
            }
            String what = context.getDisplayName();
            if (required()) {
                fail(REQUIRE_ENV + "=1 but " + missing.get() + ": the browser tests (" + what
                        + ") must run here. Install Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver), as .ci/run does.");
            }
            String rule = "!".repeat(110);
            System.err.println(rule + "\nSKIPPING every browser test of " + what + ": " + advice(missing.get()) + "\n" + rule);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            missing().ifPresent(reason -> Assumptions.abort("SKIPPED browser test: " + advice(reason)));
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Chromium.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext classContext = context;
            while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
                classContext = classContext.getParent().get();
            }
            return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Chromium.class, k -> start(), Chromium.class);
        }

        private static String advice(String missing) {
            return missing + ". Install Debian's chromium and chromium-driver to run the "
                    + "browser tests; set " + REQUIRE_ENV + "=1 to make a missing browser fail the build (CI does).";
        }
    }

    /** A fresh headless Chromium with its own empty profile directory. */
    static Chromium start() {
        Path userDataDir;
        try {
            userDataDir = Files.createTempDirectory("bzpeer-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary().toFile());
        options.addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + userDataDir,
                "--window-size=" + WIDTH + "," + HEIGHT, "--lang=en-US");
        // Page-level CDP events (Network.requestWillBeSent …) for the self-containment check, and the console.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        options.setExperimentalOption("excludeSwitches", List.of("enable-logging"));

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary().toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, userDataDir);
        } catch (RuntimeException e) {
            deleteRecursively(userDataDir);
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads {@code url} (waiting for its load event), then lets lazy parts load ({@link #settle}). */
    void open(String url) {
        driver.get(url);
        settle();
    }

    /**
     * Scrolls through the page so lazily loaded parts (an IntersectionObserver, {@code loading="lazy"}) start,
     * back to the top, then waits up to 10 s until nothing is {@code aria-busy="true"} any more. Does not fail
     * when something stays busy: the tests that care assert it themselves.
     */
    void settle() {
        driver.executeScript("const h = document.documentElement.scrollHeight;"
                + "for (let y = 0; y <= h; y += Math.max(200, window.innerHeight / 2)) window.scrollTo(0, y);"
                + "window.scrollTo(0, h);");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100)).until(d -> Boolean.TRUE.equals(
                    driver.executeScript("return document.readyState === 'complete'"
                            + " && document.querySelector('[aria-busy=\"true\"]') === null")));
        } catch (TimeoutException e) {
            System.err.println("note: " + driver.getCurrentUrl() + " still has aria-busy elements after 10 s");
        }
        driver.executeScript("window.scrollTo(0, 0)");
    }

    /** Emulates {@code prefers-color-scheme} ("light" or "dark") through CDP, for pages loaded from now on. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Emulates a media type ("print" or "screen") through CDP. */
    void media(String type) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type));
    }

    /** Emulates a viewport of exactly {@code width} × {@code height} CSS pixels (scale 1, desktop). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Back to the browser window's own viewport. */
    void resetViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** A PNG of the whole page (beyond the viewport), through CDP's Page.captureScreenshot. */
    byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 16_000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Forgets the recorded network events and console messages (reading them drains Chrome's buffers). */
    void clearLogs() {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** The URL of every request the pages made since the last call (or {@link #clearLogs}), in order. */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = new JsonObject(entry.getMessage()).getJsonObject("message");
            JsonObject params = message.getJsonObject("params", new JsonObject());
            switch (message.getString("method", "")) {
                case "Network.requestWillBeSent" -> urls.add(params.getJsonObject("request").getString("url"));
                case "Network.webSocketCreated" -> urls.add(params.getString("url"));
                default -> { }
            }
        }
        return urls;
    }

    /** Console messages at level SEVERE (errors, CSP violations, failed loads) since the last read. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(userDataDir);
        }
    }

    private static Path pathFromEnv(String name, Path fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Path.of(value.strip());
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
