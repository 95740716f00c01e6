package org.bzpeer.web.graph;

import io.vertx.ext.web.Router;
import org.bzpeer.web.pages.PageSupport;

/** The research graph as pictures: the profile's lazy slice fragment and the full explorer. */
public final class GraphRoutes {

    private final PageSupport pages;

    public GraphRoutes(PageSupport pages) {
        this.pages = pages;
    }

    public void mount(Router router) {
        // routes are added as the graph views land
    }
}
