package org.bzpeer.server;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;
import org.bzpeer.store.Db;

/** {@code GET /health}: 200 when the database answers within two seconds, 503 otherwise. */
final class HealthHandler implements Handler<RoutingContext> {

    private final Db db;

    HealthHandler(Db db) {
        this.db = db;
    }

    @Override
    public void handle(RoutingContext rc) {
        db.ping().timeout(2, TimeUnit.SECONDS).onComplete(result -> {
            boolean up = result.succeeded();
            rc.response().setStatusCode(up ? 200 : 503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(new JsonObject().put("status", up ? "UP" : "DOWN")
                            .put("database", up ? "UP" : "DOWN").encode());
        });
    }
}
