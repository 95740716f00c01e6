package org.bzpeer.api.paging;

import org.bzpeer.api.errors.ApiException;

/**
 * A window on a ranked list (collaborators, search hits …) addressed by position. Cursors carry the 1-based
 * position of their item, so {@code after} and {@code before} both turn into an offset.
 *
 * @param offset how many items to skip
 * @param limit  how many to read: one more than the page needs when paging forward, to learn if more follow
 */
public record OffsetPage(int offset, int limit) {

    /** The window for {@code args} when the list has {@code total} items (needed for {@code last} alone). */
    public static OffsetPage of(PageArgs args, String kind, Cursors cursors, Integer total) {
        Integer position = args.cursor() == null ? null : position(cursors.decode(kind, args.cursor()));
        if (!args.backward()) {
            return new OffsetPage(position == null ? 0 : position, args.size() + 1);
        }
        int end = position == null ? total : position - 1; // exclusive end, 0-based
        int start = Math.max(0, end - args.size());
        return new OffsetPage(start, Math.max(0, end - start));
    }

    /** Whether {@code last} without {@code before} is asked, which needs the total first. */
    public static boolean needsTotal(PageArgs args) {
        return args.backward() && args.cursor() == null;
    }

    private static int position(String payload) {
        try {
            int position = Integer.parseInt(payload);
            if (position < 1) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw ApiException.badInput("Invalid cursor.");
        }
    }
}
