package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.bzpeer.store.Db;
import org.bzpeer.store.importer.OpenAlexImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Imported text is data, never markup: script, quote and event-handler payloads render inert. */
class EscapingIT {

    private static final String TITLE = "<script>alert(\"x\")</script> \"Quoted\" onerror=alert(1) study";
    private static final String ABSTRACT = "We study <img src=x onerror=alert(1)> and </p><script>alert(2)</script> "
            + "the $m$-coherence of \"gradients\" & more.";

    private static BzpeerServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.onEmptyDatabase("escaping");
        String work = new io.vertx.core.json.JsonObject()
                .put("id", "https://openalex.org/W9990000001")
                .put("title", TITLE)
                .put("type", "article")
                .put("publication_date", "2024-01-02")
                .put("abstract_inverted_index", invertedIndex(ABSTRACT))
                .put("authorships", new io.vertx.core.json.JsonArray().add(new io.vertx.core.json.JsonObject()
                        .put("author_position", "first")
                        .put("author", new io.vertx.core.json.JsonObject()
                                .put("id", "https://openalex.org/A9990000001")
                                .put("display_name", "Mallory \"<img src=y onerror=alert(3)>\""))))
                .encode();
        Vertx vertx = Vertx.vertx();
        try (Db db = Db.connect(vertx, server.databaseUrl(), 2)) {
            new OpenAlexImporter(db).importLines(OpenAlexImporter.Entity.WORKS,
                    new ByteArrayInputStream((work + "\n").getBytes(StandardCharsets.UTF_8)));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    @DisplayName("a profile listing a work with script, quote and onerror payloads renders them as text")
    void profileIsInert() {
        HttpResponse<String> page = Http.get(server.port(), "/researchers/mallory-img-src-y-onerror-alert-3");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<img src=y")
                .doesNotContain("</p><script>");
        assertThat(html).contains("&lt;script&gt;alert(").contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("$m$-coherence");
        // The only scripts on the page are the site's own module.
        assertThat(html.split("<script", -1)).hasSize(2);
        assertThat(html).contains("<script type=\"module\" src=\"/assets/app.");
    }

    @Test
    @DisplayName("the work page shows the payloads as text too")
    void workPageIsInert() {
        HttpResponse<String> page = Http.get(server.port(), "/works/script-alert-x-script-quoted-onerror-alert-1-study");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(").contains("$m$-coherence");
        assertThat(page.body().split("<script", -1)).hasSize(2);
    }

    @Test
    @DisplayName("the same payloads come back from GraphQL as plain strings")
    void graphqlReturnsText() {
        String query = "{\"query\": \"{ researcher(slug: \\\"mallory-img-src-y-onerror-alert-3\\\") { displayName works { edges { node { title abstract } } } } }\"}";
        HttpResponse<String> response = Http.post(server.port(), "/graphql", "application/json", query);
        io.vertx.core.json.JsonObject researcher = new io.vertx.core.json.JsonObject(response.body())
                .getJsonObject("data").getJsonObject("researcher");
        assertThat(researcher.getString("displayName")).isEqualTo("Mallory \"<img src=y onerror=alert(3)>\"");
        io.vertx.core.json.JsonObject node = researcher.getJsonObject("works").getJsonArray("edges")
                .getJsonObject(0).getJsonObject("node");
        assertThat(node.getString("title")).isEqualTo(TITLE);
        assertThat(node.getString("abstract")).isEqualTo(ABSTRACT);
    }

    private static io.vertx.core.json.JsonObject invertedIndex(String text) {
        io.vertx.core.json.JsonObject index = new io.vertx.core.json.JsonObject();
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            io.vertx.core.json.JsonArray positions = index.getJsonArray(words[i]);
            if (positions == null) {
                positions = new io.vertx.core.json.JsonArray();
                index.put(words[i], positions);
            }
            positions.add(i);
        }
        return index;
    }
}
