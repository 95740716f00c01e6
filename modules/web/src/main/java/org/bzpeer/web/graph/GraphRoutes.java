package org.bzpeer.web.graph;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bzpeer.core.rules.Slugs;
import org.bzpeer.web.pages.PageSupport;
import org.bzpeer.web.view.ErrorView;

/**
 * The research graph as pictures: the profile's slice fragment ({@code /fragments/researchers/{slug}/graph},
 * swapped in by the profile's {@code <bz-include>}) and the full explorer ({@code /explore/{slug}}). Both are
 * server-rendered SVG with a deterministic layout ({@link GraphLayout}) and a text list of the same connections.
 */
public final class GraphRoutes {

    static final String FRAGMENT_OPERATION = "fragments/graph.graphql";
    static final String EXPLORE_OPERATION = "pages/explore.graphql";
    /** The profile's slice: one step, at most this many nodes (centre included). */
    public static final int SLICE_LIMIT = 24;
    /** The explorer's limits at depth 1 and 2. */
    public static final int EXPLORE_LIMIT_DEPTH_1 = 40;
    public static final int EXPLORE_LIMIT_DEPTH_2 = 60;
    /** Sent for an unknown or malformed researcher address: a fragment, not a page. */
    static final String MISSING_FRAGMENT =
            "<p class=\"graph-missing\">There is no researcher at this address, so there is no graph to show.</p>";

    private final PageSupport pages;

    public GraphRoutes(PageSupport pages) {
        this.pages = pages;
        pages.register(FRAGMENT_OPERATION);
        pages.register(EXPLORE_OPERATION);
    }

    public void mount(Router router) {
        router.get("/fragments/researchers/:slug/graph").handler(this::fragment);
        router.get("/explore/:slug").handler(this::explore);
    }

    /** The profile's graph slice, as an HTML fragment (no layout). */
    void fragment(RoutingContext rc) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            pages.send(rc, 404, MISSING_FRAGMENT);
            return;
        }
        pages.run(rc, FRAGMENT_OPERATION, Map.of("slug", slug), data -> {
            Map<String, Object> slice = slice(data);
            if (slice == null) {
                pages.send(rc, 404, MISSING_FRAGMENT);
                return;
            }
            GraphView graph = GraphView.build(SliceData.from(slice), "graph-slice", "slice",
                    GraphView.allKinds());
            pages.render(rc, 200, "fragments/graph.jte", graph);
        });
    }

    /** The explorer: depth 1 or 2 and a kind filter, as plain GET parameters. */
    void explore(RoutingContext rc) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            pages.renderError(rc, ErrorView.notFound("There is no researcher to explore at this address."));
            return;
        }
        int depth;
        Set<NodeKind> kinds;
        try {
            depth = depth(rc.queryParams().getAll("depth"));
            kinds = kinds(rc.queryParams().getAll("kind"));
        } catch (IllegalArgumentException e) {
            pages.renderError(rc, new ErrorView(400, "This graph view is not available", e.getMessage(), null));
            return;
        }
        int limit = depth == 2 ? EXPLORE_LIMIT_DEPTH_2 : EXPLORE_LIMIT_DEPTH_1;
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", slug);
        variables.put("depth", depth);
        variables.put("limit", limit);
        pages.run(rc, EXPLORE_OPERATION, variables, data -> {
            Map<String, Object> slice = slice(data);
            if (slice == null) {
                pages.renderError(rc, ErrorView.notFound("There is no researcher to explore at /explore/" + slug + "."));
                return;
            }
            GraphView graph = GraphView.build(SliceData.from(slice), "graph-explore", "explorer", kinds);
            pages.render(rc, 200, "pages/explore.jte", ExploreView.of(graph, depth, limit, kinds));
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> slice(Map<String, Object> data) {
        Map<String, Object> researcher = (Map<String, Object>) data.get("researcher");
        return researcher == null ? null : (Map<String, Object>) researcher.get("graphSlice");
    }

    /** {@code depth}: absent or empty → 1; else exactly "1" or "2". */
    static int depth(List<String> values) {
        List<String> given = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (given.isEmpty()) {
            return 1;
        }
        if (given.size() > 1) {
            throw new IllegalArgumentException("Give one depth, 1 or 2; this address gives " + given.size() + ".");
        }
        return switch (given.get(0)) {
            case "1" -> 1;
            case "2" -> 2;
            default -> throw new IllegalArgumentException("The depth must be 1 (direct connections) or 2 (two steps "
                    + "away), not “" + shorten(given.get(0)) + "”.");
        };
    }

    /** {@code kind} (repeatable, case-insensitive): none → every kind; an unknown kind is an error. */
    static Set<NodeKind> kinds(List<String> values) {
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            kinds.add(NodeKind.parse(value).orElseThrow(() -> new IllegalArgumentException(
                    "The kind “" + shorten(value) + "” is not one this graph knows; use RESEARCHER, WORK, TOPIC or "
                            + "INSTITUTION.")));
        }
        return kinds.isEmpty() ? EnumSet.allOf(NodeKind.class) : kinds;
    }

    private static String shorten(String value) {
        String clean = value.strip();
        return clean.length() <= 40 ? clean : clean.substring(0, 39) + "…";
    }
}
