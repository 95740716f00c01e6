package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bzpeer.store.Db;

/**
 * Collaboration invitations and the owner-editable part of a researcher record. The owner of a record is the
 * account whose claim on it is CLAIMED (V5__claims.sql); the rate limit is counted in the database under a
 * per-sender transaction lock, and the one-pending-invitation rule is the partial unique index of V6.
 */
public final class InvitationRepository {

    /** An invitation with the names the pages and the API show. */
    public record Invitation(long id, long senderId, String senderName, long researcherId, String researcherSlug,
                             String researcherName, String message, String state, OffsetDateTime createdAt,
                             OffsetDateTime decidedAt) {
    }

    /** Who may receive at a record: its owner (null when unclaimed) and whether it is open to collaborate. */
    public record Target(long researcherId, Long ownerId, boolean openToCollaborate, String headline,
                         String affiliationText) {
    }

    /** The sender already has a pending invitation for this record. */
    public static final class AlreadyPending extends RuntimeException {
        public AlreadyPending() {
            super("already pending", null, false, false);
        }
    }

    /** The sender reached the hourly limit; {@code retryAt} is when the oldest counted invitation leaves the hour. */
    public static final class RateLimited extends RuntimeException {
        private final OffsetDateTime retryAt;

        public RateLimited(OffsetDateTime retryAt) {
            super("rate limited", null, false, false);
            this.retryAt = retryAt;
        }

        public OffsetDateTime retryAt() {
            return retryAt;
        }
    }

    static final String COLUMNS = """
            i.id, i.sender_id, a.display_name AS sender_name, i.researcher_id, r.slug, r.display_name AS researcher_name,
            i.message, i.state, i.created_at, i.decided_at
            """;
    static final String FROM = " FROM invitations i JOIN accounts a ON a.id = i.sender_id"
            + " JOIN researchers r ON r.id = i.researcher_id ";
    static final String TARGET = """
            SELECT r.id, r.open_to_collaborate, r.headline, r.affiliation_text,
                   (SELECT c.account_id FROM claims c WHERE c.researcher_id = r.id AND c.state = 'CLAIMED') AS owner_id
              FROM researchers r WHERE r.id = $1
            """;
    static final String LOCK_SENDER = "SELECT pg_advisory_xact_lock(7270001, ($1::bigint % 2147483647)::int)";
    static final String RECENT = """
            SELECT count(*) AS n, min(created_at) + interval '1 hour' AS retry_at
              FROM invitations WHERE sender_id = $1 AND created_at > now() - interval '1 hour'
            """;
    static final String INSERT = """
            INSERT INTO invitations (sender_id, researcher_id, message) VALUES ($1, $2, $3)
            ON CONFLICT (sender_id, researcher_id) WHERE state = 'PENDING' DO NOTHING
            RETURNING id
            """;
    static final String BY_ID = "SELECT " + COLUMNS + FROM + "WHERE i.id = $1";
    static final String ANSWER = """
            UPDATE invitations SET state = $2, decided_at = now() WHERE id = $1 AND state = 'PENDING' RETURNING id
            """;
    static final String RECEIVED = "SELECT " + COLUMNS + FROM + """
            WHERE i.researcher_id IN (SELECT c.researcher_id FROM claims c WHERE c.account_id = $1 AND c.state = 'CLAIMED')
            ORDER BY i.created_at DESC, i.id DESC LIMIT $2 OFFSET $3
            """;
    static final String SENT = "SELECT " + COLUMNS + FROM + """
            WHERE i.sender_id = $1 ORDER BY i.created_at DESC, i.id DESC LIMIT $2 OFFSET $3
            """;
    static final String COUNT_RECEIVED = """
            SELECT count(*) AS n FROM invitations i
             WHERE i.researcher_id IN (SELECT c.researcher_id FROM claims c WHERE c.account_id = $1 AND c.state = 'CLAIMED')
            """;
    static final String COUNT_SENT = "SELECT count(*) AS n FROM invitations i WHERE i.sender_id = $1";
    static final String UPDATE_PROFILE = """
            UPDATE researchers SET headline = $2, open_to_collaborate = $3, affiliation_text = $4 WHERE id = $1
            """;

    private final Db db;

    public InvitationRepository(Db db) {
        this.db = db;
    }

    public Future<Optional<Target>> target(long researcherId) {
        return db.query(TARGET, Tuple.of(researcherId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            return Optional.of(new Target(row.getLong("id"), row.getLong("owner_id"),
                    row.getBoolean("open_to_collaborate"), row.getString("headline"), row.getString("affiliation_text")));
        });
    }

    /**
     * Files an invitation unless the sender sent {@code perHour} or more within the last hour
     * ({@link RateLimited}) or already has a pending one for the record ({@link AlreadyPending}).
     */
    public Future<Invitation> create(long senderId, long researcherId, String message, int perHour) {
        return db.inTransaction(tx -> tx.query(LOCK_SENDER, Tuple.of(senderId))
                .compose(v -> tx.query(RECENT, Tuple.of(senderId)))
                .compose(recent -> {
                    Row row = recent.iterator().next();
                    if (row.getLong("n") >= perHour) {
                        return Future.failedFuture(new RateLimited(row.getOffsetDateTime("retry_at")));
                    }
                    return tx.query(INSERT, Tuple.of(senderId, researcherId, message));
                })
                .compose(inserted -> inserted.size() == 0 ? Future.failedFuture(new AlreadyPending())
                        : tx.query(BY_ID, Tuple.of(inserted.iterator().next().getLong("id"))))
                .map(rows -> invitation(rows.iterator().next())));
    }

    public Future<Optional<Invitation>> byId(long id) {
        return db.query(BY_ID, Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(invitation(rows.iterator().next())));
    }

    /** Answers a pending invitation; empty when it was already answered (nothing changes then). */
    public Future<Optional<Invitation>> answer(long id, boolean accept) {
        return db.query(ANSWER, Tuple.of(id, accept ? "ACCEPTED" : "DECLINED"))
                .compose(rows -> rows.size() == 0 ? Future.succeededFuture(Optional.<Invitation>empty()) : byId(id));
    }

    /** Invitations to the records the account owns, newest first. */
    public Future<List<Invitation>> received(long accountId, int limit) {
        return list(RECEIVED, accountId, limit, 0);
    }

    /** A window of the invitations to the account's claimed record, newest first. */
    public Future<List<Invitation>> received(long accountId, int limit, int offset) {
        return list(RECEIVED, accountId, limit, offset);
    }

    public Future<List<Invitation>> sent(long accountId, int limit, int offset) {
        return list(SENT, accountId, limit, offset);
    }

    public Future<Integer> countReceived(long accountId) {
        return count(COUNT_RECEIVED, accountId);
    }

    public Future<Integer> countSent(long accountId) {
        return count(COUNT_SENT, accountId);
    }

    private Future<Integer> count(String sql, long accountId) {
        return db.query(sql, Tuple.of(accountId)).map(rows -> rows.iterator().next().getLong("n").intValue());
    }

    /** Invitations the account sent, newest first. */
    public Future<List<Invitation>> sent(long accountId, int limit) {
        return list(SENT, accountId, limit, 0);
    }

    public Future<Void> updateProfile(long researcherId, String headline, boolean open, String affiliationText) {
        return db.query(UPDATE_PROFILE, Tuple.of(researcherId, headline, open, affiliationText)).mapEmpty();
    }

    private Future<List<Invitation>> list(String sql, long accountId, int limit, int offset) {
        return db.query(sql, Tuple.of(accountId, limit, offset)).map(rows -> {
            List<Invitation> list = new ArrayList<>();
            rows.forEach(row -> list.add(invitation(row)));
            return list;
        });
    }

    static Invitation invitation(Row row) {
        return new Invitation(row.getLong("id"), row.getLong("sender_id"), row.getString("sender_name"),
                row.getLong("researcher_id"), row.getString("slug"), row.getString("researcher_name"),
                row.getString("message"), row.getString("state"), row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("decided_at"));
    }
}
