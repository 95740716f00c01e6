package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Accounts through the browser's eyes: forms, cookies, CSRF, throttling, and the viewer in GraphQL. */
class AccountsIT {

    private static BzpeerServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.onEmptyDatabase("accounts");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Lets other test classes drive their own server with {@link Browser}. */
    static void useServer(BzpeerServer other) {
        server = other;
    }

    /** A browser with a cookie jar and no automatic redirects. */
    static final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> graphql(String query) {
            return send(HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).encode())));
        }

        /** The CSRF token from a page's form. */
        String csrf(String page) {
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get(page).body());
            assertThat(m.find()).as("a csrf field on " + page).isTrue();
            return m.group(1);
        }

        private HttpResponse<String> send(HttpRequest.Builder builder) {
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = Http.send(builder.build());
            response.headers().allValues("set-cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (c.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            });
            return response;
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + server.port() + path);
        }
    }

    @Test
    @DisplayName("register, see yourself as viewer, log out, log in again; the session cookie is HttpOnly and SameSite=Lax")
    void registerLoginLogout() {
        Browser browser = new Browser();
        HttpResponse<String> registered = browser.post("/register", Map.of("csrf", browser.csrf("/register"),
                "displayName", "Ada Lovelace", "email", "Ada@Example.org", "password", "analytical engine 1843",
                "next", "/researchers/piotr-zielinski"));
        assertThat(registered.statusCode()).isEqualTo(303);
        assertThat(registered.headers().firstValue("location").orElseThrow()).isEqualTo("/researchers/piotr-zielinski");
        String sessionCookie = registered.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("bz_session=")).findFirst().orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").contains("Path=/");

        assertThat(browser.get("/researchers/piotr-zielinski").body()).contains("Ada Lovelace").contains("Log out");
        JsonObject viewer = new JsonObject(browser.graphql("{ viewer { email displayName role } }").body())
                .getJsonObject("data").getJsonObject("viewer");
        assertThat(viewer.getMap()).containsEntry("email", "ada@example.org").containsEntry("role", "MEMBER");

        String oldSession = browser.cookies.get("bz_session");
        assertThat(browser.post("/logout", Map.of("csrf", browser.csrf("/account"))).statusCode()).isEqualTo(303);
        assertThat(new JsonObject(browser.graphql("{ viewer { email } }").body()).getJsonObject("data")
                .getValue("viewer")).isNull();

        HttpResponse<String> login = browser.post("/login", Map.of("csrf", browser.csrf("/login"),
                "email", "ada@example.org", "password", "analytical engine 1843", "next", "/account"));
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(browser.cookies.get("bz_session")).as("a new session id at log-in").isNotEqualTo(oldSession);
        assertThat(browser.get("/account").body()).contains("ada@example.org");

        // The logged-out session id is dead even if someone kept it.
        Browser thief = new Browser();
        thief.cookies.put("bz_session", oldSession);
        assertThat(new JsonObject(thief.graphql("{ viewer { email } }").body()).getJsonObject("data")
                .getValue("viewer")).isNull();
    }

    @Test
    @DisplayName("bad input gets a clear message and creates nothing: duplicate email, malformed email, short password")
    void badInput() throws Exception {
        Browser browser = new Browser();
        browser.post("/register", Map.of("csrf", browser.csrf("/register"), "displayName", "Grace",
                "email", "grace@example.org", "password", "compilers are great"));
        long before = accounts();
        Browser other = new Browser();
        String csrf = other.csrf("/register");
        HttpResponse<String> duplicate = other.post("/register", Map.of("csrf", csrf, "displayName", "Grace 2",
                "email", "GRACE@example.org", "password", "another long password"));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("already exists");
        assertThat(other.post("/register", Map.of("csrf", csrf, "displayName", "X", "email", "not-an-email",
                "password", "long enough password")).body()).contains("is not an email address");
        assertThat(other.post("/register", Map.of("csrf", csrf, "displayName", "X", "email", "x@example.org",
                "password", "short")).body()).contains("at least 10 characters");
        assertThat(other.post("/register", Map.of("csrf", csrf, "displayName", "x".repeat(101),
                "email", "y@example.org", "password", "long enough password")).body()).contains("100 characters");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    @DisplayName("a forged or missing CSRF token, or a foreign Origin, is refused with 403 and changes nothing")
    void csrf() throws Exception {
        Browser browser = new Browser();
        browser.csrf("/register");
        long before = accounts();
        Map<String, String> form = Map.of("csrf", "forged-token-forged-token-forged-token-123",
                "displayName", "Eve", "email", "eve@example.org", "password", "long enough password");
        HttpResponse<String> forged = browser.post("/register", form);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Nothing was changed");
        Browser noCookie = new Browser();
        assertThat(noCookie.post("/register", Map.of("csrf", browser.cookies.get("bz_csrf"), "displayName", "Eve",
                "email", "eve@example.org", "password", "long enough password")).statusCode()).isEqualTo(403);
        HttpResponse<String> foreignOrigin = Http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .header("Cookie", "bz_csrf=" + browser.cookies.get("bz_csrf"))
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + browser.cookies.get("bz_csrf")
                        + "&displayName=Eve&email=eve%40example.org&password=long+enough+password")).build());
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    @DisplayName("log-in is throttled per account after 5 failures, with a clear message; a foreign session id is ignored")
    void throttling() {
        Browser owner = new Browser();
        owner.post("/register", Map.of("csrf", owner.csrf("/register"), "displayName", "Linus",
                "email", "linus@example.org", "password", "correct password here"));
        Browser attacker = new Browser();
        String csrf = attacker.csrf("/login");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = attacker.post("/login", Map.of("csrf", csrf, "email", "linus@example.org",
                    "password", "wrong password " + i));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("do not match");
        }
        HttpResponse<String> blocked = attacker.post("/login", Map.of("csrf", csrf, "email", "linus@example.org",
                "password", "correct password here"));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many failed log-ins").contains("15 minutes");

        Browser forger = new Browser();
        forger.cookies.put("bz_session", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        HttpResponse<String> page = forger.get("/account");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("location").orElseThrow()).startsWith("/login");
    }

    private static long accounts() throws Exception {
        var url = server.databaseUrl();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.options().getUser(), null);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM accounts")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
