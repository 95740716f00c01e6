package org.bzpeer.web.view;

import java.util.Arrays;
import java.util.Map;

/**
 * Forward-only paging of a list: the link to the next page (null on the last) and, on a later page, the link
 * back to the first.
 *
 * @param nextHref  the next page's address, or null when nothing follows
 * @param firstHref the first page's address when this is a later page, else null
 */
public record Pager(String nextHref, String firstHref) {

    /**
     * @param pageInfo a connection's {@code pageInfo { hasNextPage endCursor }}
     * @param continued whether this page was asked for with a cursor
     * @param pairs the query parameters every page keeps (name, value …), before {@code after}
     */
    static Pager of(Map<String, Object> pageInfo, boolean continued, String path, String fragment, String... pairs) {
        String next = null;
        if (GraphData.bool(pageInfo, "hasNextPage") && GraphData.str(pageInfo, "endCursor") != null) {
            String[] withAfter = Arrays.copyOf(pairs, pairs.length + 2);
            withAfter[pairs.length] = "after";
            withAfter[pairs.length + 1] = GraphData.str(pageInfo, "endCursor");
            next = Texts.link(path, withAfter) + fragment;
        }
        return new Pager(next, continued ? Texts.link(path, pairs) + fragment : null);
    }
}
