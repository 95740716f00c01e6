package org.bzpeer.core.graph;

import java.util.List;

/**
 * A neighbourhood of the research graph around one centre: typed nodes and typed edges, each edge with a
 * one-line reason. Built by {@link GraphSlicer}.
 */
public record GraphSlice(Node center, int depth, List<Node> nodes, List<Edge> edges, boolean truncated) {

    public enum NodeKind { RESEARCHER, WORK, TOPIC, INSTITUTION }

    public enum EdgeKind { AUTHORED, CO_AUTHORED, ABOUT, AFFILIATED }

    /** A node's identity. */
    public record Key(NodeKind kind, long id) {
    }

    /**
     * @param distance 0 for the centre, 1 for its neighbours, 2 beyond
     * @param weight   how strongly connected the node is to the slice (sum of its edges' weights)
     */
    public record Node(Key key, String label, String slug, int distance, double weight) {
    }

    public record Edge(EdgeKind kind, Key source, Key target, double weight, String reason) {
    }

    /**
     * A link as the store reports it: from a node being expanded to one of its neighbours.
     *
     * @param weight shared works, topic score, works on a topic …
     * @param count  how many works the link stands for (0 when not meaningful)
     * @param year   the latest year involved, when known
     */
    public record Link(Key from, Key to, String toLabel, String toSlug, EdgeKind kind, double weight, int count,
                       Integer year) {
    }
}
