package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bzpeer.server.ClaimsIT.code;
import static org.bzpeer.server.ClaimsIT.gql;
import static org.bzpeer.server.ClaimsIT.member;
import static org.bzpeer.server.ClaimsIT.researcherId;
import static org.bzpeer.server.ClaimsIT.text;

import io.vertx.core.json.JsonArray;
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
 * Direct collaboration end to end: invitations to claimed, open records; the owner's inbox with accept and
 * decline; the sender's outcome; the owner's settings; an authorization table over the three mutations and their
 * forms; and bad input that changes nothing.
 */
class CollaborationIT {

    /** Claimed (moderator-approved) and open to collaborate. */
    static final String OPEN = "satrajit-chatterjee";
    /** Claimed, then closed by its owner. */
    static final String CLOSED = "shankar-krishnan";
    /** Never claimed. */
    static final String UNCLAIMED = "mateo-rossi";
    static final String MESSAGE = "Would you like to co-author a survey on program synthesis?";

    private static BzpeerServer server;
    private static Browser owner;
    private static Browser moderator;

    @BeforeAll
    static void start() throws Exception {
        server = BzpeerServer.start(new Config(0, Optional.of(TestDatabases.migrated("collab")),
                Files.createTempDirectory("bzpeer-data"), Optional.empty(), true));
        AccountsIT.useServer(server);
        moderator = member("mod.collab@example.org");
        sql("UPDATE accounts SET role = 'MODERATOR' WHERE email = 'mod.collab@example.org'");
        owner = claimApproved("owner.open@example.org", OPEN);
        Browser closedOwner = claimApproved("owner.closed@example.org", CLOSED);
        HttpResponse<String> closed = closedOwner.post("/researchers/" + CLOSED + "/settings",
                Map.of("csrf", closedOwner.csrf("/researchers/" + CLOSED), "headline", "", "affiliation", ""));
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(query("SELECT open_to_collaborate FROM researchers WHERE slug = '" + CLOSED + "'")).containsExactly("f");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** A member whose ORCID-only claim of {@code slug} a moderator approved. */
    static Browser claimApproved(String email, String slug) throws Exception {
        Browser browser = member(email);
        assertThat(ClaimsIT.claimForm(browser, slug, ClaimsIT.SOME_ORCID, "").statusCode()).isEqualTo(303);
        String claimId = query("SELECT c.id FROM claims c JOIN researchers r ON r.id = c.researcher_id WHERE r.slug = '"
                + slug + "' AND c.state = 'PENDING'").get(0);
        HttpResponse<String> approved = moderator.post("/admin/claims/" + claimId + "/review", Map.of("csrf",
                moderator.csrf("/admin/claims"), "decision", "approve", "reason", "Known to the moderators"));
        assertThat(approved.statusCode()).isEqualTo(303);
        return browser;
    }

    static HttpResponse<String> inviteForm(Browser browser, String slug, String message) {
        return browser.post("/researchers/" + slug + "/invite",
                Map.of("csrf", browser.csrf("/researchers/" + slug), "message", message));
    }

    static HttpResponse<String> respondForm(Browser browser, String csrfPage, long id, String decision) {
        return browser.post("/invitations/" + id + "/respond", Map.of("csrf", browser.csrf(csrfPage), "decision", decision));
    }

    static JsonObject inviteGql(Browser browser, String slug, String message) {
        return gql(browser, "mutation { inviteToCollaborate(input: {researcherId: \"" + researcherId(slug)
                + "\", message: " + JsonObject.of("m", message).encode().replaceAll("^\\{\"m\":|\\}$", "")
                + "}) { invitation { id state message senderName researcher { slug } } } }");
    }

    static JsonObject respondGql(Browser browser, String invitationId, boolean accept) {
        return gql(browser, "mutation { respondToInvitation(input: {invitationId: \"" + invitationId + "\", accept: "
                + accept + "}) { invitation { id state decidedAt } } }");
    }

    static JsonObject updateGql(Browser browser, String slug, String headline, boolean open, String affiliation) {
        return gql(browser, "mutation { updateResearcherProfile(input: {researcherId: \"" + researcherId(slug)
                + "\", headline: \"" + headline + "\", openToCollaborate: " + open + ", affiliation: \"" + affiliation
                + "\"}) { researcher { slug headline openToCollaborate } affiliation } }");
    }

    static long invitationId(String senderEmail, String state) throws Exception {
        return Long.parseLong(query("SELECT i.id FROM invitations i JOIN accounts a ON a.id = i.sender_id WHERE a.email = '"
                + senderEmail + "' AND i.state = '" + state + "' ORDER BY i.id DESC LIMIT 1").get(0));
    }

    static String globalId(long invitationId) {
        JsonArray received = gql(owner, "{ viewer { invitationsReceived(first: 100) { edges { node { id message } } } } }")
                .getJsonObject("data").getJsonObject("viewer").getJsonObject("invitationsReceived").getJsonArray("edges");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            ids.add(received.getJsonObject(i).getJsonObject("node").getString("id"));
        }
        String wanted = org.bzpeer.core.rules.GlobalIds.encode("Invitation", invitationId);
        assertThat(ids).contains(wanted);
        return wanted;
    }

    /** Everything the collaboration features may change. */
    static String snapshot() throws Exception {
        return String.join("\n", query("SELECT concat_ws('|', id, sender_id, researcher_id, message, state, decided_at) "
                + "FROM invitations ORDER BY id")) + "\n" + String.join("\n", query(
                "SELECT concat_ws('|', slug, headline, open_to_collaborate, affiliation_text) FROM researchers "
                        + "WHERE slug IN ('" + OPEN + "', '" + CLOSED + "', '" + UNCLAIMED + "') ORDER BY slug"));
    }

    @Test
    @DisplayName("invite through the profile form; the owner sees it in the inbox and accepts; the sender sees Accepted")
    void acceptPath() throws Exception {
        Browser visitor = new Browser();
        String visitorView = text(visitor.get("/researchers/" + OPEN).body());
        assertThat(visitorView).contains("This researcher has claimed their record.").contains("Log in to invite");

        Browser alice = member("alice.collab@example.org");
        String form = alice.get("/researchers/" + OPEN).body();
        assertThat(form).contains("maxlength=\"1000\"").contains("<label for=\"invite-message\">");
        assertThat(text(form)).contains("Between 10 and 1000 characters");

        HttpResponse<String> sent = inviteForm(alice, OPEN, "  " + MESSAGE + "  ");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(text(alice.get("/account").body())).contains("Invitations sent").contains(MESSAGE).contains("Pending");

        String inbox = text(owner.get("/account").body());
        assertThat(inbox).contains("Invitations received").contains("Member alice.collab@example.org").contains(MESSAGE);
        long id = invitationId("alice.collab@example.org", "PENDING");
        assertThat(respondForm(owner, "/account", id, "accept").statusCode()).isEqualTo(303);

        assertThat(query("SELECT state FROM invitations WHERE id = " + id)).containsExactly("ACCEPTED");
        assertThat(text(alice.get("/account").body())).contains("Accepted");
        JsonObject sentConnection = gql(alice, "{ viewer { invitationsSent(first: 5) { totalCount edges { node {"
                + " state message decidedAt researcher { slug } } } } } }")
                .getJsonObject("data").getJsonObject("viewer").getJsonObject("invitationsSent");
        assertThat(sentConnection.getInteger("totalCount")).isPositive();
        JsonObject aliceSent = sentConnection.getJsonArray("edges").getJsonObject(0).getJsonObject("node");
        assertThat(aliceSent.getString("state")).isEqualTo("ACCEPTED");
        assertThat(aliceSent.getString("message")).isEqualTo(MESSAGE);
        assertThat(aliceSent.getString("decidedAt")).isNotNull();
        assertThat(aliceSent.getJsonObject("researcher").getString("slug")).isEqualTo(OPEN);

        // Answering again changes nothing.
        String before = snapshot();
        HttpResponse<String> again = respondForm(owner, "/account", id, "decline");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("already answered");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("invite and decline through GraphQL; the sender sees Declined; answering twice is refused")
    void declinePath() throws Exception {
        Browser bob = member("bob.collab@example.org");
        JsonObject invited = inviteGql(bob, OPEN, "Shall we run a joint reading group on compilers?");
        assertThat(invited.containsKey("errors")).as(invited.encode()).isFalse();
        JsonObject invitation = invited.getJsonObject("data").getJsonObject("inviteToCollaborate").getJsonObject("invitation");
        assertThat(invitation.getString("state")).isEqualTo("PENDING");
        assertThat(invitation.getString("senderName")).isEqualTo("Member bob.collab@example.org");

        String gid = invitation.getString("id");
        assertThat(globalId(invitationId("bob.collab@example.org", "PENDING"))).isEqualTo(gid);
        JsonObject declined = respondGql(owner, gid, false);
        assertThat(declined.getJsonObject("data").getJsonObject("respondToInvitation").getJsonObject("invitation")
                .getString("state")).isEqualTo("DECLINED");
        assertThat(text(bob.get("/account").body())).contains("Declined");

        String before = snapshot();
        JsonObject twice = respondGql(owner, gid, true);
        assertThat(code(twice)).isEqualTo("BAD_USER_INPUT");
        assertThat(twice.getJsonArray("errors").getJsonObject(0).getString("message")).contains("already answered");
        assertThat(snapshot()).isEqualTo(before);

        // After an answer, a new invitation to the same record may be sent.
        assertThat(inviteGql(bob, OPEN, "One more idea: a shared benchmark?").containsKey("errors")).isFalse();
    }

    @Test
    @DisplayName("authorization table: anonymous / another account / the owner / a moderator over the three mutations and their forms")
    void authorizationTable() throws Exception {
        Browser anonymous = new Browser();
        Browser other = member("other.collab@example.org");
        // A pending invitation to answer.
        Browser sender = member("sender.table@example.org");
        assertThat(inviteForm(sender, OPEN, MESSAGE).statusCode()).isEqualTo(303);
        long pending = invitationId("sender.table@example.org", "PENDING");
        String pendingGid = org.bzpeer.core.rules.GlobalIds.encode("Invitation", pending);

        record Row(String who, Browser browser, String gqlCode, int formStatus) {
        }
        // inviteToCollaborate: anyone signed in except the owner (own record).
        for (Row row : List.of(new Row("anonymous", anonymous, "UNAUTHENTICATED", 401),
                new Row("owner", owner, "BAD_USER_INPUT", 400))) {
            String before = snapshot();
            assertThat(code(inviteGql(row.browser(), OPEN, MESSAGE))).as("invite gql " + row.who()).isEqualTo(row.gqlCode());
            HttpResponse<String> form = row.browser() == anonymous
                    ? anonymous.post("/researchers/" + OPEN + "/invite", Map.of("csrf", anonymous.csrf("/login"), "message", MESSAGE))
                    : inviteForm(row.browser(), OPEN, MESSAGE);
            assertThat(form.statusCode()).as("invite form " + row.who()).isEqualTo(row.formStatus());
            assertThat(snapshot()).as("nothing changed for " + row.who()).isEqualTo(before);
        }
        assertThat(inviteGql(other, OPEN, MESSAGE).containsKey("errors")).as("another account invites").isFalse();
        assertThat(inviteForm(moderator, OPEN, MESSAGE).statusCode()).as("a moderator invites").isEqualTo(303);

        // respondToInvitation and updateResearcherProfile: the owner only.
        for (Row row : List.of(new Row("anonymous", anonymous, "UNAUTHENTICATED", 401),
                new Row("another account", other, "FORBIDDEN", 403),
                new Row("a moderator", moderator, "FORBIDDEN", 403),
                new Row("the sender", sender, "FORBIDDEN", 403))) {
            String before = snapshot();
            String csrf = row.browser().csrf(row.browser() == anonymous ? "/login" : "/account");
            assertThat(code(respondGql(row.browser(), pendingGid, true))).as("respond gql " + row.who()).isEqualTo(row.gqlCode());
            assertThat(row.browser().post("/invitations/" + pending + "/respond", Map.of("csrf", csrf, "decision", "accept"))
                    .statusCode()).as("respond form " + row.who()).isEqualTo(row.formStatus());
            assertThat(code(updateGql(row.browser(), OPEN, "Hijacked", false, "Nowhere"))).as("update gql " + row.who())
                    .isEqualTo(row.gqlCode());
            assertThat(row.browser().post("/researchers/" + OPEN + "/settings", Map.of("csrf", csrf, "headline", "Hijacked",
                    "affiliation", "Nowhere")).statusCode()).as("settings form " + row.who()).isEqualTo(row.formStatus());
            assertThat(snapshot()).as("nothing changed for " + row.who()).isEqualTo(before);
        }
        assertThat(text(other.get("/researchers/" + OPEN).body())).doesNotContain("Save profile settings");

        // The owner: allowed.
        JsonObject updated = updateGql(owner, OPEN, "Program synthesis and compilers", true, "Riverside Institute");
        assertThat(updated.containsKey("errors")).as(updated.encode()).isFalse();
        assertThat(updated.getJsonObject("data").getJsonObject("updateResearcherProfile").getJsonObject("researcher")
                .getString("headline")).isEqualTo("Program synthesis and compilers");
        String settings = owner.get("/researchers/" + OPEN).body();
        assertThat(settings).contains("Save profile settings").contains("<label for=\"settings-headline\">");
        HttpResponse<String> saved = owner.post("/researchers/" + OPEN + "/settings", Map.of("csrf",
                owner.csrf("/researchers/" + OPEN), "open", "on", "headline", "Synthesis, compilers, proofs",
                "affiliation", "Riverside Institute of Technology"));
        assertThat(saved.statusCode()).isEqualTo(303);
        String profile = text(anonymous.get("/researchers/" + OPEN).body());
        assertThat(profile).contains("Synthesis, compilers, proofs").contains("Riverside Institute of Technology")
                .doesNotContain("Affiliation not imported");
        assertThat(respondForm(owner, "/account", pending, "accept").statusCode()).isEqualTo(303);
        assertThat(query("SELECT state FROM invitations WHERE id = " + pending)).containsExactly("ACCEPTED");
    }

    @Test
    @DisplayName("bad input: message length, self-invite, unclaimed and closed records, duplicates, the rate limit, forged CSRF")
    void badInput() throws Exception {
        Browser carol = member("carol.collab@example.org");
        String before = snapshot();

        JsonObject shortMessage = inviteGql(carol, OPEN, "   Hi there   ");
        assertThat(code(shortMessage)).isEqualTo("BAD_USER_INPUT");
        assertThat(shortMessage.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("between 10 and 1000 characters");
        HttpResponse<String> longForm = inviteForm(carol, OPEN, "x".repeat(1001));
        assertThat(longForm.statusCode()).isEqualTo(400);
        assertThat(text(longForm.body())).contains("between 10 and 1000 characters").contains("Nothing was changed");
        assertThat(code(inviteGql(owner, OPEN, MESSAGE))).isEqualTo("BAD_USER_INPUT");

        JsonObject unclaimed = inviteGql(carol, UNCLAIMED, MESSAGE);
        assertThat(code(unclaimed)).isEqualTo("FORBIDDEN");
        assertThat(unclaimed.getJsonArray("errors").getJsonObject(0).getString("message")).contains("not claimed yet");
        assertThat(text(carol.get("/researchers/" + UNCLAIMED).body()))
                .contains("Claim this author entity first to unlock direct invitations.");
        HttpResponse<String> closedForm = inviteForm(carol, CLOSED, MESSAGE);
        assertThat(closedForm.statusCode()).isEqualTo(403);
        assertThat(text(closedForm.body())).contains("not open to collaborate right now");
        assertThat(text(carol.get("/researchers/" + CLOSED).body())).contains("not open to collaborate right now")
                .doesNotContain("Send invitation");

        HttpResponse<String> forged = carol.post("/researchers/" + OPEN + "/invite", Map.of("csrf", "forged", "message", MESSAGE));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Nothing was changed");
        assertThat(code(updateGql(owner, OPEN, "h".repeat(161), true, ""))).isEqualTo("BAD_USER_INPUT");
        assertThat(snapshot()).isEqualTo(before);

        // One pending invitation per sender and record.
        assertThat(inviteForm(carol, OPEN, MESSAGE).statusCode()).isEqualTo(303);
        String once = snapshot();
        JsonObject duplicate = inviteGql(carol, OPEN, MESSAGE);
        assertThat(code(duplicate)).isEqualTo("BAD_USER_INPUT");
        assertThat(duplicate.getJsonArray("errors").getJsonObject(0).getString("message")).contains("already have a pending");
        long pending = invitationId("carol.collab@example.org", "PENDING");
        HttpResponse<String> forgedAnswer = owner.post("/invitations/" + pending + "/respond",
                Map.of("csrf", "forged", "decision", "accept"));
        assertThat(forgedAnswer.statusCode()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(once);

        // Five invitations within the hour, counted in the database, then a clear message with when to retry.
        Browser eager = member("eager.collab@example.org");
        sql("INSERT INTO invitations (sender_id, researcher_id, message, state, decided_at) SELECT a.id, r.id, "
                + "'An earlier invitation', 'DECLINED', now() FROM accounts a, researchers r, generate_series(1, 5) "
                + "WHERE a.email = 'eager.collab@example.org' AND r.slug = '" + OPEN + "'");
        String limited = snapshot();
        HttpResponse<String> sixth = inviteForm(eager, OPEN, MESSAGE);
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(text(sixth.body())).contains("at most 5 invitations per hour").contains("Try again after");
        JsonObject sixthGql = inviteGql(eager, OPEN, MESSAGE);
        assertThat(code(sixthGql)).isEqualTo("BAD_USER_INPUT");
        assertThat(sixthGql.getJsonArray("errors").getJsonObject(0).getString("message")).contains("Try again after");
        assertThat(snapshot()).isEqualTo(limited);
        // An hour later the old ones no longer count.
        sql("UPDATE invitations SET created_at = now() - interval '61 minutes' WHERE sender_id = "
                + "(SELECT id FROM accounts WHERE email = 'eager.collab@example.org')");
        assertThat(inviteForm(eager, OPEN, MESSAGE).statusCode()).isEqualTo(303);

        // The database holds the length rule too.
        assertThat(query("SELECT count(*) FROM invitations WHERE char_length(message) NOT BETWEEN 10 AND 1000"))
                .containsExactly("0");
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
