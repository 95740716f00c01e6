package org.bzpeer.api.paging;

import graphql.schema.DataFetchingEnvironment;
import org.bzpeer.api.errors.ApiException;

/**
 * A connection's {@code first/after/last/before} arguments, validated: page sizes 1 to {@value #MAX}, not both
 * {@code first} and {@code last}, not both {@code after} and {@code before}. Neither size given means the first
 * {@value #DEFAULT} items.
 */
public record PageArgs(int size, boolean backward, String cursor, String field) {

    public static final int MAX = 100;
    public static final int DEFAULT = 10;

    public static PageArgs of(DataFetchingEnvironment env) {
        String field = env.getField().getName();
        Integer first = env.getArgument("first");
        Integer last = env.getArgument("last");
        String after = env.getArgument("after");
        String before = env.getArgument("before");
        if (first != null && last != null) {
            throw ApiException.badInput("Passing both `first` and `last` to `" + field + "` is not supported.");
        }
        if (after != null && before != null) {
            throw ApiException.badInput("Passing both `after` and `before` to `" + field + "` is not supported.");
        }
        if (last != null || (before != null && first == null)) {
            return new PageArgs(check(last == null ? DEFAULT : last, "last", field), true, before, field);
        }
        if (before != null) {
            throw ApiException.badInput("Use `last` with `before` on `" + field + "` (not `first`).");
        }
        return new PageArgs(check(first == null ? DEFAULT : first, "first", field), false, after, field);
    }

    private static int check(int size, String name, String field) {
        if (size < 1 || size > MAX) {
            throw ApiException.badInput("`" + name + "` on `" + field + "` must be between 1 and " + MAX
                    + ", got " + size + ".");
        }
        return size;
    }
}
