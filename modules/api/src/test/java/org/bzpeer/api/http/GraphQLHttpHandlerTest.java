package org.bzpeer.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.MultiMap;
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
import java.util.List;
import java.util.Map;
import org.bzpeer.api.GraphQLRequest;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.paging.Cursors;
import org.bzpeer.store.DatabaseUrl;
import org.bzpeer.store.Db;
import org.bzpeer.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The GraphQL-over-HTTP rules of {@link GraphQLHttpHandler}, over real HTTP on a bare router (request ids, the
 * body handler and the handler, as the server mounts them). No query here touches the database: the
 * {@link Db} points at a port where nothing listens.
 */
class GraphQLHttpHandlerTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static Vertx vertx;
    private static Db db;
    private static HttpServer server;
    private static String url;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        db = Db.connect(vertx, DatabaseUrl.of("127.0.0.1", 1, "none", "none", "none"), 1);
        GraphQLService graphql = GraphQLService.create(Store.over(db), Cursors.withRandomKey());
        Router router = Router.router(vertx);
        router.route().handler(RequestIds::assign);
        GraphQLHttpHandler handler = new GraphQLHttpHandler(graphql);
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

    @Nested
    @DisplayName("GET")
    class Get {

        @Test
        @DisplayName("runs a query from the query string")
        void query() {
            HttpResponse<String> response = get(Map.of("query", "{ __typename }"), null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(contentType(response)).isEqualTo(JSON + "; charset=utf-8");
            assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("accept"));
            assertThat(dataOf(response)).isEqualTo(new JsonObject().put("data", Map.of("__typename", "Query")));
        }

        @Test
        @DisplayName("takes variables, operationName and extensions as URL-encoded JSON parameters")
        void variablesAndExtensions() {
            HttpResponse<String> response = get(Map.of(
                    "query", "query A { a: __typename } query Type($name: String!) { __type(name: $name) { name } }",
                    "operationName", "Type",
                    "variables", "{\"name\": \"Researcher\"}",
                    "extensions", "{\"some\": \"value\"}"), GRAPHQL_RESPONSE);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(contentType(response)).startsWith(GRAPHQL_RESPONSE);
            assertThat(dataOf(response)).isEqualTo(new JsonObject().put("data", Map.of("__type", Map.of("name", "Researcher"))));
        }

        @Test
        @DisplayName("variables or extensions that are not JSON objects are a 400")
        void badJsonParameters() {
            assertThat(get(Map.of("query", "{ __typename }", "variables", "{nope"), null).statusCode()).isEqualTo(400);
            assertThat(get(Map.of("query", "{ __typename }", "variables", "[1]"), null).statusCode()).isEqualTo(400);
            HttpResponse<String> response = get(Map.of("query", "{ __typename }", "extensions", "\"text\""), null);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
        }

        @Test
        @DisplayName("a mutation is refused with 405 and Allow: POST, whatever the schema")
        void mutation() {
            for (String accept : new String[] {null, GRAPHQL_RESPONSE}) {
                HttpResponse<String> response = get(Map.of("query", "mutation { __typename }"), accept);
                assertThat(response.statusCode()).isEqualTo(405);
                assertThat(response.headers().firstValue("Allow")).hasValue("POST");
                assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
                assertThat(requestId(response)).isEqualTo(response.headers().firstValue(RequestIds.HEADER).orElseThrow());
            }
            HttpResponse<String> named = get(Map.of("query", "query Q { __typename } mutation M { __typename }",
                    "operationName", "M"), null);
            assertThat(named.statusCode()).isEqualTo(405);
            assertThat(get(Map.of("query", "subscription { __typename }"), null).statusCode()).isEqualTo(405);
        }

        @Test
        @DisplayName("without a query it is a 400")
        void noQuery() {
            HttpResponse<String> response = get(Map.of(), null);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
        }
    }

    @Nested
    @DisplayName("POST")
    class Post {

        @Test
        @DisplayName("runs a JSON request, with a charset parameter or without")
        void jsonBody() {
            for (String type : new String[] {JSON, "application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\""}) {
                HttpResponse<String> response = post(type, null, "{\"query\": \"{ __typename }\"}");
                assertThat(response.statusCode()).as(type).isEqualTo(200);
                assertThat(dataOf(response)).isEqualTo(new JsonObject().put("data", Map.of("__typename", "Query")));
            }
        }

        @Test
        @DisplayName("a UTF-8 body is read as UTF-8")
        void utf8() {
            HttpResponse<String> response = post(JSON, null,
                    "{\"query\": \"{ __type(name: \\\"Run\uD83C\uDFC3Swim\\\") { name } }\"}");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(dataOf(response)).isEqualTo(new JsonObject().put("data", new JsonObject().putNull("__type")));
        }

        @Test
        @DisplayName("null operationName, variables and extensions are the same as absent ones")
        void nullParameters() {
            HttpResponse<String> response = post(JSON, JSON,
                    "{\"query\": \"{ __typename }\", \"operationName\": null, \"variables\": null, \"extensions\": null}");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).containsKey("errors")).isFalse();
        }

        @Test
        @DisplayName("form, multipart and text/plain bodies (a cross-site form's) are refused with 415, as is no content type")
        void csrf() {
            for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                    "text/plain", "text/plain;charset=UTF-8", "application/jsonp", "application/json; charset=iso-8859-1"}) {
                HttpResponse<String> response = post(type, null, "{\"query\": \"{ __typename }\"}");
                assertThat(response.statusCode()).as(type).isEqualTo(415);
                assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
            }
            assertThat(post(null, null, "{\"query\": \"{ __typename }\"}").statusCode()).isEqualTo(415);
        }

        @Test
        @DisplayName("a missing or non-string query is a 400")
        void missingQuery() {
            for (String body : new String[] {"{}", "{\"qeury\": \"{ __typename }\"}", "{\"query\": \"\"}",
                    "{\"query\": 0}", "{\"query\": {\"obj\": 1}}", "{\"query\": [\"array\"]}", "{\"query\": false}"}) {
                for (String accept : new String[] {JSON, GRAPHQL_RESPONSE}) {
                    HttpResponse<String> response = post(JSON, accept, body);
                    assertThat(response.statusCode()).as(body).isEqualTo(400);
                    assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
                    assertThat(requestId(response)).isNotBlank();
                }
            }
        }

        @Test
        @DisplayName("invalid parameter types are a 400")
        void invalidParameters() {
            for (String body : new String[] {"{\"query\": \"{ __typename }\", \"operationName\": 1}",
                    "{\"query\": \"{ __typename }\", \"variables\": \"string\"}",
                    "{\"query\": \"{ __typename }\", \"variables\": [1]}",
                    "{\"query\": \"{ __typename }\", \"extensions\": false}"}) {
                assertThat(post(JSON, null, body).statusCode()).as(body).isEqualTo(400);
            }
        }

        @Test
        @DisplayName("invalid JSON, a non-object and an empty body are a 400 with either media type")
        void invalidJson() {
            for (String body : new String[] {"{ \"not a JSON", "[1, 2]", "\"text\"", ""}) {
                for (String accept : new String[] {JSON, GRAPHQL_RESPONSE}) {
                    HttpResponse<String> response = post(JSON, accept, body);
                    assertThat(response.statusCode()).as(body).isEqualTo(400);
                    assertThat(contentType(response)).startsWith(accept);
                    assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
                }
            }
        }
    }

    @Nested
    @DisplayName("status codes")
    class StatusCodes {

        @Test
        @DisplayName("graphql-response+json: a syntax error is a 400 without data, with code and request id")
        void syntaxErrorGraphQLResponse() {
            HttpResponse<String> response = post(JSON, GRAPHQL_RESPONSE, "{\"query\": \"{\"}");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(contentType(response)).isEqualTo(GRAPHQL_RESPONSE + "; charset=utf-8");
            assertThat(json(response).containsKey("data")).isFalse();
            assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
            assertThat(requestId(response)).isEqualTo(response.headers().firstValue(RequestIds.HEADER).orElseThrow());
        }

        @Test
        @DisplayName("graphql-response+json: validation errors, unknown operations and variable coercion failures are 400s")
        void requestErrorsGraphQLResponse() {
            for (String body : new String[] {"{\"query\": \"{ noSuchField }\"}",
                    "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}",
                    "{\"query\": \"query A { __typename } query B { __typename }\"}",
                    "{\"query\": \"query Q($id: ID!) { __typename }\", \"variables\": {\"id\": null}}"}) {
                HttpResponse<String> response = post(JSON, GRAPHQL_RESPONSE, body);
                assertThat(response.statusCode()).as(body).isEqualTo(400);
                assertThat(json(response).containsKey("data")).as(body).isFalse();
                assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
            }
        }

        @Test
        @DisplayName("graphql-response+json: an execution (field) error is a 200 with data")
        void executionErrorGraphQLResponse() {
            HttpResponse<String> response = post(JSON, GRAPHQL_RESPONSE,
                    "{\"query\": \"{ researcher(slug: \\\"a\\\", id: \\\"b\\\") { displayName } }\"}");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonObject body = json(response);
            assertThat(body.getJsonObject("data").getMap()).containsEntry("researcher", null);
            assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
            assertThat(requestId(response)).isEqualTo(response.headers().firstValue(RequestIds.HEADER).orElseThrow());
        }

        @Test
        @DisplayName("application/json: GraphQL errors of a well-formed request are 200s, with code and request id")
        void errorsJson() {
            for (String body : new String[] {"{\"query\": \"{\"}", "{\"query\": \"{ noSuchField }\"}",
                    "{\"query\": \"query Q($id: ID!) { __typename }\", \"variables\": {\"id\": null}}",
                    "{\"query\": \"{ researcher(slug: \\\"a\\\", id: \\\"b\\\") { displayName } }\"}"}) {
                for (String accept : new String[] {null, JSON, "*/*"}) {
                    HttpResponse<String> response = post(JSON, accept, body);
                    assertThat(response.statusCode()).as(body).isEqualTo(200);
                    assertThat(contentType(response)).startsWith(JSON + ";");
                    assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
                    assertThat(requestId(response)).isEqualTo(response.headers().firstValue(RequestIds.HEADER).orElseThrow());
                }
            }
        }
    }

    @Nested
    @DisplayName("Accept")
    class Accept {

        @Test
        @DisplayName("the response media type follows the Accept header")
        void negotiationOverHttp() {
            Map<String, String> expected = Map.of(
                    GRAPHQL_RESPONSE, GRAPHQL_RESPONSE,
                    GRAPHQL_RESPONSE + ", " + JSON + ";q=0.9", GRAPHQL_RESPONSE,
                    JSON, JSON,
                    "*/*", JSON,
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", JSON,
                    GRAPHQL_RESPONSE + ";q=0, " + JSON, JSON);
            expected.forEach((accept, type) -> {
                HttpResponse<String> response = post(JSON, accept, "{\"query\": \"{ __typename }\"}");
                assertThat(response.statusCode()).as(accept).isEqualTo(200);
                assertThat(contentType(response)).as(accept).isEqualTo(type + "; charset=utf-8");
            });
            assertThat(contentType(post(JSON, null, "{\"query\": \"{ __typename }\"}"))).startsWith(JSON + ";");
        }

        @Test
        @DisplayName("an Accept that allows neither media type is a 406")
        void notAcceptable() {
            for (String accept : new String[] {"text/html", "application/xml, text/*", JSON + ";q=0, " + GRAPHQL_RESPONSE + ";q=0"}) {
                HttpResponse<String> response = post(JSON, accept, "{\"query\": \"{ __typename }\"}");
                assertThat(response.statusCode()).as(accept).isEqualTo(406);
                assertThat(errorCode(response)).isEqualTo("BAD_USER_INPUT");
            }
            assertThat(get(Map.of("query", "{ __typename }"), "image/png").statusCode()).isEqualTo(406);
        }

        @Test
        @DisplayName("negotiation: q values, the most specific range, ties and malformed values")
        void negotiate() {
            assertThat(GraphQLHttpHandler.negotiate(null)).isEqualTo(JSON);
            assertThat(GraphQLHttpHandler.negotiate("  ")).isEqualTo(JSON);
            assertThat(GraphQLHttpHandler.negotiate("*/*")).isEqualTo(JSON);
            assertThat(GraphQLHttpHandler.negotiate("application/*")).isEqualTo(JSON);
            assertThat(GraphQLHttpHandler.negotiate("*; q=.2")).isEqualTo(JSON);
            assertThat(GraphQLHttpHandler.negotiate(JSON + ", " + GRAPHQL_RESPONSE)).isEqualTo(GRAPHQL_RESPONSE);
            assertThat(GraphQLHttpHandler.negotiate(GRAPHQL_RESPONSE + ";q=0.5, " + JSON)).isEqualTo(JSON);
            assertThat(GraphQLHttpHandler.negotiate(GRAPHQL_RESPONSE + ", */*;q=0.1")).isEqualTo(GRAPHQL_RESPONSE);
            assertThat(GraphQLHttpHandler.negotiate("Application/GraphQL-Response+JSON; charset=utf-8")).isEqualTo(GRAPHQL_RESPONSE);
            assertThat(GraphQLHttpHandler.negotiate(JSON + ";q=0, */*")).isEqualTo(GRAPHQL_RESPONSE);
            assertThat(GraphQLHttpHandler.negotiate(GRAPHQL_RESPONSE + ";q=zero, " + JSON + ";q=0.1")).isEqualTo(JSON);
            assertThat(GraphQLHttpHandler.negotiate("text/html")).isNull();
            assertThat(GraphQLHttpHandler.negotiate("*/*;q=0")).isNull();
        }

        @Test
        @DisplayName("request content type: application/json, UTF-8 or no charset")
        void requestContentType() {
            assertThat(GraphQLHttpHandler.isJsonUtf8("application/json")).isTrue();
            assertThat(GraphQLHttpHandler.isJsonUtf8("application/json;charset=UTF-8")).isTrue();
            assertThat(GraphQLHttpHandler.isJsonUtf8(" APPLICATION/JSON ; Charset=\"utf-8\"")).isTrue();
            assertThat(GraphQLHttpHandler.isJsonUtf8(null)).isFalse();
            assertThat(GraphQLHttpHandler.isJsonUtf8("application/json; charset=utf-16")).isFalse();
            assertThat(GraphQLHttpHandler.isJsonUtf8("application/graphql")).isFalse();
            assertThat(GraphQLHttpHandler.isJsonUtf8("text/plain")).isFalse();
        }
    }

    @Nested
    @DisplayName("the GraphQLRequest")
    class Request {

        @Test
        @DisplayName("carries the extensions of a POST body and of a GET")
        void extensions() {
            GraphQLRequest post = GraphQLHttpHandler.toRequest("{ __typename }", "Q", new JsonObject().put("a", 1),
                    new JsonObject().put("persistedQuery", Map.of("version", 1)), false);
            assertThat(post.extensions()).containsEntry("persistedQuery", Map.of("version", 1));
            assertThat(post.variables()).containsEntry("a", 1);
            assertThat(post.operationName()).isEqualTo("Q");

            GraphQLRequest get = GraphQLHttpHandler.fromQueryString(MultiMap.caseInsensitiveMultiMap()
                    .add("query", "{ __typename }").add("extensions", "{\"some\": {\"nested\": [1]}}"));
            assertThat(get.extensions()).containsEntry("some", Map.of("nested", List.of(1)));
            assertThat(get.variables()).isEmpty();
        }

        @Test
        @DisplayName("a persisted query may come without a query; anything else without one is refused")
        void persistedQuery() {
            GraphQLRequest persisted = GraphQLHttpHandler.toRequest(null, null, null,
                    new JsonObject().put("persistedQuery", Map.of("version", 1, "sha256Hash", "abc")), false);
            assertThat(persisted.query()).isNull();
            assertThat(persisted.extensions()).containsKey("persistedQuery");
            assertThatThrownBy(() -> GraphQLHttpHandler.toRequest(null, null, null,
                    new JsonObject().put("persistedQuery", "abc"), false))
                    .isInstanceOf(GraphQLHttpHandler.RequestError.class);
        }
    }

    // ---- HTTP ----

    private static HttpResponse<String> get(Map<String, String> params, String accept) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + query)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    private static HttpResponse<String> post(String contentType, String accept, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
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

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return new JsonObject(response.body());
    }

    private static JsonObject firstErrorExtensions(HttpResponse<String> response) {
        return json(response).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
    }

    private static String errorCode(HttpResponse<String> response) {
        return firstErrorExtensions(response).getString("code");
    }

    private static String requestId(HttpResponse<String> response) {
        return firstErrorExtensions(response).getString("requestId");
    }

    /** The body without {@code extensions} (every response carries extensions.cost). */
    private static JsonObject dataOf(HttpResponse<String> response) {
        JsonObject body = json(response);
        assertThat(body.getJsonObject("extensions").getJsonObject("cost").getLong("maximum")).isPositive();
        body.remove("extensions");
        return body;
    }
}
