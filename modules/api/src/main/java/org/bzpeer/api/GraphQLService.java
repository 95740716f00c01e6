package org.bzpeer.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.concurrent.TimeUnit;
import org.bzpeer.api.errors.ErrorHandler;
import org.bzpeer.api.limits.Limits;
import org.bzpeer.api.limits.LimitsInstrumentation;
import org.bzpeer.api.persisted.PersistedQueries;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.api.paging.Cursors;
import org.bzpeer.store.Store;

/**
 * The gateway: {@code schema.graphqls} wired to the store. HTTP clients and the server-rendered pages both
 * execute through {@link #execute}, each execution with its own DataLoader registry.
 */
public final class GraphQLService {

    public static final String SCHEMA_RESOURCE = "schema.graphqls";
    /** GraphQLContext key of the signed-in account (absent when anonymous). */
    public static final String VIEWER = "bzpeer.viewer";

    private final String schemaText;
    private final GraphQLSchema schema;
    private final GraphQL graphQL;
    private final Store store;
    private final Limits limits;
    private final PersistedQueries persisted;

    private GraphQLService(String schemaText, GraphQLSchema schema, Store store, Limits limits) {
        this.schemaText = schemaText;
        this.schema = schema;
        this.store = store;
        this.limits = limits;
        this.persisted = new PersistedQueries(PersistedQueries.DEFAULT_CAPACITY);
        this.graphQL = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new ErrorHandler())
                .instrumentation(new LimitsInstrumentation(limits))
                .preparsedDocumentProvider(new ApolloPersistedQuerySupport(persisted))
                .build();
    }

    public static GraphQLService create(Store store, Cursors cursors) {
        return create(store, cursors, Limits.DEFAULT);
    }

    public static GraphQLService create(Store store, Cursors cursors, Limits limits) {
        return create(store, cursors, limits, new org.bzpeer.api.accounts.ClaimService(store.claims(),
                new org.bzpeer.api.mail.LoggingMailTransport(false), ""));
    }

    /** @param claims the claim service the pages share, so both send mail through one transport */
    public static GraphQLService create(Store store, Cursors cursors, Limits limits,
                                        org.bzpeer.api.accounts.ClaimService claims) {
        String text = readSchema();
        TypeDefinitionRegistry types = new SchemaParser().parse(text);
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, Wiring.build(cursors, store, claims));
        return new GraphQLService(text, schema, store, limits);
    }

    public Limits limits() {
        return limits;
    }

    /** Registers an operation for persisted-query use (by its SHA-256 hash); returns the hash. */
    public String persist(String query) {
        return persisted.register(query);
    }

    /** The SDL exactly as written in the repository's {@code schema.graphqls}. */
    public String schemaText() {
        return schemaText;
    }

    public GraphQLSchema schema() {
        return schema;
    }

    public CompletableFuture<ExecutionResult> execute(GraphQLRequest request, String requestId) {
        return execute(request, requestId, false);
    }

    /**
     * Runs one operation with its own DataLoader registry.
     *
     * @param readOnly the request came over GET: only queries may run (persisted documents included)
     */
    public CompletableFuture<ExecutionResult> execute(GraphQLRequest request, String requestId, boolean readOnly) {
        return execute(request, requestId, readOnly, null);
    }

    /**
     * @param viewer the signed-in account, or null when anonymous
     */
    public CompletableFuture<ExecutionResult> execute(GraphQLRequest request, String requestId, boolean readOnly,
                                                      org.bzpeer.core.model.Account viewer) {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query() == null ? PersistedQuerySupport.PERSISTED_QUERY_MARKER : request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .extensions(request.extensions())
                .dataLoaderRegistry(Loaders.newRegistry(store, viewer == null ? null : viewer.id()))
                .graphQLContext(ctx -> ctx
                        .put(ErrorHandler.REQUEST_ID, requestId)
                        .put(LimitsInstrumentation.READ_ONLY, readOnly)
                        .put(LimitsInstrumentation.DEADLINE, deadline)
                        .putAll(viewer == null ? java.util.Map.of() : java.util.Map.of(VIEWER, viewer)))
                .build();
        // Loaders called from other loaders' results (the graph slice) dispatch only with chaining on.
        DataLoaderDispatchingContextKeys.setEnableDataLoaderChaining(input.getGraphQLContext(), true);
        // Fields check the deadline as they resolve; this bounds the wait for a statement that never returns.
        return graphQL.executeAsync(input)
                .orTimeout(limits.timeout().toMillis() + 2_000, TimeUnit.MILLISECONDS)
                .exceptionally(failure -> timedOut(failure, requestId));
    }

    private ExecutionResult timedOut(Throwable failure, String requestId) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (!(cause instanceof java.util.concurrent.TimeoutException)) {
            throw cause instanceof RuntimeException re ? re : new java.util.concurrent.CompletionException(cause);
        }
        return ExecutionResult.newExecutionResult().addError(graphql.GraphqlErrorBuilder.newError()
                .message("The request ran longer than " + limits.timeout().toSeconds() + " s and was stopped.")
                .extensions(java.util.Map.of("code", "TIMEOUT", "requestId", requestId)).build()).build();
    }

    static String readSchema() {
        try (InputStream in = GraphQLService.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
