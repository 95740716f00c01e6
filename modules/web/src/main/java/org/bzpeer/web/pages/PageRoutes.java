package org.bzpeer.web.pages;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bzpeer.api.GraphQLRequest;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.http.RequestIds;
import org.bzpeer.core.rules.Slugs;
import org.bzpeer.web.Operations;
import org.bzpeer.web.Templates;
import org.bzpeer.web.view.ErrorView;
import org.bzpeer.web.view.ProfileView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-rendered pages. Each page runs its GraphQL operation in-process (the page is a client of the gateway),
 * maps the result to a view record and renders its template.
 */
public final class PageRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(PageRoutes.class);
    public static final int WORKS_PER_PAGE = 20;
    private static final String HTML = "text/html; charset=utf-8";

    private final GraphQLService graphql;
    private final Templates templates;
    private final Operations operations = new Operations();
    /** Operation file → its persisted-query hash: the pages' operations are registered at start. */
    private final Map<String, String> hashes = new HashMap<>();

    public PageRoutes(GraphQLService graphql, Templates templates) {
        this.graphql = graphql;
        this.templates = templates;
        for (String operation : List.of("pages/profile.graphql")) {
            hashes.put(operation, graphql.persist(operations.get(operation)));
        }
    }

    public void mount(Router router) {
        router.get("/researchers/:slug").handler(this::profile);
    }

    void profile(RoutingContext rc) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            renderError(rc, ErrorView.notFound("There is no researcher profile at this address."));
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", slug);
        variables.put("worksFirst", WORKS_PER_PAGE);
        String after = rc.queryParams().get("after");
        if (after != null) {
            variables.put("worksAfter", after);
        }
        run(rc, "pages/profile.graphql", variables, data -> {
            Map<String, Object> researcher = cast(data.get("researcher"));
            if (researcher == null) {
                renderError(rc, ErrorView.notFound("There is no researcher profile at /researchers/" + slug + "."));
                return;
            }
            send(rc, 200, templates.render("pages/profile.jte", ProfileView.from(researcher)));
        });
    }

    private interface DataHandler {
        void handle(Map<String, Object> data);
    }

    /** Executes a page operation; client-caused errors (a stale cursor) become a 400 page, others a 500 page. */
    private void run(RoutingContext rc, String operation, Map<String, Object> variables, DataHandler handler) {
        String requestId = RequestIds.of(rc);
        // By hash, as a CDN-friendly client would: the document was registered and parsed once.
        Map<String, Object> persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hashes.get(operation)));
        graphql.execute(new GraphQLRequest(null, null, variables, persisted), requestId)
                .whenComplete((result, failure) -> rc.vertx().runOnContext(v -> {
                    try {
                        if (failure != null) {
                            throw failure;
                        }
                        if (!result.getErrors().isEmpty()) {
                            handleErrors(rc, operation, result);
                            return;
                        }
                        handler.handle(result.getData());
                    } catch (Throwable t) {
                        LOG.error("request {}: rendering {} failed", requestId, operation, t);
                        renderError(rc, ErrorView.internal(requestId));
                    }
                }));
    }

    private void handleErrors(RoutingContext rc, String operation, ExecutionResult result) {
        List<GraphQLError> errors = result.getErrors();
        boolean clientCaused = errors.stream().allMatch(e -> e.getExtensions() != null
                && "BAD_USER_INPUT".equals(e.getExtensions().get("code")));
        if (clientCaused) {
            renderError(rc, new ErrorView(400, "This link is not valid",
                    "Part of this address is malformed or out of date: " + errors.get(0).getMessage(), null));
        } else {
            LOG.error("request {}: {} answered with errors {}", RequestIds.of(rc), operation, errors);
            renderError(rc, ErrorView.internal(RequestIds.of(rc)));
        }
    }

    /** Renders an error page with its status; also used by the server's failure handler. */
    public void renderError(RoutingContext rc, ErrorView error) {
        if (rc.response().ended()) {
            return;
        }
        send(rc, error.status(), templates.render("pages/error.jte", error));
    }

    private static void send(RoutingContext rc, int status, String html) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, HTML).end(html);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
