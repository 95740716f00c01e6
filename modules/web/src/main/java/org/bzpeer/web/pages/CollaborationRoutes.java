package org.bzpeer.web.pages;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bzpeer.api.accounts.CollaborationService;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.http.SessionHandler;
import org.bzpeer.core.model.Account;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.rules.Slugs;
import org.bzpeer.store.repo.InvitationRepository.Invitation;
import org.bzpeer.store.repo.ResearcherRepository;
import org.bzpeer.web.session.Csrf;
import org.bzpeer.web.view.AccountView;
import org.bzpeer.web.view.CollabBox;
import org.bzpeer.web.view.ErrorView;

/**
 * Direct collaboration through pages: the invite form and the owner's settings on the profile, and the answers
 * to invitations from {@code /account}. Every post is CSRF-checked first, then redirects (post-redirect-get);
 * refusals are error pages that say nothing was changed.
 */
public final class CollaborationRoutes {

    private final PageSupport pages;
    private final CollaborationService collaboration;
    private final ResearcherRepository researchers;

    public CollaborationRoutes(PageSupport pages, CollaborationService collaboration, ResearcherRepository researchers) {
        this.pages = pages;
        this.collaboration = collaboration;
        this.researchers = researchers;
    }

    public void mount(Router router) {
        BodyHandler forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.post("/researchers/:slug/invite").handler(forms).handler(this::invite);
        router.post("/researchers/:slug/settings").handler(forms).handler(this::settings);
        router.post("/invitations/:id/respond").handler(forms).handler(this::respond);
    }

    /** The collaboration area of a profile, for anyone. */
    public Future<CollabBox> box(RoutingContext rc, long researcherId) {
        Account viewer = SessionHandler.viewer(rc);
        return collaboration.target(researcherId).map(t -> new CollabBox(viewer == null ? null : Csrf.token(rc),
                viewer != null, viewer != null && t.ownerId() != null && t.ownerId() == viewer.id(),
                t.ownerId() != null, t.openToCollaborate(), t.headline(), t.affiliationText()));
    }

    /** The account page's inbox and sent invitations. */
    public Future<AccountView.Invitations> invitations(Account viewer) {
        return collaboration.received(viewer).compose(received -> collaboration.sent(viewer).map(sent ->
                new AccountView.Invitations(received.stream().map(CollaborationRoutes::item).toList(),
                        sent.stream().map(CollaborationRoutes::item).toList())));
    }

    private static AccountView.Invitation item(Invitation i) {
        return new AccountView.Invitation(i.id(), i.senderName(), i.researcherSlug(), i.researcherName(), i.message(),
                i.state(), label(i.state()), format(i.createdAt()), i.decidedAt() == null ? null : format(i.decidedAt()));
    }

    private static String label(String state) {
        return switch (state) {
            case "ACCEPTED" -> "Accepted";
            case "DECLINED" -> "Declined";
            default -> "Pending";
        };
    }

    private static String format(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(PageSupport.TIMESTAMP);
    }

    private void invite(RoutingContext rc) {
        Account viewer = pages.memberPost(rc, "Log in to invite",
                "Only signed-in members can invite researchers. Log in, then try again.");
        if (viewer == null) {
            return;
        }
        String message = PageSupport.field(rc, "message");
        withResearcher(rc, r -> collaboration.invite(viewer, r.id(), message).onComplete(result -> {
            if (result.succeeded()) {
                PageSupport.redirect(rc, "/researchers/" + r.slug() + "?invited=1#collab-title");
            } else {
                fail(rc, result.cause());
            }
        }));
    }

    private void settings(RoutingContext rc) {
        Account viewer = pages.memberPost(rc, "Log in first",
                "Only the owner of a claimed record edits its profile. Log in, then try again.");
        if (viewer == null) {
            return;
        }
        boolean open = "on".equals(PageSupport.field(rc, "open")) || "true".equals(PageSupport.field(rc, "open"));
        withResearcher(rc, r -> collaboration.updateProfile(viewer, r.id(), PageSupport.field(rc, "headline"), open,
                PageSupport.field(rc, "affiliation")).onComplete(result -> {
            if (result.succeeded()) {
                PageSupport.redirect(rc, "/researchers/" + r.slug() + "#collab-title");
            } else {
                fail(rc, result.cause());
            }
        }));
    }

    private void respond(RoutingContext rc) {
        Account viewer = pages.memberPost(rc, "Log in first",
                "Only the owner of the invited record answers an invitation. Log in, then try again.");
        if (viewer == null) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(rc.pathParam("id"));
        } catch (NumberFormatException e) {
            pages.renderError(rc, ErrorView.notFound("There is no such invitation."));
            return;
        }
        String decision = PageSupport.field(rc, "decision");
        if (!decision.equals("accept") && !decision.equals("decline")) {
            pages.renderError(rc, new ErrorView(400, "Not accepted", "Choose Accept or Decline. Nothing was changed.", null));
            return;
        }
        collaboration.respond(viewer, id, decision.equals("accept")).onComplete(result -> {
            if (result.succeeded()) {
                PageSupport.redirect(rc, "/account#inbox-title");
            } else {
                fail(rc, result.cause());
            }
        });
    }

    private void withResearcher(RoutingContext rc, java.util.function.Consumer<Researcher> then) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            pages.renderError(rc, ErrorView.notFound("There is no researcher profile at this address."));
            return;
        }
        researchers.findBySlugs(List.of(slug)).onComplete(found -> {
            if (found.failed()) {
                rc.fail(found.cause());
            } else if (!found.result().containsKey(slug)) {
                pages.renderError(rc, ErrorView.notFound("There is no researcher profile at /researchers/" + slug + "."));
            } else {
                then.accept(found.result().get(slug));
            }
        });
    }

    private void fail(RoutingContext rc, Throwable cause) {
        if (cause instanceof CollaborationService.TooManyInvitations limited) {
            pages.renderError(rc, new ErrorView(429, "Too many invitations", limited.getMessage(), null));
        } else {
            pages.refused(rc, cause);
        }
    }

}
