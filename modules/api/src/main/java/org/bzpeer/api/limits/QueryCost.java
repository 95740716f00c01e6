package org.bzpeer.api.limits;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;

/**
 * The estimated cost of a query before it runs, in field resolutions: every field costs 1 for each time it will
 * be resolved, and lists multiply what is below them, like GitHub's node count. A connection's {@code edges}
 * multiply by its {@code first} or {@code last} (10 when neither is given); {@code graphSlice} by its
 * {@code limit}; {@code nodes(ids:)} by the number of ids; any other list by {@value #OTHER_LIST_ESTIMATE}.
 */
public final class QueryCost {

    public static final int DEFAULT_PAGE = 10;
    public static final int OTHER_LIST_ESTIMATE = 10;
    /** graphSlice returns at most this many edges per node, on average, for the estimate. */
    public static final int SLICE_EDGES_PER_NODE = 3;

    public record Estimate(long cost, int depth) {
    }

    private QueryCost() {
    }

    public static Estimate estimate(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        long cost = 0;
        int depth = 0;
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            cost = saturatedAdd(cost, cost(root, 1, null, schema));
            depth = Math.max(depth, depth(root));
        }
        return new Estimate(cost, depth);
    }

    /**
     * @param multiplier how many times the field will be resolved
     * @param listHint   the size of the list this field stands for, as set by its parent (a connection's page
     *                   size for {@code edges}, a slice's limit for {@code nodes})
     */
    private static long cost(ExecutableNormalizedField field, long multiplier, Integer listHint, GraphQLSchema schema) {
        long own = multiplier;
        long below = multiplier;
        Integer hintForChildren = null;
        Map<String, Object> args = field.getResolvedArguments();
        String name = field.getFieldName();
        if (args.containsKey("first") || args.containsKey("last")) {
            hintForChildren = pageSize(args);
        } else if ("graphSlice".equals(name)) {
            hintForChildren = intArg(args, "limit", 30);
        } else if ("nodes".equals(name) && args.get("ids") instanceof List<?> ids) {
            below = saturatedMultiply(multiplier, Math.max(1, ids.size()));
        } else if (listHint != null && ("edges".equals(name) || "nodes".equals(name))) {
            int factor = "edges".equals(name) && isSliceEdges(field) ? listHint * SLICE_EDGES_PER_NODE : listHint;
            below = saturatedMultiply(multiplier, factor);
            own = below;
        } else if (isList(field, schema)) {
            below = saturatedMultiply(multiplier, OTHER_LIST_ESTIMATE);
            own = below;
        }
        long total = own;
        for (ExecutableNormalizedField child : field.getChildren()) {
            total = saturatedAdd(total, cost(child, below, hintForChildren, schema));
        }
        return total;
    }

    private static boolean isSliceEdges(ExecutableNormalizedField edges) {
        return edges.getParent() != null && "graphSlice".equals(edges.getParent().getFieldName());
    }

    private static int pageSize(Map<String, Object> args) {
        Object first = args.get("first");
        Object last = args.get("last");
        Object size = first != null ? first : last;
        return size instanceof Number n ? Math.max(0, n.intValue()) : DEFAULT_PAGE;
    }

    private static int intArg(Map<String, Object> args, String name, int fallback) {
        return args.get(name) instanceof Number n ? Math.max(0, n.intValue()) : fallback;
    }

    private static boolean isList(ExecutableNormalizedField field, GraphQLSchema schema) {
        List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
        if (definitions.isEmpty()) {
            return false;
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definitions.get(0).getType());
        return type instanceof GraphQLList;
    }

    private static int depth(ExecutableNormalizedField field) {
        int deepest = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest + 1;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
