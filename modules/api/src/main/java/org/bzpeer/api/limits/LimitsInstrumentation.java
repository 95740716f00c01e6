package org.bzpeer.api.limits;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.errors.ErrorCode;
import org.bzpeer.api.errors.ErrorHandler;

/**
 * Enforces {@link Limits} around every execution: document shape (aliases, operations) and the estimated
 * depth and cost before anything runs; the deadline while fields resolve. Every response gets
 * {@code extensions.cost}, and every error an {@code extensions.code} and the request id.
 */
public final class LimitsInstrumentation extends SimplePerformantInstrumentation {

    /** GraphQLContext key: the request came over GET, so only queries may run (also for persisted documents). */
    public static final String READ_ONLY = "bzpeer.readOnly";
    /** GraphQLContext key: System.nanoTime() after which unresolved fields fail with TIMEOUT. */
    public static final String DEADLINE = "bzpeer.deadline";

    private final Limits limits;

    public LimitsInstrumentation(Limits limits) {
        this.limits = limits;
    }

    static final class State implements InstrumentationState {
        volatile long requested;
        final AtomicLong actual = new AtomicLong();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        checkDocument(context.getDocument());
        GraphQLContext graphQLContext = context.getGraphQLContext();
        if (Boolean.TRUE.equals(graphQLContext.get(READ_ONLY))
                && context.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
            throw abort(ErrorCode.BAD_USER_INPUT, "Mutations are only accepted over POST.");
        }
        QueryCost.Estimate estimate = QueryCost.estimate(context.getNormalizedQueryTree().get(),
                context.getGraphQLSchema());
        ((State) state).requested = estimate.cost();
        if (estimate.depth() > limits.maxDepth()) {
            throw abort(ErrorCode.BAD_USER_INPUT, "Query depth " + estimate.depth() + " exceeds the maximum of "
                    + limits.maxDepth() + ". Split the query, or ask for fewer nested levels.");
        }
        if (estimate.cost() > limits.maxCost()) {
            throw abort(ErrorCode.COST_LIMIT_EXCEEDED, "Query cost " + estimate.cost() + " exceeds the maximum of "
                    + limits.maxCost() + " per request. Ask for smaller pages (first/last) or fewer nested lists.");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private void checkDocument(Document document) {
        long operations = document.getDefinitionsOfType(OperationDefinition.class).size();
        if (operations > limits.maxOperations()) {
            throw abort(ErrorCode.BAD_USER_INPUT, "The document defines " + operations + " operations; at most "
                    + limits.maxOperations() + " are allowed.");
        }
        AtomicInteger aliases = new AtomicInteger();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field node, TraverserContext<graphql.language.Node> context) {
                if (node.getAlias() != null) {
                    aliases.incrementAndGet();
                }
                return TraversalControl.CONTINUE;
            }
        }, document.getDefinitions());
        if (aliases.get() > limits.maxAliases()) {
            throw abort(ErrorCode.BAD_USER_INPUT, "The document uses " + aliases.get() + " aliases; at most "
                    + limits.maxAliases() + " are allowed.");
        }
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
                                                              InstrumentationState state) {
        ((State) state).actual.incrementAndGet();
        return super.beginFieldExecution(parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        return env -> {
            Long deadline = env.getGraphQlContext().get(DEADLINE);
            if (deadline != null && System.nanoTime() > deadline) {
                throw new ApiException(ErrorCode.TIMEOUT, "The request ran longer than "
                        + limits.timeout().toSeconds() + " s; the remaining fields were not resolved.");
            }
            return dataFetcher.get(env);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                       InstrumentationExecutionParameters parameters,
                                                                       InstrumentationState state) {
        State s = (State) state;
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requestedQueryCost", s == null ? 0 : s.requested);
        cost.put("actualQueryCost", s == null ? 0 : s.actual.get());
        cost.put("maximum", limits.maxCost());
        extensions.put("cost", cost);
        String requestId = parameters.getGraphQLContext().getOrDefault(ErrorHandler.REQUEST_ID, "-");
        return CompletableFuture.completedFuture(result.transform(b -> b
                .errors(withCodes(result.getErrors(), requestId))
                .extensions(extensions)));
    }

    /** Errors raised by graphql-java itself (syntax, validation) get a code and the request id too. */
    static List<GraphQLError> withCodes(List<GraphQLError> errors, String requestId) {
        List<GraphQLError> coded = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            Map<String, Object> ext = error.getExtensions() == null ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(error.getExtensions());
            if (ext.containsKey("code") && ext.containsKey("requestId")) {
                coded.add(error);
                continue;
            }
            ext.putIfAbsent("code", isClientError(error) ? ErrorCode.BAD_USER_INPUT.name() : ErrorCode.INTERNAL.name());
            ext.putIfAbsent("requestId", requestId);
            GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                    .message(error.getMessage()).locations(error.getLocations()).extensions(ext);
            if (error.getPath() != null) {
                builder.path(error.getPath());
            }
            coded.add(builder.build());
        }
        return coded;
    }

    private static boolean isClientError(GraphQLError error) {
        return error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax
                || "PersistedQueryNotFound".equals(String.valueOf(error.getErrorType()))
                || String.valueOf(error.getErrorType()).contains("PersistedQuery");
    }

    private static AbortExecutionException abort(ErrorCode code, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(message)
                .errorType(code == ErrorCode.COST_LIMIT_EXCEEDED ? ErrorType.ExecutionAborted : ErrorType.ValidationError)
                .extensions(Map.of("code", code.name())).build()));
    }
}
