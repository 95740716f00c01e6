package org.bzpeer.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;

/** Serves {@link Assets} under their hashed names with year-long immutable caching; other names fall through (404). */
public final class AssetRoutes {

    private final Map<String, Buffer> contents = new HashMap<>();

    public AssetRoutes() {
        Assets.load();
        for (String file : Assets.FILES) {
            contents.put(file, Buffer.buffer(Assets.read(file)));
        }
    }

    public void mount(Router router) {
        router.get("/assets/:name").handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String file = Assets.fileFor(rc.pathParam("name"));
        if (file == null) {
            rc.next(); // an old or unknown name: the site's 404
            return;
        }
        rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, Assets.contentType(file))
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(contents.get(file));
    }
}
