package org.bzpeer.api;

import graphql.TypeResolutionEnvironment;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;
import java.util.Map;
import org.bzpeer.api.fetchers.GraphFetchers;
import org.bzpeer.api.accounts.FollowService;
import org.bzpeer.api.fetchers.GroupFetchers;
import org.bzpeer.api.accounts.ClaimService;
import org.bzpeer.api.fetchers.ClaimFetchers;
import org.bzpeer.api.fetchers.MutationFetchers;
import org.bzpeer.api.fetchers.QueryFetchers;
import org.bzpeer.api.fetchers.SearchFetchers;
import org.bzpeer.api.fetchers.ViewerFetchers;
import org.bzpeer.api.fetchers.ResearcherFetchers;
import org.bzpeer.api.fetchers.WorkFetchers;
import org.bzpeer.api.paging.Connection;
import org.bzpeer.api.paging.Cursors;
import org.bzpeer.api.paging.Pages;
import org.bzpeer.store.repo.AuthorshipRepository.Credited;
import org.bzpeer.core.graph.GraphSlice;
import org.bzpeer.core.model.Institution;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.model.Source;
import org.bzpeer.core.model.Topic;
import org.bzpeer.core.model.Work;
import org.bzpeer.core.rules.TrustSignal;
import org.bzpeer.store.Store;

/**
 * Binds {@code schema.graphqls} to code. Fields not wired here resolve by graphql-java's default: the record
 * accessor of the same name on the type's backing class ({@link #BACKING}); the schema test checks that every
 * field is covered one way or the other.
 */
final class Wiring {

    /** The Java class each GraphQL object type resolves from. */
    static final Map<String, Class<?>> BACKING = Map.ofEntries(
            Map.entry("Researcher", Researcher.class),
            Map.entry("ResearcherStats", ResearcherFetchers.Stats.class),
            Map.entry("TrustSnapshot", ResearcherFetchers.Trust.class),
            Map.entry("TrustSignal", TrustSignal.class),
            Map.entry("PageInfo", Connection.PageInfo.class),
            Map.entry("WorkConnection", Connection.class),
            Map.entry("WorkEdge", Pages.WorkEdge.class),
            Map.entry("MemberConnection", Connection.class),
            Map.entry("SearchConnection", Connection.class),
            Map.entry("GraphSlice", GraphSlice.class),
            Map.entry("GraphNode", GraphSlice.Node.class),
            Map.entry("GraphEdge", GraphSlice.Edge.class),
            Map.entry("SearchEdge", SearchFetchers.SearchEdge.class),
            Map.entry("MemberEdge", GroupFetchers.MemberEdge.class),
            Map.entry("ResearcherTopicConnection", Connection.class),
            Map.entry("ResearcherTopicEdge", ResearcherFetchers.TopicEdge.class),
            Map.entry("CollaboratorConnection", Connection.class),
            Map.entry("Collaborator", ResearcherFetchers.CollaboratorEdge.class),
            Map.entry("Work", Work.class),
            Map.entry("Authorship", Credited.class),
            Map.entry("WorkTopic", WorkFetchers.WorkTopicView.class),
            Map.entry("Topic", Topic.class),
            Map.entry("Institution", Institution.class),
            Map.entry("Source", Source.class),
            Map.entry("Viewer", org.bzpeer.core.model.Account.class),
            Map.entry("FollowResearcherPayload", MutationFetchers.FollowPayload.class),
            Map.entry("ResearcherConnection", Connection.class),
            Map.entry("ResearcherEdge", ViewerFetchers.ResearcherEdge.class),
            Map.entry("InvitationConnection", Connection.class),
            Map.entry("InvitationEdge", ViewerFetchers.InvitationEdge.class),
            Map.entry("Claim", org.bzpeer.core.model.Claim.class),
            Map.entry("ClaimPayload", ClaimFetchers.ClaimPayload.class),
            Map.entry("VouchForClaimPayload", ClaimFetchers.VouchPayload.class),
            Map.entry("Invitation", org.bzpeer.store.repo.InvitationRepository.Invitation.class),
            Map.entry("InvitationPayload", org.bzpeer.api.fetchers.CollaborationFetchers.InvitationPayload.class),
            Map.entry("UpdateResearcherProfilePayload", org.bzpeer.api.fetchers.CollaborationFetchers.ProfilePayload.class));

    private Wiring() {
    }

    static RuntimeWiring build(Cursors cursors, Store store) {
        return build(cursors, store, null);
    }

    static RuntimeWiring build(Cursors cursors, Store store, ClaimService claims) {
        ClaimFetchers claim = new ClaimFetchers(claims);
        org.bzpeer.api.fetchers.CollaborationFetchers collab = new org.bzpeer.api.fetchers.CollaborationFetchers(
                store == null ? null : new org.bzpeer.api.accounts.CollaborationService(
                        store.invitations()));
        QueryFetchers query = new QueryFetchers();
        Pages pages = new Pages(cursors);
        ResearcherFetchers researcher = new ResearcherFetchers(pages);
        GroupFetchers group = new GroupFetchers(pages);
        WorkFetchers work = new WorkFetchers();
        SearchFetchers search = new SearchFetchers(pages, store);
        GraphFetchers graph = new GraphFetchers();
        ViewerFetchers viewer = store == null ? null : new ViewerFetchers(pages, store.follows(), store.invitations());
        MutationFetchers mutation = store == null ? null
                : new MutationFetchers(new FollowService(store.follows()), store);
        return RuntimeWiring.newRuntimeWiring()
                .scalar(ExtendedScalars.Date)
                .scalar(ExtendedScalars.DateTime)
                .scalar(ExtendedScalars.Url)
                .scalar(ExtendedScalars.NonNegativeInt)
                .scalar(ExtendedScalars.PositiveInt)
                .type("Node", t -> t.typeResolver(Wiring::resolveNode))
                .type("SearchResult", t -> t.typeResolver(Wiring::resolveNode))
                .type("GraphEntity", t -> t.typeResolver(Wiring::resolveNode))
                .type("GraphNode", t -> t
                        .dataFetcher("id", graph::nodeId)
                        .dataFetcher("kind", graph::nodeKind)
                        .dataFetcher("entity", graph::nodeEntity))
                .type("GraphEdge", t -> t
                        .dataFetcher("source", graph::edgeSource)
                        .dataFetcher("target", graph::edgeTarget))
                .type("SearchConnection", t -> t.dataFetcher("totalCount", Connection::totalCount))
                .type("SearchEdge", t -> t.dataFetcher("node", search::node))
                .type("Query", t -> t
                        .dataFetcher("viewer", query::viewer)
                        .dataFetcher("node", query::node)
                        .dataFetcher("nodes", query::nodes)
                        .dataFetcher("researcher", query::researcher)
                        .dataFetcher("work", query::work)
                        .dataFetcher("topic", query::topic)
                        .dataFetcher("institution", query::institution)
                        .dataFetcher("search", search::search)
                        .dataFetcher("graphSlice", graph::slice))
                .type("Researcher", t -> t
                        .dataFetcher("id", researcher::id)
                        .dataFetcher("headline", researcher::headline)
                        .dataFetcher("openAlexId", researcher::openAlexId)
                        .dataFetcher("openAlexUrl", researcher::openAlexUrl)
                        .dataFetcher("affiliations", researcher::affiliations)
                        .dataFetcher("stats", researcher::stats)
                        .dataFetcher("trust", researcher::trust)
                        .dataFetcher("works", researcher::works)
                        .dataFetcher("topics", researcher::topics)
                        .dataFetcher("collaborators", researcher::collaborators)
                        .dataFetcher("graphSlice", graph::researcherSlice)
                        .dataFetcher("followers", researcher::followers)
                        .dataFetcher("viewerIsFollowing", researcher::viewerIsFollowing))
                .type("WorkConnection", t -> t.dataFetcher("totalCount", Connection::totalCount))
                .type("ResearcherTopicConnection", t -> t.dataFetcher("totalCount", Connection::totalCount))
                .type("CollaboratorConnection", t -> t.dataFetcher("totalCount", Connection::totalCount))
                .type("MemberConnection", t -> t.dataFetcher("totalCount", Connection::totalCount))
                .type("Work", t -> t
                        .dataFetcher("id", work::id)
                        .dataFetcher("abstract", work::abstractText)
                        .dataFetcher("year", work::year)
                        .dataFetcher("venue", work::venue)
                        .dataFetcher("isOpenAccess", work::isOpenAccess)
                        .dataFetcher("authorships", work::authorships)
                        .dataFetcher("topics", work::topics))
                .type("Authorship", t -> t
                        .dataFetcher("position", work::position)
                        .dataFetcher("rawAuthorName", work::rawAuthorName)
                        .dataFetcher("authorPosition", work::authorPosition)
                        .dataFetcher("researcher", work::authorshipResearcher)
                        .dataFetcher("isCorresponding", work::isCorresponding)
                        .dataFetcher("institutions", work::authorshipInstitutions))
                .type("Viewer", t -> t
                        .dataFetcher("id", query::viewerId)
                        .dataFetcher("following", env -> viewer.following(env))
                        .dataFetcher("feed", env -> viewer.feed(env))
                        .dataFetcher("claim", claim::viewerClaim)
                        .dataFetcher("invitationsReceived", env -> viewer.invitationsReceived(env))
                        .dataFetcher("invitationsSent", env -> viewer.invitationsSent(env)))
                .type("InvitationConnection", t -> t.dataFetcher("totalCount", Connection::totalCount))
                .type("Invitation", t -> t
                        .dataFetcher("id", collab::id)
                        .dataFetcher("researcher", collab::researcher))
                .type("UpdateResearcherProfilePayload", t -> t.dataFetcher("researcher", collab::payloadResearcher))
                .type("Claim", t -> t
                        .dataFetcher("id", claim::id)
                        .dataFetcher("researcher", claim::researcher)
                        .dataFetcher("stateLabel", claim::stateLabel)
                        .dataFetcher("orcidMatchesRecord", claim::orcidMatchesRecord)
                        .dataFetcher("emailConfirmed", claim::emailConfirmed)
                        .dataFetcher("vouches", claim::vouches))
                .type("VouchForClaimPayload", t -> t.dataFetcher("researcher", claim::vouchResearcher))
                .type("ResearcherConnection", t -> t.dataFetcher("totalCount", Connection::totalCount))
                .type("Mutation", t -> t
                        .dataFetcher("followResearcher", env -> mutation.followResearcher(env))
                        .dataFetcher("unfollowResearcher", env -> mutation.unfollowResearcher(env))
                        .dataFetcher("claimResearcher", claim::claimResearcher)
                        .dataFetcher("reviewClaim", claim::reviewClaim)
                        .dataFetcher("vouchForClaim", claim::vouchForClaim)
                        .dataFetcher("inviteToCollaborate", collab::invite)
                        .dataFetcher("respondToInvitation", collab::respond)
                        .dataFetcher("updateResearcherProfile", collab::updateProfile))
                .type("Topic", t -> t
                        .dataFetcher("id", group::topicId)
                        .dataFetcher("works", group::topicWorks)
                        .dataFetcher("researchers", group::topicResearchers))
                .type("Institution", t -> t
                        .dataFetcher("id", group::institutionId)
                        .dataFetcher("researchers", group::institutionResearchers))
                .type("Source", t -> t
                        .dataFetcher("id", group::sourceId)
                        .dataFetcher("works", group::sourceWorks))
                .build();
    }

    private static GraphQLObjectType resolveNode(TypeResolutionEnvironment env) {
        Object value = env.getObject();
        String type;
        if (value instanceof Researcher) {
            type = "Researcher";
        } else if (value instanceof Work) {
            type = "Work";
        } else if (value instanceof Topic) {
            type = "Topic";
        } else if (value instanceof Institution) {
            type = "Institution";
        } else if (value instanceof Source) {
            type = "Source";
        } else {
            throw new IllegalStateException("not a Node: " + value.getClass().getSimpleName());
        }
        return env.getSchema().getObjectType(type);
    }
}
