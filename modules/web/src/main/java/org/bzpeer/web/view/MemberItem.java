package org.bzpeer.web.view;

import java.util.List;
import java.util.Map;

/**
 * A researcher within a topic or an institution (a {@code MemberEdge}): who, where they are now, and how many
 * works put them there.
 */
public record MemberItem(String slug, String name, List<Link> affiliations, int worksCount) {

    /** Maps a {@code MemberEdge} with {@code worksCount} and {@code node { slug displayName affiliations }}. */
    static MemberItem of(Map<String, Object> edge) {
        Map<String, Object> node = GraphData.map(edge, "node");
        return new MemberItem(GraphData.str(node, "slug"), GraphData.str(node, "displayName"),
                GraphData.list(node, "affiliations").stream().map(Link::of).toList(),
                GraphData.integer(edge, "worksCount"));
    }

    /** Whether {@code institutionSlug} is among the researcher's current affiliations. */
    public boolean isCurrentlyAt(String institutionSlug) {
        return affiliations.stream().anyMatch(a -> a.slug().equals(institutionSlug));
    }
}
