package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.paging.Connection;
import org.bzpeer.api.paging.Pages;
import org.bzpeer.api.paging.Pages.WorkEdge;
import org.bzpeer.core.model.Account;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.store.repo.FollowRepository;
import org.bzpeer.store.repo.InvitationRepository;
import org.bzpeer.store.repo.InvitationRepository.Invitation;

/** Fields of {@code Viewer}: what the signed-in account follows, and the feed of their works. */
public final class ViewerFetchers {

    /** A researcher in a plain list of researchers. */
    public record ResearcherEdge(String cursor, Researcher node) implements Connection.Edge {
    }

    /** An invitation in a list. */
    public record InvitationEdge(String cursor, Invitation node) implements Connection.Edge {
    }

    static final String RECEIVED_CURSOR = "invitations-received";
    static final String SENT_CURSOR = "invitations-sent";
    static final String FOLLOWING_CURSOR = "following";
    static final String FEED_CURSOR = "feed";

    private final Pages pages;
    private final FollowRepository follows;
    private final InvitationRepository invitations;

    public ViewerFetchers(Pages pages, FollowRepository follows, InvitationRepository invitations) {
        this.pages = pages;
        this.follows = follows;
        this.invitations = invitations;
    }

    public CompletableFuture<Connection<InvitationEdge>> invitationsReceived(DataFetchingEnvironment env) {
        Account viewer = env.getSource();
        return pages.ranked(env, RECEIVED_CURSOR,
                total -> invitations.countReceived(viewer.id()).toCompletionStage().toCompletableFuture(),
                window -> invitations.received(viewer.id(), window.limit(), window.offset())
                        .toCompletionStage().toCompletableFuture(),
                InvitationEdge::new);
    }

    public CompletableFuture<Connection<InvitationEdge>> invitationsSent(DataFetchingEnvironment env) {
        Account viewer = env.getSource();
        return pages.ranked(env, SENT_CURSOR,
                total -> invitations.countSent(viewer.id()).toCompletionStage().toCompletableFuture(),
                window -> invitations.sent(viewer.id(), window.limit(), window.offset())
                        .toCompletionStage().toCompletableFuture(),
                InvitationEdge::new);
    }

    public CompletableFuture<Connection<ResearcherEdge>> following(DataFetchingEnvironment env) {
        Account viewer = env.getSource();
        return pages.ranked(env, FOLLOWING_CURSOR,
                total -> follows.countFollowing(viewer.id()).toCompletionStage().toCompletableFuture(),
                window -> follows.following(viewer.id(), window.limit(), window.offset())
                        .toCompletionStage().toCompletableFuture(),
                ResearcherEdge::new);
    }

    public CompletableFuture<Connection<WorkEdge>> feed(DataFetchingEnvironment env) {
        Account viewer = env.getSource();
        return pages.ranked(env, FEED_CURSOR,
                total -> follows.countFeed(viewer.id()).toCompletionStage().toCompletableFuture(),
                window -> follows.feed(viewer.id(), window.limit(), window.offset())
                        .toCompletionStage().toCompletableFuture(),
                WorkEdge::new);
    }
}
