package org.bzpeer.web.pages;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bzpeer.core.rules.SearchTerms;
import org.bzpeer.core.rules.Slugs;
import org.bzpeer.web.view.ErrorView;
import org.bzpeer.web.view.HomeView;
import org.bzpeer.web.view.InstitutionView;
import org.bzpeer.web.view.SearchView;
import org.bzpeer.web.view.TopicView;
import org.bzpeer.web.view.WorkView;

/**
 * The browsing pages: the front page, works, topics, institutions and search. Each page's data comes from one
 * operation file beside its template ({@code templates/pages/topic.graphql} …), run in-process.
 */
public final class BrowseRoutes {

    static final String HOME = "pages/home.graphql";
    static final String WORK = "pages/work.graphql";
    static final String TOPIC = "pages/topic.graphql";
    static final String INSTITUTION = "pages/institution.graphql";
    static final String SEARCH = "pages/search.graphql";

    public static final int TOPIC_WORKS_PER_PAGE = 20;
    public static final int TOPIC_TOP_RESEARCHERS = 8;
    public static final int INSTITUTION_RESEARCHERS_PER_PAGE = 8;
    public static final int SEARCH_RESULTS_PER_PAGE = 10;

    private final PageSupport pages;

    public BrowseRoutes(PageSupport pages) {
        this.pages = pages;
        for (String operation : List.of(HOME, WORK, TOPIC, INSTITUTION, SEARCH)) {
            pages.register(operation);
        }
    }

    public void mount(Router router) {
        router.get("/").handler(this::home);
        router.get("/works/:slug").handler(this::work);
        router.get("/topics/:slug").handler(this::topic);
        router.get("/institutions/:slug").handler(this::institution);
        router.get("/search").handler(this::search);
    }

    void home(RoutingContext rc) {
        pages.run(rc, HOME, Map.of(), data -> pages.render(rc, 200, "pages/home.jte", HomeView.from(data)));
    }

    void work(RoutingContext rc) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            pages.renderError(rc, ErrorView.notFound("There is no work at this address."));
            return;
        }
        pages.run(rc, WORK, Map.of("slug", slug), data -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> work = (Map<String, Object>) data.get("work");
            if (work == null) {
                pages.renderError(rc, ErrorView.notFound("There is no work at /works/" + slug + "."));
                return;
            }
            pages.render(rc, 200, "pages/work.jte", WorkView.from(work));
        });
    }

    void topic(RoutingContext rc) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            pages.renderError(rc, ErrorView.notFound("There is no topic at this address."));
            return;
        }
        String after = after(rc);
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", slug);
        variables.put("researchersFirst", TOPIC_TOP_RESEARCHERS);
        variables.put("worksFirst", TOPIC_WORKS_PER_PAGE);
        variables.put("worksAfter", after);
        pages.run(rc, TOPIC, variables, data -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> topic = (Map<String, Object>) data.get("topic");
            if (topic == null) {
                pages.renderError(rc, ErrorView.notFound("There is no topic at /topics/" + slug + "."));
                return;
            }
            pages.render(rc, 200, "pages/topic.jte", TopicView.from(topic, after != null));
        });
    }

    void institution(RoutingContext rc) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            pages.renderError(rc, ErrorView.notFound("There is no institution at this address."));
            return;
        }
        String after = after(rc);
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", slug);
        variables.put("researchersFirst", INSTITUTION_RESEARCHERS_PER_PAGE);
        variables.put("researchersAfter", after);
        pages.run(rc, INSTITUTION, variables, data -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> institution = (Map<String, Object>) data.get("institution");
            if (institution == null) {
                pages.renderError(rc, ErrorView.notFound("There is no institution at /institutions/" + slug + "."));
                return;
            }
            pages.render(rc, 200, "pages/institution.jte", InstitutionView.from(institution, after != null));
        });
    }

    /**
     * {@code /search?q=…&kind=…&after=…}. No query: the form (200). A query the API would refuse: the form with the
     * API's reason (400); the reason comes from {@link SearchTerms}, the rule the API's {@code search} field applies,
     * so the page can keep the form and the query instead of showing a bare error page. A forged {@code after} is
     * refused by the API itself, and PageSupport shows its 400 page.
     */
    void search(RoutingContext rc) {
        MultiMap params = rc.queryParams();
        String query = params.get("q");
        String kindParam = params.get("kind");
        String kind = kindParam == null || kindParam.isBlank() || kindParam.equalsIgnoreCase("ALL")
                ? null : kindParam.strip().toUpperCase(Locale.ROOT);
        if (kind != null && !SearchView.KINDS.contains(kind)) {
            pages.render(rc, 400, "pages/search.jte", SearchView.refused(query, null,
                    "Results can be limited to researchers, works or topics only (kind=RESEARCHER, WORK or TOPIC)."));
            return;
        }
        if (query == null || query.isBlank()) {
            pages.render(rc, 200, "pages/search.jte", SearchView.prompt(kind));
            return;
        }
        try {
            SearchTerms.parse(query);
        } catch (IllegalArgumentException refused) {
            pages.render(rc, 400, "pages/search.jte", SearchView.refused(query, kind, refused.getMessage()));
            return;
        }
        String after = after(rc);
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", query);
        variables.put("kinds", kind == null ? null : List.of(kind));
        variables.put("first", SEARCH_RESULTS_PER_PAGE);
        variables.put("after", after);
        pages.run(rc, SEARCH, variables, data -> pages.render(rc, 200, "pages/search.jte",
                SearchView.results(query, kind, after != null, data)));
    }

    /** The {@code after} cursor of a "Show more" link, or null; an empty one counts as none. */
    private static String after(RoutingContext rc) {
        String after = rc.queryParams().get("after");
        return after == null || after.isEmpty() ? null : after;
    }
}
