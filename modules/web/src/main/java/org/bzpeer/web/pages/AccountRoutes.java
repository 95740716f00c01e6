package org.bzpeer.web.pages;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bzpeer.api.accounts.AccountService;
import org.bzpeer.api.accounts.AccountService.SignedIn;
import org.bzpeer.api.accounts.AccountService.TooManyAttempts;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.http.SessionHandler;
import org.bzpeer.core.model.Account;
import org.bzpeer.web.session.Csrf;
import org.bzpeer.web.view.AccountView;
import org.bzpeer.web.view.AuthForm;
import org.bzpeer.web.view.ErrorView;

/** Register, log in, log out, and the account page. Forms post and redirect; every post is CSRF-checked. */
public final class AccountRoutes {

    /** Form bodies are tiny; anything bigger is refused with 413. */
    static final long FORM_LIMIT_BYTES = 8 * 1024;

    private final PageSupport pages;
    private final AccountService accounts;

    static final String FOLLOWING = "pages/following.graphql";
    /** The account page names this many followed researchers; /following lists them all. */
    static final int FOLLOWING_SHOWN = 12;
    private org.bzpeer.api.accounts.ClaimService claims;
    private ClaimRoutes claimRoutes;
    private org.bzpeer.store.repo.ResearcherRepository researchers;

    /** Shows the account's claim on the account page. */
    public AccountRoutes withClaims(org.bzpeer.api.accounts.ClaimService claims, ClaimRoutes claimRoutes,
                                    org.bzpeer.store.repo.ResearcherRepository researchers) {
        this.claims = claims;
        this.claimRoutes = claimRoutes;
        this.researchers = researchers;
        return this;
    }

    private CollaborationRoutes collaboration;

    /** Adds the invitations inbox and the sent invitations to /account. */
    private org.bzpeer.store.repo.FollowRepository follows;

    /** Lists the researchers the account follows on the account page. */
    public AccountRoutes withFollows(org.bzpeer.store.repo.FollowRepository follows) {
        this.follows = follows;
        return this;
    }

    public AccountRoutes withCollaboration(CollaborationRoutes collaboration) {
        this.collaboration = collaboration;
        return this;
    }

    public AccountRoutes(PageSupport pages, AccountService accounts) {
        this.pages = pages;
        this.accounts = accounts;
        pages.register(FOLLOWING);
    }

    public void mount(Router router) {
        BodyHandler forms = BodyHandler.create(false).setBodyLimit(FORM_LIMIT_BYTES);
        router.get("/login").handler(rc -> showLogin(rc, null, "", 200));
        router.get("/register").handler(rc -> showRegister(rc, null, "", "", 200));
        router.post("/login").handler(forms).handler(this::login);
        router.post("/register").handler(forms).handler(this::register);
        router.post("/logout").handler(forms).handler(this::logout);
        router.get("/account").handler(this::account);
        router.get("/following").handler(this::following);
    }

    private void login(RoutingContext rc) {
        if (!Csrf.verify(rc)) {
            pages.expiredForm(rc);
            return;
        }
        String email = PageSupport.field(rc, "email");
        accounts.login(email, rc.request().getFormAttribute("password"), clientIp(rc)).onComplete(result -> {
            if (result.succeeded()) {
                signIn(rc, result.result());
            } else {
                int status = result.cause() instanceof TooManyAttempts ? 429
                        : result.cause() instanceof ApiException api && api.code().name().equals("UNAUTHENTICATED")
                        ? 401 : 400;
                showLogin(rc, message(rc, result.cause()), email, status);
            }
        });
    }

    private void register(RoutingContext rc) {
        if (!Csrf.verify(rc)) {
            pages.expiredForm(rc);
            return;
        }
        String email = PageSupport.field(rc, "email");
        String name = PageSupport.field(rc, "displayName");
        accounts.register(email, name, rc.request().getFormAttribute("password")).onComplete(result -> {
            if (result.succeeded()) {
                signIn(rc, result.result());
            } else {
                showRegister(rc, message(rc, result.cause()), email, name, 400);
            }
        });
    }

    private void logout(RoutingContext rc) {
        if (!Csrf.verify(rc)) {
            pages.expiredForm(rc);
            return;
        }
        accounts.logout(SessionHandler.token(rc)).onComplete(v -> {
            SessionHandler.end(rc);
            Csrf.rotate(rc);
            PageSupport.redirect(rc, "/");
        });
    }

    private void account(RoutingContext rc) {
        Account viewer = SessionHandler.viewer(rc);
        if (viewer == null) {
            PageSupport.redirect(rc, "/login?next=/account");
            return;
        }
        boolean moderator = viewer.role() == Account.Role.MODERATOR;
        String since = viewer.createdAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        String csrf = Csrf.token(rc);
        io.vertx.core.Future<AccountView.Claim> claim = claims == null ? io.vertx.core.Future.succeededFuture(null)
                : claims.latest(viewer).compose(found -> found.isEmpty() ? io.vertx.core.Future.succeededFuture(null)
                : researchers.findByIds(java.util.List.of(found.get().researcherId())).map(rs -> {
                    var c = found.get();
                    var r = rs.get(c.researcherId());
                    return new AccountView.Claim(r.slug(), r.displayName(), c.state().name(), c.state().label(),
                            c.reason(), c.email(), c.emailConfirmedAt() != null, claimRoutes.devLink(c));
                }));
        io.vertx.core.Future<java.util.List<org.bzpeer.web.view.Link>> following = follows == null
                ? io.vertx.core.Future.succeededFuture(java.util.List.of())
                : follows.following(viewer.id(), FOLLOWING_SHOWN, 0).map(rs -> rs.stream()
                        .map(r -> new org.bzpeer.web.view.Link(r.slug(), r.displayName())).toList());
        claim.compose(c -> (collaboration == null ? io.vertx.core.Future.succeededFuture(AccountView.Invitations.NONE)
                : collaboration.invitations(viewer)).map(inv -> java.util.Map.entry(java.util.Optional.ofNullable(c), inv)))
                .compose(ci -> following.map(f -> java.util.Map.entry(ci, f)))
                .onComplete(result -> {
            if (result.failed()) {
                rc.fail(result.cause());
                return;
            }
            var ci = result.result().getKey();
            pages.render(rc, 200, "pages/account.jte", new AccountView(viewer.displayName(), viewer.email(),
                    moderator ? "Moderator" : "Member", since, csrf, ci.getKey().orElse(null), moderator,
                    ci.getValue(), result.result().getValue()));
        });
    }

    /** Recent works of the researchers the member follows. */
    private void following(RoutingContext rc) {
        if (SessionHandler.viewer(rc) == null) {
            PageSupport.redirect(rc, "/login?next=/following");
            return;
        }
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("after", rc.queryParams().get("after"));
        pages.run(rc, FOLLOWING, variables, data -> {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> viewer = (java.util.Map<String, Object>) data.get("viewer");
            pages.render(rc, 200, "pages/following.jte", org.bzpeer.web.view.FollowingView.from(viewer));
        });
    }

    private void signIn(RoutingContext rc, SignedIn session) {
        SessionHandler.start(rc, session);
        Csrf.rotate(rc);
        PageSupport.redirect(rc, safeNext(rc.request().getFormAttribute("next")));
    }

    private void showLogin(RoutingContext rc, String error, String email, int status) {
        pages.render(rc, status, "pages/login.jte",
                new AuthForm(email, null, safeNext(param(rc, "next")), error, Csrf.token(rc)));
    }

    private void showRegister(RoutingContext rc, String error, String email, String name, int status) {
        pages.render(rc, status, "pages/register.jte",
                new AuthForm(email, name, safeNext(param(rc, "next")), error, Csrf.token(rc)));
    }

    /** Only paths on this site: no open redirects. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.length() > 500 || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }

    private static String message(RoutingContext rc, Throwable cause) {
        return cause instanceof ApiException ? cause.getMessage()
                : "Something went wrong on our side; please try again. (Request " + rc.get("requestId") + ")";
    }

    private static String param(RoutingContext rc, String name) {
        String form = rc.request().getFormAttribute(name);
        return form != null ? form : rc.queryParams().get(name);
    }

    private static String clientIp(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }

}
