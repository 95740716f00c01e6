package org.bzpeer.web.view;

import java.util.List;
import java.util.Map;

/** Everything {@code pages/profile.jte} shows, read from the result of {@code pages/profile.graphql}. */
public record ProfileView(
        String slug,
        String displayName,
        String headline,
        boolean openToCollaborate,
        List<Link> affiliations,
        Stats stats,
        Trust trust,
        List<TopicChip> topics,
        List<CollaboratorChip> collaborators,
        List<WorkSummary> works,
        int worksTotal,
        String nextWorksCursor,
        Follow follow,
        long researcherId,
        ClaimBox claim,
        CollabBox collab) {

    /** The follow action: a form for members (with their CSRF token), a log-in link for visitors. */
    public record Follow(boolean signedIn, boolean following, int followers, String csrf) {
    }

    /** The same view with the visitor's follow state. */
    public ProfileView withFollow(boolean signedIn, String csrf) {
        return new ProfileView(slug, displayName, headline, openToCollaborate, affiliations, stats, trust, topics,
                collaborators, works, worksTotal, nextWorksCursor,
                new Follow(signedIn, follow.following(), follow.followers(), csrf), researcherId, claim, collab);
    }

    /** The same view with the signed-in member's claim area (null for visitors). */
    public ProfileView withClaim(ClaimBox box) {
        return new ProfileView(slug, displayName, headline, openToCollaborate, affiliations, stats, trust, topics,
                collaborators, works, worksTotal, nextWorksCursor, follow, researcherId, box, collab);
    }

    /** The same view with the direct-collaboration area. */
    public ProfileView withCollab(CollabBox box) {
        return new ProfileView(slug, displayName, headline, openToCollaborate, affiliations, stats, trust, topics,
                collaborators, works, worksTotal, nextWorksCursor, follow, researcherId, claim, box);
    }

    public record Stats(int works, int followers, int topics, int closeCollaborators) {
    }

    public record Signal(String key, int weight, String reason) {
        /** "+10" or "-20". */
        public String weightLabel() {
            return (weight >= 0 ? "+" : "") + weight;
        }
    }

    public record Trust(int score, String label, String summary, String verificationLevel, String claimStatus,
                        String claimStatusLabel, List<Signal> signals) {
    }

    public record TopicChip(String slug, String name, int worksCount) {
    }

    public record CollaboratorChip(String slug, String name, int sharedWorks) {
    }

    /** Maps {@code data.researcher}; the caller has checked it is not null. */
    public static ProfileView from(Map<String, Object> researcher) {
        Map<String, Object> stats = GraphData.map(researcher, "stats");
        Map<String, Object> trust = GraphData.map(researcher, "trust");
        Map<String, Object> works = GraphData.map(researcher, "works");
        Map<String, Object> pageInfo = GraphData.map(works, "pageInfo");
        return new ProfileView(
                GraphData.str(researcher, "slug"),
                GraphData.str(researcher, "displayName"),
                GraphData.str(researcher, "headline"),
                GraphData.bool(researcher, "openToCollaborate"),
                GraphData.list(researcher, "affiliations").stream().map(Link::of).toList(),
                new Stats(GraphData.integer(stats, "works"), GraphData.integer(stats, "followers"),
                        GraphData.integer(stats, "topics"), GraphData.integer(stats, "closeCollaborators")),
                new Trust(GraphData.integer(trust, "score"), GraphData.str(trust, "label"),
                        GraphData.str(trust, "summary"), GraphData.str(trust, "verificationLevel"),
                        GraphData.str(trust, "claimStatus"), GraphData.str(trust, "claimStatusLabel"),
                        GraphData.list(trust, "signals").stream().map(s -> new Signal(GraphData.str(s, "key"),
                                GraphData.integer(s, "weight"), GraphData.str(s, "reason"))).toList()),
                GraphData.list(GraphData.map(researcher, "topics"), "edges").stream().map(e -> {
                    Map<String, Object> node = GraphData.map(e, "node");
                    return new TopicChip(GraphData.str(node, "slug"), GraphData.str(node, "displayName"),
                            GraphData.integer(e, "worksCount"));
                }).toList(),
                GraphData.list(GraphData.map(researcher, "collaborators"), "edges").stream().map(e -> {
                    Map<String, Object> node = GraphData.map(e, "node");
                    return new CollaboratorChip(GraphData.str(node, "slug"), GraphData.str(node, "displayName"),
                            GraphData.integer(e, "sharedWorksCount"));
                }).toList(),
                GraphData.nodes(works).stream().map(WorkSummary::of).toList(),
                GraphData.integer(works, "totalCount"),
                GraphData.bool(pageInfo, "hasNextPage") ? GraphData.str(pageInfo, "endCursor") : null,
                new Follow(false, GraphData.bool(researcher, "viewerIsFollowing"),
                        GraphData.integer(researcher, "followers"), null),
                org.bzpeer.core.rules.GlobalIds.decode(GraphData.str(researcher, "id"))
                        .map(org.bzpeer.core.rules.GlobalIds.Decoded::id).orElse(0L),
                null, null);
    }
}
