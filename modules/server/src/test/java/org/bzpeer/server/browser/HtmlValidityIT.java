package org.bzpeer.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page type's served HTML (fetched with java.net.http, as a crawler sees it) is valid HTML to the Nu Html
 * Checker: 0 errors; warnings are printed, not failed. Needs no browser, so it runs everywhere.
 */
@ExtendWith(TestApp.Resolver.class)
class HtmlValidityIT {

    private static TestApp app;
    private static NuHtmlChecker checker;

    @BeforeAll
    static void start(TestApp shared) {
        app = shared;
        checker = new NuHtmlChecker();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageType.class)
    @DisplayName("the served HTML of each page type has no Nu Html Checker errors")
    void page(PageType page) {
        String path = app.pathOf(page);
        HttpResponse<String> response = app.get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(page.expectedStatus);
        assertThat(response.headers().firstValue("content-type")).as("GET " + path).contains("text/html; charset=utf-8");
        assertValid(path, response.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/researchers/piotr-zielinski/graph", "/researchers/hannah-goldberg/works"})
    @DisplayName("HTML fragments that pages load in place are valid inside a minimal document")
    void fragment(String address) {
        String path = "/fragments" + address;
        app.assumeRouteExists(path, "the fragment " + path);
        HttpResponse<String> response = app.get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        String document = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>fragment</title></head><body>\n"
                + response.body() + "\n</body></html>\n";
        assertValid(path + " (wrapped in a document from line 2)", document);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("pages as a signed-in member sees them (account, following, profiles with follow and claim forms) are valid")
    void signedInPages() throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String registerPage = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/register")))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"")
                .matcher(registerPage);
        assertThat(csrf.find()).isTrue();
        String form = "csrf=" + csrf.group(1) + "&displayName=Valid+Member&email=valid.member%40example.org"
                + "&password=a+long+enough+password";
        HttpResponse<String> registered = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(app.url("/register")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).isEqualTo(303);
        for (String path : new String[] {"/account", "/following", "/researchers/piotr-zielinski",
                "/researchers/hannah-goldberg"}) {
            HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url(path)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("GET " + path + " signed in").isEqualTo(200);
            assertThat(page.body()).as(path).contains("Log out");
            assertValid(path + " (signed in)", page.body());
        }
    }

    private static void assertValid(String what, String html) {
        NuHtmlChecker.Report report = checker.check(what, html);
        if (!report.warnings().isEmpty()) {
            System.out.println("Nu Html Checker warnings for " + what + " (not failing):"
                    + report.describe(report.warnings()));
        }
        assertThat(report.errors())
                .as(() -> "Nu Html Checker errors in " + what + ":" + report.describe(report.errors()) + "\n")
                .isEmpty();
    }
}
