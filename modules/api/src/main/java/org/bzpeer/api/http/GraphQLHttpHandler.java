package org.bzpeer.api.http;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.bzpeer.api.GraphQLRequest;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.errors.ErrorCode;

/**
 * GraphQL over HTTP: {@code POST} with a JSON body, or {@code GET} with {@code query}/{@code variables}/
 * {@code operationName} parameters (queries only: a mutation over GET is refused with 405, so GET stays safe
 * to cache). Requests that cannot be read are answered with a GraphQL-shaped error and a 4xx status.
 */
public final class GraphQLHttpHandler implements Handler<RoutingContext> {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    private final GraphQLService graphql;

    public GraphQLHttpHandler(GraphQLService graphql) {
        this.graphql = graphql;
    }

    @Override
    public void handle(RoutingContext rc) {
        GraphQLRequest request;
        try {
            request = rc.request().method() == HttpMethod.GET ? fromQueryString(rc) : fromBody(rc);
        } catch (RequestError e) {
            reply(rc, e.status, error(e.getMessage(), ErrorCode.BAD_USER_INPUT, rc), e.allow);
            return;
        }
        graphql.execute(request, RequestIds.of(rc)).whenComplete((result, failure) ->
                rc.vertx().runOnContext(v -> respond(rc, result, failure)));
    }

    private void respond(RoutingContext rc, ExecutionResult result, Throwable failure) {
        if (failure != null) {
            rc.fail(500, failure);
            return;
        }
        Map<String, Object> body = result.toSpecification();
        // graphql-response+json: a request that failed before execution (no data) is a 400.
        int status = accepts(rc, GRAPHQL_RESPONSE) && !result.isDataPresent() ? 400 : 200;
        reply(rc, status, new JsonObject(body), null);
    }

    private GraphQLRequest fromBody(RoutingContext rc) {
        String contentType = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase().startsWith(JSON)) {
            throw new RequestError(415, "POST requests must have Content-Type: application/json.", null);
        }
        JsonObject json;
        try {
            json = rc.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            throw new RequestError(400, "The request body is not a JSON object.", null);
        }
        if (json == null) {
            throw new RequestError(400, "The request body is empty; send {\"query\": \"...\"}.", null);
        }
        return toRequest(json.getValue("query"), json.getValue("operationName"), json.getValue("variables"),
                json.getValue("extensions"), false);
    }

    private GraphQLRequest fromQueryString(RoutingContext rc) {
        Object variables = rc.queryParams().get("variables");
        if (variables != null) {
            try {
                variables = new JsonObject((String) variables);
            } catch (DecodeException e) {
                throw new RequestError(400, "The `variables` parameter is not a JSON object.", null);
            }
        }
        Object extensions = rc.queryParams().get("extensions");
        if (extensions != null) {
            try {
                extensions = new JsonObject((String) extensions);
            } catch (DecodeException e) {
                throw new RequestError(400, "The `extensions` parameter is not a JSON object.", null);
            }
        }
        return toRequest(rc.queryParams().get("query"), rc.queryParams().get("operationName"), variables,
                extensions, true);
    }

    private GraphQLRequest toRequest(Object query, Object operationName, Object variables, Object extensions,
                                     boolean viaGet) {
        if (!(query instanceof String text) || text.isBlank()) {
            throw new RequestError(400, "The request has no `query` string.", null);
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw new RequestError(400, "`operationName` must be a string.", null);
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            throw new RequestError(400, "`variables` must be a JSON object.", null);
        }
        if (viaGet && isMutation(text, (String) operationName)) {
            throw new RequestError(405, "Mutations are only accepted over POST.", "POST");
        }
        if (extensions != null && !(extensions instanceof JsonObject)) {
            throw new RequestError(400, "`extensions` must be a JSON object.", null);
        }
        Map<String, Object> vars = variables == null ? Map.of() : ((JsonObject) variables).getMap();
        Map<String, Object> ext = extensions == null ? Map.of() : ((JsonObject) extensions).getMap();
        return new GraphQLRequest(text, (String) operationName, vars, ext);
    }

    private static boolean isMutation(String query, String operationName) {
        try {
            Document document = Parser.parse(query);
            return document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(op -> operationName == null || operationName.equals(op.getName()))
                    .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
        } catch (InvalidSyntaxException e) {
            return false; // execution reports the syntax error
        }
    }

    private static JsonObject error(String message, ErrorCode code, RoutingContext rc) {
        return new JsonObject().put("errors", List.of(Map.of("message", message,
                "extensions", Map.of("code", code.name(), "requestId", RequestIds.of(rc)))));
    }

    private static boolean accepts(RoutingContext rc, String mediaType) {
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(mediaType);
    }

    private static void reply(RoutingContext rc, int status, JsonObject body, String allow) {
        String type = accepts(rc, GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : JSON;
        var response = rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8");
        if (allow != null) {
            response.putHeader(HttpHeaders.ALLOW, allow);
        }
        response.end(body.encode());
    }

    private static final class RequestError extends RuntimeException {
        final int status;
        final String allow;

        RequestError(int status, String message, String allow) {
            super(message, null, false, false);
            this.status = status;
            this.allow = allow;
        }
    }
}
