package org.bzpeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bzpeer.api.limits.Limits;
import org.bzpeer.api.paging.Cursors;
import org.bzpeer.api.persisted.PersistedQueries;
import org.bzpeer.store.Db;
import org.bzpeer.store.Store;
import org.bzpeer.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LimitsAndPersistedQueriesIT {

    private static Vertx vertx;
    private static Db db;
    private static GraphQLService graphql;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        db = Db.connect(vertx, TestDatabases.withDemoData("limits"), 4);
        graphql = GraphQLService.create(Store.over(db), Cursors.withRandomKey());
    }

    @AfterAll
    static void stop() {
        db.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    @DisplayName("every response carries extensions.cost with the estimate, the actual count and the maximum")
    void costExtension() {
        ExecutionResult result = run(GraphQLRequest.of("""
                { researcher(slug: "piotr-zielinski") { displayName works(first: 20) { edges { node { title
                  authorships { researcher { displayName } } } } } } }""", Map.of()));
        assertThat(result.getErrors()).isEmpty();
        Map<String, Object> cost = cost(result);
        long requested = ((Number) cost.get("requestedQueryCost")).longValue();
        long actual = ((Number) cost.get("actualQueryCost")).longValue();
        assertThat(cost.get("maximum")).isEqualTo(Limits.DEFAULT.maxCost());
        assertThat(actual).isPositive();
        assertThat(requested).as("the estimate bounds what ran").isGreaterThanOrEqualTo(actual);
    }

    @Test
    @DisplayName("a query estimated above the maximum is refused before it runs, naming the cost and the limit")
    void costLimit() {
        ExecutionResult result = run(GraphQLRequest.of("""
                { researcher(slug: "hannah-goldberg") { works(first: 100) { edges { node {
                  authorships { researcher { works(first: 100) { edges { node { title } } } } } } } } } }""", Map.of()));
        assertThat(codes(result)).containsExactly("COST_LIMIT_EXCEEDED");
        assertThat(result.getErrors().get(0).getMessage()).contains("exceeds the maximum of 25000");
        assertThat(result.isDataPresent()).isFalse();
        assertThat(((Number) cost(result).get("requestedQueryCost")).longValue()).isGreaterThan(25_000);
        assertThat(((Number) cost(result).get("actualQueryCost")).longValue()).isZero();
    }

    @Test
    @DisplayName("depth, aliases and operations per document are capped")
    void shapeLimits() {
        String deep = """
                { researcher(slug: "piotr-zielinski") { works(first: 1) { edges { node { authorships { researcher {
                  works(first: 1) { edges { node { authorships { researcher { works(first: 1) { edges { node {
                  title } } } } } } } } } } } } } } }""";
        ExecutionResult tooDeep = run(GraphQLRequest.of(deep, Map.of()));
        assertThat(codes(tooDeep)).containsExactly("BAD_USER_INPUT");
        assertThat(tooDeep.getErrors().get(0).getMessage()).contains("depth").contains("maximum of 12");

        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            aliases.append(" a").append(i).append(": __typename");
        }
        ExecutionResult manyAliases = run(GraphQLRequest.of(aliases + " }", Map.of()));
        assertThat(manyAliases.getErrors().get(0).getMessage()).contains("31 aliases");

        StringBuilder operations = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            operations.append("query Q").append(i).append(" { __typename } ");
        }
        ExecutionResult manyOperations = run(new GraphQLRequest(operations.toString(), "Q0", Map.of(), Map.of()));
        assertThat(manyOperations.getErrors().get(0).getMessage()).contains("11 operations");
    }

    @Test
    @DisplayName("a request past its deadline stops resolving fields and reports TIMEOUT")
    void timeout() {
        GraphQLService impatient = GraphQLService.create(Store.over(db), Cursors.withRandomKey(),
                new Limits(12, 25_000, 30, 10, Duration.ofNanos(1), 10));
        ExecutionResult result = impatient.execute(GraphQLRequest.of(
                "{ researcher(slug: \"piotr-zielinski\") { displayName } }", Map.of()), "t").join();
        assertThat(codes(result)).containsExactly("TIMEOUT");
    }

    @Test
    @DisplayName("syntax and validation errors carry a code and the request id too")
    void codesOnEngineErrors() {
        ExecutionResult syntax = run(GraphQLRequest.of("{ researcher(", Map.of()));
        ExecutionResult validation = run(GraphQLRequest.of("{ noSuchField }", Map.of()));
        assertThat(codes(syntax)).containsExactly("BAD_USER_INPUT");
        assertThat(codes(validation)).containsExactly("BAD_USER_INPUT");
        assertThat(validation.getErrors().get(0).getExtensions()).containsEntry("requestId", "test");
    }

    @Test
    @DisplayName("automatic persisted queries: unknown hash asks for the query, then the hash alone is enough")
    void persistedQueries() {
        String query = "{ researcher(slug: \"piotr-zielinski\") { displayName } }";
        Map<String, Object> ext = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash",
                PersistedQueries.sha256(query)));

        ExecutionResult unknown = run(new GraphQLRequest(null, null, Map.of(), ext));
        assertThat(unknown.getErrors()).extracting(GraphQLError::getMessage).containsExactly("PersistedQueryNotFound");
        assertThat(codes(unknown)).containsExactly("BAD_USER_INPUT");

        ExecutionResult registered = run(new GraphQLRequest(query, null, Map.of(), ext));
        assertThat(registered.getErrors()).isEmpty();
        ExecutionResult byHash = run(new GraphQLRequest(null, null, Map.of(), ext));
        assertThat(byHash.getErrors()).isEmpty();
        assertThat(byHash.<Map<String, Object>>getData()).isEqualTo(registered.getData());

        ExecutionResult wrongHash = run(new GraphQLRequest("{ __typename }", null, Map.of(), ext));
        assertThat(wrongHash.getErrors()).isNotEmpty();
    }

    @Test
    @DisplayName("operations registered at start run by hash alone")
    void registeredOperations() {
        String hash = graphql.persist("query Seed($slug: String!) { researcher(slug: $slug) { slug } }");
        ExecutionResult result = run(new GraphQLRequest(null, null, Map.of("slug", "piotr-zielinski"),
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))));
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("researcher", Map.of("slug", "piotr-zielinski")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cost(ExecutionResult result) {
        return (Map<String, Object>) result.getExtensions().get("cost");
    }

    private static List<Object> codes(ExecutionResult result) {
        return result.getErrors().stream().map(e -> e.getExtensions() == null ? null : e.getExtensions().get("code"))
                .distinct().toList();
    }

    private static ExecutionResult run(GraphQLRequest request) {
        return graphql.execute(request, "test").join();
    }
}
