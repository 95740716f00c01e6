package org.bzpeer.api.errors;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions thrown in data fetchers into GraphQL errors. Client-caused errors keep their message;
 * anything else becomes a generic INTERNAL error (the details go to the log, never to the client), tagged
 * with the request id so the two can be matched.
 */
public final class ErrorHandler implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    public static final String REQUEST_ID = "requestId";

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters params) {
        Throwable error = unwrap(params.getException());
        String requestId = params.getDataFetchingEnvironment().getGraphQlContext().getOrDefault(REQUEST_ID, "-");
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError(params.getDataFetchingEnvironment())
                .path(params.getPath())
                .location(params.getSourceLocation());
        if (error instanceof ApiException api) {
            builder.message(api.getMessage()).extensions(Map.of("code", api.code().name(), "requestId", requestId));
        } else {
            LOG.error("request {}: {} failed", requestId, params.getPath(), error);
            builder.message("Internal error while resolving " + params.getPath() + "; request id " + requestId)
                    .extensions(Map.of("code", ErrorCode.INTERNAL.name(), "requestId", requestId));
        }
        return CompletableFuture.completedFuture(
                DataFetcherExceptionHandlerResult.newResult().error(builder.build()).build());
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current.getClass() == RuntimeException.class)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
