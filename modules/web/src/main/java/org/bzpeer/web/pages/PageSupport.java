package org.bzpeer.web.pages;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bzpeer.api.GraphQLRequest;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.http.RequestIds;
import org.bzpeer.api.http.SessionHandler;
import org.bzpeer.core.model.Account;
import org.bzpeer.web.session.Csrf;
import org.bzpeer.web.view.AccountNav;
import org.bzpeer.web.Operations;
import org.bzpeer.web.Templates;
import org.bzpeer.web.view.ErrorView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every page and fragment route shares: running the page's GraphQL operation in-process (by its persisted
 * hash, registered at start), turning errors into error pages, and sending rendered HTML.
 */
public final class PageSupport {

    private static final Logger LOG = LoggerFactory.getLogger(PageSupport.class);
    public static final String HTML = "text/html; charset=utf-8";
    static final String ACCOUNT_NAV_MARKER = "<span class=\"account-nav-slot\"></span>";

    /** Receives the {@code data} of a successful operation. */
    @FunctionalInterface
    public interface DataHandler {
        void handle(Map<String, Object> data);
    }

    private final GraphQLService graphql;
    private final Templates templates;
    private final Operations operations = new Operations();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public PageSupport(GraphQLService graphql, Templates templates) {
        this.graphql = graphql;
        this.templates = templates;
    }

    public Templates templates() {
        return templates;
    }

    /** Registers an operation file (e.g. {@code pages/profile.graphql}) for persisted use; call at start. */
    public void register(String operationFile) {
        hashes.put(operationFile, graphql.persist(operations.get(operationFile)));
    }

    /**
     * Executes a registered page operation and hands its data to {@code handler} on the request's context.
     * Client-caused errors (a stale cursor) become a 400 page, anything else a 500 page.
     */
    public void run(RoutingContext rc, String operationFile, Map<String, Object> variables, DataHandler handler) {
        String hash = hashes.get(operationFile);
        if (hash == null) {
            throw new IllegalStateException(operationFile + " was not registered at start");
        }
        String requestId = RequestIds.of(rc);
        Map<String, Object> persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
        graphql.execute(new GraphQLRequest(null, null, variables, persisted), requestId, true, SessionHandler.viewer(rc))
                .whenComplete((result, failure) -> rc.vertx().runOnContext(v -> {
                    try {
                        if (failure != null) {
                            throw failure;
                        }
                        if (!result.getErrors().isEmpty()) {
                            handleErrors(rc, operationFile, result);
                            return;
                        }
                        handler.handle(result.getData());
                    } catch (Throwable t) {
                        LOG.error("request {}: rendering {} failed", requestId, operationFile, t);
                        renderError(rc, ErrorView.internal(requestId));
                    }
                }));
    }

    private void handleErrors(RoutingContext rc, String operationFile, ExecutionResult result) {
        List<GraphQLError> errors = result.getErrors();
        boolean clientCaused = errors.stream().allMatch(e -> e.getExtensions() != null
                && "BAD_USER_INPUT".equals(e.getExtensions().get("code")));
        if (clientCaused) {
            renderError(rc, new ErrorView(400, "This link is not valid",
                    "Part of this address is malformed or out of date: " + errors.get(0).getMessage(), null));
        } else {
            LOG.error("request {}: {} answered with errors {}", RequestIds.of(rc), operationFile, errors);
            renderError(rc, ErrorView.internal(RequestIds.of(rc)));
        }
    }

    /** Renders {@code template} with {@code model} and sends it with {@code status}. */
    public void render(RoutingContext rc, int status, String template, Object model) {
        send(rc, status, withAccountNav(rc, templates.render(template, model)));
    }

    /**
     * Fills the layout's account area for this visitor. Pages themselves stay the same for everyone, so
     * templates need no viewer parameter.
     */
    private String withAccountNav(RoutingContext rc, String html) {
        int marker = html.indexOf(ACCOUNT_NAV_MARKER);
        if (marker < 0) {
            return html;
        }
        Account viewer = SessionHandler.viewer(rc);
        AccountNav nav = viewer == null
                ? new AccountNav(null, null, localPath(rc))
                : new AccountNav(viewer.displayName(), Csrf.token(rc), localPath(rc));
        return html.substring(0, marker) + templates.render("partials/account-nav.jte", nav)
                + html.substring(marker + ACCOUNT_NAV_MARKER.length());
    }

    /** The current path, for "come back here after logging in". */
    private static String localPath(RoutingContext rc) {
        String uri = rc.request().uri();
        return uri == null || !uri.startsWith("/") || uri.startsWith("//") ? "/" : uri;
    }

    // ---- forms: shared by every route class that takes a post ----

    /** The refusal for a post whose CSRF token is missing or wrong. */
    public void expiredForm(RoutingContext rc) {
        renderError(rc, new ErrorView(403, "This form has expired",
                "The form did not carry a valid security token (it may be old, or sent from another site). "
                        + "Go back, reload the page and try again. Nothing was changed.", null));
    }

    /** A refused action as a page: 401, 403, 404 or 400 by the error's code; anything else is a server error. */
    public void refused(RoutingContext rc, Throwable cause) {
        if (cause instanceof org.bzpeer.api.errors.ApiException api) {
            renderError(rc, switch (api.code()) {
                case UNAUTHENTICATED -> new ErrorView(401, "Log in first", api.getMessage() + " Nothing was changed.", null);
                case FORBIDDEN -> new ErrorView(403, "Not allowed", api.getMessage() + " Nothing was changed.", null);
                case NOT_FOUND -> ErrorView.notFound(api.getMessage());
                default -> new ErrorView(400, "Not accepted", api.getMessage() + " Nothing was changed.", null);
            });
        } else {
            rc.fail(cause);
        }
    }

    /** Post-redirect-get. */
    public static void redirect(RoutingContext rc, String location) {
        rc.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, location)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
    }

    /** How pages show an instant: "3 December 2026, 16:01 UTC". */
    public static final java.time.format.DateTimeFormatter TIMESTAMP =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH);

    /**
     * The first checks of a member's form post: a valid CSRF token, then a signed-in account. Returns the account,
     * or null after rendering the refusal (403 expired form, or 401 with {@code title} and {@code why}).
     */
    public Account memberPost(RoutingContext rc, String title, String why) {
        if (!Csrf.verify(rc)) {
            expiredForm(rc);
            return null;
        }
        Account viewer = SessionHandler.viewer(rc);
        if (viewer == null) {
            renderError(rc, new ErrorView(401, title, why + " Nothing was changed.", null));
        }
        return viewer;
    }

    /** A form field, or "" when absent. */
    public static String field(RoutingContext rc, String name) {
        String value = rc.request().getFormAttribute(name);
        return value == null ? "" : value;
    }

    /** Renders an error page with its status; also used by the server's failure handler. */
    public void renderError(RoutingContext rc, ErrorView error) {
        if (rc.response().ended()) {
            return;
        }
        send(rc, error.status(), withAccountNav(rc, templates.render("pages/error.jte", error)));
    }

    /**
     * Sends HTML. Successful GETs carry a strong ETag of the body and are revalidated on every use
     * ({@code no-cache}), so a repeat visit with {@code If-None-Match} costs a 304 and no body.
     */
    public void send(RoutingContext rc, int status, String html) {
        if (rc.response().ended()) {
            return;
        }
        var response = rc.response().putHeader(HttpHeaders.CONTENT_TYPE, HTML);
        if (status == 200 && rc.request().method() == HttpMethod.GET) {
            String etag = etag(html);
            // Pages differ per signed-in visitor: shared caches must not keep those.
            response.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL,
                    SessionHandler.viewer(rc) == null ? "no-cache" : "private, no-cache");
            String ifNoneMatch = rc.request().getHeader(HttpHeaders.IF_NONE_MATCH);
            if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
                response.setStatusCode(304).end();
                return;
            }
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.setStatusCode(status).end(html);
    }

    static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
