package org.bzpeer.api.paging;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A Relay connection as graphql-java reads it (record accessors match the schema's field names). The total is
 * loaded only when a query asks for {@code totalCount}, so a page without it costs no count statement.
 *
 * @param <E> the edge type
 */
public record Connection<E extends Connection.Edge>(List<E> edges, PageInfo pageInfo, Total total) {

    /** An edge: anything with a cursor. */
    public interface Edge {
        String cursor();
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** How to learn the total, using the {@code totalCount} field's own environment (and so its loaders). */
    @FunctionalInterface
    public interface Total {
        CompletableFuture<Integer> load(DataFetchingEnvironment env);

        static Total known(int total) {
            return env -> CompletableFuture.completedFuture(total);
        }
    }

    public static <E extends Edge> Connection<E> of(List<E> edges, boolean hasNext, boolean hasPrevious, Total total) {
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(hasNext, hasPrevious, start, end), total);
    }

    /** {@code *Connection.totalCount}. */
    public static CompletableFuture<Integer> totalCount(DataFetchingEnvironment env) {
        Connection<?> connection = env.getSource();
        return connection.total().load(env);
    }
}
