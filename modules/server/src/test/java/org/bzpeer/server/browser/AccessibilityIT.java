package org.bzpeer.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core (all of its default rules: WCAG 2.x A and AA, and best practices) finds no violation on any page type,
 * in the light and in the dark colour scheme ({@code prefers-color-scheme} emulated through CDP), after the page's
 * scripts and lazy parts have loaded, and again with every {@code <details>} opened (axe skips hidden content).
 */
@BrowserTest
class AccessibilityIT {

    private static TestApp app;
    private static Chromium chromium;

    @BeforeEach
    void setUp(TestApp sharedApp, Chromium classBrowser) {
        app = sharedApp;
        chromium = classBrowser;
    }

    @Test
    @DisplayName("canary: axe-core, as injected here, does report a page with known violations")
    void canary() {
        chromium.colorScheme("light");
        chromium.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html><head><title>canary</title></head>"
                + "<body><main><img src='data:,'><p style='color:%23777;background:%23888'>low contrast</p>"
                + "<button></button></main></body></html>");
        Axe.Result result = Axe.run(chromium.driver());
        assertThat(result.version()).startsWith("4.");
        assertThat(result.violations().stream().map(v -> ((io.vertx.core.json.JsonObject) v).getString("id")).toList())
                .as("rules violated by the canary page").contains("image-alt", "color-contrast", "button-name", "html-has-lang");
    }

    static Stream<Arguments> pagesAndSchemes() {
        return Arrays.stream(PageType.values())
                .flatMap(page -> Stream.of(Arguments.of(page, "light"), Arguments.of(page, "dark")));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pagesAndSchemes")
    @DisplayName("axe-core finds no accessibility violation")
    void axe(PageType page, String scheme) {
        String path = app.pathOf(page);
        chromium.colorScheme(scheme);
        chromium.open(app.url(path));
        assertThat(chromium.driver().executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"))
                .as("prefers-color-scheme: dark is emulated").isEqualTo(scheme.equals("dark"));

        Axe.Result loaded = Axe.run(chromium.driver());
        // Content inside closed <details> is hidden, so axe skips it: check it too, with every <details> open.
        Number opened = (Number) chromium.driver().executeScript(
                "const all = document.querySelectorAll('details:not([open])'); all.forEach(d => d.open = true); return all.length;");
        Axe.Result expanded = opened.intValue() == 0 ? null : Axe.run(chromium.driver());
        System.out.println("axe-core " + loaded.version() + " on " + path + " (" + scheme + "): "
                + loaded.violations().size() + " violation(s) as loaded"
                + (expanded == null ? "" : ", " + expanded.violations().size() + " with " + opened + " <details> opened"));
        assertThat(loaded.violations().size())
                .as(() -> "axe-core " + loaded.version() + " on " + path + " (" + scheme + ", as loaded): "
                        + loaded.violations().size() + " rule(s) violated by " + loaded.nodeCount() + " element(s):"
                        + loaded.describe())
                .isZero();
        if (expanded != null) {
            assertThat(expanded.violations().size())
                    .as(() -> "axe-core " + expanded.version() + " on " + path + " (" + scheme + ", with every <details> "
                            + "opened): " + expanded.violations().size() + " rule(s) violated by " + expanded.nodeCount()
                            + " element(s):" + expanded.describe())
                    .isZero();
        }
    }
}
