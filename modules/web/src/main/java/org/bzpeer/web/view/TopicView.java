package org.bzpeer.web.view;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Everything {@code pages/topic.jte} shows, read from the result of {@code pages/topic.graphql}. */
public record TopicView(
        String slug,
        String name,
        String description,
        String subfield,
        String field,
        String domain,
        List<String> keywords,
        List<MemberItem> researchers,
        int researchersTotal,
        List<WorkSummary> works,
        int worksTotal,
        Pager pager) {

    /** Maps {@code data.topic}; the caller has checked it is not null. {@code continued}: a later page of works. */
    public static TopicView from(Map<String, Object> topic, boolean continued) {
        Map<String, Object> researchers = GraphData.map(topic, "researchers");
        Map<String, Object> works = GraphData.map(topic, "works");
        String slug = GraphData.str(topic, "slug");
        @SuppressWarnings("unchecked")
        List<String> keywords = topic.get("keywords") == null ? List.of() : (List<String>) topic.get("keywords");
        return new TopicView(slug, GraphData.str(topic, "displayName"), GraphData.str(topic, "description"),
                GraphData.str(topic, "subfield"), GraphData.str(topic, "field"), GraphData.str(topic, "domain"),
                List.copyOf(keywords),
                GraphData.list(researchers, "edges").stream().map(MemberItem::of).toList(),
                GraphData.integer(researchers, "totalCount"),
                GraphData.nodes(works).stream().map(WorkSummary::of).toList(),
                GraphData.integer(works, "totalCount"),
                Pager.of(GraphData.map(works, "pageInfo"), continued, "/topics/" + slug, "#works-title"));
    }

    /** Subfield, field and domain, those that are known, narrowest first. */
    public List<String> classification() {
        return Stream.of(subfield, field, domain).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
    }

    /** Whether this page continues the list of works from an earlier page. */
    public boolean continued() {
        return pager.firstHref() != null;
    }

    public String metaDescription() {
        return description != null ? Texts.excerpt(description, 180)
                : "Researchers and works on " + name + ", from open scholarly records.";
    }
}
