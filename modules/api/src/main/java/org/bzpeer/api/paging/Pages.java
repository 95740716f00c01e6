package org.bzpeer.api.paging;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.core.model.Work;
import org.bzpeer.store.repo.WorkPage;

/** Builds connections from the two kinds of pages: keyset pages of works and offset windows on ranked lists. */
public final class Pages {

    public static final String WORKS_CURSOR = "works";

    /** A work on a page, with its cursor. */
    public record WorkEdge(String cursor, Work node) implements Connection.Edge {
    }

    private final Cursors cursors;

    public Pages(Cursors cursors) {
        this.cursors = cursors;
    }

    /** The keyset page {@code args} asks for, reading one row more than shown to learn whether more follow. */
    public WorkPage workPage(PageArgs args) {
        if (args.cursor() == null) {
            return new WorkPage(args.size() + 1, args.backward(), null, null);
        }
        String key = cursors.decode(WORKS_CURSOR, args.cursor());
        int bar = key.indexOf('|');
        try {
            return new WorkPage(args.size() + 1, args.backward(), LocalDate.parse(key.substring(0, bar)),
                    Long.parseLong(key.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw ApiException.badInput("Invalid cursor for `" + args.field() + "`.");
        }
    }

    /** A works connection from the rows of {@link #workPage} (newest first, possibly one extra). */
    public Connection<WorkEdge> works(PageArgs args, List<Work> rows, Connection.Total totalCount) {
        boolean more = rows.size() > args.size();
        List<Work> shown = !more ? rows : args.backward() ? rows.subList(1, rows.size()) : rows.subList(0, args.size());
        List<WorkEdge> edges = new ArrayList<>();
        for (Work w : shown) {
            edges.add(new WorkEdge(cursors.encode(WORKS_CURSOR, WorkPage.sortDate(w.publicationDate()) + "|" + w.id()), w));
        }
        boolean hasCursor = args.cursor() != null;
        return args.backward()
                ? Connection.of(edges, hasCursor, more, totalCount)
                : Connection.of(edges, more, hasCursor, totalCount);
    }

    /**
     * A connection over a ranked list: resolves the window (asking for the total first when {@code last} comes
     * without {@code before}), loads it, and wraps each item in an edge.
     */
    public <T, E extends Connection.Edge> CompletableFuture<Connection<E>> ranked(
            DataFetchingEnvironment env, String kind, Connection.Total total,
            Function<OffsetPage, CompletableFuture<List<T>>> load, BiFunction<String, T, E> edge) {
        PageArgs args = PageArgs.of(env);
        // `last` without `before` counts back from the end, so only then is the total needed first.
        CompletableFuture<Integer> knownTotal = OffsetPage.needsTotal(args) ? total.load(env)
                : CompletableFuture.completedFuture(null);
        return knownTotal.thenCompose(t -> {
            OffsetPage window = OffsetPage.of(args, kind, cursors, t);
            CompletableFuture<List<T>> items = window.limit() == 0
                    ? CompletableFuture.completedFuture(List.of()) : load.apply(window);
            return items.thenApply(rows -> {
                boolean more = rows.size() > args.size();
                List<T> shown = more ? rows.subList(0, args.size()) : rows;
                List<E> edges = new ArrayList<>();
                for (int i = 0; i < shown.size(); i++) {
                    edges.add(edge.apply(cursors.encode(kind, String.valueOf(window.offset() + i + 1)), shown.get(i)));
                }
                boolean hasPrevious = window.offset() > 0;
                boolean hasNext = args.backward() ? args.cursor() != null || window.offset() + shown.size() < t : more;
                return Connection.of(edges, hasNext, hasPrevious, t != null ? Connection.Total.known(t) : total);
            });
        });
    }
}
