package org.bzpeer.web.pages;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bzpeer.api.accounts.ClaimService;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.http.SessionHandler;
import org.bzpeer.api.mail.MailTransport;
import org.bzpeer.core.model.Account;
import org.bzpeer.core.model.Claim;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.rules.Slugs;
import org.bzpeer.store.repo.ClaimRepository.QueueItem;
import org.bzpeer.store.repo.ResearcherRepository;
import org.bzpeer.web.session.Csrf;
import org.bzpeer.web.view.ClaimBox;
import org.bzpeer.web.view.ClaimFormView;
import org.bzpeer.web.view.ClaimQueueView;
import org.bzpeer.web.view.ConfirmView;
import org.bzpeer.web.view.ErrorView;

/**
 * Claims through pages: the claim form (profile and its own page on errors), the one-time confirmation link, and
 * the moderators' queue at {@code /admin/claims}. Forms post and redirect; every post is CSRF-checked first.
 */
public final class ClaimRoutes {

    private final PageSupport pages;
    private final ClaimService claims;
    private final ResearcherRepository researchers;

    public ClaimRoutes(PageSupport pages, ClaimService claims, ResearcherRepository researchers) {
        this.pages = pages;
        this.claims = claims;
        this.researchers = researchers;
    }

    public void mount(Router router) {
        BodyHandler forms = BodyHandler.create(false).setBodyLimit(8 * 1024);
        router.get("/researchers/:slug/claim").handler(rc -> claimPage(rc));
        router.post("/researchers/:slug/claim").handler(forms).handler(this::claim);
        router.post("/researchers/:slug/vouch").handler(forms).handler(this::vouch);
        router.get(ClaimService.CONFIRM_PATH).handler(this::confirmPage);
        router.post(ClaimService.CONFIRM_PATH).handler(forms).handler(this::confirm);
        router.get("/admin/claims").handler(rc -> queue(rc, null, 200));
        router.post("/admin/claims/:id/review").handler(forms).handler(this::review);
    }

    /** The claim area of a profile for the signed-in member, with the vouch form when they may vouch; null for visitors. */
    public Future<ClaimBox> box(RoutingContext rc, long researcherId) {
        return ownBox(rc, researcherId).compose(box -> box == null ? Future.succeededFuture(box)
                : claims.vouchOffer(SessionHandler.viewer(rc), researcherId).map(offer -> offer.isEmpty() ? box
                : box.withVouch(new ClaimBox.Vouch(offer.get().sharedWorks(), offer.get().vouched()))));
    }

    private Future<ClaimBox> ownBox(RoutingContext rc, long researcherId) {
        Account viewer = SessionHandler.viewer(rc);
        if (viewer == null) {
            return Future.succeededFuture(null);
        }
        String csrf = Csrf.token(rc);
        return claims.latest(viewer).compose(found -> {
            if (found.isEmpty()) {
                return Future.succeededFuture(new ClaimBox(csrf, null, null, null, null, false, null, null));
            }
            Claim c = found.get();
            if (c.researcherId() == researcherId) {
                return Future.succeededFuture(new ClaimBox(csrf, c.state().name(), c.state().label(), c.reason(),
                        c.email(), c.emailConfirmedAt() != null, devLink(c), null));
            }
            if (c.state() == Claim.State.REJECTED) {
                return Future.succeededFuture(new ClaimBox(csrf, null, null, null, null, false, null, null));
            }
            return researchers.findByIds(List.of(c.researcherId())).map(rs -> new ClaimBox(csrf, null, null, null,
                    null, false, null, rs.containsKey(c.researcherId()) ? rs.get(c.researcherId()).slug() : null));
        });
    }

    /** In development mode, the confirmation link mailed for this claim (as a path on this site), if unused. */
    public String devLink(Claim c) {
        if (c.email() == null || c.emailConfirmedAt() != null) {
            return null;
        }
        return claims.mail().developmentCopy(c.email()).map(MailTransport.Message::link).map(link -> {
            int at = link.indexOf(ClaimService.CONFIRM_PATH);
            return at < 0 ? link : link.substring(at);
        }).orElse(null);
    }

    private void claimPage(RoutingContext rc) {
        if (SessionHandler.viewer(rc) == null) {
            PageSupport.redirect(rc, "/login?next=/researchers/" + rc.pathParam("slug"));
            return;
        }
        withResearcher(rc, r -> pages.render(rc, 200, "pages/claim.jte",
                new ClaimFormView(r.slug(), r.displayName(), "", "", null, Csrf.token(rc))));
    }

    private void claim(RoutingContext rc) {
        Account viewer = pages.memberPost(rc, "Log in to claim",
                "Only signed-in members can claim a researcher record. Log in, then try again.");
        if (viewer == null) {
            return;
        }
        String orcid = PageSupport.field(rc, "orcid");
        String email = PageSupport.field(rc, "email");
        withResearcher(rc, r -> claims.submit(viewer, r.id(), orcid, email).onComplete(result -> {
            if (result.succeeded()) {
                PageSupport.redirect(rc, "/researchers/" + r.slug() + "#identity-title");
            } else if (result.cause() instanceof ApiException api && api.code().name().equals("BAD_USER_INPUT")) {
                pages.render(rc, 400, "pages/claim.jte", new ClaimFormView(r.slug(), r.displayName(),
                        clip(orcid, 64), clip(email, 254), api.getMessage(), Csrf.token(rc)));
            } else {
                pages.refused(rc, result.cause());
            }
        }));
    }

    private void vouch(RoutingContext rc) {
        Account viewer = pages.memberPost(rc, "Log in to vouch",
                "Only signed-in members who own a co-author's record can vouch for a claim.");
        if (viewer == null) {
            return;
        }
        withResearcher(rc, r -> claims.vouch(viewer, r.id()).onComplete(result -> {
            if (result.succeeded()) {
                PageSupport.redirect(rc, "/researchers/" + r.slug() + "#identity-title");
            } else {
                pages.refused(rc, result.cause());
            }
        }));
    }

    private void confirmPage(RoutingContext rc) {
        if ("1".equals(rc.queryParams().get("done"))) {
            pages.render(rc, 200, "pages/claim-confirm.jte", new ConfirmView("", true, null));
            return;
        }
        String token = rc.queryParams().get("token");
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            linkError(rc, org.bzpeer.store.repo.ClaimRepository.LinkState.UNKNOWN);
            return;
        }
        pages.render(rc, 200, "pages/claim-confirm.jte", new ConfirmView(token, false, Csrf.token(rc)));
    }

    private void confirm(RoutingContext rc) {
        if (!Csrf.verify(rc)) {
            pages.expiredForm(rc);
            return;
        }
        claims.confirm(rc.request().getFormAttribute("token")).onComplete(result -> {
            if (result.failed()) {
                pages.refused(rc, result.cause());
            } else if (result.result().state() == org.bzpeer.store.repo.ClaimRepository.LinkState.CONFIRMED) {
                PageSupport.redirect(rc, ClaimService.CONFIRM_PATH + "?done=1");
            } else {
                linkError(rc, result.result().state());
            }
        });
    }

    private void linkError(RoutingContext rc, org.bzpeer.store.repo.ClaimRepository.LinkState state) {
        ErrorView view = switch (state) {
            case USED -> new ErrorView(410, "This link was already used",
                    "Each confirmation link works once, and this one has been used. Nothing was changed; your claim's "
                            + "state is on your account page.", null);
            case EXPIRED -> new ErrorView(410, "This link has expired",
                    "Confirmation links work for 24 hours. Nothing was changed; claim the record again to get a new link "
                            + "once a moderator has decided, or ask a moderator to review your claim.", null);
            default -> new ErrorView(404, "This link is not valid",
                    "This confirmation link is not one we sent, or it was cut short. Copy the whole link from the "
                            + "message and try again. Nothing was changed.", null);
        };
        pages.renderError(rc, view);
    }

    private void queue(RoutingContext rc, String error, int status) {
        Account viewer = SessionHandler.viewer(rc);
        claims.queue(viewer).onComplete(result -> {
            if (result.failed()) {
                pages.refused(rc, result.cause());
                return;
            }
            List<ClaimQueueView.Item> items = result.result().stream().map(ClaimRoutes::item).toList();
            pages.render(rc, status, "pages/admin-claims.jte", new ClaimQueueView(items, error, Csrf.token(rc)));
        });
    }

    private void review(RoutingContext rc) {
        if (!Csrf.verify(rc)) {
            pages.expiredForm(rc);
            return;
        }
        Account viewer = SessionHandler.viewer(rc);
        long id;
        try {
            id = Long.parseLong(rc.pathParam("id"));
        } catch (NumberFormatException e) {
            pages.renderError(rc, ErrorView.notFound("There is no such claim."));
            return;
        }
        String decision = PageSupport.field(rc, "decision");
        if (viewer != null && viewer.role() == Account.Role.MODERATOR
                && !decision.equals("approve") && !decision.equals("reject")) {
            queue(rc, "Choose Approve or Reject.", 400);
            return;
        }
        claims.review(viewer, id, decision.equals("approve"), PageSupport.field(rc, "reason")).onComplete(result -> {
            if (result.succeeded()) {
                PageSupport.redirect(rc, "/admin/claims");
            } else if (result.cause() instanceof ApiException api && api.code().name().equals("BAD_USER_INPUT")) {
                queue(rc, api.getMessage(), 400);
            } else {
                pages.refused(rc, result.cause());
            }
        });
    }

    private static ClaimQueueView.Item item(QueueItem q) {
        Claim c = q.claim();
        String orcid = c.orcid() == null ? "None given"
                : c.orcidVerified() ? c.orcid() + " (matches the record)"
                : c.orcid() + " (valid; the record has no ORCID iD to compare with)";
        String email = c.email() == null ? "None given"
                : c.email() + (c.emailConfirmedAt() != null ? " (confirmed, institutional domain)"
                : " (institutional domain, not confirmed yet)");
        return new ClaimQueueView.Item(c.id(), q.researcherSlug(), q.researcherName(), q.claimantName(),
                q.claimantEmail(), c.state().name(), c.state().label(), orcid, email, c.score(),
                c.createdAt().withOffsetSameInstant(java.time.ZoneOffset.UTC).format(PageSupport.TIMESTAMP));
    }

    private void withResearcher(RoutingContext rc, java.util.function.Consumer<Researcher> then) {
        String slug = rc.pathParam("slug");
        if (!Slugs.isWellFormed(slug)) {
            pages.renderError(rc, ErrorView.notFound("There is no researcher profile at this address."));
            return;
        }
        researchers.findBySlugs(List.of(slug)).onComplete(found -> {
            if (found.failed()) {
                pages.refused(rc, found.cause());
            } else if (!found.result().containsKey(slug)) {
                pages.renderError(rc, ErrorView.notFound("There is no researcher profile at /researchers/" + slug + "."));
            } else {
                then.accept(found.result().get(slug));
            }
        });
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

}
