package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bzpeer.server.AccountsIT.Browser;
import org.bzpeer.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Claims end to end: evidence checks, the one-time email link, automatic approval, the moderation queue, trust
 * snapshots at each step, simultaneous claims, an authorization table, and bad input that changes nothing.
 */
class ClaimsIT {

    /** Hannah Goldberg: ORCID 0000-0001-0637-4458, institutions at riverside-tech.example. */
    static final String HANNAH = "hannah-goldberg";
    static final String HANNAH_ORCID = "0000-0001-0637-4458";
    static final String SEED = "piotr-zielinski";
    /** Valid checksum, on no demo record. */
    static final String SOME_ORCID = "0000-0002-1825-0097";

    private static BzpeerServer server;

    @BeforeAll
    static void start() throws Exception {
        server = BzpeerServer.start(new Config(0, Optional.of(TestDatabases.migrated("claims")),
                Files.createTempDirectory("bzpeer-data"), Optional.empty(), true));
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

    static Browser moderator(String email) throws Exception {
        Browser browser = member(email);
        sql("UPDATE accounts SET role = 'MODERATOR' WHERE email = '" + email + "'");
        return browser;
    }

    static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    /** The trust snapshot's three badges, e.g. "Trust 15 - Unverified | Verification L1 | Unclaimed author". */
    static String trust(Browser browser, String slug) {
        String body = browser.get("/researchers/" + slug).body();
        Matcher m = Pattern.compile("<li class=\"badge badge-trust\">([^<]+)</li>\\s*<li class=\"badge\">([^<]+)</li>"
                + "\\s*<li class=\"badge badge-muted\">([^<]+)</li>").matcher(body);
        assertThat(m.find()).as("trust badges on " + slug).isTrue();
        return m.group(1) + " | " + m.group(2) + " | " + m.group(3);
    }

    static String devLink(Browser browser) {
        Matcher m = Pattern.compile("href=\"(/claims/confirm\\?token=[A-Za-z0-9_-]{43})\" data-dev-link")
                .matcher(browser.get("/account").body());
        assertThat(m.find()).as("a development confirmation link on /account").isTrue();
        return m.group(1);
    }

    static String token(String link) {
        return link.substring(link.indexOf('=') + 1);
    }

    static HttpResponse<String> claimForm(Browser browser, String slug, String orcid, String email) {
        return browser.post("/researchers/" + slug + "/claim", Map.of("csrf", browser.csrf("/researchers/" + slug),
                "orcid", orcid, "email", email));
    }

    static HttpResponse<String> confirm(Browser browser, String link) {
        return browser.post("/claims/confirm", Map.of("csrf", browser.csrf(link), "token", token(link)));
    }

    static JsonObject gql(Browser browser, String query) {
        return new JsonObject(browser.graphql(query).body());
    }

    static String researcherId(String slug) {
        return gql(new Browser(), "{ researcher(slug: \"" + slug + "\") { id } }").getJsonObject("data")
                .getJsonObject("researcher").getString("id");
    }

    static String code(JsonObject result) {
        return result.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    @Test
    @DisplayName("ORCID + institutional email: pending until the link is used, then approved automatically; trust moves at each step")
    void autoApproval() throws Exception {
        Browser hannah = member("hannah@riverside-tech.example");
        String before = trust(hannah, HANNAH);
        assertThat(before).endsWith("Verification L1 | Unclaimed author");
        int base = Integer.parseInt(before.replaceAll("^Trust (\\d+).*", "$1"));

        HttpResponse<String> claimed = claimForm(hannah, HANNAH, "https://orcid.org/" + HANNAH_ORCID,
                "Hannah@CS.Riverside-Tech.example");
        assertThat(claimed.statusCode()).isEqualTo(303);
        assertThat(trust(hannah, HANNAH)).isEqualTo(before.replace("Unclaimed author", "Claim pending review"));
        String profile = text(hannah.get("/researchers/" + HANNAH).body());
        assertThat(profile).contains("Your claim: Pending review")
                .contains("We sent a one-time confirmation link to hannah@cs.riverside-tech.example");
        assertThat(text(hannah.get("/account").body())).contains("Hannah Goldberg").contains("Pending review")
                .contains("not confirmed yet");

        String link = devLink(hannah);
        assertThat(hannah.get(link).body()).contains("Confirm email address");
        HttpResponse<String> confirmed = confirm(hannah, link);
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(hannah.get(confirmed.headers().firstValue("location").orElseThrow()).body())
                .contains("Email address confirmed");

        int expected = base + 25 + 5 + 10 + 15;
        assertThat(trust(hannah, HANNAH)).isEqualTo("Trust " + expected + " - Verified | Verification L4 | Claimed author");
        assertThat(text(hannah.get("/researchers/" + HANNAH).body())).contains("Your claim: Approved")
                .contains("Approved automatically").contains("Claimed by a signed-in account and approved")
                .contains("ORCID iD confirmed for this record");
        assertThat(text(hannah.get("/account").body())).contains("Approved").contains("(confirmed)");
        assertThat(audit(HANNAH)).containsExactly("null>PENDING", "PENDING>PENDING", "PENDING>CLAIMED");
        JsonObject viewer = gql(hannah, "{ viewer { claim { state stateLabel orcid orcidMatchesRecord emailConfirmed score "
                + "researcher { slug claimStatus } } } }").getJsonObject("data").getJsonObject("viewer");
        assertThat(viewer.getJsonObject("claim").getMap()).containsEntry("state", "CLAIMED")
                .containsEntry("orcidMatchesRecord", true).containsEntry("emailConfirmed", true).containsEntry("score", 100);
        assertThat(viewer.getJsonObject("claim").getJsonObject("researcher").getString("claimStatus")).isEqualTo("CLAIMED");

        // The used link is dead, and says so; nothing changes.
        String snapshot = snapshot();
        HttpResponse<String> reused = confirm(hannah, link);
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("already used").contains("Nothing was changed");
        assertThat(snapshot()).isEqualTo(snapshot);
    }

    @Test
    @DisplayName("the seed: an ORCID-only claim waits in the moderation queue; a moderator approves it with a reason")
    void moderatorApproval() throws Exception {
        Browser piotr = member("piotr@example.org");
        assertThat(trust(piotr, SEED)).isEqualTo("Trust 15 - Unverified | Verification L1 | Unclaimed author");
        assertThat(text(piotr.get("/researchers/" + SEED).body())).contains("Claim this record");

        assertThat(claimForm(piotr, SEED, SOME_ORCID, "").statusCode()).isEqualTo(303);
        assertThat(trust(piotr, SEED)).isEqualTo("Trust 15 - Unverified | Verification L1 | Claim pending review");

        Browser mod = moderator("mod.approve@example.org");
        String queue = text(mod.get("/admin/claims").body());
        assertThat(queue).contains("Piotr Zielinski , claimed by Member piotr@example.org")
                .contains(SOME_ORCID + " (valid; the record has no ORCID iD to compare with)");
        long claimId = claimId(SEED, "PENDING");
        HttpResponse<String> noReason = mod.post("/admin/claims/" + claimId + "/review",
                Map.of("csrf", mod.csrf("/admin/claims"), "decision", "approve", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Give a reason");
        HttpResponse<String> approved = mod.post("/admin/claims/" + claimId + "/review", Map.of("csrf",
                mod.csrf("/admin/claims"), "decision", "approve", "reason", "Matches the author's departmental page"));
        assertThat(approved.statusCode()).isEqualTo(303);

        assertThat(trust(piotr, SEED)).isEqualTo("Trust 50 - Partially verified | Verification L4 | Claimed author");
        assertThat(text(piotr.get("/researchers/" + SEED).body())).contains("Your claim: Approved")
                .contains("Reason: Matches the author's departmental page").contains("Reviewed by a BZPeer moderator")
                .contains("This researcher has claimed their record.");
        assertThat(text(piotr.get("/account").body())).contains("Approved").contains("Matches the author's departmental page");
        assertThat(text(mod.get("/admin/claims").body())).doesNotContain("Piotr Zielinski , claimed by");
        assertThat(audit(SEED)).containsExactly("null>PENDING", "PENDING>CLAIMED");
        assertThat(query("SELECT actor_id = (SELECT id FROM accounts WHERE email = 'mod.approve@example.org') "
                + "FROM claim_audit WHERE to_state = 'CLAIMED' AND claim_id = " + claimId)).containsExactly("t");

        // A later claim of the claimed seed opens a dispute instead of replacing the owner; a moderator rejects it.
        Browser rival = member("rival@example.org");
        assertThat(claimForm(rival, SEED, "0000-0001-5109-3700", "").statusCode()).isEqualTo(303);
        assertThat(text(rival.get("/researchers/" + SEED).body())).contains("Your claim: Disputed");
        assertThat(trust(rival, SEED)).isEqualTo("Trust 30 - Unverified | Verification L4 | Claimed author");
        long disputed = claimId(SEED, "DISPUTED");
        assertThat(mod.post("/admin/claims/" + disputed + "/review", Map.of("csrf", mod.csrf("/admin/claims"),
                "decision", "approve", "reason", "Looks fine")).body()).contains("Another claim owns this record");
        assertThat(mod.post("/admin/claims/" + disputed + "/review", Map.of("csrf", mod.csrf("/admin/claims"),
                "decision", "reject", "reason", "The record is already claimed by its author")).statusCode()).isEqualTo(303);
        assertThat(text(rival.get("/account").body())).contains("Rejected").contains("already claimed by its author");
        assertThat(trust(rival, SEED)).isEqualTo("Trust 50 - Partially verified | Verification L4 | Claimed author");
    }

    @Test
    @DisplayName("two simultaneous claims of one record: exactly one claim, the other a dispute")
    void simultaneousClaims() throws Exception {
        String id = researcherId("mateo-rossi");
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            browsers.add(member("racer" + i + "@example.org"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<JsonObject>> results = new ArrayList<>();
        for (Browser b : browsers) {
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return gql(b, "mutation { claimResearcher(input: {researcherId: \"" + id + "\", orcid: \"" + SOME_ORCID
                        + "\"}) { claim { state } } }");
            }, pool));
        }
        go.countDown();
        List<String> states = results.stream().map(CompletableFuture::join).map(r -> r.getJsonObject("data")
                .getJsonObject("claimResearcher").getJsonObject("claim").getString("state")).toList();
        pool.shutdown();
        assertThat(states).containsOnly("PENDING", "DISPUTED");
        assertThat(states.stream().filter("PENDING"::equals).count()).isEqualTo(1);
        assertThat(query("SELECT state FROM claims c JOIN researchers r ON r.id = c.researcher_id "
                + "WHERE r.slug = 'mateo-rossi' AND state IN ('PENDING', 'CLAIMED')")).hasSize(1);
        assertThat(query("SELECT claim_status FROM researchers WHERE slug = 'mateo-rossi'")).containsExactly("DISPUTED");
        assertThat(trust(new Browser(), "mateo-rossi")).endsWith("Disputed claim");
    }

    @Test
    @DisplayName("authorization table: anonymous, another account, the owner, a moderator; refusals change nothing")
    void authorization() throws Exception {
        Browser owner = member("owner.auth@example.org");
        Browser other = member("other.auth@example.org");
        Browser mod = moderator("mod.auth@example.org");
        Browser anonymous = new Browser();
        String wei = researcherId("wei-zhang");
        assertThat(claimForm(owner, "wei-zhang", SOME_ORCID, "").statusCode()).isEqualTo(303);
        long claimId = claimId("wei-zhang", "PENDING");
        String claimGid = gql(owner, "{ viewer { claim { id } } }").getJsonObject("data").getJsonObject("viewer")
                .getJsonObject("claim").getString("id");
        String review = "mutation { reviewClaim(input: {claimId: \"" + claimGid + "\", approve: true, reason: \"ok\"}) "
                + "{ claim { state } } }";
        String claim = "mutation { claimResearcher(input: {researcherId: \"" + wei + "\", orcid: \"" + SOME_ORCID
                + "\"}) { claim { state } } }";

        record Case(String who, Browser browser, String operation, String expectedCode) {
        }
        List<Case> refused = List.of(
                new Case("anonymous claims", anonymous, claim, "UNAUTHENTICATED"),
                new Case("anonymous reviews", anonymous, review, "UNAUTHENTICATED"),
                new Case("another account reviews", other, review, "FORBIDDEN"),
                new Case("the owner reviews their own claim", owner, review, "FORBIDDEN"),
                new Case("the owner claims a second record", owner, claim.replace(wei, researcherId("noah-whitfield")),
                        "BAD_USER_INPUT"));
        for (Case c : refused) {
            String before = snapshot();
            JsonObject result = gql(c.browser(), c.operation());
            assertThat(code(result)).as(c.who()).isEqualTo(c.expectedCode());
            assertThat(snapshot()).as("nothing changed after: " + c.who()).isEqualTo(before);
        }
        // Pages and forms.
        String before = snapshot();
        assertThat(anonymous.get("/admin/claims").statusCode()).isEqualTo(401);
        assertThat(other.get("/admin/claims").statusCode()).isEqualTo(403);
        assertThat(owner.get("/admin/claims").body()).contains("Only moderators review claims");
        assertThat(mod.get("/admin/claims").statusCode()).isEqualTo(200);
        for (Browser b : List.of(anonymous, other, owner)) {
            HttpResponse<String> r = b.post("/admin/claims/" + claimId + "/review",
                    Map.of("csrf", b.csrf("/register"), "decision", "approve", "reason", "ok"));
            assertThat(r.statusCode()).isIn(401, 403);
        }
        HttpResponse<String> anonClaim = anonymous.post("/researchers/wei-zhang/claim",
                Map.of("csrf", anonymous.csrf("/register"), "orcid", SOME_ORCID, "email", ""));
        assertThat(anonClaim.statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/researchers/wei-zhang").body()).contains("Log in to claim");
        assertThat(snapshot()).isEqualTo(before);

        // The moderator may.
        assertThat(gql(mod, review).getJsonObject("data").getJsonObject("reviewClaim").getJsonObject("claim")
                .getString("state")).isEqualTo("CLAIMED");
        assertThat(code(gql(mod, review))).isEqualTo("BAD_USER_INPUT");
        assertThat(code(gql(mod, review.replace(claimGid, "nope")))).isEqualTo("NOT_FOUND");
    }

    @Test
    @DisplayName("bad input: checksum, foreign ORCID, foreign or malformed email, expired link, forged CSRF; each clear, nothing changed")
    void badInput() throws Exception {
        Browser kwame = member("kwame@riverside-tech.example");
        String slug = "kwame-mensah";
        String before = snapshot();
        Map<String[], String> cases = Map.of(
                new String[] {"0000-0001-4580-8141", ""}, "not a valid ORCID iD",
                new String[] {"0000-0001-4580-81401", ""}, "not a valid ORCID iD",
                new String[] {SOME_ORCID, ""}, "does not match the one on the public record",
                new String[] {"", "kwame@gmail.example"}, "must be at a domain of one of the record's institutions (riverside-tech.example)",
                new String[] {"", "not-an-email"}, "is not an email address",
                new String[] {"", ""}, "Give your ORCID iD");
        for (var c : cases.entrySet()) {
            HttpResponse<String> r = claimForm(kwame, slug, c.getKey()[0], c.getKey()[1]);
            assertThat(r.statusCode()).as(c.getValue()).isEqualTo(400);
            assertThat(r.body()).contains(c.getValue()).contains("name=\"csrf\"");
            assertThat(snapshot()).as("nothing changed: " + c.getValue()).isEqualTo(before);
        }
        assertThat(code(gql(kwame, "mutation { claimResearcher(input: {researcherId: \"" + researcherId(slug)
                + "\", orcid: \"0000-0001-4580-8141\"}) { claim { state } } }"))).isEqualTo("BAD_USER_INPUT");
        assertThat(claimForm(kwame, "no-such-person", SOME_ORCID, "").statusCode()).isEqualTo(404);

        HttpResponse<String> forged = kwame.post("/researchers/" + slug + "/claim",
                Map.of("csrf", "forged-token-forged-token-forged-token-123", "orcid", "0000-0001-4580-8140", "email", ""));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Nothing was changed");
        assertThat(snapshot()).isEqualTo(before);

        // A real claim with email; its link expires before use.
        assertThat(claimForm(kwame, slug, "0000-0001-4580-8140", "kwame@riverside-tech.example").statusCode()).isEqualTo(303);
        String link = devLink(kwame);
        HttpResponse<String> forgedConfirm = kwame.post("/claims/confirm",
                Map.of("csrf", "forged-token-forged-token-forged-token-123", "token", token(link)));
        assertThat(forgedConfirm.statusCode()).isEqualTo(403);
        sql("UPDATE claim_email_tokens SET expires_at = now() - interval '1 minute'");
        String pending = snapshot();
        HttpResponse<String> expired = confirm(kwame, link);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired").contains("Nothing was changed");
        HttpResponse<String> unknown = confirm(kwame, "/claims/confirm?token=" + "A".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(kwame.get("/claims/confirm?token=short").statusCode()).isEqualTo(404);
        assertThat(snapshot()).isEqualTo(pending);
        assertThat(trust(kwame, slug)).endsWith("Claim pending review");

        Browser mod = moderator("mod.bad@example.org");
        HttpResponse<String> forgedReview = mod.post("/admin/claims/" + claimId(slug, "PENDING") + "/review",
                Map.of("csrf", "forged-token-forged-token-forged-token-123", "decision", "approve", "reason", "ok"));
        assertThat(forgedReview.statusCode()).isEqualTo(403);
        assertThat(mod.post("/admin/claims/" + claimId(slug, "PENDING") + "/review", Map.of("csrf",
                mod.csrf("/admin/claims"), "decision", "approve", "reason", "x".repeat(501))).body()).contains("at most 500");
        assertThat(snapshot()).isEqualTo(pending);
    }

    // --- database helpers --------------------------------------------------------------------------------------

    /** Everything claims touch, as text: compared before and after each refusal. */
    static String snapshot() throws Exception {
        return String.join("\n", query("SELECT concat_ws('|', id, researcher_id, account_id, state, orcid, email, "
                + "email_confirmed_at, score, reason, decided_by) FROM claims ORDER BY id"))
                + "\n" + query("SELECT count(*) FROM claim_audit") + query("SELECT count(*) FROM claim_email_tokens")
                + query("SELECT count(*) FROM claim_email_tokens WHERE used_at IS NOT NULL")
                + query("SELECT string_agg(slug || '=' || claim_status, ',' ORDER BY slug) FROM researchers "
                + "WHERE claim_status <> 'UNCLAIMED'");
    }

    static List<String> audit(String slug) throws Exception {
        return query("SELECT coalesce(a.from_state, 'null') || '>' || a.to_state FROM claim_audit a "
                + "JOIN claims c ON c.id = a.claim_id JOIN researchers r ON r.id = c.researcher_id "
                + "WHERE r.slug = '" + slug + "' AND c.state <> 'DISPUTED' ORDER BY a.id");
    }

    static long claimId(String slug, String state) throws Exception {
        return Long.parseLong(query("SELECT c.id FROM claims c JOIN researchers r ON r.id = c.researcher_id "
                + "WHERE r.slug = '" + slug + "' AND c.state = '" + state + "' ORDER BY c.id DESC LIMIT 1").get(0));
    }

    static List<String> query(String sql) throws Exception {
        var url = server.databaseUrl();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.options().getUser(), null);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    static void sql(String sql) throws Exception {
        var url = server.databaseUrl();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.options().getUser(), null)) {
            c.createStatement().execute(sql);
        }
    }
}
