package org.bzpeer.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.paging.Cursors;
import org.bzpeer.store.Db;
import org.bzpeer.store.Store;
import org.bzpeer.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link GraphQLHttpHandler} over the demo database: real data through GET and POST. */
class GraphQLHttpHandlerIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String QUERY = "query Profile($slug: String!) { researcher(slug: $slug) { displayName } }";

    private static Vertx vertx;
    private static Db db;
    private static HttpServer server;
    private static String url;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        db = Db.connect(vertx, TestDatabases.withDemoData("http"), 2);
        GraphQLHttpHandler handler = new GraphQLHttpHandler(GraphQLService.create(Store.over(db), Cursors.withRandomKey()));
        Router router = Router.router(vertx);
        router.route().handler(RequestIds::assign);
        router.post("/graphql").handler(BodyHandler.create(false).setBodyLimit(100 * 1024));
        router.post("/graphql").handler(handler);
        router.get("/graphql").handler(handler);
        server = vertx.createHttpServer().requestHandler(router).listen(0)
                .toCompletionStage().toCompletableFuture().join();
        url = "http://localhost:" + server.actualPort() + "/graphql";
    }

    @AfterAll
    static void stop() {
        server.close().toCompletionStage().toCompletableFuture().join();
        db.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    @DisplayName("GET with variables answers the seed profile's name")
    void get() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url
                + "?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)
                + "&variables=" + URLEncoder.encode("{\"slug\": \"piotr-zielinski\"}", StandardCharsets.UTF_8)))
                .header("Accept", "application/graphql-response+json, application/json;q=0.9").GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/graphql-response+json; charset=utf-8");
        assertThat(new JsonObject(response.body()).getJsonObject("data").getJsonObject("researcher").getString("displayName"))
                .isEqualTo("Piotr Zielinski");
    }

    @Test
    @DisplayName("POST: an unknown researcher is data with a null, a 200 in both media types")
    void postUnknown() {
        for (String accept : new String[] {"application/json", "application/graphql-response+json"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", QUERY)
                            .put("variables", new JsonObject().put("slug", "nobody-here")).encode())).build());
            assertThat(response.statusCode()).as(accept).isEqualTo(200);
            JsonObject data = new JsonObject(response.body()).getJsonObject("data");
            assertThat(data.containsKey("researcher")).isTrue();
            assertThat(data.getValue("researcher")).isNull();
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
