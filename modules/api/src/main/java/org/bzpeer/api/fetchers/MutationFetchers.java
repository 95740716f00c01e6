package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.accounts.FollowService;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.core.model.Account;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.store.Store;

/** Mutations. Each checks who is asking before anything changes. */
public final class MutationFetchers {

    /** What follow and unfollow return. */
    public record FollowPayload(Researcher researcher, boolean following) {
    }

    private final FollowService follows;
    private final Store store;

    public MutationFetchers(FollowService follows, Store store) {
        this.follows = follows;
        this.store = store;
    }

    public CompletableFuture<FollowPayload> followResearcher(DataFetchingEnvironment env) {
        return change(env, true);
    }

    public CompletableFuture<FollowPayload> unfollowResearcher(DataFetchingEnvironment env) {
        return change(env, false);
    }

    private CompletableFuture<FollowPayload> change(DataFetchingEnvironment env, boolean follow) {
        Account viewer = env.getGraphQlContext().get(GraphQLService.VIEWER);
        Map<String, Object> input = env.getArgument("input");
        long id = Ids.of(Ids.RESEARCHER, (String) input.get("researcherId"))
                .orElseThrow(() -> ApiException.badInput("`researcherId` is not the id of a researcher."));
        var change = follow ? follows.follow(viewer, id) : follows.unfollow(viewer, id);
        return change.compose(state -> store.researchers().findByIds(List.of(id))
                        .map(found -> new FollowPayload(found.get(id), state.following())))
                .toCompletionStage().toCompletableFuture();
    }
}
