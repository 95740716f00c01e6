package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.accounts.ClaimService;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.errors.ErrorCode;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.core.model.Account;
import org.bzpeer.core.model.Claim;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.rules.GlobalIds;

/** {@code Claim}, {@code Viewer.claim} and the claim mutations. */
public final class ClaimFetchers {

    public static final String CLAIM = "Claim";

    /** What the claim mutations return. */
    public record ClaimPayload(Claim claim) {
    }

    /** What {@code vouchForClaim} returns: the record, the vouches on its claim, whether this call added one. */
    public record VouchPayload(long researcherId, int vouches, boolean added) {
    }

    private final ClaimService claims;

    public ClaimFetchers(ClaimService claims) {
        this.claims = claims;
    }

    public String id(DataFetchingEnvironment env) {
        return GlobalIds.encode(CLAIM, source(env).id());
    }

    public CompletableFuture<Researcher> researcher(DataFetchingEnvironment env) {
        return Loaders.researcherById(env).load(source(env).researcherId());
    }

    public String stateLabel(DataFetchingEnvironment env) {
        return source(env).state().label();
    }

    public boolean orcidMatchesRecord(DataFetchingEnvironment env) {
        return source(env).orcidVerified();
    }

    public boolean emailConfirmed(DataFetchingEnvironment env) {
        return source(env).emailConfirmedAt() != null;
    }

    /** {@code Viewer.claim}: only ever the viewer's own. */
    public CompletableFuture<Claim> viewerClaim(DataFetchingEnvironment env) {
        Account account = env.getSource();
        return claims.latest(account).map(found -> found.orElse(null)).toCompletionStage().toCompletableFuture();
    }

    public CompletableFuture<ClaimPayload> claimResearcher(DataFetchingEnvironment env) {
        Account viewer = env.getGraphQlContext().get(GraphQLService.VIEWER);
        if (viewer == null) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "Log in to claim a researcher record.");
        }
        Map<String, Object> input = env.getArgument("input");
        long id = Ids.of(Ids.RESEARCHER, (String) input.get("researcherId"))
                .orElseThrow(() -> ApiException.badInput("`researcherId` is not the id of a researcher."));
        return claims.submit(viewer, id, (String) input.get("orcid"), (String) input.get("email"))
                .map(ClaimPayload::new).toCompletionStage().toCompletableFuture();
    }

    public CompletableFuture<ClaimPayload> reviewClaim(DataFetchingEnvironment env) {
        Account viewer = env.getGraphQlContext().get(GraphQLService.VIEWER);
        Map<String, Object> input = env.getArgument("input");
        if (viewer == null) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "Log in as a moderator to review claims.");
        }
        long id = Ids.of(CLAIM, (String) input.get("claimId"))
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "There is no such claim."));
        return claims.review(viewer, id, Boolean.TRUE.equals(input.get("approve")), (String) input.get("reason"))
                .map(ClaimPayload::new).toCompletionStage().toCompletableFuture();
    }

    /** {@code Claim.vouches}. */
    public CompletableFuture<Integer> vouches(DataFetchingEnvironment env) {
        return claims.vouches(source(env)).toCompletionStage().toCompletableFuture();
    }

    public CompletableFuture<VouchPayload> vouchForClaim(DataFetchingEnvironment env) {
        Account viewer = env.getGraphQlContext().get(GraphQLService.VIEWER);
        if (viewer == null) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "Log in to vouch for a claim.");
        }
        Map<String, Object> input = env.getArgument("input");
        long id = Ids.of(Ids.RESEARCHER, (String) input.get("researcherId"))
                .orElseThrow(() -> ApiException.badInput("`researcherId` is not the id of a researcher."));
        return claims.vouch(viewer, id).map(v -> new VouchPayload(v.researcherId(), v.vouches(), v.added()))
                .toCompletionStage().toCompletableFuture();
    }

    public CompletableFuture<Researcher> vouchResearcher(DataFetchingEnvironment env) {
        VouchPayload payload = env.getSource();
        return Loaders.researcherById(env).load(payload.researcherId());
    }

    private static Claim source(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
