package org.bzpeer.web.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic radial layout of a graph slice: pure, no randomness, the same input always gives the same
 * picture.
 *
 * <ul>
 *   <li>The centre sits in the middle of the canvas.</li>
 *   <li>Distance-1 nodes sit on an ellipse around it, distance-2 nodes on a larger one.</li>
 *   <li>On each ring every kind owns one angular sector, so kinds cluster: works to the right (their long titles
 *       have room there), then counter-clockwise topics at the top, researchers to the left, institutions at the
 *       bottom. A sector's width follows its kind's share of the ring (topics and institutions, whose labels run
 *       across the ring, count 1.8 nodes each); the sectors are then turned as a whole so that each kind sits
 *       as near its home direction as the widths allow, which also lines the two rings up.</li>
 *   <li>On the inner ring, nodes in a sector are ordered by weight (heaviest at the top of a side sector, in the
 *       middle of a top or bottom one); on the outer ring, by the mean angle of their inner neighbours, so edges
 *       stay short.</li>
 *   <li>A node's size grows with the square root of its weight relative to the heaviest node of its kind, within
 *       bounds, and shrinks where a ring is crowded so that no two nodes overlap.</li>
 *   <li>Labels sit outside their node, away from the centre (beside it on the sides, above or below it at the
 *       top and bottom), on up to two lines. A label that would collide with a label already placed (in priority
 *       order: centre, then the input's order), with a node or with the canvas edge tries one line, the other
 *       side, then a short form, and failing all, is marked hidden: pages show it on hover and keyboard focus
 *       only.</li>
 * </ul>
 * All coordinates are whole numbers in a {@code 0 0 width height} view box.
 */
public final class GraphLayout {

    /** Estimated advance of an average character, in font sizes (system sans-serif fonts). */
    static final double CHAR_WIDTH = 0.56;
    /** Sector order, counter-clockwise from the right. */
    static final List<NodeKind> ORDER = List.of(NodeKind.WORK, NodeKind.TOPIC, NodeKind.RESEARCHER,
            NodeKind.INSTITUTION);
    /** Where each kind's sector would ideally be centred: works right, topics top, researchers left, institutions bottom. */
    static final Map<NodeKind, Double> HOME = Map.of(NodeKind.WORK, 0.0, NodeKind.TOPIC, Math.PI / 2,
            NodeKind.RESEARCHER, Math.PI, NodeKind.INSTITUTION, 3 * Math.PI / 2);
    /** How much of a ring a node of each kind claims: top and bottom labels run across the ring, so more. */
    static final Map<NodeKind, Double> DEMAND = Map.of(NodeKind.WORK, 1.0, NodeKind.TOPIC, 1.8,
            NodeKind.RESEARCHER, 1.0, NodeKind.INSTITUTION, 1.8);
    /** Labels shortened to this many characters when the full label does not fit. */
    static final int SHORT_LABEL = 16;
    /** Line width of labels above or below a node. */
    static final int NARROW_LABEL = 13;
    /** Distance between label lines, in font sizes. */
    static final double LINE_HEIGHT = 1.15;

    private GraphLayout() {
    }

    /** A node to place. {@code distance} 0 is the centre. */
    public record Node(String id, NodeKind kind, double weight, int distance, String label) {
    }

    /** An edge, used to order the outer ring. */
    public record Link(String source, String target) {
    }

    /**
     * The canvas and sizes, in view-box units. {@code labelChars} is the longest label line (before "…");
     * {@code name} names the geometry for style sheets.
     */
    public record Geometry(String name, int width, int height, int centreRadius, int minRadius, int maxRadius,
                           int fontSize, int labelChars) {

        /** One ring (direct connections only): the profile's slice, the explorer at depth 1. */
        public static final Geometry ONE_RING = new Geometry("one-ring", 800, 500, 20, 7, 15, 13, 26);
        /** Two rings: the explorer at depth 2, up to 60 nodes. */
        public static final Geometry TWO_RINGS = new Geometry("two-rings", 1000, 760, 22, 6, 15, 13, 24);

        public Geometry {
            if (name == null || width <= 0 || height <= 0 || minRadius <= 0 || maxRadius < minRadius || centreRadius <= 0
                    || fontSize <= 0 || labelChars < 4) {
                throw new IllegalArgumentException("bad geometry");
            }
        }

        double charWidth() {
            return CHAR_WIDTH * fontSize;
        }
    }

    /** Where label text starts relative to its x: the SVG {@code text-anchor} values. */
    public enum Anchor {
        START, MIDDLE, END;

        public String svg() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A placed node: centre ({@code x}, {@code y}) and {@code radius}; its label (already shortened, one or two
     * lines) at ({@code labelX}, {@code labelY}) (the first line's baseline; each further line {@code lineHeight}
     * lower), drawn always when {@code labelShown}, else on hover and focus only.
     * {@code ring} is 0 for the centre, 1 inner, 2 outer; {@code angle} in radians, counter-clockwise from the
     * right.
     */
    public record Placement(String id, NodeKind kind, int ring, double angle, int x, int y, int radius,
                            List<String> lines, boolean labelShown, int labelX, int labelY, Anchor anchor,
                            int lineHeight) {

        /** The label on one line. */
        public String label() {
            return String.join(" ", lines);
        }
    }

    /** A candidate label: its lines, anchor, first baseline and bounding box. */
    private record LabelSpot(List<String> lines, Anchor anchor, double x, double y, double[] box) {
    }

    /** The layout of every node, in the input's order. */
    public record Result(Geometry geometry, List<Placement> placements) {

        public Placement get(String id) {
            for (Placement p : placements) {
                if (p.id().equals(id)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** Lays out {@code nodes} (the centre being the first with distance 0, else the first) on {@code geometry}. */
    public static Result layout(List<Node> nodes, List<Link> links, Geometry g) {
        if (nodes.isEmpty()) {
            return new Result(g, List.of());
        }
        int centreIndex = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).distance() == 0) {
                centreIndex = i;
                break;
            }
        }
        List<Integer> inner = new ArrayList<>();
        List<Integer> outer = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (i != centreIndex) {
                (nodes.get(i).distance() <= 1 ? inner : outer).add(i);
            }
        }
        if (inner.isEmpty() && !outer.isEmpty()) {
            inner = outer;
            outer = List.of();
        }

        double cx = g.width() / 2.0;
        double cy = g.height() / 2.0;
        double labelSpanX = g.labelChars() * g.charWidth() + g.maxRadius() + 12;
        double labelSpanY = g.maxRadius() + g.fontSize() + 10;
        double outerRx = Math.max(cx - labelSpanX, g.width() * 0.22);
        double outerRy = Math.max(cy - labelSpanY, g.height() * 0.22);
        double minInner = g.centreRadius() + g.maxRadius() + g.fontSize() + 12;
        double scale = outer.isEmpty() ? 1.0 : 0.54;
        double innerRx = Math.max(outerRx * scale, minInner);
        double innerRy = Math.max(outerRy * scale, minInner);
        int innerChars = g.labelChars();
        if (!outer.isEmpty()) {
            innerChars = (int) Math.floor((outerRx - innerRx - 2 * g.maxRadius() - 14) / g.charWidth());
            innerChars = Math.max(8, Math.min(g.labelChars(), innerChars));
        }

        double[] angles = new double[nodes.size()];
        int[] ringOf = new int[nodes.size()];
        placeRing(nodes, inner, sectors(nodes, inner), angles, ringOf, 1, null);
        Map<String, List<String>> neighbours = neighbours(links);
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            indexById.putIfAbsent(nodes.get(i).id(), i);
        }
        placeRing(nodes, outer, sectors(nodes, outer), angles, ringOf, 2, i -> barycentre(nodes.get(i).id(), neighbours,
                indexById, ringOf, angles));

        int[] xs = new int[nodes.size()];
        int[] ys = new int[nodes.size()];
        xs[centreIndex] = (int) Math.round(cx);
        ys[centreIndex] = (int) Math.round(cy);
        for (int i : inner) {
            xs[i] = (int) Math.round(cx + innerRx * Math.cos(angles[i]));
            ys[i] = (int) Math.round(cy - innerRy * Math.sin(angles[i]));
        }
        for (int i : outer) {
            xs[i] = (int) Math.round(cx + outerRx * Math.cos(angles[i]));
            ys[i] = (int) Math.round(cy - outerRy * Math.sin(angles[i]));
        }

        int[] radii = radii(nodes, centreIndex, ringOf, g, List.of(inner, outer), xs, ys);

        // Labels, greedily in priority order: centre, then the input's order (by distance, then connectedness).
        List<double[]> taken = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            taken.add(box(xs[i] - radii[i] - 2, ys[i] - radii[i] - 2, xs[i] + radii[i] + 2, ys[i] + radii[i] + 2));
        }
        List<Integer> priority = new ArrayList<>();
        priority.add(centreIndex);
        for (int i = 0; i < nodes.size(); i++) {
            if (i != centreIndex) {
                priority.add(i);
            }
        }
        Placement[] placements = new Placement[nodes.size()];
        List<double[]> labelBoxes = new ArrayList<>();
        for (int i : priority) {
            Node node = nodes.get(i);
            int ring = i == centreIndex ? 0 : ringOf[i];
            int chars = ring == 1 ? innerChars : g.labelChars();
            List<Anchor> anchors = new ArrayList<>();
            double c = Math.cos(angles[i]);
            double s = Math.sin(angles[i]);
            if (ring == 0) {
                anchors.add(Anchor.MIDDLE);
            } else if (c > 0.3) {
                anchors.add(Anchor.START);
            } else if (c < -0.3) {
                anchors.add(Anchor.END);
            } else {
                anchors.add(Anchor.MIDDLE);
                anchors.add(c >= 0 ? Anchor.START : Anchor.END);
            }
            // Candidates, best first: two lines in the home position (narrow ones above or below a node), one
            // line, then beside the node, then a short form.
            List<Map.Entry<List<String>, Anchor>> candidates = new ArrayList<>();
            List<String> twoLines = Labels.wrap(node.label(), chars, 2);
            List<String> oneLine = List.of(Labels.truncate(node.label(), chars));
            List<String> narrow = Labels.wrap(node.label(), NARROW_LABEL, 2);
            List<String> shortForm = List.of(Labels.truncate(node.label(), Math.min(chars, SHORT_LABEL)));
            for (Anchor anchor : anchors) {
                candidates.add(Map.entry(twoLines, anchor));
                if (anchor == Anchor.MIDDLE) {
                    candidates.add(Map.entry(narrow, anchor));
                }
                candidates.add(Map.entry(oneLine, anchor));
            }
            for (Anchor anchor : anchors) {
                candidates.add(Map.entry(shortForm, anchor));
            }
            LabelSpot chosen = null;
            LabelSpot fallback = null;
            for (Map.Entry<List<String>, Anchor> candidate : candidates) {
                LabelSpot spot = spot(candidate.getKey(), candidate.getValue(), xs[i], ys[i], radii[i], s, ring == 0, g);
                double[] b = spot.box();
                if (b[0] < 1 || b[2] > g.width() - 1 || b[1] < 1 || b[3] > g.height() - 1) {
                    continue;
                }
                if (fallback == null) {
                    fallback = spot; // shown on hover and focus when no spot is free
                }
                boolean free = labelBoxes.stream().noneMatch(o -> overlaps(o, b));
                for (int j = 0; free && j < taken.size(); j++) {
                    if (j != i && overlaps(taken.get(j), b)) {
                        free = false;
                    }
                }
                if (free) {
                    chosen = spot;
                    break;
                }
            }
            if (chosen != null) {
                labelBoxes.add(chosen.box());
            }
            LabelSpot spot = chosen != null ? chosen : fallback != null ? fallback
                    : spot(shortForm, anchors.get(0), xs[i], ys[i], radii[i], s, ring == 0, g);
            placements[i] = new Placement(node.id(), node.kind(), ring, ring == 0 ? 0 : angles[i], xs[i], ys[i],
                    radii[i], spot.lines(), chosen != null, (int) Math.round(spot.x()), (int) Math.round(spot.y()),
                    spot.anchor(), (int) Math.round(g.fontSize() * LINE_HEIGHT));
        }
        return new Result(g, List.of(placements));
    }

    /**
     * The sectors of one ring: kinds in {@link #ORDER}, each as wide as its share of the ring (nodes at the top
     * and bottom count more: their labels run across the ring), separated by small gaps, then turned as a whole
     * so that the kinds sit as near their {@link #HOME} directions as they can (a weighted circular mean).
     */
    private static Map<NodeKind, double[]> sectors(List<Node> nodes, List<Integer> ring) {
        Map<NodeKind, Double> demand = new EnumMap<>(NodeKind.class);
        for (int i : ring) {
            demand.merge(nodes.get(i).kind(), DEMAND.get(nodes.get(i).kind()), Double::sum);
        }
        List<NodeKind> present = ORDER.stream().filter(demand::containsKey).toList();
        Map<NodeKind, double[]> sectors = new EnumMap<>(NodeKind.class);
        if (present.isEmpty()) {
            return sectors;
        }
        double total = present.stream().mapToDouble(demand::get).sum();
        double gap = present.size() > 1 ? Math.min(Math.toRadians(12), 2 * Math.PI / (ring.size() + present.size())) : 0;
        double available = 2 * Math.PI - gap * present.size();
        double start = 0;
        double pullX = 0;
        double pullY = 0;
        for (NodeKind kind : present) {
            double width = demand.get(kind) / total * available;
            sectors.put(kind, new double[] {start, start + width});
            double deviation = HOME.get(kind) - (start + width / 2);
            pullX += demand.get(kind) * Math.cos(deviation);
            pullY += demand.get(kind) * Math.sin(deviation);
            start += width + gap;
        }
        double turn = Math.atan2(pullY, pullX);
        for (double[] sector : sectors.values()) {
            sector[0] += turn;
            sector[1] += turn;
        }
        return sectors;
    }

    /** Spreads each kind's nodes of one ring evenly over the kind's sector. */
    private static void placeRing(List<Node> nodes, List<Integer> ring, Map<NodeKind, double[]> sectors,
                                  double[] angles, int[] ringOf, int ringNumber,
                                  java.util.function.IntToDoubleFunction barycentre) {
        Map<NodeKind, List<Integer>> byKind = new LinkedHashMap<>();
        for (NodeKind kind : ORDER) {
            byKind.put(kind, new ArrayList<>());
        }
        for (int i : ring) {
            byKind.get(nodes.get(i).kind()).add(i);
            ringOf[i] = ringNumber;
        }
        Comparator<Integer> byWeight = Comparator.<Integer>comparingDouble(i -> -nodes.get(i).weight())
                .thenComparingInt(i -> i);
        for (Map.Entry<NodeKind, List<Integer>> entry : byKind.entrySet()) {
            List<Integer> members = entry.getValue();
            if (members.isEmpty()) {
                continue;
            }
            double[] sector = sectors.get(entry.getKey());
            double from = sector[0];
            double width = sector[1] - sector[0];
            double mid = from + width / 2;
            int n = members.size();
            List<Double> slots = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                slots.add(from + (k + 0.5) * width / n);
            }
            List<Integer> ordered = new ArrayList<>(members);
            if (barycentre == null) {
                ordered.sort(byWeight);
                if (Math.abs(Math.cos(mid)) >= 0.5) {
                    // A side sector: the heaviest at the top, reading downwards.
                    slots.sort(Comparator.comparingDouble((Double a) -> -Math.sin(a)).thenComparingDouble(a -> a));
                } else {
                    // A top or bottom sector: the heaviest in the middle, then outwards.
                    slots.sort(Comparator.comparingDouble((Double a) -> Math.abs(a - mid)).thenComparingDouble(a -> a));
                }
            } else {
                Map<Integer, Double> offsets = new HashMap<>();
                for (int i : members) {
                    double mean = barycentre.applyAsDouble(i);
                    offsets.put(i, Double.isNaN(mean) ? Double.MAX_VALUE : normalise(mean - mid));
                }
                ordered.sort(Comparator.<Integer>comparingDouble(offsets::get).thenComparing(byWeight));
            }
            for (int k = 0; k < n; k++) {
                angles[ordered.get(k)] = slots.get(k);
            }
        }
    }

    /** The mean direction of a node's already placed inner-ring neighbours, or NaN when it has none. */
    private static double barycentre(String id, Map<String, List<String>> neighbours, Map<String, Integer> indexById,
                                     int[] ringOf, double[] angles) {
        double sx = 0;
        double sy = 0;
        int count = 0;
        for (String other : neighbours.getOrDefault(id, List.of())) {
            Integer j = indexById.get(other);
            if (j != null && ringOf[j] == 1) {
                sx += Math.cos(angles[j]);
                sy += Math.sin(angles[j]);
                count++;
            }
        }
        if (count == 0 || (Math.abs(sx) < 1e-9 && Math.abs(sy) < 1e-9)) {
            return Double.NaN;
        }
        return Math.atan2(sy, sx);
    }

    private static Map<String, List<String>> neighbours(List<Link> links) {
        Map<String, List<String>> result = new HashMap<>();
        for (Link link : links) {
            result.computeIfAbsent(link.source(), k -> new ArrayList<>()).add(link.target());
            result.computeIfAbsent(link.target(), k -> new ArrayList<>()).add(link.source());
        }
        return result;
    }

    /** Sizes from weights (relative to the heaviest of each kind), capped where a ring is crowded. */
    private static int[] radii(List<Node> nodes, int centreIndex, int[] ringOf, Geometry g, List<List<Integer>> rings,
                               int[] xs, int[] ys) {
        Map<NodeKind, Double> heaviest = new EnumMap<>(NodeKind.class);
        for (int i = 0; i < nodes.size(); i++) {
            if (i != centreIndex) {
                heaviest.merge(nodes.get(i).kind(), Math.max(0, nodes.get(i).weight()), Math::max);
            }
        }
        int[] radii = new int[nodes.size()];
        radii[centreIndex] = g.centreRadius();
        for (int r = 0; r < rings.size(); r++) {
            List<Integer> ring = rings.get(r);
            double closest = Double.MAX_VALUE;
            for (int a = 0; a < ring.size(); a++) {
                for (int b = a + 1; b < ring.size(); b++) {
                    int i = ring.get(a);
                    int j = ring.get(b);
                    closest = Math.min(closest, Math.hypot(xs[i] - xs[j], ys[i] - ys[j]));
                }
            }
            double cap = Math.max(2, Math.floor(closest * 0.45));
            double factor = r == 1 ? 0.8 : 1.0;
            for (int i : ring) {
                double max = heaviest.getOrDefault(nodes.get(i).kind(), 0.0);
                double relative = max <= 0 ? 0.5 : Math.sqrt(Math.max(0, nodes.get(i).weight()) / max);
                double radius = (g.minRadius() + (g.maxRadius() - g.minRadius()) * relative) * factor;
                radii[i] = (int) Math.max(2, Math.min(cap, Math.round(radius)));
            }
        }
        return radii;
    }

    /**
     * Where a label goes for {@code anchor}: beside the node (start: to the right, end: to the left), vertically
     * centred on it; or centred above it (upper half, {@code sin > 0}) or below it. The centre's label goes below.
     */
    private static LabelSpot spot(List<String> lines, Anchor anchor, int x, int y, int r, double sin, boolean centre,
                                  Geometry g) {
        double lineHeight = Math.round(g.fontSize() * LINE_HEIGHT);
        double block = (lines.size() - 1) * lineHeight;
        double lx;
        double ly;
        if (anchor == Anchor.START) {
            lx = x + r + 5;
            ly = y + g.fontSize() * 0.35 - block / 2;
        } else if (anchor == Anchor.END) {
            lx = x - r - 5;
            ly = y + g.fontSize() * 0.35 - block / 2;
        } else if (!centre && sin > 0) {
            lx = x;
            ly = y - r - 6 - block;
        } else {
            lx = x;
            ly = y + r + g.fontSize() + 3;
        }
        double longest = lines.stream().mapToInt(String::length).max().orElse(0);
        double width = longest * g.charWidth() * (centre ? 1.08 : 1.0) + 2;
        double left = switch (anchor) {
            case START -> lx - 1;
            case END -> lx - width + 1;
            case MIDDLE -> lx - width / 2;
        };
        double[] box = box(left, ly - g.fontSize() * 0.8, left + width, ly + block + g.fontSize() * 0.25);
        return new LabelSpot(lines, anchor, lx, ly, box);
    }

    private static double[] box(double x1, double y1, double x2, double y2) {
        return new double[] {x1, y1, x2, y2};
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** An angle in (-π, π]. */
    private static double normalise(double angle) {
        double a = angle % (2 * Math.PI);
        if (a <= -Math.PI) {
            a += 2 * Math.PI;
        } else if (a > Math.PI) {
            a -= 2 * Math.PI;
        }
        return a;
    }
}
