package org.bzpeer.web.view;

import java.util.List;
import java.util.Map;

/** One item in a list of works: type · year · venue, title, authors, abstract. */
public record WorkSummary(String slug, String type, Integer year, String venue, String title, String abstractText,
                          List<Link> authors) {

    static WorkSummary of(Map<String, Object> work) {
        Map<String, Object> venue = GraphData.map(work, "venue");
        return new WorkSummary(
                GraphData.str(work, "slug"), GraphData.str(work, "type"), GraphData.optionalInteger(work, "year"),
                venue == null ? null : GraphData.str(venue, "displayName"), GraphData.str(work, "title"),
                GraphData.str(work, "abstract"),
                GraphData.list(work, "authorships").stream()
                        .map(a -> Link.of(GraphData.map(a, "researcher"))).toList());
    }
}
