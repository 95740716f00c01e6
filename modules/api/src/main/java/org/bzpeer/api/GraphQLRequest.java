package org.bzpeer.api;

import java.util.Map;

/**
 * One GraphQL operation to run, as a client or a page sends it.
 *
 * @param query      the document; may be null when {@code extensions.persistedQuery} names a stored one
 * @param extensions the request's {@code extensions} (e.g. Apollo's {@code persistedQuery}); never null
 */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
                             Map<String, Object> extensions) {

    public GraphQLRequest {
        variables = variables == null ? Map.of() : variables;
        extensions = extensions == null ? Map.of() : extensions;
    }

    public static GraphQLRequest of(String query, Map<String, Object> variables) {
        return new GraphQLRequest(query, null, variables, Map.of());
    }
}
