package org.bzpeer.web.pages;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.bzpeer.core.rules.Slugs;
import org.bzpeer.web.view.ErrorView;
import org.bzpeer.web.view.ProfileView;
import org.bzpeer.web.view.WorksPageView;

/** {@code /researchers/{slug}}: the researcher profile. */
public final class ProfileRoutes {

    public static final int WORKS_PER_PAGE = 20;
    static final String OPERATION = "pages/profile.graphql";
    static final String WORKS_FRAGMENT = "fragments/works.graphql";

    private final PageSupport pages;

    public ProfileRoutes(PageSupport pages) {
        this.pages = pages;
        pages.register(OPERATION);
        pages.register(WORKS_FRAGMENT);
    }

    public void mount(Router router) {
        router.get("/researchers/:slug").handler(this::profile);
        router.get("/fragments/researchers/:slug/works").handler(this::worksFragment);
    }

    /** The next page of works, for "Show more" in place. */
    void worksFragment(RoutingContext rc) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            pages.send(rc, 404, "<p>No such researcher.</p>");
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", slug);
        variables.put("first", WORKS_PER_PAGE);
        variables.put("after", rc.queryParams().get("after"));
        pages.run(rc, WORKS_FRAGMENT, variables, data -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> researcher = (Map<String, Object>) data.get("researcher");
            if (researcher == null) {
                pages.send(rc, 404, "<p>No such researcher.</p>");
                return;
            }
            pages.render(rc, 200, "fragments/works.jte", WorksPageView.from(researcher));
        });
    }

    void profile(RoutingContext rc) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            pages.renderError(rc, ErrorView.notFound("There is no researcher profile at this address."));
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", slug);
        variables.put("worksFirst", WORKS_PER_PAGE);
        String after = rc.queryParams().get("after");
        if (after != null) {
            variables.put("worksAfter", after);
        }
        pages.run(rc, OPERATION, variables, data -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> researcher = (Map<String, Object>) data.get("researcher");
            if (researcher == null) {
                pages.renderError(rc, ErrorView.notFound("There is no researcher profile at /researchers/" + slug + "."));
                return;
            }
            pages.render(rc, 200, "pages/profile.jte", ProfileView.from(researcher));
        });
    }
}
