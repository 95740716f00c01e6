package org.bzpeer.web.view;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything {@code pages/search.jte} shows: the search form alone (no query yet), the reason a query was refused,
 * or one page of ranked results with the number of results of each kind. Read from {@code pages/search.graphql}.
 *
 * @param query   what was typed; null or blank before anything was
 * @param kind    the kind the results are limited to ({@code RESEARCHER}, {@code WORK}, {@code TOPIC}), or null for all
 * @param problem why the query was refused, or null
 * @param hits    this page's results, best first
 * @param total   how many results of the chosen kind(s) there are in all pages
 * @param filters one link per kind, with its count; empty unless results were looked up
 * @param pager   the link to the next results and back to the first
 */
public record SearchView(String query, String kind, String problem, List<Hit> hits, int total, List<Filter> filters,
                         Pager pager) {

    /** The kinds a search can be limited to, in the order the filters show them. */
    public static final List<String> KINDS = List.of("RESEARCHER", "WORK", "TOPIC");

    /** One result; {@code work} is set for works (shown like every list of works), the other fields for the rest. */
    public record Hit(String kind, String slug, String name, String meta, String detail, WorkSummary work) {
        public String href() {
            return switch (kind) {
                case "RESEARCHER" -> "/researchers/" + slug;
                case "TOPIC" -> "/topics/" + slug;
                default -> "/works/" + slug;
            };
        }
    }

    /** A plain link that limits the results to one kind (or shows all), with how many results it has. */
    public record Filter(String label, int count, String href, boolean active) {
    }

    /** A search worth trying. */
    public record Example(String label, String href) {
    }

    /** The form alone: nothing typed yet. */
    public static SearchView prompt(String kind) {
        return new SearchView(null, kind, null, List.of(), 0, List.of(), new Pager(null, null));
    }

    /** The form with the query and the reason it was refused. */
    public static SearchView refused(String query, String kind, String problem) {
        return new SearchView(query, kind, problem, List.of(), 0, List.of(), new Pager(null, null));
    }

    /** Maps the operation's {@code data}: {@code results} and the counts {@code all}, {@code researchers} … */
    public static SearchView results(String query, String kind, boolean continued, Map<String, Object> data) {
        Map<String, Object> results = GraphData.map(data, "results");
        List<Hit> hits = GraphData.list(results, "edges").stream().map(SearchView::hit).toList();
        List<Filter> filters = List.of(
                new Filter("All", total(data, "all"), Texts.link("/search", "q", query), kind == null),
                filter(query, kind, "RESEARCHER", "Researchers", total(data, "researchers")),
                filter(query, kind, "WORK", "Works", total(data, "works")),
                filter(query, kind, "TOPIC", "Topics", total(data, "topics")));
        return new SearchView(query, kind, null, hits, GraphData.integer(results, "totalCount"), filters,
                Pager.of(GraphData.map(results, "pageInfo"), continued, "/search", "#results-title",
                        "q", query, "kind", kind));
    }

    private static Filter filter(String query, String active, String kind, String label, int count) {
        return new Filter(label, count, Texts.link("/search", "q", query, "kind", kind), kind.equals(active));
    }

    private static int total(Map<String, Object> data, String field) {
        Map<String, Object> connection = GraphData.map(data, field);
        return connection == null ? 0 : GraphData.integer(connection, "totalCount");
    }

    private static Hit hit(Map<String, Object> edge) {
        String kind = GraphData.str(edge, "kind");
        Map<String, Object> node = GraphData.map(edge, "node");
        String slug = GraphData.str(node, "slug");
        return switch (kind) {
            case "RESEARCHER" -> {
                Map<String, Object> stats = GraphData.map(node, "stats");
                String affiliations = GraphData.list(node, "affiliations").stream()
                        .map(a -> GraphData.str(a, "displayName")).collect(Collectors.joining(", "));
                yield new Hit(kind, slug, GraphData.str(node, "displayName"),
                        Texts.count(GraphData.integer(stats, "works"), "work", "works"),
                        affiliations.isEmpty() ? null : affiliations, null);
            }
            case "TOPIC" -> {
                String field = GraphData.str(node, "field");
                String subfield = GraphData.str(node, "subfield");
                yield new Hit(kind, slug, GraphData.str(node, "displayName"),
                        subfield != null && field != null ? subfield + " › " + field : field,
                        Texts.excerpt(GraphData.str(node, "description"), 240), null);
            }
            default -> new Hit(kind, slug, GraphData.str(node, "title"), null, null, WorkSummary.of(node));
        };
    }

    /** Whether nothing was typed yet. */
    public boolean isPrompt() {
        return problem == null && (query == null || query.isBlank());
    }

    /** Whether results were looked up (there may be none). */
    public boolean searched() {
        return !isPrompt() && problem == null;
    }

    /** The query for the form's text field; empty when there is none. */
    public String formQuery() {
        return query == null ? "" : query;
    }

    /** "results", or "researchers" … when limited to one kind. */
    public String kindNoun(int n) {
        if (kind == null) {
            return n == 1 ? "result" : "results";
        }
        return switch (kind) {
            case "RESEARCHER" -> n == 1 ? "researcher" : "researchers";
            case "TOPIC" -> n == 1 ? "topic" : "topics";
            default -> n == 1 ? "work" : "works";
        };
    }

    /** "90 results", "1 topic". */
    public String totalLabel() {
        return Texts.number(total) + " " + kindNoun(total);
    }

    /** The same query over every kind, when the results are limited to one. */
    public String allKindsHref() {
        return kind == null ? null : Texts.link("/search", "q", query);
    }

    public String title() {
        if (problem != null) {
            return "Search not possible";
        }
        return isPrompt() ? "Search" : "Search: " + Texts.excerpt(query, 60);
    }

    public boolean continued() {
        return pager.firstHref() != null;
    }

    /** Searches worth trying in the demo graph and most real ones. */
    public List<Example> examples() {
        return List.of(new Example("Zielinski", Texts.link("/search", "q", "Zielinski")),
                new Example("coherence", Texts.link("/search", "q", "coherence")),
                new Example("graph neural networks", Texts.link("/search", "q", "graph neural networks")),
                new Example("climate", Texts.link("/search", "q", "climate")));
    }
}
