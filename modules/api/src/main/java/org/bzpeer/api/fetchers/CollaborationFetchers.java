package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.accounts.CollaborationService;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.errors.ErrorCode;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.core.model.Account;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.rules.GlobalIds;
import org.bzpeer.store.repo.InvitationRepository.Invitation;

/** {@code Invitation}, {@code Viewer.invitationsReceived/Sent} and the collaboration mutations. */
public final class CollaborationFetchers {

    public static final String INVITATION = "Invitation";

    /** What the invitation mutations return. */
    public record InvitationPayload(Invitation invitation) {
    }

    /** What {@code updateResearcherProfile} returns. */
    public record ProfilePayload(long researcherId, String affiliation) {
    }

    private final CollaborationService collaboration;

    public CollaborationFetchers(CollaborationService collaboration) {
        this.collaboration = collaboration;
    }

    public String id(DataFetchingEnvironment env) {
        return GlobalIds.encode(INVITATION, source(env).id());
    }

    public CompletableFuture<Researcher> researcher(DataFetchingEnvironment env) {
        return Loaders.researcherById(env).load(source(env).researcherId());
    }

    public CompletableFuture<Researcher> payloadResearcher(DataFetchingEnvironment env) {
        ProfilePayload payload = env.getSource();
        return Loaders.researcherById(env).load(payload.researcherId());
    }

    public CompletableFuture<InvitationPayload> invite(DataFetchingEnvironment env) {
        Account viewer = viewer(env, "Log in to invite researchers.");
        Map<String, Object> input = env.getArgument("input");
        long id = Ids.of(Ids.RESEARCHER, (String) input.get("researcherId"))
                .orElseThrow(() -> ApiException.badInput("`researcherId` is not the id of a researcher."));
        return collaboration.invite(viewer, id, (String) input.get("message"))
                .map(InvitationPayload::new).toCompletionStage().toCompletableFuture();
    }

    public CompletableFuture<InvitationPayload> respond(DataFetchingEnvironment env) {
        Account viewer = viewer(env, "Log in to answer invitations.");
        Map<String, Object> input = env.getArgument("input");
        long id = Ids.of(INVITATION, (String) input.get("invitationId"))
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "There is no such invitation."));
        return collaboration.respond(viewer, id, Boolean.TRUE.equals(input.get("accept")))
                .map(InvitationPayload::new).toCompletionStage().toCompletableFuture();
    }

    public CompletableFuture<ProfilePayload> updateProfile(DataFetchingEnvironment env) {
        Account viewer = viewer(env, "Log in to edit your profile.");
        Map<String, Object> input = env.getArgument("input");
        long id = Ids.of(Ids.RESEARCHER, (String) input.get("researcherId"))
                .orElseThrow(() -> ApiException.badInput("`researcherId` is not the id of a researcher."));
        return collaboration.updateProfile(viewer, id, (String) input.get("headline"),
                        Boolean.TRUE.equals(input.get("openToCollaborate")), (String) input.get("affiliation"))
                .map(t -> new ProfilePayload(id, t.affiliationText())).toCompletionStage().toCompletableFuture();
    }

    private static Account viewer(DataFetchingEnvironment env, String message) {
        Account viewer = env.getGraphQlContext().get(GraphQLService.VIEWER);
        if (viewer == null) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, message);
        }
        return viewer;
    }

    private static Invitation source(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
