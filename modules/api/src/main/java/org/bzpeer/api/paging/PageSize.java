package org.bzpeer.api.paging;

import org.bzpeer.api.errors.ApiException;

/** Connection page sizes: 1 to 100, as on GitHub's API. */
public final class PageSize {

    public static final int MAX = 100;

    private PageSize() {
    }

    public static int first(Integer first, String field) {
        if (first == null) {
            return 10;
        }
        if (first < 1 || first > MAX) {
            throw ApiException.badInput("`first` on `" + field + "` must be between 1 and " + MAX + ", got " + first + ".");
        }
        return first;
    }
}
