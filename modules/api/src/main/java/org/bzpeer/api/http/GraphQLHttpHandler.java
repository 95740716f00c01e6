package org.bzpeer.api.http;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.GraphQLRequest;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.errors.ErrorCode;

/**
 * GraphQL over HTTP, as the GraphQL-over-HTTP specification (graphql.github.io/graphql-over-http) describes it:
 *
 * <ul>
 *   <li>{@code POST} with a JSON body ({@code Content-Type: application/json}, UTF-8); any other content type is
 *       refused with 415, in particular the ones a browser form may send cross-site without a preflight
 *       ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}).</li>
 *   <li>{@code GET} with {@code query}, {@code operationName} and JSON-encoded {@code variables} and
 *       {@code extensions} parameters, for queries only: any other operation over GET is refused with 405 and
 *       {@code Allow: POST}, so GET stays safe to cache and cannot be used to change state cross-site.</li>
 *   <li>The response media type follows the {@code Accept} header: {@code application/graphql-response+json}
 *       when the client prefers it (or names it and likes {@code application/json} no better), otherwise
 *       {@code application/json}, which is also the answer to a missing Accept or {@code *}{@code /*}. An
 *       Accept that allows neither is refused with 406.</li>
 *   <li>Status codes: with {@code application/json} every request that was well-formed gets 200, whatever the
 *       GraphQL errors; with {@code application/graphql-response+json} a request that failed before execution
 *       (syntax, validation, unknown operation, variable coercion: the response has no {@code data}) gets 400
 *       (401/403/500/503 when its error's code says so), and one that executed gets 200. A request that is not
 *       a well-formed GraphQL-over-HTTP request (bad JSON, no or non-string {@code query}, non-object
 *       {@code variables} …) gets 400 with either media type.</li>
 * </ul>
 *
 * <p>Every error in a response carries {@code extensions.code} and {@code extensions.requestId}: errors that
 * graphql-java raises itself (syntax, validation) get {@code BAD_USER_INPUT}, or {@code INTERNAL} when raised
 * during execution. The request's {@code extensions} are passed through to {@link GraphQLRequest}; a request
 * without {@code query} is accepted only when its extensions carry a {@code persistedQuery}.
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
        // The response differs by Accept, so shared caches must key GET responses on it.
        rc.response().putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        String mediaType = negotiate(String.join(",", rc.request().headers().getAll(HttpHeaders.ACCEPT)));
        if (mediaType == null) {
            reply(rc, JSON, 406, error("The Accept header allows neither " + GRAPHQL_RESPONSE + " nor " + JSON + ".",
                    ErrorCode.BAD_USER_INPUT, rc), null);
            return;
        }
        if (rc.request().method() == HttpMethod.POST && isBatch(rc)) {
            handleBatch(rc, mediaType);
            return;
        }
        GraphQLRequest request;
        try {
            request = rc.request().method() == HttpMethod.GET ? fromQueryString(rc.queryParams()) : fromBody(rc);
        } catch (RequestError e) {
            reply(rc, mediaType, e.status, error(e.getMessage(), ErrorCode.BAD_USER_INPUT, rc), e.allow);
            return;
        }
        CompletableFuture<ExecutionResult> execution;
        try {
            execution = graphql.execute(request, RequestIds.of(rc), rc.request().method() == HttpMethod.GET,
                    SessionHandler.viewer(rc));
        } catch (RuntimeException e) {
            rc.fail(500, e);
            return;
        }
        execution.whenComplete((result, failure) ->
                rc.vertx().runOnContext(v -> respond(rc, mediaType, result, failure)));
    }

    private void respond(RoutingContext rc, String mediaType, ExecutionResult result, Throwable failure) {
        if (failure != null) {
            rc.fail(500, failure);
            return;
        }
        boolean executed = result.isDataPresent();
        Map<String, Object> body = withCodes(result.toSpecification(), executed, RequestIds.of(rc));
        // application/json: 200 for every well-formed request. graphql-response+json: a request that failed
        // before execution (no data entry) is a 4xx (or 5xx); one that executed is a 200, field errors or not.
        int status = GRAPHQL_RESPONSE.equals(mediaType) && !executed ? statusWithoutData(body) : 200;
        reply(rc, mediaType, status, new JsonObject(body), null);
    }

    // ---- batches: a JSON array of requests, answered by an array of results in the same order ----

    private static boolean isBatch(RoutingContext rc) {
        if (!isJsonUtf8(rc.request().getHeader(HttpHeaders.CONTENT_TYPE)) || rc.body() == null
                || rc.body().buffer() == null) {
            return false;
        }
        String text = rc.body().asString();
        return text != null && text.stripLeading().startsWith("[");
    }

    private void handleBatch(RoutingContext rc, String mediaType) {
        List<GraphQLRequest> requests = new java.util.ArrayList<>();
        try {
            Object json;
            try {
                json = Json.decodeValue(rc.body().buffer());
            } catch (DecodeException e) {
                throw new RequestError(400, "The request body is not valid JSON.", null);
            }
            io.vertx.core.json.JsonArray array = (io.vertx.core.json.JsonArray) json;
            int max = graphql.limits().maxBatch();
            if (array.isEmpty() || array.size() > max) {
                throw new RequestError(400, "A batch holds 1 to " + max + " operations, got " + array.size() + ".",
                        null);
            }
            for (Object item : array) {
                if (!(item instanceof JsonObject body)) {
                    throw new RequestError(400, "Every item of a batch must be a JSON object such as {\"query\": \"...\"}.",
                            null);
                }
                requests.add(toRequest(body.getValue("query"), body.getValue("operationName"),
                        body.getValue("variables"), body.getValue("extensions"), false));
            }
        } catch (RequestError e) {
            reply(rc, mediaType, e.status, error(e.getMessage(), ErrorCode.BAD_USER_INPUT, rc), e.allow);
            return;
        }
        List<CompletableFuture<ExecutionResult>> runs = requests.stream()
                .map(r -> graphql.execute(r, RequestIds.of(rc), false, SessionHandler.viewer(rc))).toList();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).whenComplete((v, failure) ->
                rc.vertx().runOnContext(x -> {
                    if (failure != null) {
                        rc.fail(500, failure);
                        return;
                    }
                    io.vertx.core.json.JsonArray results = new io.vertx.core.json.JsonArray();
                    for (CompletableFuture<ExecutionResult> run : runs) {
                        ExecutionResult result = run.join();
                        results.add(new JsonObject(withCodes(result.toSpecification(), result.isDataPresent(),
                                RequestIds.of(rc))));
                    }
                    rc.response().setStatusCode(200)
                            .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                            .end(results.encode());
                }));
    }

    // ---- reading the request ----

    private static GraphQLRequest fromBody(RoutingContext rc) {
        if (!isJsonUtf8(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            throw new RequestError(415, "POST requests must have Content-Type: application/json (UTF-8).", null);
        }
        if (rc.body() == null || rc.body().buffer() == null || rc.body().length() == 0) {
            throw new RequestError(400, "The request body is empty; send {\"query\": \"...\"}.", null);
        }
        Object json;
        try {
            json = Json.decodeValue(rc.body().buffer());
        } catch (DecodeException e) {
            throw new RequestError(400, "The request body is not valid JSON.", null);
        }
        if (!(json instanceof JsonObject body)) {
            throw new RequestError(400, "The request body must be a JSON object such as {\"query\": \"...\"}.", null);
        }
        return toRequest(body.getValue("query"), body.getValue("operationName"), body.getValue("variables"),
                body.getValue("extensions"), false);
    }

    static GraphQLRequest fromQueryString(MultiMap params) {
        return toRequest(params.get("query"), params.get("operationName"), jsonParam(params, "variables"),
                jsonParam(params, "extensions"), true);
    }

    /** A JSON-encoded GET parameter, decoded; absent or empty is null. */
    private static Object jsonParam(MultiMap params, String name) {
        String text = params.get(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Json.decodeValue(text);
        } catch (DecodeException e) {
            throw new RequestError(400, "The `" + name + "` parameter is not valid JSON.", null);
        }
    }

    /**
     * Checks the request parameters' types, as the specification names them: {@code query} a string,
     * {@code operationName} a string or null, {@code variables} and {@code extensions} maps or null.
     */
    static GraphQLRequest toRequest(Object query, Object operationName, Object variables, Object extensions,
                                    boolean viaGet) {
        if (query != null && !(query instanceof String)) {
            throw new RequestError(400, "`query` must be a string.", null);
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw new RequestError(400, "`operationName` must be a string.", null);
        }
        Map<String, Object> vars = asMap(variables, "variables");
        Map<String, Object> ext = asMap(extensions, "extensions");
        String text = (String) query;
        if (text == null || text.isBlank()) {
            // A persisted query names its document in the extensions; the service looks it up.
            if (!(ext.get("persistedQuery") instanceof Map)) {
                throw new RequestError(400, "The request has no `query` string.", null);
            }
            text = null;
        }
        if (viaGet && text != null && !isQuery(text, (String) operationName)) {
            throw new RequestError(405, "Only queries can be sent with GET; send mutations with POST.", "POST");
        }
        return new GraphQLRequest(text, (String) operationName, vars, ext);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String name) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof JsonObject json) {
            return json.getMap();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new RequestError(400, "`" + name + "` must be a JSON object.", null);
    }

    /**
     * Whether the operation that would run is a query. When the document cannot be parsed, or names no single
     * operation to run, execution reports that, so it counts as a query here.
     */
    private static boolean isQuery(String query, String operationName) {
        List<OperationDefinition> operations;
        try {
            Document document = Parser.parse(query);
            operations = document.getDefinitionsOfType(OperationDefinition.class);
        } catch (InvalidSyntaxException e) {
            return true;
        }
        List<OperationDefinition> selected = operationName == null
                ? (operations.size() == 1 ? operations : List.of())
                : operations.stream().filter(op -> operationName.equals(op.getName())).toList();
        return selected.stream().allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
    }

    /**
     * {@code application/json}, with at most a {@code charset} of UTF-8 (the specification's request media type;
     * UTF-8 is assumed when no charset is given).
     */
    static boolean isJsonUtf8(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].trim().equalsIgnoreCase("charset")) {
                String charset = param.length < 2 ? "" : unquote(param[1].trim());
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- choosing the response media type ----

    /**
     * The response media type for this Accept header (several headers joined with commas), or null when it
     * allows neither of the two: the one with the higher quality; on a tie {@code application/graphql-response+json}
     * if the client named it, else {@code application/json}. A missing or empty Accept is {@code application/json}.
     */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        Quality graphqlResponse = quality(accept, GRAPHQL_RESPONSE);
        Quality json = quality(accept, JSON);
        if (graphqlResponse.q <= 0 && json.q <= 0) {
            return null;
        }
        if (graphqlResponse.q != json.q) {
            return graphqlResponse.q > json.q ? GRAPHQL_RESPONSE : JSON;
        }
        return graphqlResponse.specificity == 2 ? GRAPHQL_RESPONSE : JSON;
    }

    /** How much the client accepts {@code mediaType}: the q of the most specific range that matches it (RFC 9110). */
    private static Quality quality(String accept, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        Quality best = new Quality(0, -1);
        for (String element : accept.split(",")) {
            String[] parts = element.split(";");
            String range = parts[0].trim().toLowerCase(Locale.ROOT);
            if (range.isEmpty()) {
                continue;
            }
            int specificity;
            if (range.equals(mediaType)) {
                specificity = 2;
            } else if (range.equals(type + "/*")) {
                specificity = 1;
            } else if (range.equals("*/*") || range.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            Double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String[] param = parts[i].split("=", 2);
                if (param[0].trim().equalsIgnoreCase("q")) {
                    q = parseQ(param.length < 2 ? "" : param[1].trim());
                }
            }
            if (q != null && specificity > best.specificity) {
                best = new Quality(q, specificity);
            }
        }
        return best;
    }

    /** A q value between 0 and 1; null when it is malformed (that range is then ignored). */
    private static Double parseQ(String text) {
        try {
            double q = Double.parseDouble(text);
            return q >= 0 && q <= 1 ? q : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Quality(double q, int specificity) {
    }

    // ---- writing the response ----

    /**
     * The response with {@code extensions.code} and {@code extensions.requestId} on every error: graphql-java's own
     * errors (syntax, validation, coercion) have neither.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withCodes(Map<String, Object> response, boolean executed, String requestId) {
        if (!(response.get("errors") instanceof List<?> errors)) {
            return response;
        }
        List<Object> coded = new ArrayList<>(errors.size());
        for (Object error : errors) {
            if (error instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
                Map<String, Object> extensions = copy.get("extensions") instanceof Map<?, ?> ext
                        ? new LinkedHashMap<>((Map<String, Object>) ext) : new LinkedHashMap<>();
                // Before execution it is the request that is wrong; during execution, the server.
                extensions.putIfAbsent("code", (executed ? ErrorCode.INTERNAL : ErrorCode.BAD_USER_INPUT).name());
                extensions.putIfAbsent("requestId", requestId);
                copy.put("extensions", extensions);
                coded.add(copy);
            } else {
                coded.add(error);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>(response);
        result.put("errors", coded);
        return result;
    }

    /** The status of a graphql-response+json response without data: 400 unless its first error's code says else. */
    private static int statusWithoutData(Map<String, Object> response) {
        Object code = null;
        if (response.get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> error && error.get("extensions") instanceof Map<?, ?> ext) {
            code = ext.get("code");
        }
        if (code == null) {
            return 400;
        }
        return switch (String.valueOf(code)) {
            case "UNAUTHENTICATED" -> 401;
            case "FORBIDDEN" -> 403;
            case "INTERNAL" -> 500;
            case "TIMEOUT" -> 503;
            default -> 400;
        };
    }

    private static JsonObject error(String message, ErrorCode code, RoutingContext rc) {
        return new JsonObject().put("errors", List.of(Map.of("message", message,
                "extensions", Map.of("code", code.name(), "requestId", RequestIds.of(rc)))));
    }

    private static void reply(RoutingContext rc, String mediaType, int status, JsonObject body, String allow) {
        var response = rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
        if (allow != null) {
            response.putHeader(HttpHeaders.ALLOW, allow);
        }
        response.end(body.encode());
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    static final class RequestError extends RuntimeException {
        final int status;
        final String allow;

        RequestError(int status, String message, String allow) {
            super(message, null, false, false);
            this.status = status;
            this.allow = allow;
        }
    }
}
