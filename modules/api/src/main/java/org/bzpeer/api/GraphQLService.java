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
import org.bzpeer.api.errors.ErrorHandler;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.api.paging.Cursors;
import org.bzpeer.store.Store;

/**
 * The gateway: {@code schema.graphqls} wired to the store. HTTP clients and the server-rendered pages both
 * execute through {@link #execute}, each execution with its own DataLoader registry.
 */
public final class GraphQLService {

    public static final String SCHEMA_RESOURCE = "schema.graphqls";

    private final String schemaText;
    private final GraphQLSchema schema;
    private final GraphQL graphQL;
    private final Store store;

    private GraphQLService(String schemaText, GraphQLSchema schema, Store store) {
        this.schemaText = schemaText;
        this.schema = schema;
        this.store = store;
        this.graphQL = GraphQL.newGraphQL(schema).defaultDataFetcherExceptionHandler(new ErrorHandler()).build();
    }

    public static GraphQLService create(Store store, Cursors cursors) {
        String text = readSchema();
        TypeDefinitionRegistry types = new SchemaParser().parse(text);
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, Wiring.build(cursors, store));
        return new GraphQLService(text, schema, store);
    }

    /** The SDL exactly as written in the repository's {@code schema.graphqls}. */
    public String schemaText() {
        return schemaText;
    }

    public GraphQLSchema schema() {
        return schema;
    }

    public CompletableFuture<ExecutionResult> execute(GraphQLRequest request, String requestId) {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .dataLoaderRegistry(Loaders.newRegistry(store))
                .graphQLContext(ctx -> ctx.put(ErrorHandler.REQUEST_ID, requestId))
                .build();
        // Loaders called from other loaders' results (the graph slice) dispatch only with chaining on.
        DataLoaderDispatchingContextKeys.setEnableDataLoaderChaining(input.getGraphQLContext(), true);
        return graphQL.executeAsync(input);
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
