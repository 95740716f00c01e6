package org.bzpeer.web.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bzpeer.web.graph.GraphLayout.Geometry;
import org.bzpeer.web.graph.GraphLayout.Link;
import org.bzpeer.web.graph.GraphLayout.Node;
import org.bzpeer.web.graph.GraphLayout.Placement;
import org.bzpeer.web.graph.GraphLayout.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The layout is pure: these tests need no server. */
class GraphLayoutTest {

    /** A graph like the demo data's: a centre, distance-1 nodes per kind, distance-2 nodes per kind. */
    static Graph demo(Map<NodeKind, Integer> near, Map<NodeKind, Integer> far) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        nodes.add(new Node("c", NodeKind.RESEARCHER, 0, 0, "Satrajit Chatterjee"));
        List<String> nearIds = new ArrayList<>();
        for (NodeKind kind : NodeKind.values()) {
            for (int i = 0; i < near.getOrDefault(kind, 0); i++) {
                String id = kind.name() + "-1-" + i;
                // Weights as in the demo: topics and institutions count works (8, 2 …), works a score near 2.
                double weight = kind == NodeKind.WORK ? 2.0 - i * 0.05 : Math.max(1, 8 - 2 * i);
                nodes.add(new Node(id, kind, weight, 1, label(kind, i)));
                links.add(new Link("c", id));
                nearIds.add(id);
            }
        }
        int n = 0;
        for (NodeKind kind : NodeKind.values()) {
            for (int i = 0; i < far.getOrDefault(kind, 0); i++) {
                String id = kind.name() + "-2-" + i;
                nodes.add(new Node(id, kind, 1 + (i * 7 % 10) / 2.0, 2, label(kind, i + 40)));
                // Each distance-2 node hangs off one or two distance-1 nodes.
                links.add(new Link(nearIds.get(n * 5 % nearIds.size()), id));
                if (n % 3 == 0) {
                    links.add(new Link(nearIds.get((n * 5 + 3) % nearIds.size()), id));
                }
                n++;
            }
        }
        return new Graph(nodes, links);
    }

    record Graph(List<Node> nodes, List<Link> links) {
    }

    private static String label(NodeKind kind, int i) {
        return switch (kind) {
            case RESEARCHER -> "Researcher Number" + i + " Example";
            case WORK -> "A Loss-Aware Curriculum for Out-of-Distribution Generalization, Part " + i;
            case TOPIC -> "Topic " + i + " of Machine Learning";
            case INSTITUTION -> "Northgate AI Research " + i;
        };
    }

    /** The seed (piotr-zielinski, depth 1), Satrajit Chatterjee's slice at depth 1, the explorer at depth 2 (60). */
    static Stream<Arguments> demoGraphs() {
        return Stream.of(
                Arguments.of("seed", demo(Map.of(NodeKind.RESEARCHER, 2, NodeKind.WORK, 3, NodeKind.TOPIC, 1),
                        Map.of()), Geometry.ONE_RING),
                Arguments.of("profile slice of 24", demo(Map.of(NodeKind.RESEARCHER, 8, NodeKind.WORK, 10,
                        NodeKind.TOPIC, 4, NodeKind.INSTITUTION, 1), Map.of()), Geometry.ONE_RING),
                Arguments.of("explorer depth 1 of 40", demo(Map.of(NodeKind.RESEARCHER, 14, NodeKind.WORK, 18,
                        NodeKind.TOPIC, 5, NodeKind.INSTITUTION, 2), Map.of()), Geometry.ONE_RING),
                Arguments.of("explorer depth 2 of 60", demo(Map.of(NodeKind.RESEARCHER, 8, NodeKind.WORK, 10,
                        NodeKind.TOPIC, 5, NodeKind.INSTITUTION, 1), Map.of(NodeKind.RESEARCHER, 6, NodeKind.WORK, 26,
                        NodeKind.TOPIC, 2, NodeKind.INSTITUTION, 1)), Geometry.TWO_RINGS),
                Arguments.of("explorer, researchers and topics only", demo(Map.of(NodeKind.RESEARCHER, 8,
                        NodeKind.TOPIC, 5), Map.of(NodeKind.RESEARCHER, 6, NodeKind.TOPIC, 2)), Geometry.TWO_RINGS),
                Arguments.of("one kind only", demo(Map.of(NodeKind.WORK, 12), Map.of()), Geometry.ONE_RING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoGraphs")
    @DisplayName("the same input gives the same layout, every time")
    void deterministic(String name, Graph graph, Geometry geometry) {
        Result first = GraphLayout.layout(graph.nodes(), graph.links(), geometry);
        for (int i = 0; i < 3; i++) {
            Result again = GraphLayout.layout(List.copyOf(graph.nodes()), List.copyOf(graph.links()), geometry);
            assertThat(again).isEqualTo(first);
        }
        // The order of the edges does not matter either.
        List<Link> reversed = new ArrayList<>(graph.links());
        Collections.reverse(reversed);
        assertThat(GraphLayout.layout(graph.nodes(), reversed, geometry)).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoGraphs")
    @DisplayName("every node and every shown label lies inside the view box")
    void insideTheViewBox(String name, Graph graph, Geometry geometry) {
        Result result = GraphLayout.layout(graph.nodes(), graph.links(), geometry);
        assertThat(result.placements()).hasSize(graph.nodes().size());
        for (Placement p : result.placements()) {
            assertThat(p.x() - p.radius()).as(p.id()).isGreaterThanOrEqualTo(0);
            assertThat(p.y() - p.radius()).as(p.id()).isGreaterThanOrEqualTo(0);
            assertThat(p.x() + p.radius()).as(p.id()).isLessThanOrEqualTo(geometry.width());
            assertThat(p.y() + p.radius()).as(p.id()).isLessThanOrEqualTo(geometry.height());
            double[] box = labelBox(p, geometry);
            assertThat(box[0]).as(p.id() + " label left").isGreaterThanOrEqualTo(0);
            assertThat(box[2]).as(p.id() + " label right").isLessThanOrEqualTo(geometry.width());
            assertThat(box[1]).as(p.id() + " label top").isGreaterThanOrEqualTo(0);
            assertThat(box[3]).as(p.id() + " label bottom").isLessThanOrEqualTo(geometry.height());
        }
        Placement centre = result.get("c");
        assertThat(centre.x()).isEqualTo(geometry.width() / 2);
        assertThat(centre.y()).isEqualTo(geometry.height() / 2);
        assertThat(centre.ring()).isZero();
        assertThat(centre.radius()).isEqualTo(geometry.centreRadius());
        assertThat(centre.labelShown()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoGraphs")
    @DisplayName("no two nodes overlap, and no two shown labels do")
    void noOverlaps(String name, Graph graph, Geometry geometry) {
        List<Placement> all = GraphLayout.layout(graph.nodes(), graph.links(), geometry).placements();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Placement a = all.get(i);
                Placement b = all.get(j);
                double distance = Math.hypot(a.x() - b.x(), a.y() - b.y());
                assertThat(distance).as(a.id() + " and " + b.id()).isGreaterThan(a.radius() + b.radius());
                if (a.labelShown() && b.labelShown()) {
                    assertThat(overlap(labelBox(a, geometry), labelBox(b, geometry)))
                            .as("labels of " + a.id() + " and " + b.id()).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoGraphs")
    @DisplayName("on each ring, each kind's nodes form one unbroken arc")
    void kindsCluster(String name, Graph graph, Geometry geometry) {
        List<Placement> all = GraphLayout.layout(graph.nodes(), graph.links(), geometry).placements();
        for (int ring = 1; ring <= 2; ring++) {
            int r = ring;
            List<Placement> onRing = all.stream().filter(p -> p.ring() == r)
                    .sorted(Comparator.comparingDouble(p -> normalise(p.angle()))).toList();
            Set<NodeKind> kinds = new HashSet<>();
            onRing.forEach(p -> kinds.add(p.kind()));
            int changes = 0;
            for (int i = 0; i < onRing.size(); i++) {
                if (onRing.get(i).kind() != onRing.get((i + 1) % onRing.size()).kind()) {
                    changes++;
                }
            }
            assertThat(changes).as("kind changes around ring " + ring).isEqualTo(kinds.size() > 1 ? kinds.size() : 0);
        }
    }

    @Test
    @DisplayName("kinds sit near their home directions: works right, topics top, researchers left, institutions bottom")
    void homeDirections() {
        Graph graph = demo(Map.of(NodeKind.RESEARCHER, 8, NodeKind.WORK, 10, NodeKind.TOPIC, 4,
                NodeKind.INSTITUTION, 1), Map.of());
        Result result = GraphLayout.layout(graph.nodes(), graph.links(), Geometry.ONE_RING);
        Map<NodeKind, double[]> mean = new EnumMap<>(NodeKind.class);
        for (Placement p : result.placements()) {
            if (p.ring() == 1) {
                mean.computeIfAbsent(p.kind(), k -> new double[2]);
                mean.get(p.kind())[0] += p.x() - 400;
                mean.get(p.kind())[1] += p.y() - 250;
            }
        }
        assertThat(mean.get(NodeKind.WORK)[0]).isPositive();
        assertThat(mean.get(NodeKind.RESEARCHER)[0]).isNegative();
        assertThat(mean.get(NodeKind.TOPIC)[1]).isNegative();
        assertThat(mean.get(NodeKind.INSTITUTION)[1]).isPositive();
    }

    @Test
    @DisplayName("on the inner ring the heaviest node of a side sector is at its top, and sizes follow weight")
    void weightOrderAndSize() {
        List<Node> nodes = List.of(
                new Node("c", NodeKind.RESEARCHER, 0, 0, "Centre"),
                new Node("light", NodeKind.WORK, 0.5, 1, "Light work"),
                new Node("heavy", NodeKind.WORK, 2.0, 1, "Heavy work"),
                new Node("middle", NodeKind.WORK, 1.0, 1, "Middle work"),
                new Node("r1", NodeKind.RESEARCHER, 3, 1, "Co-author"));
        Result result = GraphLayout.layout(nodes, List.of(), Geometry.ONE_RING);
        Placement heavy = result.get("heavy");
        Placement middle = result.get("middle");
        Placement light = result.get("light");
        assertThat(heavy.y()).isLessThan(middle.y());
        assertThat(middle.y()).isLessThan(light.y());
        assertThat(heavy.radius()).isEqualTo(Geometry.ONE_RING.maxRadius());
        assertThat(heavy.radius()).isGreaterThan(middle.radius());
        assertThat(middle.radius()).isGreaterThan(light.radius());
        assertThat(light.radius()).isGreaterThanOrEqualTo(Geometry.ONE_RING.minRadius());
    }

    @Test
    @DisplayName("distance-2 nodes sit on a ring outside the distance-1 ring")
    void rings() {
        Graph graph = demo(Map.of(NodeKind.RESEARCHER, 4, NodeKind.WORK, 4), Map.of(NodeKind.WORK, 6));
        Result result = GraphLayout.layout(graph.nodes(), graph.links(), Geometry.TWO_RINGS);
        double innerMax = 0;
        double outerMin = Double.MAX_VALUE;
        for (Placement p : result.placements()) {
            double d = Math.hypot(p.x() - 500, p.y() - 380);
            if (p.ring() == 1) {
                innerMax = Math.max(innerMax, d);
            } else if (p.ring() == 2) {
                outerMin = Math.min(outerMin, d);
            }
        }
        assertThat(outerMin).isGreaterThan(innerMax);
    }

    @Test
    @DisplayName("a hundred neighbours (the API's limit) still fit without overlapping")
    void crowded() {
        Graph graph = demo(Map.of(NodeKind.RESEARCHER, 30, NodeKind.WORK, 60, NodeKind.TOPIC, 6,
                NodeKind.INSTITUTION, 3), Map.of());
        noOverlaps("crowded", graph, Geometry.ONE_RING);
        insideTheViewBox("crowded", graph, Geometry.ONE_RING);
    }

    @Test
    @DisplayName("a centre alone, or nothing at all, is laid out without failing")
    void degenerate() {
        assertThat(GraphLayout.layout(List.of(), List.of(), Geometry.ONE_RING).placements()).isEmpty();
        Result alone = GraphLayout.layout(List.of(new Node("c", NodeKind.RESEARCHER, 0, 0, "Alone")), List.of(),
                Geometry.ONE_RING);
        assertThat(alone.placements()).singleElement().satisfies(p -> {
            assertThat(p.x()).isEqualTo(400);
            assertThat(p.lines()).containsExactly("Alone");
        });
    }

    @Test
    @DisplayName("long labels are wrapped to two lines or shortened with an ellipsis, never shown longer")
    void labelsShortened() {
        Graph graph = demo(Map.of(NodeKind.WORK, 5), Map.of());
        for (Placement p : GraphLayout.layout(graph.nodes(), graph.links(), Geometry.ONE_RING).placements()) {
            assertThat(p.lines()).hasSizeBetween(1, 2);
            p.lines().forEach(line -> assertThat(line.length()).isLessThanOrEqualTo(Geometry.ONE_RING.labelChars()));
        }
    }

    // --- helpers mirroring the layout's own label box estimate ---

    private static double[] labelBox(Placement p, Geometry g) {
        double font = g.fontSize();
        double charWidth = GraphLayout.CHAR_WIDTH * font * (p.ring() == 0 ? 1.08 : 1.0);
        int longest = p.lines().stream().mapToInt(String::length).max().orElse(0);
        double width = longest * charWidth;
        double left = switch (p.anchor()) {
            case START -> p.labelX();
            case END -> p.labelX() - width;
            case MIDDLE -> p.labelX() - width / 2;
        };
        double top = p.labelY() - font * 0.75;
        double bottom = p.labelY() + (p.lines().size() - 1) * p.lineHeight() + font * 0.2;
        return new double[] {left, top, left + width, bottom};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static double normalise(double angle) {
        double a = angle % (2 * Math.PI);
        return a < 0 ? a + 2 * Math.PI : a;
    }
}
