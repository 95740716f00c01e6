package org.bzpeer.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The researcher profile as a person sees it in Chromium, after its scripts ran. */
@BrowserTest
class ProfilePageIT {

    private static TestApp app;
    private static Chromium chromium;
    private static ChromeDriver driver;

    @BeforeEach
    void setUp(TestApp sharedApp, Chromium classBrowser) {
        app = sharedApp;
        chromium = classBrowser;
        driver = chromium.driver();
    }

    @Test
    @DisplayName("the seed profile shows its header, trust snapshot, counts and published works")
    void seedProfile() {
        chromium.open(app.url("/researchers/piotr-zielinski"));
        assertThat(driver.getTitle()).contains("Piotr Zielinski");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Piotr Zielinski");

        String text = visibleText();
        // Rendered text only (innerText: nothing hidden), section by section, in order.
        assertThat(text).containsSubsequence(
                "researcher profile", "piotr zielinski",
                "piotr zielinski contributes to research discovery and scholarly infrastructure.",
                "affiliation not imported", "open to collaborate",
                "trust snapshot", "trust 15 - unverified", "verification l1", "unclaimed author",
                "works 3", "followers 0", "topics 1", "close collaborators 2",
                "actions", "identity and collaboration", "direct collaboration", "research graph",
                "published work", "3 published item(s)");

        Map<String, String> counts = counts();
        assertThat(counts).as("the counts (dt → dd)").containsAllEntriesOf(Map.of(
                "works", "3", "followers", "0", "topics", "1", "close collaborators", "2"));

        List<String> works = workLinks();
        assertThat(works).as("the published works listed").hasSize(3).doesNotHaveDuplicates();
        assertThat(driver.findElement(By.id("works-title")).getText()).isEqualTo("3 published item(s)");
    }

    @Test
    @DisplayName("the research graph slice replaces its 'Building this graph slice…' placeholder with an SVG")
    void graphSlice() {
        // The fragment route is another engineer's work in progress: until it lands, this check alone is skipped.
        app.assumeRouteExists("/fragments/researchers/piotr-zielinski/graph", "the profile's lazy graph slice fragment");
        chromium.open(app.url("/researchers/piotr-zielinski"));
        WebElement section = graphSection();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", section);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100)).until(d -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) d).executeScript(
                            "const s = arguments[0];"
                                    + "return s.querySelector('[aria-busy=\"true\"]') === null"
                                    + " && s.getAttribute('aria-busy') !== 'true'"
                                    + " && s.querySelector('svg') !== null", section)));
        } catch (TimeoutException e) {
            throw new AssertionError("the research graph section still has no <svg>, or is still aria-busy, 15 s after "
                    + "load; its HTML now:\n" + section.getAttribute("outerHTML"), e);
        }
        assertThat(section.getText()).doesNotContain("Building this graph slice");
    }

    @Test
    @DisplayName("'Show more' pages through all of a researcher's works, each once, as many as the heading says")
    void pagesThroughWorks() {
        chromium.open(app.url("/researchers/hannah-goldberg"));
        int total = publishedItems();
        assertThat(total).as("Hannah Goldberg's works in the demo graph").isGreaterThan(20);

        List<String> seen = new ArrayList<>();           // works of documents already left behind
        List<String> current = workLinks();
        for (int round = 0; round < 20; round++) {
            List<WebElement> more = driver.findElements(By.xpath(
                    "//*[(self::a or self::button) and normalize-space(.)='Show more']"));
            if (more.isEmpty() || !more.get(0).isDisplayed()) {
                break;
            }
            Object marker = ((JavascriptExecutor) driver).executeScript(
                    "return window.__bzMarker = window.__bzMarker || String(Math.random())");
            int before = current.size();
            click(more.get(0));
            // Either "Show more" loads the next page in place (the list grows) or it navigates to it.
            new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100)).until((Function<WebDriver, Boolean>) d -> {
                Object now = ((JavascriptExecutor) d).executeScript("return window.__bzMarker || null");
                boolean busy = Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.readyState !== 'complete' || document.querySelector('[aria-busy=\"true\"]') !== null"));
                return !busy && (!marker.equals(now) || workLinks().size() > before);
            });
            Object now = ((JavascriptExecutor) driver).executeScript("return window.__bzMarker || null");
            if (!marker.equals(now)) {
                seen.addAll(current);                      // navigated: the last document's works are done
            }
            current = workLinks();
            System.out.println("'Show more' #" + (round + 1) + (marker.equals(now) ? " (in place)" : " (navigated)")
                    + ": " + (seen.size() + current.size()) + " of " + total + " works shown");
        }
        List<String> all = new ArrayList<>(seen);
        all.addAll(current);
        Set<String> unique = new LinkedHashSet<>(all);
        assertThat(all).as("works shown while paging (duplicates: %s)", duplicates(all)).doesNotHaveDuplicates();
        assertThat(unique).as("works shown after following 'Show more' until it was gone").hasSize(total);
        assertThat(driver.findElements(By.xpath("//*[(self::a or self::button) and normalize-space(.)='Show more']"))
                .stream().filter(WebElement::isDisplayed).toList()).as("'Show more' at the end").isEmpty();
    }

    /** The page's rendered text (innerText, so CSS upper-casing applies: compared in lower case), one space apart. */
    private static String visibleText() {
        return ((String) driver.executeScript("return document.body.innerText"))
                .replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> counts() {
        return (Map<String, String>) driver.executeScript(
                "const out = {};"
                        + "for (const dt of document.querySelectorAll('dl dt')) {"
                        + "  const dd = dt.nextElementSibling;"
                        + "  if (dd && dd.tagName === 'DD') out[dt.textContent.trim().toLowerCase()] = dd.textContent.trim();"
                        + "}"
                        + "return out;");
    }

    /** The address of every work in the works list, in order (each item's first link to its work page). */
    @SuppressWarnings("unchecked")
    private static List<String> workLinks() {
        return (List<String>) driver.executeScript(
                "const section = document.getElementById('works-title')?.closest('section') || document;"
                        + "return Array.from(section.querySelectorAll('li'))"
                        + ".map(li => li.querySelector('a[href^=\"/works/\"]')).filter(a => a)"
                        + ".map(a => a.getAttribute('href').split('#')[0]);");
    }

    private static int publishedItems() {
        String heading = driver.findElement(By.id("works-title")).getText();
        Matcher m = Pattern.compile("(\\d+) published item\\(s\\)").matcher(heading);
        assertThat(m.find()).as("works heading '%s'", heading).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static WebElement graphSection() {
        Object section = driver.executeScript(
                "const title = document.getElementById('graph-title');"
                        + "if (title) return title.closest('section');"
                        + "return Array.from(document.querySelectorAll('section'))"
                        + ".find(s => /research graph/i.test(s.textContent)) || null;");
        assertThat(section).as("the research graph section").isNotNull();
        return (WebElement) section;
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        }
    }

    private static List<String> duplicates(List<String> items) {
        Set<String> once = new LinkedHashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String item : items) {
            if (!once.add(item)) {
                twice.add(item);
            }
        }
        return new ArrayList<>(twice);
    }
}
