package org.bzpeer.web.pages;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import org.bzpeer.api.accounts.FollowService;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.errors.ErrorCode;
import org.bzpeer.api.http.SessionHandler;
import org.bzpeer.core.model.Account;
import org.bzpeer.store.repo.ResearcherRepository;
import org.bzpeer.web.session.Csrf;
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
    private final FollowService follows;
    private final ResearcherRepository researchers;

    private ClaimRoutes claims;
    private CollaborationRoutes collaboration;

    /** Adds the direct-collaboration area (invite form, owner settings, or why it is locked). */
    public ProfileRoutes withCollaboration(CollaborationRoutes collaboration) {
        this.collaboration = collaboration;
        return this;
    }

    /** Adds the claim area (form or state) for signed-in members. */
    public ProfileRoutes withClaims(ClaimRoutes claims) {
        this.claims = claims;
        return this;
    }

    public ProfileRoutes(PageSupport pages, FollowService follows, ResearcherRepository researchers) {
        this.pages = pages;
        this.follows = follows;
        this.researchers = researchers;
        pages.register(OPERATION);
        pages.register(WORKS_FRAGMENT);
    }

    public void mount(Router router) {
        router.get("/researchers/:slug").handler(this::profile);
        router.get("/fragments/researchers/:slug/works").handler(this::worksFragment);
        BodyHandler forms = BodyHandler.create(false).setBodyLimit(4096);
        router.post("/researchers/:slug/follow").handler(forms).handler(rc -> follow(rc, true));
        router.post("/researchers/:slug/unfollow").handler(forms).handler(rc -> follow(rc, false));
    }

    /**
     * The follow form: post and redirect back, or, when the page's script asks for JSON, answer with the new
     * state so the button updates in place. Visitors are sent to log in first.
     */
    void follow(RoutingContext rc, boolean follow) {
        String slug = rc.pathParam("slug");
        boolean json = String.valueOf(rc.request().getHeader(HttpHeaders.ACCEPT)).contains("application/json");
        if (!Csrf.verify(rc)) {
            pages.renderError(rc, new ErrorView(403, "This form has expired",
                    "The form did not carry a valid security token. Reload the page and try again. Nothing was changed.",
                    null));
            return;
        }
        Account viewer = SessionHandler.viewer(rc);
        if (viewer == null) {
            PageSupport.redirect(rc, "/login?next=/researchers/" + slug);
            return;
        }
        researchers.findBySlugs(List.of(slug)).compose(found -> {
            if (!found.containsKey(slug)) {
                return Future.failedFuture(new ApiException(ErrorCode.NOT_FOUND, "There is no such researcher."));
            }
            long id = found.get(slug).id();
            return follow ? follows.follow(viewer, id) : follows.unfollow(viewer, id);
        }).onComplete(result -> {
            if (result.failed()) {
                pages.renderError(rc, ErrorView.notFound("There is no researcher profile at /researchers/" + slug + "."));
            } else if (json) {
                rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .end(new JsonObject().put("following", result.result().following())
                                .put("followers", result.result().followers())
                                .put("action", "/researchers/" + slug + (result.result().following() ? "/unfollow" : "/follow"))
                                .encode());
            } else {
                PageSupport.redirect(rc, "/researchers/" + slug);
            }
        });
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
            Account viewer = SessionHandler.viewer(rc);
            ProfileView base = ProfileView.from(researcher).withFollow(viewer != null, viewer == null ? null : Csrf.token(rc));
            Future<ProfileView> withCollab = collaboration == null ? Future.succeededFuture(base)
                    : collaboration.box(rc, base.researcherId()).map(base::withCollab);
            withCollab.compose(view -> claims == null || viewer == null ? Future.succeededFuture(view)
                    : claims.box(rc, view.researcherId()).map(view::withClaim)).onComplete(done -> {
                if (done.failed()) {
                    rc.fail(done.cause());
                } else {
                    pages.render(rc, 200, "pages/profile.jte", done.result());
                }
            });
        });
    }
}
