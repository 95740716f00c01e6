package org.bzpeer.api.paging;

import java.util.List;

/**
 * A Relay connection as graphql-java reads it (record accessors match the schema's field names).
 *
 * @param <E> the edge type
 */
public record Connection<E extends Connection.Edge>(List<E> edges, PageInfo pageInfo, int totalCount) {

    /** An edge: anything with a cursor. */
    public interface Edge {
        String cursor();
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public static <E extends Edge> Connection<E> of(List<E> edges, boolean hasNext, boolean hasPrevious,
                                                     int totalCount) {
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(hasNext, hasPrevious, start, end), totalCount);
    }
}
