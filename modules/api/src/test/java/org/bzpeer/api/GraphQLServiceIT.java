package org.bzpeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bzpeer.api.paging.Cursors;
import org.bzpeer.store.Db;
import org.bzpeer.store.Store;
import org.bzpeer.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GraphQLServiceIT {

    private static Vertx vertx;
    private static Db db;
    private static GraphQLService graphql;
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final List<String> SQL = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        db = Db.connect(vertx, TestDatabases.withDemoData("graphql"), 4);
        db.addListener(sql -> {
            STATEMENTS.incrementAndGet();
            SQL.add(sql.strip().lines().limit(3).map(String::strip).reduce((a, b) -> a + " " + b).orElse(""));
        });
        graphql = GraphQLService.create(Store.over(db), Cursors.withRandomKey());
    }

    @AfterAll
    static void stop() {
        db.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    @DisplayName("the issue's example query answers with the seed's works")
    void exampleQuery() {
        Map<String, Object> data = data("""
                { researcher(slug: "piotr-zielinski") { displayName works(first: 10) { edges { node { title year } } } } }
                """, Map.of());
        assertThat((Object) at(data, "researcher", "displayName")).isEqualTo("Piotr Zielinski");
        List<Map<String, Object>> edges = at(data, "researcher", "works", "edges");
        assertThat(edges).extracting(e -> at(e, "node", "year")).containsExactly(2022, 2020, 2020);
        assertThat(edges).extracting(e -> at(e, "node", "title")).first()
                .isEqualTo("On the Generalization Mystery in Deep Learning");
    }

    @Test
    @DisplayName("the seed profile's header, trust snapshot and counts")
    void seedProfile() {
        Map<String, Object> r = at(data("""
                { researcher(slug: "piotr-zielinski") {
                    headline affiliations { displayName } openToCollaborate
                    stats { works followers topics closeCollaborators }
                    trust { score label summary verificationLevel claimStatus claimStatusLabel signals { key weight reason } }
                    collaborators(first: 5) { totalCount edges { sharedWorksCount node { displayName } } }
                    topics { totalCount edges { worksCount node { displayName } } }
                } }""", Map.of()), "researcher");
        assertThat(r.get("headline"))
                .isEqualTo("Piotr Zielinski contributes to research discovery and scholarly infrastructure.");
        assertThat((List<?>) r.get("affiliations")).isEmpty();
        assertThat(r.get("openToCollaborate")).isEqualTo(true);
        assertThat(r.get("stats")).isEqualTo(Map.of("works", 3, "followers", 0, "topics", 1, "closeCollaborators", 2));
        assertThat((Object) at(r, "trust", "summary")).isEqualTo("Trust 15 - Unverified");
        assertThat((Object) at(r, "trust", "verificationLevel")).isEqualTo("L1");
        assertThat((Object) at(r, "trust", "claimStatusLabel")).isEqualTo("Unclaimed author");
        assertThat((Object) at(r, "trust", "claimStatus")).isEqualTo("UNCLAIMED");
        List<Map<String, Object>> signals = at(r, "trust", "signals");
        assertThat(signals).extracting(s -> s.get("weight")).containsExactly(10, 5);
        List<Map<String, Object>> collaborators = at(r, "collaborators", "edges");
        assertThat(collaborators).extracting(e -> at(e, "node", "displayName"))
                .containsExactly("Satrajit Chatterjee", "Shankar Krishnan");
        assertThat(collaborators).extracting(e -> e.get("sharedWorksCount")).containsExactly(3, 1);
        List<Map<String, Object>> topics = at(r, "topics", "edges");
        assertThat(topics).extracting(e -> at(e, "node", "displayName")).containsExactly("Machine Learning");
    }

    @Test
    @DisplayName("works page through with cursors: no duplicates, nothing missed, totalCount agrees")
    void pagination() {
        String slug = at(data("{ researcher(slug: \"satrajit-chatterjee\") { slug } }", Map.of()), "researcher", "slug");
        assertThat(slug).isEqualTo("satrajit-chatterjee");
        List<String> seen = new ArrayList<>();
        String after = null;
        int total = -1;
        for (int page = 0; page < 20; page++) {
            Map<String, Object> works = at(data("""
                    query($after: String) { researcher(slug: "satrajit-chatterjee") {
                      works(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }
                    """, after == null ? Map.of() : Map.of("after", after)), "researcher", "works");
            total = (Integer) works.get("totalCount");
            List<Map<String, Object>> edges = at(works, "edges");
            edges.forEach(e -> seen.add(at(e, "node", "id")));
            if (!(Boolean) at(works, "pageInfo", "hasNextPage")) {
                break;
            }
            after = at(works, "pageInfo", "endCursor");
        }
        assertThat(total).isGreaterThan(3);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("paging backward with last/before visits the same works in the same order as paging forward")
    void backwardPagination() {
        List<String> forward = walk("satrajit-chatterjee", "works", false);
        List<String> backward = walk("satrajit-chatterjee", "works", true);
        assertThat(forward).hasSizeGreaterThan(3).doesNotHaveDuplicates();
        assertThat(backward).isEqualTo(forward);
        List<String> collaboratorsForward = walk("satrajit-chatterjee", "collaborators", false);
        assertThat(walk("satrajit-chatterjee", "collaborators", true)).isEqualTo(collaboratorsForward);
    }

    /** All node ids of a connection, paging 3 at a time, in the connection's own order. */
    private static List<String> walk(String slug, String field, boolean backward) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 30; page++) {
            String args = backward ? "last: 3, before: $cursor" : "first: 3, after: $cursor";
            Map<String, Object> connection = at(data("query($cursor: String) { researcher(slug: \"" + slug + "\") { "
                    + field + "(" + args + ") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
                    + " edges { node { id } } } } }", cursor == null ? Map.of() : Map.of("cursor", cursor)),
                    "researcher", field);
            List<String> pageIds = new ArrayList<>();
            List<Map<String, Object>> edges = at(connection, "edges");
            edges.forEach(e -> pageIds.add(at(e, "node", "id")));
            if (backward) {
                ids.addAll(0, pageIds);
            } else {
                ids.addAll(pageIds);
            }
            boolean more = (Boolean) at(connection, "pageInfo", backward ? "hasPreviousPage" : "hasNextPage");
            if (!more) {
                assertThat(ids).hasSize((Integer) connection.get("totalCount"));
                return ids;
            }
            cursor = at(connection, "pageInfo", backward ? "startCursor" : "endCursor");
        }
        throw new AssertionError("pagination did not end");
    }

    @Test
    @DisplayName("first and last together, or before with first, are refused")
    void conflictingPageArgs() {
        assertThat(errorCodes("{ researcher(slug: \"piotr-zielinski\") { works(first: 2, last: 2) { totalCount } } }"))
                .containsExactly("BAD_USER_INPUT");
        assertThat(errorCodes("{ researcher(slug: \"piotr-zielinski\") { collaborators(last: 101) { totalCount } } }"))
                .containsExactly("BAD_USER_INPUT");
    }

    @Test
    @DisplayName("topics, institutions and venues list their works and researchers")
    void groups() {
        Map<String, Object> topic = at(data("""
                { topic(slug: "machine-learning") { displayName
                    works(first: 5) { totalCount edges { node { title } } }
                    researchers(first: 3) { totalCount edges { worksCount node { displayName } } } } }""", Map.of()),
                "topic");
        assertThat(topic.get("displayName")).isEqualTo("Machine Learning");
        assertThat((Integer) at(topic, "works", "totalCount")).isGreaterThanOrEqualTo(3);
        List<Map<String, Object>> researchers = at(topic, "researchers", "edges");
        assertThat(researchers).hasSize(3);
        assertThat((Integer) researchers.get(0).get("worksCount"))
                .isGreaterThanOrEqualTo((Integer) researchers.get(2).get("worksCount"));

        List<Map<String, Object>> affiliations = at(data("""
                { researcher(slug: "satrajit-chatterjee") { affiliations { slug } } }""", Map.of()),
                "researcher", "affiliations");
        Map<String, Object> institution = at(data("query($slug: String!) { institution(slug: $slug) { displayName"
                + " researchers(first: 50) { totalCount edges { node { slug } } } } }",
                Map.of("slug", affiliations.get(0).get("slug"))), "institution");
        List<Map<String, Object>> members = at(institution, "researchers", "edges");
        assertThat(members).extracting(e -> at(e, "node", "slug")).contains("satrajit-chatterjee");
        assertThat(members).hasSize((Integer) at(institution, "researchers", "totalCount"));

        Map<String, Object> venue = at(data("""
                { work(slug: "on-the-generalization-mystery-in-deep-learning") { venue { displayName
                    works(last: 2) { totalCount pageInfo { hasPreviousPage } edges { node { year } } } } } }""",
                Map.of()), "work", "venue");
        assertThat(venue.get("displayName")).isEqualTo("arXiv");
        assertThat((List<?>) at(venue, "works", "edges")).hasSize(2);
        assertThat((Boolean) at(venue, "works", "pageInfo", "hasPreviousPage")).isTrue();
    }

    @Test
    @DisplayName("search ranks researchers, works and topics; prefixes and small typos still find names")
    void search() {
        String query = """
                query($q: String!, $kinds: [SearchKind!]) { search(query: $q, kinds: $kinds, first: 5) {
                  totalCount edges { kind score node { __typename
                    ... on Researcher { slug } ... on Work { title } ... on Topic { displayName } } } } }""";
        Map<String, Object> prefix = at(data(query, Map.of("q", "zieli", "kinds", List.of("RESEARCHER"))), "search");
        assertThat((Object) at(((List<Map<String, Object>>) prefix.get("edges")).get(0), "node", "slug"))
                .isEqualTo("piotr-zielinski");
        Map<String, Object> typo = at(data(query, Map.of("q", "Piotr Zielinsky")), "search");
        assertThat((Object) at(((List<Map<String, Object>>) typo.get("edges")).get(0), "node", "slug"))
                .isEqualTo("piotr-zielinski");
        Map<String, Object> work = at(data(query, Map.of("q", "generalization mystery deep", "kinds", List.of("WORK"))),
                "search");
        assertThat((Object) at(((List<Map<String, Object>>) work.get("edges")).get(0), "node", "title"))
                .isEqualTo("On the Generalization Mystery in Deep Learning");
        Map<String, Object> topic = at(data(query, Map.of("q", "machine learning", "kinds", List.of("TOPIC"))), "search");
        assertThat((Object) at(((List<Map<String, Object>>) topic.get("edges")).get(0), "node", "displayName"))
                .isEqualTo("Machine Learning");

        Map<String, Object> all = at(data("{ search(query: \"learning\", first: 100) { totalCount edges { kind } } }",
                Map.of()), "search");
        List<Map<String, Object>> edges = at(all, "edges");
        assertThat(edges).hasSize((Integer) all.get("totalCount"));
        assertThat(edges).extracting(e -> e.get("kind")).contains("WORK", "TOPIC");

        assertThat(errorCodes("{ search(query: \"  \") { totalCount } }")).containsExactly("BAD_USER_INPUT");
        assertThat(errorCodes("{ search(query: \"&& !\") { totalCount } }")).containsExactly("BAD_USER_INPUT");
        assertThat(errorCodes("{ search(query: \"nothing-matches-this-qqqxxz\") { totalCount } }")).isEmpty();
    }

    @Test
    @DisplayName("the seed's graph slice: its works, co-authors and topic, each edge with a reason")
    void graphSliceOfSeed() {
        String id = at(data("{ researcher(slug: \"piotr-zielinski\") { id } }", Map.of()), "researcher", "id");
        Map<String, Object> slice = at(data("""
                query($id: ID!) { graphSlice(center: $id, depth: 1) {
                  center { label kind distance } truncated
                  nodes { id kind label slug distance entity { __typename } }
                  edges { source target kind reason } } }""", Map.of("id", id)), "graphSlice");
        assertThat((Object) at(slice, "center", "label")).isEqualTo("Piotr Zielinski");
        List<Map<String, Object>> nodes = at(slice, "nodes");
        assertThat(nodes).extracting(n -> n.get("kind"))
                .containsExactlyInAnyOrder("RESEARCHER", "WORK", "WORK", "WORK", "RESEARCHER", "RESEARCHER", "TOPIC");
        assertThat(nodes).extracting(n -> n.get("label")).contains("Satrajit Chatterjee", "Shankar Krishnan",
                "Machine Learning", "On the Generalization Mystery in Deep Learning");
        assertThat(nodes.get(1).get("label")).as("strongest neighbour first").isEqualTo("Satrajit Chatterjee");
        List<Map<String, Object>> edges = at(slice, "edges");
        assertThat(edges).extracting(e -> e.get("reason")).contains(
                "Piotr Zielinski and Satrajit Chatterjee share 3 works, most recently in 2022",
                "3 works by Piotr Zielinski are about Machine Learning");
        assertThat(edges).allSatisfy(e -> assertThat((String) e.get("reason")).isNotBlank());
        assertThat(edges).extracting(e -> e.get("kind")).contains("AUTHORED", "CO_AUTHORED", "ABOUT");
    }

    @Test
    @DisplayName("graphSlice(depth: 2) reaches further, respects the limit, and takes at most 8 statements")
    void graphSliceDepthTwo() {
        String id = at(data("{ researcher(slug: \"satrajit-chatterjee\") { id } }", Map.of()), "researcher", "id");
        String query = """
                query($id: ID!, $limit: Int!) { graphSlice(center: $id, depth: 2, limit: $limit) {
                  truncated nodes { id kind label distance weight entity { __typename } }
                  edges { source target kind weight reason } } }""";
        Map<String, Object> slice = at(data(query, Map.of("id", id, "limit", 50)), "graphSlice");
        List<Map<String, Object>> nodes = at(slice, "nodes");
        assertThat(nodes).hasSizeLessThanOrEqualTo(50).extracting(n -> n.get("distance")).contains(0, 1, 2);
        assertThat(nodes).extracting(n -> n.get("kind")).contains("INSTITUTION");
        int one = statementsFor(query, Map.of("id", id, "limit", 1));
        int twenty = statementsFor(query, Map.of("id", id, "limit", 20));
        int fifty = statementsFor(query, Map.of("id", id, "limit", 50));
        assertThat(one).isLessThanOrEqualTo(8);
        assertThat(fifty).isEqualTo(twenty).isLessThanOrEqualTo(8);

        assertThat(errorCodes("{ graphSlice(center: \"" + id + "\", depth: 3) { depth } }"))
                .containsExactly("BAD_USER_INPUT");
        assertThat(errorCodes("{ graphSlice(center: \"" + id + "\", limit: 101) { depth } }"))
                .containsExactly("BAD_USER_INPUT");
        assertThat(errorCodes("{ graphSlice(center: \"bm9wZQ\") { depth } }")).containsExactly("BAD_USER_INPUT");
        assertThat((Object) at(data("{ graphSlice(center: \"" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Work:99999999".getBytes()) + "\") { depth } }", Map.of()), "graphSlice")).isNull();
    }

    @Test
    @DisplayName("node(id:) refetches what an id field returned; foreign or malformed ids give null")
    void nodes() {
        String id = at(data("{ researcher(slug: \"piotr-zielinski\") { id } }", Map.of()), "researcher", "id");
        Map<String, Object> data = data("""
                query($id: ID!) { node(id: $id) { __typename ... on Researcher { slug } }
                  nodes(ids: [$id, "bm9wZQ", "V29yazo5OTk5OTk5"]) { __typename } }""", Map.of("id", id));
        assertThat(data.get("node")).isEqualTo(Map.of("__typename", "Researcher", "slug", "piotr-zielinski"));
        assertThat((List<Object>) data.get("nodes")).containsExactly((Object) Map.of("__typename", "Researcher"), null, null);
    }

    @Test
    @DisplayName("unknown slugs resolve to null, not to an error")
    void unknown() {
        ExecutionResult result = run("{ researcher(slug: \"nobody-here\") { id } a: researcher(slug: \"../x\") { id } }",
                Map.of());
        assertThat(result.getErrors()).isEmpty();
        assertThat((Map<String, Object>) result.getData()).containsEntry("researcher", null).containsEntry("a", null);
    }

    @Test
    @DisplayName("bad input is a BAD_USER_INPUT error with a clear message")
    void badInput() {
        assertThat(errorCodes("{ researcher(slug: \"piotr-zielinski\") { works(first: 101) { totalCount } } }"))
                .containsExactly("BAD_USER_INPUT");
        assertThat(errorCodes("{ researcher(slug: \"piotr-zielinski\") { works(after: \"forged\") { totalCount } } }"))
                .containsExactly("BAD_USER_INPUT");
        assertThat(errorCodes("{ researcher { id } }")).containsExactly("BAD_USER_INPUT");
        ExecutionResult r = run("{ researcher(slug: \"piotr-zielinski\") { works(first: 0) { totalCount } } }", Map.of());
        assertThat(r.getErrors().get(0).getMessage()).contains("between 1 and 100");
    }

    @Test
    @DisplayName("a cursor from one connection is refused by another")
    void foreignCursor() {
        String cursor = at(data("{ researcher(slug: \"satrajit-chatterjee\") { collaborators(first: 1) { pageInfo { endCursor } } } }",
                Map.of()), "researcher", "collaborators", "pageInfo", "endCursor");
        assertThat(errorCodes("{ researcher(slug: \"satrajit-chatterjee\") { works(after: \"" + cursor
                + "\") { totalCount } } }")).containsExactly("BAD_USER_INPUT");
    }

    @Test
    @DisplayName("the profile query (researcher, works with authors and topics, collaborators) takes at most 6 statements, for 1 item as for 50")
    void profileStatementBound() {
        String query = """
                query($n: Int!) { researcher(slug: "hannah-goldberg") {
                  displayName headline
                  works(first: $n) { edges { node { title year type abstract
                    authorships { position researcher { displayName slug } }
                    topics { score topic { displayName slug } } } } }
                  collaborators(first: $n) { edges { sharedWorksCount node { displayName slug } } } } }""";
        int one = statementsFor(query, Map.of("n", 1));
        int fifty = statementsFor(query, Map.of("n", 50));
        assertThat(fifty).isEqualTo(one);
        assertThat(fifty).isLessThanOrEqualTo(6);
    }

    @Test
    @DisplayName("a deeper query's statement count still does not grow with the number of items")
    void deepQueryStatementCount() {
        String query = """
                query($first: Int!) { researcher(slug: "hannah-goldberg") {
                  displayName stats { works } trust { summary }
                  works(first: $first) { totalCount edges { node { title venue { displayName }
                    authorships { researcher { displayName stats { works } } institutions { displayName } }
                    topics { topic { displayName } } } } }
                  collaborators(first: $first) { totalCount edges { node { displayName affiliations { displayName } } } } } }""";
        int one = statementsFor(query, Map.of("first", 1));
        int many = statementsFor(query, Map.of("first", 50));
        assertThat(many).isEqualTo(one);
        // 10 before claims; `trust` now adds one batched statement for the claim facts (TRUST_FACTS loader).
        assertThat(many).isLessThanOrEqualTo(11);
    }

    private static int statementsFor(String query, Map<String, Object> variables) {
        STATEMENTS.set(0);
        SQL.clear();
        data(query, variables);
        System.out.println("STATEMENTS " + variables + ":\n  " + String.join("\n  ", SQL));
        return STATEMENTS.get();
    }

    private static List<String> errorCodes(String query) {
        ExecutionResult result = run(query, Map.of());
        Set<String> codes = new HashSet<>();
        List<String> list = new ArrayList<>();
        for (GraphQLError e : result.getErrors()) {
            Object code = e.getExtensions() == null ? null : e.getExtensions().get("code");
            if (codes.add(String.valueOf(code))) {
                list.add(String.valueOf(code));
            }
        }
        return list;
    }

    private static ExecutionResult run(String query, Map<String, Object> variables) {
        try {
            return graphql.execute(GraphQLRequest.of(query, variables), "test").get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("query did not complete: " + query, e);
        }
    }

    private static Map<String, Object> data(String query, Map<String, Object> variables) {
        ExecutionResult result = run(query, variables);
        assertThat(result.getErrors()).as("errors").isEmpty();
        return result.getData();
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object root, String... path) {
        Object current = root;
        for (String key : path) {
            current = current == null ? null : ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }
}
