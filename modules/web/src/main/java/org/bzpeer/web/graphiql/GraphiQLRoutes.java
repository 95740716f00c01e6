package org.bzpeer.web.graphiql;

import io.vertx.ext.web.Router;

/** GraphiQL at {@code /graphiql}, served from this origin only (no CDN). */
public final class GraphiQLRoutes {

    public void mount(Router router) {
        // filled in by the GraphiQL work
    }
}
