package org.bzpeer.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages are self-contained: every request the browser makes while loading a page (and its lazy parts) goes to
 * the page's own origin. Recorded from Chrome's own network events (CDP {@code Network.requestWillBeSent} via
 * chromedriver's performance log), so requests that fail or are blocked count too.
 */
@BrowserTest
class SelfContainedIT {

    private static TestApp app;
    private static Chromium chromium;

    @BeforeEach
    void setUp(TestApp sharedApp, Chromium classBrowser) {
        app = sharedApp;
        chromium = classBrowser;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageType.class)
    @DisplayName("loading the page requests nothing from another origin")
    void sameOrigin(PageType page) {
        String path = app.pathOf(page);
        chromium.clearLogs();
        chromium.open(app.url(path));
        List<String> requests = chromium.requests();
        String origin = app.origin();

        assertThat(requests).as("requests recorded while loading " + path).contains(app.url(path));
        assertThat(requests.stream().filter(url -> !sameOrigin(url, origin)).toList())
                .as(() -> "requests that left " + origin + " while loading " + path + " (all requests: "
                        + String.join(", ", requests) + ")")
                .isEmpty();
        System.out.println(path + ": " + requests.size() + " request(s), all to " + origin);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageType.class)
    @DisplayName("the console shows no error (script errors, CSP violations, failed loads) while the page loads")
    void quietConsole(PageType page) {
        String path = app.pathOf(page);
        chromium.clearLogs();
        chromium.open(app.url(path));
        List<String> errors = chromium.consoleErrors();
        // A fresh browser asks once for /favicon.ico on its own; the site has none yet (a 404). That probe is not
        // the page's doing, and whether it lands in this test depends on test order: left out here.
        errors = errors.stream().filter(e -> !e.startsWith(app.url("/favicon.ico") + " ")).toList();
        if (page.expectedStatus == 404) {
            // The document itself is a 404, and Chrome logs that as a failed load; nothing else may be.
            errors = errors.stream().filter(e -> !(e.contains(path) && e.contains("404"))).toList();
        }
        assertThat(errors).as("console errors on " + path).isEmpty();
    }

    /** Same scheme, host and port as the app; data: and blob: URLs never leave the page. */
    static boolean sameOrigin(String url, String origin) {
        return url.equals(origin) || url.startsWith(origin + "/") || url.startsWith(origin + "?")
                || url.startsWith("data:") || url.startsWith("blob:" + origin + "/") || url.equals("about:blank")
                // The browser's own built-in resources (e.g. the search field's clear icon) never touch the network.
                || url.startsWith("chrome://");
    }
}
