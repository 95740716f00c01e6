package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.core.model.Account;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.core.rules.GlobalIds;
import org.bzpeer.core.rules.Slugs;
import org.dataloader.DataLoader;

/** Root fields: lookups by slug or global id. Unknown keys resolve to null, which pages turn into a 404. */
public final class QueryFetchers {

    public static final int MAX_NODES = 100;

    /** {@code Query.viewer}: the account the HTTP layer resolved from the session cookie. */
    public Account viewer(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(GraphQLService.VIEWER);
    }

    public String viewerId(DataFetchingEnvironment env) {
        Account account = env.getSource();
        return GlobalIds.encode("Account", account.id());
    }

    public CompletableFuture<Object> researcher(DataFetchingEnvironment env) {
        return bySlugOrId(env, "researcher", Ids.RESEARCHER, Loaders.researcherBySlug(env),
                Loaders.researcherById(env));
    }

    public CompletableFuture<Object> work(DataFetchingEnvironment env) {
        return bySlugOrId(env, "work", Ids.WORK, Loaders.workBySlug(env),
                Loaders.workById(env));
    }

    public CompletableFuture<Object> topic(DataFetchingEnvironment env) {
        return bySlugOrId(env, "topic", Ids.TOPIC, Loaders.topicBySlug(env),
                Loaders.topicById(env));
    }

    public CompletableFuture<Object> institution(DataFetchingEnvironment env) {
        return bySlugOrId(env, "institution", Ids.INSTITUTION, Loaders.institutionBySlug(env),
                Loaders.institutionById(env));
    }

    public CompletableFuture<Object> node(DataFetchingEnvironment env) {
        return load(env, env.getArgument("id"));
    }

    public CompletableFuture<List<Object>> nodes(DataFetchingEnvironment env) {
        List<String> ids = env.getArgument("ids");
        if (ids.size() > MAX_NODES) {
            throw ApiException.badInput("`nodes` takes at most " + MAX_NODES + " ids, got " + ids.size() + ".");
        }
        List<CompletableFuture<Object>> loads = new ArrayList<>();
        ids.forEach(id -> loads.add(load(env, id)));
        return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
                .thenApply(v -> loads.stream().map(CompletableFuture::join).toList());
    }

    private static CompletableFuture<Object> load(DataFetchingEnvironment registry, String globalId) {
        Optional<GlobalIds.Decoded> decoded = GlobalIds.decode(globalId);
        if (decoded.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        long id = decoded.get().id();
        DataLoader<Long, ?> loader = switch (decoded.get().type()) {
            case Ids.RESEARCHER -> Loaders.researcherById(registry);
            case Ids.WORK -> Loaders.workById(registry);
            case Ids.TOPIC -> Loaders.topicById(registry);
            case Ids.INSTITUTION -> Loaders.institutionById(registry);
            case Ids.SOURCE -> Loaders.sourceById(registry);
            default -> null;
        };
        return loader == null ? CompletableFuture.completedFuture(null) : loader.load(id).thenApply(o -> o);
    }

    private static CompletableFuture<Object> bySlugOrId(DataFetchingEnvironment env, String field, String type,
                                                        DataLoader<String, ?> bySlug, DataLoader<Long, ?> byId) {
        String slug = env.getArgument("slug");
        String id = env.getArgument("id");
        if ((slug == null) == (id == null)) {
            throw ApiException.badInput("`" + field + "` takes exactly one of `slug` or `id`.");
        }
        if (slug != null) {
            return Slugs.isWellFormed(slug)
                    ? bySlug.load(slug).thenApply(o -> o)
                    : CompletableFuture.completedFuture(null);
        }
        return Ids.of(type, id).<CompletableFuture<Object>>map(n -> byId.load(n).thenApply(o -> o))
                .orElseGet(() -> CompletableFuture.completedFuture(null));
    }
}
