package org.bzpeer.web.view;

import java.util.List;
import java.util.Map;

/** The "Following" page: followed researchers and the newest works by them. */
public record FollowingView(List<Link> researchers, int researchersTotal, List<WorkSummary> works, int worksTotal,
                           String nextCursor) {

    /** Maps {@code data.viewer} of {@code pages/following.graphql}. */
    public static FollowingView from(Map<String, Object> viewer) {
        Map<String, Object> following = GraphData.map(viewer, "following");
        Map<String, Object> feed = GraphData.map(viewer, "feed");
        Map<String, Object> pageInfo = GraphData.map(feed, "pageInfo");
        return new FollowingView(
                GraphData.nodes(following).stream().map(Link::of).toList(),
                GraphData.integer(following, "totalCount"),
                GraphData.nodes(feed).stream().map(WorkSummary::of).toList(),
                GraphData.integer(feed, "totalCount"),
                GraphData.bool(pageInfo, "hasNextPage") ? GraphData.str(pageInfo, "endCursor") : null);
    }
}
