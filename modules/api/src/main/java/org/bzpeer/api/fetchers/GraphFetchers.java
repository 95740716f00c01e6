package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.api.loaders.Loaders.NeighbourKey;
import org.bzpeer.core.graph.GraphSlice;
import org.bzpeer.core.graph.GraphSlice.Key;
import org.bzpeer.core.graph.GraphSlice.Link;
import org.bzpeer.core.graph.GraphSlice.Node;
import org.bzpeer.core.graph.GraphSlice.NodeKind;
import org.bzpeer.core.graph.GraphSlicer;
import org.bzpeer.core.model.Institution;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.model.Topic;
import org.bzpeer.core.model.Work;
import org.bzpeer.core.rules.GlobalIds;

/**
 * {@code Query.graphSlice}: the centre and its first ring load together; for depth 2 the ring's own links load
 * from the first result (a chained DataLoader call). Labels come with the links; entities only when asked.
 */
public final class GraphFetchers {

    public static final int DEFAULT_LIMIT = 30;
    /** Links read per expanded node at depth 2: enough to rank, few enough to stay fast. */
    static final int LINKS_PER_NODE_AT_DEPTH_2 = 8;

    public CompletableFuture<GraphSlice> slice(DataFetchingEnvironment env) {
        return slice(env, centerKey(env.getArgument("center")));
    }

    /** {@code Researcher.graphSlice}. */
    public CompletableFuture<GraphSlice> researcherSlice(DataFetchingEnvironment env) {
        Researcher researcher = env.getSource();
        return slice(env, new Key(NodeKind.RESEARCHER, researcher.id()));
    }

    private CompletableFuture<GraphSlice> slice(DataFetchingEnvironment env, Key center) {
        int depth = env.getArgumentOrDefault("depth", 1);
        int limit = env.getArgumentOrDefault("limit", DEFAULT_LIMIT);
        if (depth < 1 || depth > 2) {
            throw ApiException.badInput("`depth` must be 1 or 2, got " + depth + ".");
        }
        if (limit < 1 || limit > GraphSlicer.MAX_LIMIT) {
            throw ApiException.badInput("`limit` must be between 1 and " + GraphSlicer.MAX_LIMIT + ", got " + limit + ".");
        }
        CompletableFuture<Node> centerNode = entity(env, center).thenApply(e -> e == null ? null : node(center, e));
        CompletableFuture<List<Link>> firstLinks = Loaders.graphNeighbours(env).load(new NeighbourKey(center, limit));
        return centerNode.thenCombine(firstLinks, Ring::new).thenCompose(ring -> {
            if (ring.center == null) {
                return CompletableFuture.completedFuture(null);
            }
            List<Node> firstRing = GraphSlicer.firstRing(center, ring.links, limit);
            if (depth == 1 || firstRing.isEmpty()) {
                return CompletableFuture.completedFuture(
                        GraphSlicer.assemble(ring.center, depth, limit, ring.links, firstRing, List.of()));
            }
            List<NeighbourKey> expand = GraphSlicer.toExpand(firstRing).stream()
                    .map(k -> new NeighbourKey(k, LINKS_PER_NODE_AT_DEPTH_2)).toList();
            return Loaders.graphNeighbours(env).loadMany(expand).thenApply(lists -> {
                List<Link> second = new ArrayList<>();
                lists.forEach(second::addAll);
                return GraphSlicer.assemble(ring.center, depth, limit, ring.links, firstRing, second);
            });
        });
    }

    private record Ring(Node center, List<Link> links) {
    }

    public String nodeId(DataFetchingEnvironment env) {
        Node node = env.getSource();
        return globalId(node.key());
    }

    public String nodeKind(DataFetchingEnvironment env) {
        Node node = env.getSource();
        return node.key().kind().name();
    }

    public CompletableFuture<Object> nodeEntity(DataFetchingEnvironment env) {
        Node node = env.getSource();
        return entity(env, node.key());
    }

    public String edgeSource(DataFetchingEnvironment env) {
        GraphSlice.Edge edge = env.getSource();
        return globalId(edge.source());
    }

    public String edgeTarget(DataFetchingEnvironment env) {
        GraphSlice.Edge edge = env.getSource();
        return globalId(edge.target());
    }

    static String globalId(Key key) {
        return GlobalIds.encode(typeName(key.kind()), key.id());
    }

    private static String typeName(NodeKind kind) {
        return switch (kind) {
            case RESEARCHER -> Ids.RESEARCHER;
            case WORK -> Ids.WORK;
            case TOPIC -> Ids.TOPIC;
            case INSTITUTION -> Ids.INSTITUTION;
        };
    }

    private static Key centerKey(String globalId) {
        Optional<GlobalIds.Decoded> decoded = GlobalIds.decode(globalId);
        NodeKind kind = decoded.map(d -> switch (d.type()) {
            case Ids.RESEARCHER -> NodeKind.RESEARCHER;
            case Ids.WORK -> NodeKind.WORK;
            case Ids.TOPIC -> NodeKind.TOPIC;
            case Ids.INSTITUTION -> NodeKind.INSTITUTION;
            default -> null;
        }).orElse(null);
        if (kind == null) {
            throw ApiException.badInput("`center` must be the id of a researcher, work, topic or institution.");
        }
        return new Key(kind, decoded.get().id());
    }

    private static CompletableFuture<Object> entity(DataFetchingEnvironment env, Key key) {
        return switch (key.kind()) {
            case RESEARCHER -> Loaders.researcherById(env).load(key.id()).thenApply(o -> o);
            case WORK -> Loaders.workById(env).load(key.id()).thenApply(o -> o);
            case TOPIC -> Loaders.topicById(env).load(key.id()).thenApply(o -> o);
            case INSTITUTION -> Loaders.institutionById(env).load(key.id()).thenApply(o -> o);
        };
    }

    private static Node node(Key key, Object entity) {
        if (entity instanceof Researcher r) {
            return new Node(key, r.displayName(), r.slug(), 0, 0);
        } else if (entity instanceof Work w) {
            return new Node(key, w.title(), w.slug(), 0, 0);
        } else if (entity instanceof Topic t) {
            return new Node(key, t.displayName(), t.slug(), 0, 0);
        }
        Institution i = (Institution) entity;
        return new Node(key, i.displayName(), i.slug(), 0, 0);
    }
}
