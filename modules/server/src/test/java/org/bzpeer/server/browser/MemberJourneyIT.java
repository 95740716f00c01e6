package org.bzpeer.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import org.bzpeer.server.BzpeerServer;
import org.bzpeer.server.Config;
import org.bzpeer.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 5's whole path, in the browser: register, follow the seed (the count becomes 1, in place), claim a demo
 * record with ORCID and institutional email, confirm the link and be approved, receive an invitation from another
 * member and accept it — checking the trust snapshot at each step. Runs on its own server, as it changes data.
 */
@BrowserTest
class MemberJourneyIT {

    /** Hannah Goldberg's demo record: ORCID below, institutions at riverside-tech.example. */
    static final String RECORD = "/researchers/hannah-goldberg";
    static final String ORCID = "0000-0001-0637-4458";

    private static BzpeerServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        server = BzpeerServer.start(new Config(0, Optional.of(TestDatabases.migrated("journey")),
                Files.createTempDirectory("bzpeer-data"), Optional.empty()));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void setUp(Chromium chromium) {
        driver = chromium.driver();
    }

    @Test
    @DisplayName("register, follow, claim with ORCID + institutional email, get approved, accept an invitation")
    void journey() {
        register("Hannah Goldberg", "hannah@riverside-tech.example");

        // Follow the seed in place: the button and the count change without a reload.
        open("/researchers/piotr-zielinski");
        assertThat(text()).contains("Follow researcher 0");
        driver.findElement(By.cssSelector("bz-follow button")).click();
        wait(d -> d.findElement(By.cssSelector("bz-follow .count")).getText().equals("1"));
        assertThat(driver.findElement(By.cssSelector("bz-follow .follow-label")).getText()).isEqualTo("Following");
        open("/researchers/piotr-zielinski");
        assertThat(driver.findElement(By.cssSelector("[data-followers-count]")).getText()).isEqualTo("1");

        // Claim Hannah's record: before, pending (waiting for the email link), then approved.
        open(RECORD);
        assertThat(trust()).contains("Unverified").contains("Verification L1").contains("Unclaimed author");
        driver.findElement(By.id("claim-orcid")).sendKeys(ORCID);
        driver.findElement(By.id("claim-email")).sendKeys("hannah@riverside-tech.example");
        driver.findElement(By.xpath("//button[normalize-space()='Claim this record']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-dev-link]")));
        assertThat(text()).contains("Pending");
        String link = driver.findElement(By.cssSelector("[data-dev-link]")).getAttribute("href");
        assertThat(link).startsWith("http://localhost:" + server.port() + "/");
        driver.get(link);
        driver.findElement(By.xpath("//button[normalize-space()='Confirm email address']")).click();
        open(RECORD);
        assertThat(trust()).contains("Verified").contains("Verification L4").contains("Claimed author")
                .doesNotContain("Unverified");

        // Another member invites Hannah; Hannah accepts; the sender sees the outcome.
        logout();
        register("Sam Invites", "sam@example.org");
        open(RECORD);
        driver.findElement(By.id("invite-message")).sendKeys("Would you like to compare notes on gradient coherence?");
        driver.findElement(By.xpath("//button[normalize-space()='Send invitation']")).click();
        logout();
        login("hannah@riverside-tech.example");
        open("/account");
        assertThat(text()).contains("Sam Invites").contains("Would you like to compare notes on gradient coherence?");
        axe("/account with an invitation");
        driver.findElement(By.xpath("//button[normalize-space()='Accept']")).click();
        open(RECORD);
        axe(RECORD + " seen by its owner");
        logout();
        login("sam@example.org");
        open("/account");
        assertThat(text()).contains("Hannah Goldberg").containsIgnoringCase("accepted");
        axe("/account of the sender");
        open("/following");
        axe("/following");

        // The moderation queue, as a moderator sees it (with a pending claim in it).
        register("Pending Claimant", "pending@example.org");
        open("/researchers/piotr-zielinski");
        driver.findElement(By.id("claim-orcid")).sendKeys("0000-0002-1825-0097");
        driver.findElement(By.xpath("//button[normalize-space()='Claim this record']")).click();
        logout();
        promote("sam@example.org");
        login("sam@example.org");
        open("/admin/claims");
        assertThat(text()).contains("Piotr Zielinski");
        axe("/admin/claims");
    }

    private static void promote(String email) {
        var url = server.databaseUrl();
        try (var c = java.sql.DriverManager.getConnection(url.jdbcUrl(), url.options().getUser(), null)) {
            c.createStatement().executeUpdate("UPDATE accounts SET role = 'MODERATOR' WHERE email = '" + email + "'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** axe-core on the current page, signed in: no violations. */
    private static void axe(String what) {
        Axe.Result result = Axe.run(driver);
        assertThat(result.violations()).as(() -> "axe violations on " + what + ":" + result.describe()).isEmpty();
    }

    private static void register(String name, String email) {
        open("/register");
        driver.findElement(By.id("register-name")).sendKeys(name);
        driver.findElement(By.id("register-email")).sendKeys(email);
        driver.findElement(By.id("register-password")).sendKeys("a long enough password");
        driver.findElement(By.xpath("//button[normalize-space()='Create account']")).click();
        wait(d -> d.findElement(By.cssSelector(".site-nav")).getText().contains("Log out"));
    }

    private static void login(String email) {
        open("/login");
        driver.findElement(By.id("login-email")).sendKeys(email);
        driver.findElement(By.id("login-password")).sendKeys("a long enough password");
        driver.findElement(By.xpath("//button[normalize-space()='Log in']")).click();
        wait(d -> d.findElement(By.cssSelector(".site-nav")).getText().contains("Log out"));
    }

    private static void logout() {
        open("/account");
        driver.findElement(By.cssSelector(".site-nav .logout-form button")).click();
        wait(d -> d.findElement(By.cssSelector(".site-nav")).getText().contains("Log in"));
    }

    private static void open(String path) {
        driver.get("http://localhost:" + server.port() + path);
    }

    private static String text() {
        return driver.findElement(By.tagName("main")).getText().replaceAll("\\s+", " ");
    }

    private static String trust() {
        return driver.findElement(By.cssSelector("section.trust")).getText().replaceAll("\\s+", " ");
    }

    private static <T> void wait(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }
}
