package org.bzpeer.api.http;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import org.bzpeer.api.accounts.AccountService;
import org.bzpeer.api.accounts.AccountService.SignedIn;
import org.bzpeer.core.model.Account;

/**
 * Resolves the session cookie to the signed-in account for every request (one statement, and none for
 * anonymous visitors), so pages, forms and GraphQL all see the same viewer.
 */
public final class SessionHandler implements Handler<RoutingContext> {

    public static final String COOKIE = "bz_session";
    static final String VIEWER = "viewer";

    private final AccountService accounts;

    public SessionHandler(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void handle(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(COOKIE);
        if (cookie == null) {
            rc.next();
            return;
        }
        // The lookup is asynchronous: hold the body until a BodyHandler further down is ready for it.
        rc.request().pause();
        accounts.viewer(cookie.getValue()).onComplete(result -> {
            if (result.succeeded() && result.result().isPresent()) {
                rc.put(VIEWER, result.result().get());
            } else if (result.succeeded()) {
                // Expired, logged out elsewhere, or forged: forget it.
                rc.response().addCookie(expired(rc));
            }
            rc.next();
            if (!rc.request().isEnded()) {
                rc.request().resume();
            }
        });
    }

    /** The signed-in account, or null for anonymous requests. */
    public static Account viewer(RoutingContext rc) {
        return rc.get(VIEWER);
    }

    /** Sets the cookie for a new session (a new token at every log-in: the old one is not reused). */
    public static void start(RoutingContext rc, SignedIn session) {
        rc.response().addCookie(base(rc, session.token())
                .setMaxAge(AccountService.SESSION_TTL.toSeconds()));
        rc.put(VIEWER, session.account());
    }

    public static void end(RoutingContext rc) {
        rc.response().addCookie(expired(rc));
        rc.remove(VIEWER);
    }

    public static String token(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static Cookie expired(RoutingContext rc) {
        return base(rc, "").setMaxAge(0);
    }

    private static Cookie base(RoutingContext rc, String value) {
        return Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure(isHttps(rc));
    }

    /** HTTPS directly, or behind a proxy that says so. */
    public static boolean isHttps(RoutingContext rc) {
        return rc.request().isSSL() || "https".equalsIgnoreCase(rc.request().getHeader("X-Forwarded-Proto"));
    }
}
