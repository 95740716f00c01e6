package org.bzpeer.web.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The view built from a {@code graphSlice} result, as the GraphQL service returns it (maps and lists). */
class GraphViewTest {

    private static Map<String, Object> node(String id, String kind, String label, String slug, int distance,
                                            double weight) {
        return Map.of("id", id, "kind", kind, "label", label, "slug", slug, "distance", distance, "weight", weight);
    }

    private static Map<String, Object> edge(String source, String target, String kind, double weight, String reason) {
        return Map.of("source", source, "target", target, "kind", kind, "weight", weight, "reason", reason);
    }

    /** The seed's slice at depth 1, plus one distance-2 co-author. */
    static Map<String, Object> seed() {
        return Map.of(
                "depth", 2, "truncated", false, "center", Map.of("id", "R1"),
                "nodes", List.of(
                        node("R1", "RESEARCHER", "Piotr Zielinski", "piotr-zielinski", 0, 0),
                        node("R2", "RESEARCHER", "Satrajit Chatterjee", "satrajit-chatterjee", 1, 3),
                        node("T1", "TOPIC", "Machine Learning", "machine-learning", 1, 3),
                        node("W1", "WORK", "On the Generalization Mystery in Deep Learning",
                                "on-the-generalization-mystery-in-deep-learning", 1, 1.93),
                        node("R3", "RESEARCHER", "Shankar Krishnan", "shankar-krishnan", 1, 1),
                        node("R9", "RESEARCHER", "Mateo Rossi", "mateo-rossi", 2, 2)),
                "edges", List.of(
                        edge("R1", "W1", "AUTHORED", 1.93, "Piotr Zielinski is an author of “On the Generalization Mystery in Deep Learning” (2022)"),
                        edge("R1", "R2", "CO_AUTHORED", 3, "Piotr Zielinski and Satrajit Chatterjee share 3 works, most recently in 2022"),
                        edge("R1", "R3", "CO_AUTHORED", 1, "Piotr Zielinski and Shankar Krishnan share 1 work, most recently in 2020"),
                        edge("R1", "T1", "ABOUT", 3, "3 works by Piotr Zielinski are about Machine Learning"),
                        edge("R2", "R9", "CO_AUTHORED", 2, "Satrajit Chatterjee and Mateo Rossi share 2 works"),
                        edge("R2", "T1", "ABOUT", 8, "8 works by Satrajit Chatterjee are about Machine Learning")));
    }

    @Test
    @DisplayName("every node becomes a link to its page, the centre first, every edge a line")
    void picture() {
        GraphView view = GraphView.build(SliceData.from(seed()), "graph-slice", "slice", GraphView.allKinds());
        assertThat(view.nodes()).hasSize(6);
        assertThat(view.nodes().get(0).centre()).isTrue();
        assertThat(view.nodes().get(0).href()).isEqualTo("/researchers/piotr-zielinski");
        assertThat(view.nodes()).extracting(GraphView.NodeView::href).contains(
                "/researchers/satrajit-chatterjee", "/topics/machine-learning",
                "/works/on-the-generalization-mystery-in-deep-learning", "/researchers/mateo-rossi");
        assertThat(view.nodes()).extracting(GraphView.NodeView::title).contains("Machine Learning (topic)",
                "Piotr Zielinski (centre, researcher)");
        assertThat(view.edges()).hasSize(6);
        assertThat(view.edges().get(0).edgeClass()).contains("graph-edge-authored", "graph-edge-centre");
        assertThat(view.geometry()).isEqualTo("two-rings");
        assertThat(view.viewBox()).isEqualTo("0 0 1000 760");
        assertThat(view.legend()).extracting(GraphView.LegendEntry::label).containsExactly("Researchers", "Works", "Topics");
        assertThat(view.countsSentence()).isEqualTo("3 researchers, 1 work and 1 topic");
        assertThat(view.description()).startsWith("Research graph around Piotr Zielinski: 3 researchers, 1 work, 1 topic.");
    }

    @Test
    @DisplayName("the list groups nodes by kind and puts each edge's reason under the node it brings in, once")
    void list() {
        GraphView view = GraphView.build(SliceData.from(seed()), "graph-slice", "slice", GraphView.allKinds());
        assertThat(view.groups()).extracting(g -> g.kind()).containsExactly(NodeKind.RESEARCHER, NodeKind.WORK,
                NodeKind.TOPIC);
        GraphView.Group researchers = view.groups().get(0);
        assertThat(researchers.title()).isEqualTo("Researchers (3)");
        assertThat(researchers.items()).extracting(GraphView.Item::label)
                .containsExactly("Satrajit Chatterjee", "Shankar Krishnan", "Mateo Rossi");
        assertThat(researchers.items().get(2).note()).isEqualTo("two steps away");
        assertThat(researchers.items().get(2).reasons()).containsExactly("Satrajit Chatterjee and Mateo Rossi share 2 works");
        long reasons = view.groups().stream().flatMap(g -> g.items().stream()).mapToLong(i -> i.reasons().size()).sum();
        assertThat(reasons).isEqualTo(6);
    }

    @Test
    @DisplayName("a kind filter keeps the centre and the chosen kinds, and only the edges between them")
    void filter() {
        GraphView view = GraphView.build(SliceData.from(seed()), "graph-explore", "explorer",
                EnumSet.of(NodeKind.TOPIC, NodeKind.WORK));
        assertThat(view.nodes()).extracting(GraphView.NodeView::href).containsExactlyInAnyOrder(
                "/researchers/piotr-zielinski", "/topics/machine-learning",
                "/works/on-the-generalization-mystery-in-deep-learning");
        assertThat(view.hidden()).isEqualTo(3);
        assertThat(view.edges()).hasSize(2);
        assertThat(view.geometry()).isEqualTo("one-ring");
    }

    @Test
    @DisplayName("the fragment escapes every text from the data, in the SVG and in the list")
    void escaping() {
        Map<String, Object> slice = Map.of("depth", 1, "truncated", false, "center", Map.of("id", "R1"),
                "nodes", List.of(
                        node("R1", "RESEARCHER", "<script>alert(1)</script>", "evil", 0, 0),
                        node("W1", "WORK", "\"><img src=x onerror=alert(1)> & more", "w", 1, 1)),
                "edges", List.of(edge("R1", "W1", "AUTHORED", 1, "<b>bold</b> reason")));
        GraphView view = GraphView.build(SliceData.from(slice), "graph-slice", "slice", GraphView.allKinds());
        String html = org.bzpeer.web.Templates.precompiled().render("fragments/graph.jte", view);
        assertThat(html).doesNotContain("<script>", "<img", "<b>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;bold&lt;/b&gt; reason");
        assertThat(html).contains("role=\"group\"", "href=\"/works/w\"", "href=\"/explore/evil\"");
        // No inline styles, and no element with a src of its own (the fragment is swapped in as it is).
        assertThat(html).doesNotContainPattern("<[^>]*\\sstyle=").doesNotContainPattern("<[^>]*\\ssrc=");
    }

    @Test
    @DisplayName("the depth and kind parameters of the explorer: defaults, case, and clear errors")
    void parameters() {
        assertThat(GraphRoutes.depth(List.of())).isEqualTo(1);
        assertThat(GraphRoutes.depth(List.of(""))).isEqualTo(1);
        assertThat(GraphRoutes.depth(List.of("2"))).isEqualTo(2);
        assertThat(GraphRoutes.depth(List.of("2", "2"))).isEqualTo(2);
        assertThatThrownBy(() -> GraphRoutes.depth(List.of("3"))).hasMessageContaining("1 (direct connections) or 2");
        assertThatThrownBy(() -> GraphRoutes.depth(List.of("1", "2"))).hasMessageContaining("one depth");
        assertThatThrownBy(() -> GraphRoutes.depth(List.of("x".repeat(500)))).hasMessageContaining("…");
        assertThat(GraphRoutes.kinds(List.of())).isEqualTo(EnumSet.allOf(NodeKind.class));
        assertThat(GraphRoutes.kinds(List.of("topic", "RESEARCHER"))).containsExactly(NodeKind.RESEARCHER, NodeKind.TOPIC);
        assertThatThrownBy(() -> GraphRoutes.kinds(List.of("VENUE"))).hasMessageContaining("“VENUE”");
    }
}
