package org.bzpeer.web.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bzpeer.api.GraphQLService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GraphiQL's page and assets on a bare router: no database, no other routes but a plain 404. */
class GraphiQLRoutesTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ATTRIBUTE_URL = Pattern.compile("\\b(?:src|href|action)=\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLESHEET = Pattern.compile("<link\\b[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private static Vertx vertx;
    private static HttpServer server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new GraphiQLRoutes().mount(router);
        router.route().last().handler(rc -> rc.response().setStatusCode(404).end("not found"));
        server = vertx.createHttpServer().requestHandler(router).listen(0)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("GET /graphiql is an HTML page with a title, a language and a link back to the site")
    void page() throws Exception {
        HttpResponse<String> page = get("/graphiql");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("cache-control")).hasValue("no-cache");
        assertThat(page.body())
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en\">")
                .contains("<title>GraphQL explorer · BZPeer</title>")
                .contains("<a class=\"bz-graphiql-brand\" href=\"/\">BZPeer</a>")
                .contains("id=\"graphiql\"")
                .contains("data-endpoint=\"/graphql\"");
    }

    @Test
    @DisplayName("the page has no inline script, and every address in it is on this origin")
    void noInlineScriptAndSameOriginOnly() throws Exception {
        String html = get("/graphiql").body();
        Matcher scripts = SCRIPT.matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("script tag attributes").containsPattern("\\bsrc=\"/");
            assertThat(scripts.group(2)).as("script body").isBlank();
        }
        assertThat(count).as("scripts: React, ReactDOM, GraphiQL, init.js").isEqualTo(4);
        assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContainPattern("(?i)javascript:");

        Matcher urls = ATTRIBUTE_URL.matcher(html);
        List<String> found = new ArrayList<>();
        while (urls.find()) {
            found.add(urls.group(1));
        }
        assertThat(found).isNotEmpty().allSatisfy(url -> assertThat(url)
                .as("same-origin relative address").startsWith("/").doesNotStartWith("//").doesNotContain("\\"));
        assertThat(html).doesNotContainPattern("(?i)https?://");
    }

    @Test
    @DisplayName("every script and stylesheet the page names is served with its content type and a year of caching")
    void assets() throws Exception {
        String html = get("/graphiql").body();
        List<String> scripts = all(SRC, html);
        List<String> stylesheets = all(STYLESHEET, html);
        assertThat(scripts).hasSize(4).last().asString().startsWith("/graphiql/assets/init.js?v=");
        assertThat(stylesheets).hasSize(2);

        for (String src : scripts) {
            HttpResponse<String> js = get(src);
            assertThat(js.statusCode()).as(src).isEqualTo(200);
            assertThat(js.headers().firstValue("content-type")).as(src).get().asString()
                    .matches("(?i)(application|text)/javascript(;\\s*charset=utf-8)?");
            assertLongLived(src, js);
        }
        for (String href : stylesheets) {
            HttpResponse<String> css = get(href);
            assertThat(css.statusCode()).as(href).isEqualTo(200);
            assertThat(css.headers().firstValue("content-type")).as(href).hasValue("text/css;charset=UTF-8");
            assertLongLived(href, css);
            // Fonts and images inside GraphiQL's CSS are data: URLs; nothing is loaded from elsewhere.
            assertThat(css.body()).doesNotContainPattern("url\\(\\s*[\"']?(?!data:)[^)]*\\)")
                    .doesNotContain("@import");
        }
        assertThat(get(scripts.get(2)).body()).as("GraphiQL's UMD bundle").contains("window.ReactDOM");
    }

    @Test
    @DisplayName("nothing but the listed assets is served under /graphiql/assets/")
    void onlyListedAssets() throws Exception {
        String html = get("/graphiql").body();
        String graphiqlJs = all(SRC, html).get(2);
        String vendorDir = graphiqlJs.substring(0, graphiqlJs.lastIndexOf('/') + 1);
        for (String path : List.of(
                vendorDir + "package.json",
                vendorDir + "graphiql.js",
                "/graphiql/assets/vendor/react/" + GraphiQLRoutes.webjarVersion("react") + "/umd/react.development.js",
                "/graphiql/assets/vendor/graphiql/0.0.1/graphiql.min.js",
                "/graphiql/assets/examples/seed-profile.graphql",
                "/graphiql/assets/",
                "/graphiql/assets/vendor/",
                "/graphiql/assets/vendor/graphiql/../react/" + GraphiQLRoutes.webjarVersion("react") + "/package.json",
                "/graphiql/assets/%2e%2e/%2e%2e/META-INF/MANIFEST.MF")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(get("/graphiql/assets/init.js").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("the example operations are valid against schema.graphqls, SeedProfile first, and embedded in the page")
    void examples() throws Exception {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(resource(GraphQLService.SCHEMA_RESOURCE)));
        List<GraphiQLRoutes.Example> examples = GraphiQLRoutes.examples();
        assertThat(examples).hasSize(3);
        String html = get("/graphiql").body();
        List<String> operationNames = new ArrayList<>();
        for (GraphiQLRoutes.Example example : examples) {
            Document document = Parser.parse(example.query());
            List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
            assertThat(errors).as(example.query()).isEmpty();

            OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
            assertThat(document.getDefinitionsOfType(OperationDefinition.class)).hasSize(1);
            operationNames.add(operation.getName());
            List<String> declared = operation.getVariableDefinitions().stream().map(VariableDefinition::getName).toList();
            if (example.variables().isEmpty()) {
                assertThat(declared).isEmpty();
            } else {
                assertThat(new JsonObject(example.variables()).fieldNames()).containsExactlyInAnyOrderElementsOf(declared);
            }
            // The page carries the operation text, HTML-escaped, inside a <template>.
            String firstLine = example.query().lines().filter(l -> l.startsWith("query ")).findFirst().orElseThrow();
            assertThat(html).contains(firstLine.replace("\"", "&#34;"));
        }
        assertThat(operationNames).containsExactly("SeedProfile", "WorksPage", "RefetchById");
        assertThat(examples.get(0).query()).contains("researcher(slug: \"piotr-zielinski\")");
    }

    private static void assertLongLived(String url, HttpResponse<String> response) {
        assertThat(response.headers().firstValue("cache-control")).as(url)
                .hasValue("public, immutable, max-age=31536000");
        assertThat(response.headers().firstValue("x-content-type-options")).as(url).hasValue("nosniff");
        assertThat(response.body()).as(url).isNotBlank();
    }

    private static List<String> all(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GraphiQLRoutesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
