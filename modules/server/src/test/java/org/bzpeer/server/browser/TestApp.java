package org.bzpeer.server.browser;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import org.bzpeer.server.BzpeerServer;
import org.bzpeer.server.Config;
import org.bzpeer.store.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The application for the web UI tests, started in-process like {@code ServerIT} (a {@link Config} on port 0, an
 * empty migrated database that the server fills with the demo graph) once per test JVM and shared by every test
 * class that asks for it as a {@code TestApp} parameter; JUnit stops it when all tests are done.
 */
public final class TestApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private final BzpeerServer server;
    private final String origin;
    private String topicSlug;
    private String institutionSlug;

    private TestApp(BzpeerServer server) {
        this.server = server;
        this.origin = "http://localhost:" + server.port();
    }

    /** Resolves {@code TestApp} parameters (of {@code @BeforeAll} methods) to the one shared application. */
    public static final class Resolver implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestApp.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestApp.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(TestApp.class, k -> start(), TestApp.class);
        }
    }

    private static TestApp start() {
        try {
            Config config = new Config(0, Optional.of(TestDatabases.migrated("web_ui")),
                    Files.createTempDirectory("bzpeer-data"), Optional.empty());
            return new TestApp(BzpeerServer.start(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    /** {@code http://localhost:PORT}, no trailing slash. */
    public String origin() {
        return origin;
    }

    public String url(String path) {
        return origin + path;
    }

    public HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The address of a page type, after checking over HTTP that it answers with the expected status. A page type
     * whose route has not landed yet (404 where 200 is expected) aborts the calling test with a message, so it is
     * reported as skipped, not failed; any other unexpected status (a 500) fails it.
     */
    public String pathOf(PageType page) {
        String path = switch (page) {
            case TOPIC -> "/topics/" + topicSlug();
            case INSTITUTION -> "/institutions/" + institutionSlug();
            default -> page.path;
        };
        int status = get(path).statusCode();
        if (status == 404 && page.expectedStatus == 200) {
            abortNotBuilt(path, page.description);
        }
        if (status != page.expectedStatus) {
            throw new AssertionError("GET " + path + " (" + page.description + ") answered " + status + ", expected "
                    + page.expectedStatus);
        }
        return path;
    }

    /** Aborts the calling test (skipped, with the reason) when GET {@code path} is 404: the route is not built yet. */
    public void assumeRouteExists(String path, String what) {
        if (get(path).statusCode() == 404) {
            abortNotBuilt(path, what);
        }
    }

    private static void abortNotBuilt(String path, String what) {
        String reason = "SKIPPED: GET " + path + " is 404, so " + what
                + " is not built yet; this check runs once the route lands.";
        System.err.println(reason);
        Assumptions.abort(reason);
    }

    /** Runs a GraphQL query over HTTP and returns its {@code data}. */
    public JsonObject graphql(String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/graphql")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).encode())).build();
        try {
            JsonObject body = new JsonObject(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            if (body.getJsonArray("errors") != null) {
                throw new IllegalStateException("GraphQL errors: " + body.getJsonArray("errors").encode());
            }
            return body.getJsonObject("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A topic of the demo graph (the seed researcher's), found through the API rather than hard-coded. */
    public synchronized String topicSlug() {
        if (topicSlug == null) {
            JsonArray edges = graphql("{ researcher(slug: \"piotr-zielinski\") { topics(first: 1) { edges { node { slug } } } } }")
                    .getJsonObject("researcher").getJsonObject("topics").getJsonArray("edges");
            topicSlug = edges.getJsonObject(0).getJsonObject("node").getString("slug");
        }
        return topicSlug;
    }

    /** An institution of the demo graph (Hannah Goldberg's affiliation). */
    public synchronized String institutionSlug() {
        if (institutionSlug == null) {
            JsonArray affiliations = graphql("{ researcher(slug: \"hannah-goldberg\") { affiliations { slug } } }")
                    .getJsonObject("researcher").getJsonArray("affiliations");
            institutionSlug = affiliations.getJsonObject(0).getString("slug");
        }
        return institutionSlug;
    }
}
