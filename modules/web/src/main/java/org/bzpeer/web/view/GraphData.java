package org.bzpeer.web.view;

import java.util.List;
import java.util.Map;

/** Typed reads from a GraphQL result's {@code data} tree (maps, lists, scalars). */
final class GraphData {

    private GraphData() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** The nodes of a connection's edges. */
    static List<Map<String, Object>> nodes(Map<String, Object> connection) {
        return list(connection, "edges").stream().map(e -> map(e, "node")).toList();
    }

    static String str(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? null : value.toString();
    }

    static int integer(Map<String, Object> parent, String key) {
        return ((Number) parent.get(key)).intValue();
    }

    static Integer optionalInteger(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? null : ((Number) value).intValue();
    }

    static boolean bool(Map<String, Object> parent, String key) {
        return Boolean.TRUE.equals(parent.get(key));
    }
}
