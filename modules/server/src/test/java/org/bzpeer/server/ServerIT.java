package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bzpeer.store.TestDatabases;
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
        Config config = new Config(0, Optional.of(TestDatabases.migrated("server")),
                Files.createTempDirectory("bzpeer-data"), Optional.empty());
        server = BzpeerServer.start(config);
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
