package org.bzpeer.web.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code partials/graph-svg.jte} and {@code partials/graph-list.jte} show: the laid-out picture (all
 * coordinates computed here, as whole numbers) and the same nodes as a text list grouped by kind, each with the
 * reasons of its edges.
 *
 * @param idPrefix    prefix of the element ids, unique on the page that shows the graph
 * @param centreName  the centre's name
 * @param centreSlug  the centre's slug
 * @param centreHref  the centre's page
 * @param viewBox     the SVG {@code viewBox}
 * @param size        {@code slice} or {@code explorer}: where the picture is shown (a CSS class suffix)
 * @param geometry    the geometry's name (a CSS class suffix)
 * @param nodes       the nodes to draw, in reading (and Tab) order: the centre, then each ring clockwise from the
 *                    top
 * @param edges       the edges between drawn nodes
 * @param legend      one entry per kind drawn, centre excluded
 * @param groups      the list: neighbours grouped by kind
 * @param depth       the slice's depth
 * @param truncated   whether the slice left neighbours out (its limit)
 * @param hidden      how many nodes of the slice the kind filter hides
 * @param description one sentence for the picture's accessible name
 */
public record GraphView(
        String idPrefix,
        String centreName,
        String centreSlug,
        String centreHref,
        String viewBox,
        String size,
        String geometry,
        List<NodeView> nodes,
        List<EdgeView> edges,
        List<LegendEntry> legend,
        List<Group> groups,
        int depth,
        boolean truncated,
        int hidden,
        String description) {

    /** A node as drawn: a link around a shape and a label. */
    public record NodeView(String href, String title, List<LabelLine> lines, boolean centre, NodeKind.Shape shape,
                           String nodeClass, String labelClass, int cx, int cy, int r, String points, String anchor) {

        public boolean circle() {
            return shape == NodeKind.Shape.CIRCLE;
        }

        public boolean square() {
            return shape == NodeKind.Shape.SQUARE;
        }

        /** The square's corner and side (squares are drawn as {@code rect}). */
        public int squareX() {
            return cx - squareHalf();
        }

        public int squareY() {
            return cy - squareHalf();
        }

        public int squareSide() {
            return 2 * squareHalf();
        }

        private int squareHalf() {
            return (int) Math.round(r * 0.886); // the area of the circle of radius r
        }
    }

    /** One line of a node's label: its baseline's start (or middle, or end) and text. */
    public record LabelLine(int x, int y, String text) {
    }

    /** A straight edge between two node centres. */
    public record EdgeView(int x1, int y1, int x2, int y2, String edgeClass) {
    }

    /** One kind in the legend, with how many of its nodes are drawn. */
    public record LegendEntry(NodeKind kind, int count) {

        public String label() {
            return kind.plural();
        }

        public String swatchClass() {
            return "graph-swatch graph-kind-" + kind.cssName();
        }

        /** The swatch's shape, in a 0 0 16 16 box. */
        public String points() {
            return polygon(kind.shape(), 8, 8, 5);
        }

        public boolean circle() {
            return kind.shape() == NodeKind.Shape.CIRCLE;
        }

        public boolean square() {
            return kind.shape() == NodeKind.Shape.SQUARE;
        }
    }

    /** A kind's part of the list. */
    public record Group(NodeKind kind, List<Item> items) {

        public String title() {
            return kind.plural() + " (" + items.size() + ")";
        }

        public String id(String idPrefix) {
            return idPrefix + "-" + kind.cssName() + "s";
        }
    }

    /** A node in the list: its link, how far it is, and why it is connected. */
    public record Item(String href, String label, String note, List<String> reasons, String itemClass) {
    }

    /** Whether the picture has so many edges that those away from the centre are drawn fainter. */
    public boolean dense() {
        return edges.size() > 40;
    }

    /** The picture's classes. */
    public String svgClass() {
        return "graph-svg" + (dense() ? " graph-dense" : "");
    }

    /** The figure's classes: where it is shown and its geometry. */
    public String figureClass() {
        return "graph-figure graph-figure-" + size + " graph-geometry-" + geometry;
    }

    /** Whether anything but the centre is drawn. */
    public boolean hasNeighbours() {
        return nodes.size() > 1;
    }

    /** "2 researchers, 3 works and 1 topic". */
    public String countsSentence() {
        List<String> parts = legend.stream().map(e -> e.kind().count(e.count())).toList();
        if (parts.isEmpty()) {
            return "no connections";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    public int connectionCount() {
        return nodes.size() - 1;
    }

    /**
     * Builds the view of {@code slice}, laid out on {@code geometry}, showing only nodes of {@code kinds} (and the
     * centre, always).
     */
    public static GraphView build(SliceData slice, String idPrefix, String size, Set<NodeKind> kinds) {
        List<SliceData.SliceNode> all = slice.nodes();
        SliceData.SliceNode centre = all.stream().filter(n -> n.id().equals(slice.centreId())).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        if (centre == null) {
            throw new IllegalArgumentException("a graph slice without nodes");
        }
        // The centre first, then the slice's order (by distance, then connectedness).
        List<SliceData.SliceNode> visible = new ArrayList<>();
        visible.add(centre);
        for (SliceData.SliceNode node : all) {
            if (node != centre && kinds.contains(node.kind())) {
                visible.add(node);
            }
        }
        int hidden = all.size() - visible.size();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < visible.size(); i++) {
            order.putIfAbsent(visible.get(i).id(), i);
        }
        List<SliceData.SliceEdge> edges = slice.edges().stream()
                .filter(e -> order.containsKey(e.source()) && order.containsKey(e.target())
                        && !e.source().equals(e.target()))
                .toList();

        GraphLayout.Geometry geometry = visible.stream().anyMatch(n -> n != centre && n.distance() >= 2)
                ? GraphLayout.Geometry.TWO_RINGS : GraphLayout.Geometry.ONE_RING;
        List<GraphLayout.Node> layoutNodes = visible.stream().map(n -> new GraphLayout.Node(n.id(), n.kind(),
                n.weight(), n == centre ? 0 : Math.max(1, n.distance()), n.label())).toList();
        List<GraphLayout.Link> links = edges.stream().map(e -> new GraphLayout.Link(e.source(), e.target())).toList();
        GraphLayout.Result layout = GraphLayout.layout(layoutNodes, links, geometry);

        // Edges: strength relative to the strongest edge of the same kind.
        Map<String, Double> strongest = new HashMap<>();
        edges.forEach(e -> strongest.merge(e.kind(), e.weight(), Math::max));
        List<EdgeView> edgeViews = new ArrayList<>();
        for (SliceData.SliceEdge e : edges) {
            GraphLayout.Placement a = layout.placements().get(order.get(e.source()));
            GraphLayout.Placement b = layout.placements().get(order.get(e.target()));
            StringBuilder css = new StringBuilder("graph-edge graph-edge-")
                    .append(e.kind() == null ? "other" : e.kind().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (a.ring() == 0 || b.ring() == 0) {
                css.append(" graph-edge-centre");
            }
            double max = strongest.getOrDefault(e.kind(), 0.0);
            if (max > 0 && e.weight() / max >= 0.66) {
                css.append(" graph-edge-strong");
            }
            edgeViews.add(new EdgeView(a.x(), a.y(), b.x(), b.y(), css.toString()));
        }

        // Drawn (and so focused with Tab) in reading order: the centre, then each ring clockwise from the top.
        List<Integer> drawOrder = new ArrayList<>();
        for (int i = 1; i < visible.size(); i++) {
            drawOrder.add(i);
        }
        drawOrder.sort(java.util.Comparator.<Integer>comparingInt(i -> layout.placements().get(i).ring())
                .thenComparingDouble(i -> clockwiseFromTop(layout.placements().get(i).angle()))
                .thenComparingInt(i -> i));
        drawOrder.add(0, 0);
        List<NodeView> drawn = new ArrayList<>();
        for (int i : drawOrder) {
            SliceData.SliceNode node = visible.get(i);
            GraphLayout.Placement p = layout.placements().get(i);
            boolean isCentre = i == 0;
            String nodeClass = "graph-node graph-kind-" + node.kind().cssName()
                    + (isCentre ? " graph-centre" : p.ring() == 2 ? " graph-far" : "");
            String labelClass = "graph-label" + (p.labelShown() ? "" : " graph-label-on-focus");
            List<LabelLine> lines = new ArrayList<>();
            for (int k = 0; k < p.lines().size(); k++) {
                lines.add(new LabelLine(p.labelX(), p.labelY() + k * p.lineHeight(), p.lines().get(k)));
            }
            drawn.add(new NodeView(node.kind().href(node.slug()),
                    title(node, isCentre), List.copyOf(lines), isCentre, node.kind().shape(), nodeClass, labelClass,
                    p.x(), p.y(), p.radius(), polygon(node.kind().shape(), p.x(), p.y(), p.radius()),
                    p.anchor().svg()));
        }

        Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);
        visible.stream().skip(1).forEach(n -> counts.merge(n.kind(), 1, Integer::sum));
        List<LegendEntry> legend = java.util.Arrays.stream(NodeKind.values()).filter(counts::containsKey)
                .map(k -> new LegendEntry(k, counts.get(k))).toList();

        List<Group> groups = groups(visible, edges, order, hidden > 0);
        String description = "Research graph around " + centre.label() + ": " + countLine(legend)
                + ". Every shape is a link to its page; the same connections are listed as text.";
        return new GraphView(idPrefix, centre.label(), centre.slug(), centre.kind().href(centre.slug()),
                "0 0 " + geometry.width() + " " + geometry.height(), size, geometry.name(), List.copyOf(drawn), edgeViews, legend,
                groups, slice.depth(), slice.truncated(), hidden, description);
    }

    /** An angle (counter-clockwise from the right) as a clockwise turn from the top, in [0, 2π). */
    static double clockwiseFromTop(double angle) {
        double turn = (Math.PI / 2 - angle) % (2 * Math.PI);
        return turn < 0 ? turn + 2 * Math.PI : turn;
    }

    /** All kinds: no filter. */
    public static Set<NodeKind> allKinds() {
        return EnumSet.allOf(NodeKind.class);
    }

    private static String countLine(List<LegendEntry> legend) {
        if (legend.isEmpty()) {
            return "no connections";
        }
        List<String> parts = legend.stream().map(e -> e.kind().count(e.count())).toList();
        return String.join(", ", parts);
    }

    private static String title(SliceData.SliceNode node, boolean centre) {
        String kind = node.kind().singular().toLowerCase(Locale.ROOT);
        return node.label() + " (" + (centre ? "centre, " : "") + kind + ")";
    }

    /**
     * The list: nodes grouped by kind (researchers, works, topics, institutions), each edge's reason under the node it
     * brings in: the end farther from the centre, or for two ends at the same distance, the later one.
     */
    private static List<Group> groups(List<SliceData.SliceNode> visible, List<SliceData.SliceEdge> edges,
                                      Map<String, Integer> order, boolean filtered) {
        Map<String, List<String>> reasons = new HashMap<>();
        for (SliceData.SliceEdge e : edges) {
            SliceData.SliceNode a = visible.get(order.get(e.source()));
            SliceData.SliceNode b = visible.get(order.get(e.target()));
            int da = order.get(a.id()) == 0 ? 0 : a.distance();
            int db = order.get(b.id()) == 0 ? 0 : b.distance();
            SliceData.SliceNode owner;
            if (da != db) {
                owner = da > db ? a : b;
            } else {
                owner = order.get(a.id()) > order.get(b.id()) ? a : b;
            }
            if (e.reason() != null && !e.reason().isBlank()) {
                reasons.computeIfAbsent(owner.id(), k -> new ArrayList<>()).add(e.reason());
            }
        }
        Map<NodeKind, List<Item>> byKind = new LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        // Direct neighbours before those two steps away, each in the slice's order.
        List<SliceData.SliceNode> sorted = new ArrayList<>(visible.subList(1, visible.size()));
        sorted.sort(java.util.Comparator.comparingInt(SliceData.SliceNode::distance));
        for (SliceData.SliceNode node : sorted) {
            List<String> why = reasons.getOrDefault(node.id(), List.of());
            String note = node.distance() >= 2 ? "two steps away" : null;
            if (why.isEmpty()) {
                why = List.of(filtered ? "Connected through nodes of a kind the filter hides."
                        : "Connected through nodes left out of this slice.");
            }
            byKind.get(node.kind()).add(new Item(node.kind().href(node.slug()), node.label(), note, why,
                    "graph-item graph-kind-" + node.kind().cssName()));
        }
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, items) -> {
            if (!items.isEmpty()) {
                groups.add(new Group(kind, items));
            }
        });
        return groups;
    }

    /** The points of a diamond or hexagon of about the area of a circle of radius {@code r}; else null. */
    static String polygon(NodeKind.Shape shape, int cx, int cy, int r) {
        switch (shape) {
            case DIAMOND: {
                long d = Math.round(r * 1.25);
                return (cx) + "," + (cy - d) + " " + (cx + d) + "," + cy + " " + cx + "," + (cy + d) + " "
                        + (cx - d) + "," + cy;
            }
            case HEXAGON: {
                double big = r * 1.1;
                StringBuilder points = new StringBuilder();
                for (int k = 0; k < 6; k++) {
                    double a = Math.toRadians(90 + 60 * k);
                    if (k > 0) {
                        points.append(' ');
                    }
                    points.append(Math.round(cx + big * Math.cos(a))).append(',')
                            .append(Math.round(cy - big * Math.sin(a)));
                }
                return points.toString();
            }
            default:
                return null;
        }
    }
}
