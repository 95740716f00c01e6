package org.bzpeer.core.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bzpeer.core.graph.GraphSlice.Edge;
import org.bzpeer.core.graph.GraphSlice.EdgeKind;
import org.bzpeer.core.graph.GraphSlice.Key;
import org.bzpeer.core.graph.GraphSlice.Link;
import org.bzpeer.core.graph.GraphSlice.Node;
import org.bzpeer.core.graph.GraphSlice.NodeKind;

/**
 * Chooses which neighbours make a slice and explains every edge. Neighbours are ranked so the most connected
 * come first: at distance 1 by the strength of their link to the centre, at distance 2 by how many distance-1
 * nodes they connect to, then by strength. Pure: the links come from the store.
 */
public final class GraphSlicer {

    public static final int MAX_LIMIT = 100;
    /** How many distance-1 nodes are expanded for a depth-2 slice. */
    public static final int EXPANDED_AT_DEPTH_2 = 12;

    private GraphSlicer() {
    }

    /** The distance-1 nodes, best first, at most {@code limit - 1}. */
    public static List<Node> firstRing(Key center, List<Link> links, int limit) {
        Map<Key, Node> ring = new LinkedHashMap<>();
        for (Link link : links) {
            if (link.to().equals(center)) {
                continue;
            }
            Node existing = ring.get(link.to());
            double weight = (existing == null ? 0 : existing.weight()) + link.weight();
            ring.put(link.to(), new Node(link.to(), link.toLabel(), link.toSlug(), 1, weight));
        }
        return ring.values().stream().sorted(byWeight()).limit(Math.max(0, limit - 1)).toList();
    }

    /** The nodes of the first ring worth expanding for depth 2. */
    public static List<Key> toExpand(List<Node> firstRing) {
        return firstRing.stream().limit(EXPANDED_AT_DEPTH_2).map(Node::key).toList();
    }

    /** Assembles the slice from the centre, its first ring, and (for depth 2) the links out of that ring. */
    public static GraphSlice assemble(Node center, int depth, int limit, List<Link> firstLinks, List<Node> firstRing,
                                      List<Link> secondLinks) {
        Map<Key, Node> chosen = new LinkedHashMap<>();
        chosen.put(center.key(), center);
        firstRing.forEach(n -> chosen.put(n.key(), n));
        boolean truncated = distinctTargets(firstLinks, center.key()) > firstRing.size();

        if (depth >= 2) {
            Map<Key, Set<Key>> connectors = new HashMap<>();
            Map<Key, Node> candidates = new HashMap<>();
            for (Link link : secondLinks) {
                if (chosen.containsKey(link.to())) {
                    continue;
                }
                connectors.computeIfAbsent(link.to(), k -> new HashSet<>()).add(link.from());
                Node existing = candidates.get(link.to());
                double weight = (existing == null ? 0 : existing.weight()) + link.weight();
                candidates.put(link.to(), new Node(link.to(), link.toLabel(), link.toSlug(), 2, weight));
            }
            List<Node> ranked = candidates.values().stream()
                    .sorted(Comparator.<Node>comparingInt(n -> -connectors.get(n.key()).size()).thenComparing(byWeight()))
                    .toList();
            int room = Math.max(0, limit - chosen.size());
            ranked.stream().limit(room).forEach(n -> chosen.put(n.key(), n));
            truncated |= ranked.size() > room;
        }

        Map<String, Edge> edges = new LinkedHashMap<>();
        List<Link> all = new ArrayList<>(firstLinks);
        all.addAll(secondLinks);
        for (Link link : all) {
            if (!chosen.containsKey(link.from()) || !chosen.containsKey(link.to())) {
                continue;
            }
            Edge edge = edge(link, chosen);
            edges.putIfAbsent(edgeId(edge), edge);
        }
        return new GraphSlice(center, depth, List.copyOf(chosen.values()), List.copyOf(edges.values()), truncated);
    }

    /** Edges point researcher → work, work or researcher → topic, researcher → institution. */
    static Edge edge(Link link, Map<Key, Node> nodes) {
        Key a = link.from();
        Key b = link.to();
        boolean flip = switch (link.kind()) {
            case AUTHORED -> a.kind() == NodeKind.WORK;
            case ABOUT -> a.kind() == NodeKind.TOPIC;
            case AFFILIATED -> a.kind() == NodeKind.INSTITUTION;
            case CO_AUTHORED -> a.id() > b.id();
        };
        Key source = flip ? b : a;
        Key target = flip ? a : b;
        return new Edge(link.kind(), source, target, link.weight(),
                reason(link, nodes.get(source).label(), nodes.get(target).label(), source, target));
    }

    static String reason(Link link, String source, String target, Key sourceKey, Key targetKey) {
        String year = link.year() == null ? "" : " (" + link.year() + ")";
        return switch (link.kind()) {
            case AUTHORED -> source + " is an author of “" + target + "”" + year;
            case CO_AUTHORED -> source + " and " + target + " share " + works(link.count())
                    + (link.year() == null ? "" : ", most recently in " + link.year());
            case ABOUT -> sourceKey.kind() == NodeKind.WORK
                    ? "“" + source + "” is about " + target + " (relevance " + Math.round(link.weight() * 100) + "%)"
                    : works(link.count()) + " by " + source + " are about " + target;
            case AFFILIATED -> source + " is affiliated with " + target
                    + (link.year() == null ? "" : ", most recently in " + link.year());
        };
    }

    private static String works(int n) {
        return n == 1 ? "1 work" : n + " works";
    }

    private static String edgeId(Edge e) {
        return e.kind() + ":" + e.source() + ">" + e.target();
    }

    private static long distinctTargets(List<Link> links, Key center) {
        return links.stream().map(Link::to).filter(k -> !k.equals(center)).distinct().count();
    }

    private static Comparator<Node> byWeight() {
        return Comparator.comparingDouble(Node::weight).reversed()
                .thenComparing(n -> n.key().kind())
                .thenComparingLong(n -> n.key().id());
    }

    /** For callers that want edge kinds by name. */
    public static EdgeKind edgeKind(String name) {
        return EdgeKind.valueOf(name);
    }
}
