package org.bzpeer.web.graph;

import java.util.List;
import java.util.Map;

/** A {@code GraphSlice} as read from an operation's result: typed nodes and edges, the centre first. */
public record SliceData(String centreId, int depth, boolean truncated, List<SliceNode> nodes, List<SliceEdge> edges) {

    /** A {@code GraphNode}. */
    public record SliceNode(String id, NodeKind kind, String label, String slug, int distance, double weight) {
    }

    /** A {@code GraphEdge}. */
    public record SliceEdge(String source, String target, String kind, double weight, String reason) {
    }

    /**
     * Reads {@code graphSlice { depth truncated center { id } nodes { id kind label slug distance weight }
     * edges { source target kind weight reason } }}. Nodes of kinds this page does not know are left out, and
     * so are edges to them.
     */
    @SuppressWarnings("unchecked")
    public static SliceData from(Map<String, Object> slice) {
        Map<String, Object> centre = (Map<String, Object>) slice.get("center");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) slice.getOrDefault("nodes", List.of());
        List<Map<String, Object>> edges = (List<Map<String, Object>>) slice.getOrDefault("edges", List.of());
        List<SliceNode> parsedNodes = nodes.stream()
                .filter(n -> NodeKind.parse(str(n, "kind")).isPresent())
                .map(n -> new SliceNode(str(n, "id"), NodeKind.parse(str(n, "kind")).orElseThrow(), str(n, "label"),
                        str(n, "slug"), ((Number) n.get("distance")).intValue(), number(n, "weight")))
                .toList();
        java.util.Set<String> ids = new java.util.HashSet<>();
        parsedNodes.forEach(n -> ids.add(n.id()));
        List<SliceEdge> parsedEdges = edges.stream()
                .map(e -> new SliceEdge(str(e, "source"), str(e, "target"), str(e, "kind"), number(e, "weight"),
                        str(e, "reason")))
                .filter(e -> ids.contains(e.source()) && ids.contains(e.target()))
                .toList();
        Object depth = slice.get("depth");
        return new SliceData(centre == null ? null : str(centre, "id"),
                depth == null ? 1 : ((Number) depth).intValue(),
                Boolean.TRUE.equals(slice.get("truncated")), parsedNodes, parsedEdges);
    }

    private static String str(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static double number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
