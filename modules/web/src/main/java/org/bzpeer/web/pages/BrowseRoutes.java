package org.bzpeer.web.pages;

import io.vertx.ext.web.Router;

/** The browsing pages: front page, works, topics, institutions and search. */
public final class BrowseRoutes {

    private final PageSupport pages;

    public BrowseRoutes(PageSupport pages) {
        this.pages = pages;
    }

    public void mount(Router router) {
        // routes are added as each page lands
    }
}
