package org.bzpeer.api.accounts;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.errors.ErrorCode;
import org.bzpeer.core.model.Account;
import org.bzpeer.store.repo.FollowRepository;

/** Following researchers, for GraphQL mutations and profile forms alike. Both changes are idempotent. */
public final class FollowService {

    /** The outcome a client shows: whether the viewer now follows, and the new follower count. */
    public record State(long researcherId, boolean following, int followers) {
    }

    private final FollowRepository follows;

    public FollowService(FollowRepository follows) {
        this.follows = follows;
    }

    public Future<State> follow(Account viewer, long researcherId) {
        requireViewer(viewer);
        return follows.follow(viewer.id(), researcherId).map(n -> new State(researcherId, true, n))
                .recover(FollowService::unknownResearcher);
    }

    public Future<State> unfollow(Account viewer, long researcherId) {
        requireViewer(viewer);
        return follows.unfollow(viewer.id(), researcherId).map(n -> new State(researcherId, false, n))
                .recover(FollowService::unknownResearcher);
    }

    private static void requireViewer(Account viewer) {
        if (viewer == null) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "Log in to follow researchers.");
        }
    }

    private static Future<State> unknownResearcher(Throwable e) {
        boolean missing = e instanceof IllegalArgumentException
                || (e instanceof PgException pg && "23503".equals(pg.getSqlState()));
        return Future.failedFuture(missing ? new ApiException(ErrorCode.NOT_FOUND, "There is no such researcher.") : e);
    }
}
