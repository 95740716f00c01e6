package org.bzpeer.web.graphiql;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.bzpeer.web.Templates;

/**
 * GraphiQL at {@code /graphiql}, served from this origin only (no CDN): the page ({@code templates/pages/graphiql.jte}),
 * GraphiQL's UMD bundle and the React 18 UMD builds it expects as globals (from WebJars on the classpath), and
 * our own {@code init.js}, which renders GraphiQL with example operations for the seed profile. The page has no
 * inline script.
 *
 * <p>Every asset address carries a version: the WebJar's version in the path, a content hash in the query for
 * our own files. So assets are cached for a year ({@code immutable}) while the page itself is revalidated on
 * every visit. Only the listed files are served; any other address under {@code /graphiql/assets/} falls
 * through to the site's 404 page.
 */
public final class GraphiQLRoutes {

    public static final String PAGE = "/graphiql";
    public static final String ENDPOINT = "/graphql";
    static final String ASSETS = "/graphiql/assets/";
    static final String VENDOR = ASSETS + "vendor/";

    private static final String WEBJARS = "META-INF/resources/webjars";
    private static final String OWN = "webroot/graphiql";
    private static final String EXAMPLES = OWN + "/examples/";
    private static final int YEAR_SECONDS = 365 * 24 * 60 * 60;

    /** A file in a WebJar: {@code META-INF/resources/webjars/<webjar>/<version>/<file>}. */
    private record VendorFile(String webjar, String file) {
    }

    private static final List<VendorFile> VENDOR_STYLES = List.of(
            new VendorFile("graphiql", "graphiql.min.css"));
    /** In load order: GraphiQL's UMD bundle reads {@code window.React} and {@code window.ReactDOM}. */
    private static final List<VendorFile> VENDOR_SCRIPTS = List.of(
            new VendorFile("react", "umd/react.production.min.js"),
            new VendorFile("react-dom", "umd/react-dom.production.min.js"),
            new VendorFile("graphiql", "graphiql.min.js"));
    private static final List<String> OWN_STYLES = List.of("graphiql-page.css");
    private static final List<String> OWN_SCRIPTS = List.of("init.js");

    /** The example operations GraphiQL opens with, one tab each, in this order (files in {@code examples/}). */
    static final List<String> EXAMPLE_NAMES = List.of("seed-profile", "works-page", "refetch-by-id");

    /** One example tab: the operation, and its variables as JSON text (empty when it has none). */
    public record Example(String query, String variables) {
    }

    /** The one parameter of {@code pages/graphiql.jte}. */
    public record Page(String endpoint, List<String> stylesheets, List<String> scripts, List<Example> examples) {
    }

    private final Templates templates;

    public GraphiQLRoutes() {
        this(Templates.precompiled());
    }

    public GraphiQLRoutes(Templates templates) {
        this.templates = templates;
    }

    public void mount(Router router) {
        Set<String> vendorPaths = new HashSet<>();
        Set<String> ownPaths = new HashSet<>();
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (VendorFile f : VENDOR_STYLES) {
            stylesheets.add(vendorUrl(f, vendorPaths));
        }
        for (String f : OWN_STYLES) {
            stylesheets.add(ownUrl(f, ownPaths));
        }
        for (VendorFile f : VENDOR_SCRIPTS) {
            scripts.add(vendorUrl(f, vendorPaths));
        }
        for (String f : OWN_SCRIPTS) {
            scripts.add(ownUrl(f, ownPaths));
        }
        String html = templates.render("pages/graphiql.jte",
                new Page(ENDPOINT, List.copyOf(stylesheets), List.copyOf(scripts), examples()));

        router.route(PAGE).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(rc -> rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                // The page names the current asset versions, so it is revalidated; the assets are immutable.
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader("X-Content-Type-Options", "nosniff")
                // GraphiQL sets element styles at run time; scripts stay same-origin only.
                .putHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'")
                .end(html));

        router.route(VENDOR + "*").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(only(vendorPaths, staticHandler(WEBJARS)));
        router.route(ASSETS + "*").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(only(ownPaths, staticHandler(OWN)));
    }

    private static StaticHandler staticHandler(String root) {
        return StaticHandler.create(root)
                .setCachingEnabled(true)
                .setMaxAgeSeconds(YEAR_SECONDS)
                .setDirectoryListing(false)
                .setIncludeHidden(false);
    }

    /** Serves only the listed paths; anything else goes on to the next route (in the end, the 404 page). */
    private static Handler<RoutingContext> only(Set<String> paths, StaticHandler files) {
        Set<String> allowed = Set.copyOf(paths);
        return rc -> {
            if (allowed.contains(rc.normalizedPath())) {
                rc.response().putHeader("X-Content-Type-Options", "nosniff");
                files.handle(rc);
            } else {
                rc.next();
            }
        };
    }

    /** {@code /graphiql/assets/vendor/<webjar>/<version>/<file>}; fails at start when the WebJar is missing. */
    private static String vendorUrl(VendorFile f, Set<String> paths) {
        String version = webjarVersion(f.webjar());
        String relative = f.webjar() + "/" + version + "/" + f.file();
        if (GraphiQLRoutes.class.getClassLoader().getResource(WEBJARS + "/" + relative) == null) {
            throw new IllegalStateException("GraphiQL asset missing from the classpath: " + WEBJARS + "/" + relative);
        }
        String path = VENDOR + relative;
        paths.add(path);
        return path;
    }

    /** {@code /graphiql/assets/<file>?v=<content hash>}. */
    private static String ownUrl(String file, Set<String> paths) {
        String path = ASSETS + file;
        paths.add(path);
        return path + "?v=" + sha256(read(OWN + "/" + file)).substring(0, 12);
    }

    /** The version of an npm WebJar, from the Maven metadata the WebJar carries. */
    static String webjarVersion(String webjar) {
        String resource = "META-INF/maven/org.webjars.npm/" + webjar + "/pom.properties";
        Properties properties = new Properties();
        try (InputStream in = GraphiQLRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WebJar org.webjars.npm:" + webjar + " is not on the classpath ("
                        + resource + " missing)");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(resource + " names no version");
        }
        return version.trim();
    }

    /** The example operations with their variables, in tab order. */
    static List<Example> examples() {
        return EXAMPLE_NAMES.stream().map(GraphiQLRoutes::example).toList();
    }

    private static Example example(String name) {
        String query = new String(read(EXAMPLES + name + ".graphql"), StandardCharsets.UTF_8).strip() + "\n";
        String variablesResource = EXAMPLES + name + ".variables.json";
        String variables = GraphiQLRoutes.class.getClassLoader().getResource(variablesResource) == null
                ? ""
                : new String(read(variablesResource), StandardCharsets.UTF_8).strip();
        return new Example(query, variables);
    }

    private static byte[] read(String resource) {
        try (InputStream in = GraphiQLRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("GraphiQL resource missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
