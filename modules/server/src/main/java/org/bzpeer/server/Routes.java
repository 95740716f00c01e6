package org.bzpeer.server;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Map;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.http.GraphQLHttpHandler;
import org.bzpeer.api.accounts.AccountService;
import org.bzpeer.api.accounts.FollowService;
import org.bzpeer.store.Store;
import org.bzpeer.api.http.RequestIds;
import org.bzpeer.api.http.SessionHandler;
import org.bzpeer.store.Db;
import org.bzpeer.web.graphiql.GraphiQLRoutes;
import org.bzpeer.web.AssetRoutes;
import org.bzpeer.web.graph.GraphRoutes;
import org.bzpeer.web.pages.AccountRoutes;
import org.bzpeer.web.pages.BrowseRoutes;
import org.bzpeer.web.pages.PageSupport;
import org.bzpeer.web.pages.ProfileRoutes;
import org.bzpeer.web.view.ErrorView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every route of the server, assembled in one place, in the order requests meet them. */
final class Routes {

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    /** GraphQL documents and variables are small; anything larger is refused with 413. */
    static final long BODY_LIMIT_BYTES = 100 * 1024;

    private Routes() {
    }

    static Router build(Vertx vertx, Store store, GraphQLService graphql, PageSupport pages, AccountService accounts,
                        org.bzpeer.api.accounts.ClaimService claims) {
        Db db = store.db();
        Router router = Router.router(vertx);
        router.route().handler(RequestIds::assign);
        router.route().handler(Routes::logRequest);
        router.route().handler(Routes::securityHeaders);
        router.route().handler(new SessionHandler(accounts));

        router.get("/health").handler(new HealthHandler(db));
        router.get("/schema.graphqls").handler(rc -> rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(graphql.schemaText()));

        GraphQLHttpHandler graphqlHandler = new GraphQLHttpHandler(graphql);
        router.post("/graphql").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
        router.post("/graphql").handler(graphqlHandler);
        router.get("/graphql").handler(graphqlHandler);
        router.route("/graphql").handler(rc -> rc.response().setStatusCode(405)
                .putHeader(HttpHeaders.ALLOW, "GET, POST").end());

        new AssetRoutes().mount(router);

        new GraphiQLRoutes().mount(router);
        org.bzpeer.web.pages.ClaimRoutes claimRoutes = new org.bzpeer.web.pages.ClaimRoutes(pages, claims, store.researchers());
        claimRoutes.mount(router);
        org.bzpeer.web.pages.CollaborationRoutes collaborationRoutes = new org.bzpeer.web.pages.CollaborationRoutes(pages,
                new org.bzpeer.api.accounts.CollaborationService(store.invitations()),
                store.researchers());
        collaborationRoutes.mount(router);
        new AccountRoutes(pages, accounts).withClaims(claims, claimRoutes, store.researchers())
                .withCollaboration(collaborationRoutes).withFollows(store.follows()).mount(router);
        new ProfileRoutes(pages, new FollowService(store.follows()), store.researchers()).withClaims(claimRoutes)
                .withCollaboration(collaborationRoutes).mount(router);
        new BrowseRoutes(pages).mount(router);
        new GraphRoutes(pages).mount(router);

        router.route().last().handler(rc -> pages.renderError(rc,
                ErrorView.notFound("There is nothing at this address. It may have moved, or the link may be mistyped.")));
        router.route().failureHandler(rc -> failure(rc, pages));
        // Vert.x refuses paths it cannot decode (e.g. "%ZZ") before routing; for a page address that is a 404.
        router.errorHandler(400, rc -> pages.renderError(rc, ErrorView.notFound("There is nothing at this address.")));
        return router;
    }

    /**
     * A Content-Security-Policy that allows nothing from elsewhere and no inline script; pages may tighten or
     * (GraphiQL's styles) loosen it for themselves.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static void securityHeaders(RoutingContext rc) {
        rc.response()
                .putHeader("Content-Security-Policy", CSP)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        rc.next();
    }

    /** One line per request, with the request id that error responses also carry. */
    private static void logRequest(RoutingContext rc) {
        long start = System.nanoTime();
        rc.addBodyEndHandler(v -> LOG.info("request {} {} {} {} {}ms", RequestIds.of(rc), rc.request().method(),
                rc.request().path(), rc.response().getStatusCode(), (System.nanoTime() - start) / 1_000_000));
        rc.next();
    }

    /** One failure handler: a GraphQL-shaped error for /graphql, an HTML page for everything else. */
    private static void failure(RoutingContext rc, PageSupport pages) {
        int status = rc.statusCode() < 400 ? 500 : rc.statusCode();
        String requestId = RequestIds.of(rc);
        if (status >= 500) {
            LOG.error("request {}: {} {} failed", requestId, rc.request().method(), rc.request().path(), rc.failure());
        }
        if (rc.response().ended()) {
            return;
        }
        String path = rc.request().path();
        if (path != null && path.startsWith("/graphql")) {
            String message = switch (status) {
                case 413 -> "The request body is larger than " + BODY_LIMIT_BYTES / 1024 + " KiB.";
                case 400 -> "The request could not be read.";
                default -> "Internal error; request id " + requestId;
            };
            rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                    .end(new JsonObject().put("errors", List.of(Map.of("message", message, "extensions",
                            Map.of("code", status >= 500 ? "INTERNAL" : "BAD_USER_INPUT", "requestId", requestId))))
                            .encode());
            return;
        }
        // A page address that cannot even be decoded names nothing: that is a 404, not a server error.
        if (status == 400 && "GET".equals(rc.request().method().name())) {
            pages.renderError(rc, ErrorView.notFound("There is nothing at this address."));
        } else if (status >= 500) {
            pages.renderError(rc, ErrorView.internal(requestId));
        } else {
            pages.renderError(rc, new ErrorView(status, "Request not accepted",
                    "The server could not handle this request (HTTP " + status + ").", requestId));
        }
    }
}
