package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bzpeer.server.AccountsIT.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Following researchers: forms, GraphQL mutations, idempotence and races. */
class FollowIT {

    private static BzpeerServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.onEmptyDatabase("follow");
        AccountsIT.useServer(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Browser member(String email) {
        Browser browser = new Browser();
        HttpResponse<String> r = browser.post("/register", Map.of("csrf", browser.csrf("/register"),
                "displayName", "Member " + email, "email", email, "password", "a long enough password"));
        assertThat(r.statusCode()).isEqualTo(303);
        return browser;
    }

    @Test
    @DisplayName("following the seed through its form makes the count 1; twice is still 1; unfollow twice is a no-op")
    void followForm() throws Exception {
        Browser ada = member("ada.follow@example.org");
        String csrf = ada.csrf("/researchers/shankar-krishnan");
        assertThat(ada.post("/researchers/shankar-krishnan/follow", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(ada.post("/researchers/shankar-krishnan/follow", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        String page = ada.get("/researchers/shankar-krishnan").body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(page).contains("Following 1 followers").contains("followers 1");
        assertThat(followers("shankar-krishnan")).isEqualTo(1);

        assertThat(ada.post("/researchers/shankar-krishnan/unfollow", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(ada.post("/researchers/shankar-krishnan/unfollow", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(followers("shankar-krishnan")).isZero();
        assertThat(rows()).isZero();
    }

    @Test
    @DisplayName("the Following page lists followed researchers and their newest works; GraphQL agrees")
    void followingFeed() {
        Browser bea = member("bea.feed@example.org");
        assertThat(bea.get("/following").body()).contains("You do not follow anyone yet");
        String csrf = bea.csrf("/researchers/piotr-zielinski");
        bea.post("/researchers/piotr-zielinski/follow", Map.of("csrf", csrf));
        assertThat(bea.get("/account").body()).contains(">Piotr Zielinski</a>");
        String page = bea.get("/following").body();
        assertThat(page).contains("Piotr Zielinski").contains("On the Generalization Mystery in Deep Learning")
                .contains("3 work(s) in all");
        JsonObject viewer = new JsonObject(bea.graphql(
                "{ viewer { following(first: 5) { totalCount edges { node { slug } } } feed(first: 2) { totalCount "
                        + "pageInfo { hasNextPage } edges { node { year } } } } }").body())
                .getJsonObject("data").getJsonObject("viewer");
        assertThat(viewer.getJsonObject("following").getInteger("totalCount")).isEqualTo(1);
        assertThat(viewer.getJsonObject("feed").getInteger("totalCount")).isEqualTo(3);
        assertThat(viewer.getJsonObject("feed").getJsonObject("pageInfo").getBoolean("hasNextPage")).isTrue();
        HttpResponse<String> anonymous = new Browser().get("/following");
        assertThat(anonymous.statusCode()).isEqualTo(303);
    }

    @Test
    @DisplayName("visitors are sent to log in; forged CSRF tokens are refused; nothing changes")
    void refusals() throws Exception {
        Browser visitor = new Browser();
        String csrf = visitor.csrf("/login");
        HttpResponse<String> anonymous = visitor.post("/researchers/piotr-zielinski/follow", Map.of("csrf", csrf));
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("location").orElseThrow()).startsWith("/login");
        Browser member = member("forger@example.org");
        assertThat(member.post("/researchers/piotr-zielinski/follow", Map.of("csrf", "x".repeat(43))).statusCode())
                .isEqualTo(403);
        JsonObject mutation = new JsonObject(visitor.graphql("mutation { followResearcher(input: {researcherId: \""
                + researcherId("piotr-zielinski") + "\"}) { following } }").body());
        assertThat(mutation.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(followers("piotr-zielinski")).isZero();
    }

    @Test
    @DisplayName("the GraphQL mutations follow and unfollow, and viewerIsFollowing tells the viewer")
    void mutations() throws Exception {
        Browser grace = member("grace.follow@example.org");
        String id = researcherId("satrajit-chatterjee");
        JsonObject followed = new JsonObject(grace.graphql("mutation { followResearcher(input: {researcherId: \"" + id
                + "\"}) { following researcher { followers viewerIsFollowing stats { followers } } } }").body())
                .getJsonObject("data").getJsonObject("followResearcher");
        assertThat(followed.getBoolean("following")).isTrue();
        assertThat(followed.getJsonObject("researcher").getMap())
                .containsEntry("followers", 1).containsEntry("viewerIsFollowing", true);
        JsonObject unfollowed = new JsonObject(grace.graphql("mutation { unfollowResearcher(input: {researcherId: \""
                + id + "\"}) { following researcher { followers viewerIsFollowing } } }").body())
                .getJsonObject("data").getJsonObject("unfollowResearcher");
        assertThat(unfollowed.getJsonObject("researcher").getMap())
                .containsEntry("followers", 0).containsEntry("viewerIsFollowing", false);
        JsonObject unknown = new JsonObject(grace.graphql("mutation { followResearcher(input: {researcherId: \"nope\"}) { following } }").body());
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("BAD_USER_INPUT");
    }

    /** One row of the authorization table. */
    record Case(String actor, String operation, boolean allowed) {
    }

    @Test
    @DisplayName("authorization table over follow/unfollow (mutations and forms): visitors refused, any member or moderator allowed; refusals change nothing")
    void authorizationTable() throws Exception {
        Browser anonymous = new Browser();
        Browser member = member("table.member@example.org");
        Browser moderator = member("table.moderator@example.org");
        updateRole("table.moderator@example.org");
        Map<String, Browser> actors = new java.util.LinkedHashMap<>();
        actors.put("anonymous", anonymous);
        actors.put("another account", member);
        actors.put("a moderator", moderator);
        String id = researcherId("shankar-krishnan");
        List<Case> table = new ArrayList<>();
        for (String actor : actors.keySet()) {
            boolean signedIn = !actor.equals("anonymous");
            for (String op : List.of("followResearcher", "unfollowResearcher", "form follow", "form unfollow")) {
                table.add(new Case(actor, op, signedIn));
            }
        }
        for (Case c : table) {
            Browser b = actors.get(c.actor());
            long before = rows();
            long count = followers("shankar-krishnan");
            boolean allowed;
            if (c.operation().startsWith("form ")) {
                String csrf = b.csrf("/login");
                HttpResponse<String> r = b.post("/researchers/shankar-krishnan/" + c.operation().substring(5),
                        Map.of("csrf", csrf));
                allowed = r.statusCode() == 303 && !r.headers().firstValue("location").orElse("").startsWith("/login");
            } else {
                JsonObject result = new JsonObject(b.graphql("mutation { " + c.operation()
                        + "(input: {researcherId: \"" + id + "\"}) { following } }").body());
                allowed = result.getJsonArray("errors") == null;
                if (!allowed) {
                    assertThat(result.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                            .getString("code")).as(c.toString()).isEqualTo("UNAUTHENTICATED");
                }
            }
            assertThat(allowed).as(c.toString()).isEqualTo(c.allowed());
            if (!allowed) {
                assertThat(rows()).as("rows after " + c).isEqualTo(before);
                assertThat(followers("shankar-krishnan")).as("count after " + c).isEqualTo(count);
            }
        }
        assertThat(followers("shankar-krishnan")).isEqualTo(rowsFor("shankar-krishnan"));
    }

    private static void updateRole(String email) throws Exception {
        var url = server.databaseUrl();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.options().getUser(), null)) {
            c.createStatement().executeUpdate("UPDATE accounts SET role = 'MODERATOR' WHERE email = '" + email + "'");
        }
    }

    @Test
    @DisplayName("concurrent follows and unfollows leave the count equal to the rows")
    void races() throws Exception {
        List<Browser> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(member("racer" + i + "@example.org"));
        }
        String id = researcherId("hannah-goldberg");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Browser m : members) {
                    String op = round % 2 == 0 ? "followResearcher" : "unfollowResearcher";
                    calls.add(CompletableFuture.runAsync(() -> m.graphql("mutation { " + op
                            + "(input: {researcherId: \"" + id + "\"}) { following } }"), pool));
                    calls.add(CompletableFuture.runAsync(() -> m.graphql("mutation { followResearcher"
                            + "(input: {researcherId: \"" + id + "\"}) { following } }"), pool));
                }
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
        assertThat(followers("hannah-goldberg")).isEqualTo(rowsFor("hannah-goldberg"));
    }

    private static String researcherId(String slug) {
        return new JsonObject(Http.post(server.port(), "/graphql", "application/json",
                "{\"query\": \"{ researcher(slug: \\\"" + slug + "\\\") { id } }\"}").body())
                .getJsonObject("data").getJsonObject("researcher").getString("id");
    }

    private static long followers(String slug) throws Exception {
        return scalar("SELECT followers_count FROM researchers WHERE slug = '" + slug + "'");
    }

    private static long rowsFor(String slug) throws Exception {
        return scalar("SELECT count(*) FROM follows f JOIN researchers r ON r.id = f.researcher_id WHERE r.slug = '"
                + slug + "'");
    }

    private static long rows() throws Exception {
        return scalar("SELECT count(*) FROM follows");
    }

    private static long scalar(String sql) throws Exception {
        var url = server.databaseUrl();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.options().getUser(), null);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
