package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.api.paging.Connection;
import org.bzpeer.api.paging.Pages;
import org.bzpeer.core.rules.SearchTerms;
import org.bzpeer.store.Store;
import org.bzpeer.store.repo.SearchRepository.Hit;
import org.bzpeer.store.repo.SearchRepository.Kind;

/** {@code Query.search} and its edges. */
public final class SearchFetchers {

    /** {@code SearchEdge}: the node is loaded through the loader of its kind. */
    public record SearchEdge(String cursor, Hit hit) implements Connection.Edge {
        public String kind() {
            return hit.kind().name();
        }

        public double score() {
            return Math.round(hit.score() * 10_000) / 10_000.0;
        }
    }

    static final String CURSOR = "search";

    private final Pages pages;
    private final Store store;

    public SearchFetchers(Pages pages, Store store) {
        this.pages = pages;
        this.store = store;
    }

    public CompletableFuture<Connection<SearchEdge>> search(DataFetchingEnvironment env) {
        SearchTerms terms;
        try {
            terms = SearchTerms.parse(env.getArgument("query"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput(e.getMessage());
        }
        List<String> kindArgs = env.getArgument("kinds");
        Set<Kind> kinds = kindArgs == null || kindArgs.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.noneOf(Kind.class);
        if (kindArgs != null) {
            kindArgs.forEach(k -> kinds.add(Kind.valueOf(k)));
        }
        AtomicReference<List<Hit>> page = new AtomicReference<>(List.of());
        return pages.ranked(env, CURSOR,
                total -> page.get().isEmpty()
                        ? store.search().count(terms.text(), terms.prefixQuery(), kinds).toCompletionStage().toCompletableFuture()
                        : CompletableFuture.completedFuture(page.get().get(0).total()),
                window -> store.search().search(terms.text(), terms.prefixQuery(), kinds, window.limit(), window.offset())
                        .toCompletionStage().toCompletableFuture().thenApply(hits -> {
                            page.set(hits);
                            return hits;
                        }),
                SearchEdge::new);
    }

    public CompletableFuture<Object> node(DataFetchingEnvironment env) {
        SearchEdge edge = env.getSource();
        long id = edge.hit().id();
        return switch (edge.hit().kind()) {
            case RESEARCHER -> Loaders.researcherById(env).load(id).thenApply(o -> o);
            case WORK -> Loaders.workById(env).load(id).thenApply(o -> o);
            case TOPIC -> Loaders.topicById(env).load(id).thenApply(o -> o);
        };
    }
}
