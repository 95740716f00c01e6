package org.bzpeer.web.session;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bzpeer.api.http.SessionHandler;

/**
 * CSRF protection for every state-changing form: a random token in an HttpOnly, SameSite=Lax cookie, repeated in
 * a hidden form field (double submit). A POST passes only when the two match and, when the browser names an
 * Origin, it is this site.
 */
public final class Csrf {

    public static final String COOKIE = "bz_csrf";
    public static final String FIELD = "csrf";
    private static final String KEY = "csrfToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** This visitor's token, issuing one (as a cookie) on first use. */
    public static String token(RoutingContext rc) {
        String known = rc.get(KEY);
        if (known != null) {
            return known;
        }
        Cookie cookie = rc.request().getCookie(COOKIE);
        String token = cookie != null && cookie.getValue().length() == 43 ? cookie.getValue() : null;
        if (token == null) {
            token = fresh();
            set(rc, token);
        }
        rc.put(KEY, token);
        return token;
    }

    /** A new token, e.g. after log-in, so one observed before cannot be replayed into the new session. */
    public static String rotate(RoutingContext rc) {
        String token = fresh();
        set(rc, token);
        rc.put(KEY, token);
        return token;
    }

    /** Whether this POST carries the visitor's token and comes from this site. */
    public static boolean verify(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(COOKIE);
        String field = rc.request().getFormAttribute(FIELD);
        if (cookie == null || field == null || !MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        String origin = rc.request().getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        try {
            String host = rc.request().authority() == null ? null : rc.request().authority().toString();
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void set(RoutingContext rc, String token) {
        rc.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(SessionHandler.isHttps(rc)));
    }

    private static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
