package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The server as a user meets it: started from a Config, spoken to over HTTP. */
class ServerIT {

    private static BzpeerServer server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        // An empty, migrated database: the server must load the demo graph itself.
        server = TestServers.onEmptyDatabase("server");
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    @DisplayName("the seed profile shows every item of the seed page's header, trust snapshot and counts, in order")
    void seedProfile() {
        HttpResponse<String> page = Http.get(port, "/researchers/piotr-zielinski");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
        String text = page.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(text).containsSubsequence(
                "Researcher profile", "Piotr Zielinski",
                "Piotr Zielinski contributes to research discovery and scholarly infrastructure.",
                "Affiliation not imported", "Open to collaborate",
                "Trust snapshot", "Quick read", "Trust 15 - Unverified", "Verification L1", "Unclaimed author",
                "works 3", "followers 0", "topics 1", "close collaborators 2",
                "Actions", "Follow researcher 0",
                "Identity and collaboration", "Log in to claim",
                "Direct collaboration", "Claim this author entity first to unlock direct invitations.",
                "Research graph", "See the researcher in context", "Open full explorer", "Building this graph slice",
                "Published work", "3 published item(s)",
                "preprint 2022 arXiv", "On the Generalization Mystery in Deep Learning",
                "preprint 2020 arXiv", "Making Coherence Out of Nothing At All",
                "preprint 2020 arXiv", "Weak and Strong Gradient Directions");
        assertThat(text).contains("($m$-coherence)");
    }

    @Test
    @DisplayName("POST /graphql answers the issue's example query")
    void graphql() {
        String query = "{ researcher(slug: \\\"piotr-zielinski\\\") { displayName works(first: 10) { edges { node { title year } } } } }";
        HttpResponse<String> response = Http.post(port, "/graphql", "application/json", "{\"query\": \"" + query + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject researcher = new JsonObject(response.body()).getJsonObject("data").getJsonObject("researcher");
        assertThat(researcher.getString("displayName")).isEqualTo("Piotr Zielinski");
        assertThat(researcher.getJsonObject("works").getJsonArray("edges")).hasSize(3);
    }

    @Test
    @DisplayName("unknown slugs and malformed paths are 404 pages, never 500")
    void notFound() {
        String[] malformed = Http.rawGet(port, "/researchers/%ZZ");
        assertThat(malformed[0]).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(malformed[1]).contains("Page not found");
        for (String path : new String[] {"/researchers/nobody-at-all", "/researchers/a/b",
                "/researchers/UPPER", "/researchers/" + "x".repeat(300), "/no/such/page", "/researchers/..%2F..%2Fetc"}) {
            HttpResponse<String> response = Http.get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found");
        }
    }

    @Test
    @DisplayName("a stale or forged 'Show more' cursor is a 400 page with an explanation")
    void badCursor() {
        HttpResponse<String> response = Http.get(port, "/researchers/piotr-zielinski?after=forged");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Invalid cursor");
    }

    @Test
    @DisplayName("pages carry a strong ETag and answer a matching If-None-Match with 304 and no body")
    void conditionalGet() {
        HttpResponse<String> first = Http.get(port, "/researchers/piotr-zielinski");
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        assertThat(first.headers().firstValue("cache-control")).contains("no-cache");
        HttpResponse<String> again = Http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/researchers/piotr-zielinski"))
                .header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> fragment = Http.get(port, "/fragments/researchers/piotr-zielinski/graph");
        assertThat(fragment.headers().firstValue("etag")).isPresent();
    }

    @Test
    @DisplayName("a CSP forbids inline and foreign script; assets have hashed names, a year of caching, and compress")
    void headersAndAssets() {
        HttpResponse<String> page = Http.get(port, "/researchers/piotr-zielinski");
        String csp = page.headers().firstValue("content-security-policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("default-src 'self'");
        assertThat(page.headers().firstValue("x-content-type-options")).contains("nosniff");
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/assets/app\\.[0-9a-f]{10}\\.css)\"")
                .matcher(page.body());
        assertThat(css.find()).isTrue();
        HttpResponse<String> asset = Http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + css.group(1)))
                .header("Accept-Encoding", "gzip").build());
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("cache-control")).contains("public, max-age=31536000, immutable");
        assertThat(asset.headers().firstValue("content-type")).contains("text/css; charset=utf-8");
        assertThat(asset.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(Http.get(port, "/assets/app.0000000000.css").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("GET /health is 200 while the database answers")
    void health() {
        HttpResponse<String> response = Http.get(port, "/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(response.body()).getString("database")).isEqualTo("UP");
    }

    @Test
    @DisplayName("GET /schema.graphqls serves the repository's schema file")
    void schema() throws Exception {
        HttpResponse<String> response = Http.get(port, "/schema.graphqls");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Files.readString(Path.of("../../schema.graphqls")));
    }
}
