package org.bzpeer.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything {@code pages/home.jte} shows, read from the result of {@code pages/home.graphql}. */
public record HomeView(SeedProfile seed, List<FeaturedTopic> topics) {

    /** The featured profile: who, counts, and a few of their works and topics. */
    public record SeedProfile(String slug, String name, String headline, String trustSummary, List<Link> affiliations,
                              int worksCount, int topicsCount, int collaboratorsCount, List<Link> topics,
                              List<RecentWork> recentWorks) {
    }

    /** A work in a short list: title and year. */
    public record RecentWork(String slug, String title, Integer year) {
    }

    /** A topic with its most active researchers. */
    public record FeaturedTopic(String slug, String name, String field, int worksTotal, int researchersTotal,
                                List<MemberItem> researchers) {
    }

    /** Maps {@code data}: {@code seed} (may be null) and any number of topic fields (null ones are skipped). */
    public static HomeView from(Map<String, Object> data) {
        Map<String, Object> seed = GraphData.map(data, "seed");
        List<FeaturedTopic> topics = new ArrayList<>();
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            if (entry.getKey().equals("seed") || entry.getValue() == null) {
                continue;
            }
            Map<String, Object> topic = GraphData.map(data, entry.getKey());
            Map<String, Object> researchers = GraphData.map(topic, "researchers");
            topics.add(new FeaturedTopic(GraphData.str(topic, "slug"), GraphData.str(topic, "displayName"),
                    GraphData.str(topic, "field"), GraphData.integer(GraphData.map(topic, "works"), "totalCount"),
                    GraphData.integer(researchers, "totalCount"),
                    GraphData.list(researchers, "edges").stream().map(MemberItem::of).toList()));
        }
        return new HomeView(seed == null ? null : seedProfile(seed), List.copyOf(topics));
    }

    private static SeedProfile seedProfile(Map<String, Object> r) {
        Map<String, Object> stats = GraphData.map(r, "stats");
        return new SeedProfile(GraphData.str(r, "slug"), GraphData.str(r, "displayName"), GraphData.str(r, "headline"),
                GraphData.str(GraphData.map(r, "trust"), "summary"),
                GraphData.list(r, "affiliations").stream().map(Link::of).toList(),
                GraphData.integer(stats, "works"), GraphData.integer(stats, "topics"),
                GraphData.integer(stats, "closeCollaborators"),
                GraphData.nodes(GraphData.map(r, "topics")).stream().map(Link::of).toList(),
                GraphData.nodes(GraphData.map(r, "works")).stream().map(w -> new RecentWork(GraphData.str(w, "slug"),
                        GraphData.str(w, "title"), GraphData.optionalInteger(w, "year"))).toList());
    }
}
