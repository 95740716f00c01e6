package org.bzpeer.api;

import java.util.Map;

/** One GraphQL operation to run, as a client or a page sends it. */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {

    public GraphQLRequest {
        variables = variables == null ? Map.of() : variables;
    }

    public static GraphQLRequest of(String query, Map<String, Object> variables) {
        return new GraphQLRequest(query, null, variables);
    }
}
