package org.bzpeer.web.view;

import java.util.List;
import java.util.Map;

/** One page of a researcher's works, as {@code fragments/works.jte} renders it for "Show more". */
public record WorksPageView(String slug, List<WorkSummary> works, String nextCursor) {

    /** The plain page after this one (null at the end: the attribute is then left out). */
    public String nextPageUrl() {
        return nextCursor == null ? null : "/researchers/" + slug + "?after=" + nextCursor + "#works-title";
    }

    public String nextFragmentUrl() {
        return nextCursor == null ? null : "/fragments/researchers/" + slug + "/works?after=" + nextCursor;
    }

    /** Maps {@code data.researcher} of {@code fragments/works.graphql}. */
    public static WorksPageView from(Map<String, Object> researcher) {
        Map<String, Object> works = GraphData.map(researcher, "works");
        Map<String, Object> pageInfo = GraphData.map(works, "pageInfo");
        return new WorksPageView(GraphData.str(researcher, "slug"),
                GraphData.nodes(works).stream().map(WorkSummary::of).toList(),
                GraphData.bool(pageInfo, "hasNextPage") ? GraphData.str(pageInfo, "endCursor") : null);
    }
}
