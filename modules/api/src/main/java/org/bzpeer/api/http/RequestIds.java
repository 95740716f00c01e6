package org.bzpeer.api.http;

import io.vertx.ext.web.RoutingContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.MDC;

/**
 * A short random id per HTTP request: sent back as {@code X-Request-Id}, put in error responses and in every log
 * line about the request, so a user's report can be matched to the log.
 */
public final class RequestIds {

    public static final String KEY = "requestId";
    public static final String HEADER = "X-Request-Id";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    /** First handler of the router. */
    public static void assign(RoutingContext rc) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        rc.put(KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    public static String of(RoutingContext rc) {
        String id = rc.get(KEY);
        return id == null ? "-" : id;
    }

    /** Runs {@code action} with the request id in the logging context. */
    public static void withMdc(RoutingContext rc, Runnable action) {
        MDC.put(KEY, of(rc));
        try {
            action.run();
        } finally {
            MDC.remove(KEY);
        }
    }
}
