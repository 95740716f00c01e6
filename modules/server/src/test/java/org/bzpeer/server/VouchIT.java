package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bzpeer.server.ClaimsIT.SOME_ORCID;
import static org.bzpeer.server.ClaimsIT.claimForm;
import static org.bzpeer.server.ClaimsIT.code;
import static org.bzpeer.server.ClaimsIT.gql;
import static org.bzpeer.server.ClaimsIT.member;
import static org.bzpeer.server.ClaimsIT.researcherId;
import static org.bzpeer.server.ClaimsIT.text;

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
import org.bzpeer.server.AccountsIT.Browser;
import org.bzpeer.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Co-author vouching end to end: the owner of a claimed co-author record vouches (form and mutation), the claim's
 * score and the trust snapshot move, a second vouch is a no-op, and every refusal leaves claims, vouches and the
 * audit as they were.
 */
class VouchIT {

    private static BzpeerServer server;
    private static Browser moderator;

    @BeforeAll
    static void start() throws Exception {
        server = BzpeerServer.start(new Config(0, Optional.of(TestDatabases.migrated("vouch")),
                Files.createTempDirectory("bzpeer-data"), Optional.empty(), true));
        AccountsIT.useServer(server);
        moderator = member("mod.vouch@example.org");
        sql("UPDATE accounts SET role = 'MODERATOR' WHERE email = 'mod.vouch@example.org'");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Browser claimApproved(String email, String slug) throws Exception {
        Browser browser = member(email);
        assertThat(claimForm(browser, slug, SOME_ORCID, "").statusCode()).isEqualTo(303);
        approve(slug);
        return browser;
    }

    static void approve(String slug) throws Exception {
        String claimId = query("SELECT c.id FROM claims c JOIN researchers r ON r.id = c.researcher_id WHERE r.slug = '"
                + slug + "' AND c.state = 'PENDING'").get(0);
        HttpResponse<String> approved = moderator.post("/admin/claims/" + claimId + "/review", Map.of("csrf",
                moderator.csrf("/admin/claims"), "decision", "approve", "reason", "Known to the moderators"));
        assertThat(approved.statusCode()).isEqualTo(303);
    }

    static HttpResponse<String> vouchForm(Browser browser, String slug) {
        return browser.post("/researchers/" + slug + "/vouch",
                Map.of("csrf", browser.csrf("/researchers/" + slug)));
    }

    static JsonObject vouchMutation(Browser browser, String slug) {
        return gql(browser, "mutation { vouchForClaim(input: {researcherId: \"" + researcherId(slug)
                + "\"}) { vouches added researcher { slug } } }");
    }

    static int score(String slug) throws Exception {
        return Integer.parseInt(query("SELECT c.score FROM claims c JOIN researchers r ON r.id = c.researcher_id "
                + "WHERE r.slug = '" + slug + "' AND c.state IN ('PENDING', 'CLAIMED')").get(0));
    }

    static JsonObject trust(String slug) {
        return gql(new Browser(), "{ researcher(slug: \"" + slug + "\") { trust { score signals { key weight } } } }")
                .getJsonObject("data").getJsonObject("researcher").getJsonObject("trust");
    }

    @Test
    @DisplayName("a co-author's owner vouches: score +25, audited, idempotent; refusals change nothing; the claimed record gains the trust signal")
    void vouching() throws Exception {
        // A record without an ORCID iD (ORCID-only claims with SOME_ORCID), a co-author of it, and a record that is not.
        List<String> pair = query("SELECT r.slug || ' ' || c.slug || ' ' || col.shared_works FROM collaborations col "
                + "JOIN researchers r ON r.id = col.researcher_id JOIN researchers c ON c.id = col.collaborator_id "
                + "WHERE r.orcid IS NULL AND c.orcid IS NULL AND r.claim_status = 'UNCLAIMED' AND c.claim_status = 'UNCLAIMED' "
                + "ORDER BY col.shared_works DESC, r.slug, c.slug LIMIT 1");
        assertThat(pair).as("two co-authors without ORCID iDs in the demo data").hasSize(1);
        String[] p = pair.get(0).split(" ");
        String record = p[0];
        String coauthor = p[1];
        String shared = p[2];
        String stranger = query("SELECT s.slug FROM researchers s WHERE s.orcid IS NULL "
                + "AND s.claim_status = 'UNCLAIMED' AND s.slug NOT IN ('" + record
                + "', '" + coauthor + "') AND NOT EXISTS (SELECT 1 FROM collaborations col JOIN researchers r "
                + "ON r.id = col.researcher_id WHERE r.slug = '" + record + "' AND col.collaborator_id = s.id) "
                + "ORDER BY s.slug LIMIT 1").get(0);

        Browser voucher = claimApproved("voucher@example.org", coauthor);
        Browser outsider = claimApproved("outsider@example.org", stranger);
        Browser claimant = member("claimant@example.org");
        assertThat(claimForm(claimant, record, SOME_ORCID, "").statusCode()).isEqualTo(303);
        assertThat(score(record)).isEqualTo(10);

        // Only the co-author's owner sees the form.
        assertThat(text(voucher.get("/researchers/" + record).body())).contains("Vouch for this claim")
                .contains("shares " + shared + " works");
        assertThat(outsider.get("/researchers/" + record).body()).doesNotContain("Vouch for this claim");
        assertThat(claimant.get("/researchers/" + record).body()).doesNotContain("Vouch for this claim");
        assertThat(new Browser().get("/researchers/" + record).body()).doesNotContain("Vouch for this claim");

        // Refusals: nothing changes.
        String before = snapshot();
        Browser anonymous = new Browser();
        assertThat(anonymous.post("/researchers/" + record + "/vouch", Map.of("csrf", anonymous.csrf("/register")))
                .statusCode()).isEqualTo(401);
        assertThat(code(vouchMutation(new Browser(), record))).isEqualTo("UNAUTHENTICATED");
        assertThat(vouchForm(outsider, record).statusCode()).isEqualTo(403);
        assertThat(code(vouchMutation(outsider, record))).isEqualTo("FORBIDDEN");
        assertThat(vouchForm(moderator, record).statusCode()).isEqualTo(403);
        assertThat(code(vouchMutation(moderator, record))).isEqualTo("FORBIDDEN");
        assertThat(vouchForm(claimant, record).statusCode()).isEqualTo(403);
        assertThat(code(vouchMutation(claimant, record))).isEqualTo("FORBIDDEN");
        assertThat(voucher.post("/researchers/" + record + "/vouch",
                Map.of("csrf", "forged-token-forged-token-forged-token-123")).statusCode()).isEqualTo(403);
        assertThat(code(vouchMutation(voucher, unclaimedSlug(record, coauthor, stranger))))
                .isEqualTo("NOT_FOUND");
        assertThat(snapshot()).isEqualTo(before);

        // The vouch: through the form, post-redirect-get.
        HttpResponse<String> vouched = vouchForm(voucher, record);
        assertThat(vouched.statusCode()).isEqualTo(303);
        assertThat(vouched.headers().firstValue("location").orElseThrow()).startsWith("/researchers/" + record);
        assertThat(score(record)).isEqualTo(35);
        assertThat(query("SELECT why FROM claim_audit ORDER BY id DESC LIMIT 1"))
                .containsExactly("Vouched by Member voucher@example.org, co-author on " + shared + " works");
        assertThat(text(voucher.get("/researchers/" + record).body())).contains("You vouched for this claim")
                .doesNotContain("Vouch for this claim");
        assertThat(gql(claimant, "{ viewer { claim { vouches score } } }").getJsonObject("data").getJsonObject("viewer")
                .getJsonObject("claim").getMap()).containsEntry("vouches", 1).containsEntry("score", 35);

        // A second vouch is the same as one.
        String once = snapshot();
        JsonObject again = vouchMutation(voucher, record).getJsonObject("data").getJsonObject("vouchForClaim");
        assertThat(again.getMap()).containsEntry("vouches", 1).containsEntry("added", false);
        assertThat(vouchForm(voucher, record).statusCode()).isEqualTo(303);
        assertThat(snapshot()).isEqualTo(once);

        // Pending: the trust snapshot does not count vouches yet; approved: +5 for the vouch.
        assertThat(trust(record).getJsonArray("signals").encode()).doesNotContain("COAUTHOR_VOUCHES");
        approve(record);
        JsonObject claimed = trust(record);
        assertThat(claimed.getJsonArray("signals").encode()).contains("{\"key\":\"COAUTHOR_VOUCHES\",\"weight\":5}");

        // A rejected claim cannot be vouched for.
        sql("UPDATE claims SET state = 'REJECTED' WHERE researcher_id = (SELECT id FROM researchers WHERE slug = '"
                + record + "')");
        String rejected = snapshot();
        assertThat(code(vouchMutation(outsider, record))).isEqualTo("BAD_USER_INPUT");
        assertThat(snapshot()).isEqualTo(rejected);
    }

    @Test
    @DisplayName("an ORCID iD matching the record plus two co-author vouches approve a claim automatically; a third adds nothing")
    void vouchesApprove() throws Exception {
        List<String> found = query("SELECT r.slug || ' ' || r.orcid || ' ' || string_agg(c.slug, ' ' ORDER BY c.slug) "
                + "FROM collaborations col JOIN researchers r ON r.id = col.researcher_id "
                + "JOIN researchers c ON c.id = col.collaborator_id WHERE r.orcid IS NOT NULL AND c.orcid IS NULL "
                + "AND r.claim_status = 'UNCLAIMED' AND c.claim_status = 'UNCLAIMED' "
                + "GROUP BY r.slug, r.orcid HAVING count(*) >= 3 ORDER BY r.slug LIMIT 1");
        assertThat(found).as("a record with an ORCID iD and three co-authors without").hasSize(1);
        String[] p = found.get(0).split(" ");
        String record = p[0];
        Browser claimant = member("orcid.claimant@example.org");
        assertThat(claimForm(claimant, record, p[1], "").statusCode()).isEqualTo(303);
        assertThat(score(record)).isEqualTo(50);
        List<Browser> vouchers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            vouchers.add(claimApproved("coauthor" + i + "@example.org", p[2 + i]));
        }
        assertThat(vouchForm(vouchers.get(0), record).statusCode()).isEqualTo(303);
        assertThat(score(record)).isEqualTo(75);
        assertThat(query("SELECT claim_status FROM researchers WHERE slug = '" + record + "'")).containsExactly("PENDING");
        assertThat(vouchForm(vouchers.get(1), record).statusCode()).isEqualTo(303);
        assertThat(score(record)).isEqualTo(100);
        assertThat(query("SELECT claim_status FROM researchers WHERE slug = '" + record + "'")).containsExactly("CLAIMED");
        assertThat(query("SELECT coalesce(a.from_state, 'null') || '>' || a.to_state || '|' || coalesce(a.actor_id::text, 'system') "
                + "FROM claim_audit a JOIN claims c ON c.id = a.claim_id JOIN researchers r ON r.id = c.researcher_id "
                + "WHERE r.slug = '" + record + "' ORDER BY a.id")).hasSize(4).last().asString()
                .isEqualTo("PENDING>CLAIMED|system");
        assertThat(gql(claimant, "{ viewer { claim { state reason vouches } } }").getJsonObject("data")
                .getJsonObject("viewer").getJsonObject("claim").getString("reason")).startsWith("Approved automatically");

        // A third vouch is recorded (and audited) but adds nothing to the score; the trust signal stays capped at 2.
        assertThat(vouchForm(vouchers.get(2), record).statusCode()).isEqualTo(303);
        assertThat(score(record)).isEqualTo(100);
        assertThat(trust(record).getJsonArray("signals").encode()).contains("{\"key\":\"COAUTHOR_VOUCHES\",\"weight\":10}");
    }

    /** A record nobody claimed. */
    static String unclaimedSlug(String... not) throws Exception {
        return query("SELECT slug FROM researchers WHERE slug NOT IN ('" + String.join("', '", not)
                + "') AND claim_status = 'UNCLAIMED' ORDER BY slug LIMIT 1").get(0);
    }

    /** Everything a vouch touches, as text. */
    static String snapshot() throws Exception {
        return String.join("\n", query("SELECT concat_ws('|', id, researcher_id, account_id, state, score, reason, "
                + "decided_by) FROM claims ORDER BY id"))
                + "\n" + String.join("\n", query("SELECT claim_id || '|' || voucher_account_id FROM claim_vouches ORDER BY 1"))
                + "\n" + query("SELECT count(*) FROM claim_audit")
                + query("SELECT string_agg(slug || '=' || claim_status, ',' ORDER BY slug) FROM researchers "
                + "WHERE claim_status <> 'UNCLAIMED'");
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
