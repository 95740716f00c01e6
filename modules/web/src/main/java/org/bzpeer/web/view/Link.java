package org.bzpeer.web.view;

import java.util.Map;

/** A named thing with a page: a researcher, topic or institution. */
public record Link(String slug, String name) {

    static Link of(Map<String, Object> node) {
        return new Link(GraphData.str(node, "slug"), GraphData.str(node, "displayName"));
    }
}
