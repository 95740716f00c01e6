package org.bzpeer.web.graph;

import java.util.List;
import java.util.Set;

/**
 * What {@code pages/explore.jte} shows: the graph and the form that chose it (plain GET parameters, so it works
 * without JavaScript).
 *
 * @param graph    the picture and the list
 * @param depth    1 or 2
 * @param limit    the most nodes the slice could hold
 * @param depths   the depth choices, the current one checked
 * @param kinds    the kind choices, the shown ones checked
 * @param filtered whether some kinds are left out
 */
public record ExploreView(GraphView graph, int depth, int limit, List<Option> depths, List<Option> kinds,
                          boolean filtered) {

    /** A radio button or checkbox. */
    public record Option(String id, String value, String label, boolean checked) {
    }

    public static ExploreView of(GraphView graph, int depth, int limit, Set<NodeKind> shown) {
        List<Option> depths = List.of(
                new Option("explore-depth-1", "1", "Direct connections", depth == 1),
                new Option("explore-depth-2", "2", "Two steps away", depth == 2));
        List<Option> kinds = GraphLayout.ORDER.stream()
                .sorted(java.util.Comparator.comparingInt(NodeKind::ordinal))
                .map(k -> new Option("explore-kind-" + k.cssName(), k.name(), k.plural(), shown.contains(k)))
                .toList();
        return new ExploreView(graph, depth, limit, depths, kinds, shown.size() < NodeKind.values().length);
    }

    /** "Researchers and topics" for a filter, for the summary line. */
    public String shownKinds() {
        List<String> names = kinds.stream().filter(Option::checked).map(o -> o.label().toLowerCase(java.util.Locale.ROOT))
                .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
