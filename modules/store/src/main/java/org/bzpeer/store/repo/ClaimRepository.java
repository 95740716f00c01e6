package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bzpeer.core.model.Claim;
import org.bzpeer.store.Db;

/**
 * Claims of author records. Every change is one transaction that also writes {@code claim_audit} and brings
 * {@code researchers.claim_status} in step. Who may own a record is decided by the unique indexes of
 * V5__claims.sql, never by a read before a write.
 */
public final class ClaimRepository {

    /** What a claim is checked against: the record's ORCID and its institutions' homepages. */
    public record RecordEvidence(long researcherId, String slug, String orcid, List<String> homepages) {
    }

    /** The account already has a live claim (the unique index said so). */
    public static final class AlreadyClaiming extends RuntimeException {
        public AlreadyClaiming() {
            super("already claiming", null, false, false);
        }
    }

    /** Approving would give the record a second owner or pending claim (the unique index said so). */
    public static final class RecordTaken extends RuntimeException {
        public RecordTaken() {
            super("record taken", null, false, false);
        }
    }

    /** The outcome of following a confirmation link. */
    public enum LinkState { CONFIRMED, UNKNOWN, USED, EXPIRED }

    public record Confirmation(LinkState state, Claim claim) {
    }

    /** A claim as the moderation queue lists it. */
    public record QueueItem(Claim claim, String researcherSlug, String researcherName, String recordOrcid,
                            String claimantName, String claimantEmail) {
    }

    /** The claim facts the trust rule needs for one researcher. */
    public record TrustFacts(boolean claimed, boolean emailConfirmed, boolean institutionalEmailConfirmed,
                             boolean orcidConfirmed, boolean moderatorReviewed, int openDisputes, int vouches) {
        public static final TrustFacts NONE = new TrustFacts(false, false, false, false, false, 0, 0);
    }

    /**
     * What a vouch by {@code accountId} for the claim on a record depends on: the record's live (PENDING or CLAIMED)
     * claim, else its most recent claim; the works the account's own claimed record shares with the record (0 when
     * it owns no co-author record); whether the account already vouched.
     */
    public record VouchContext(long claimId, Claim.State state, long claimantId, int sharedWorks, boolean vouched,
                               String voucherName) {
    }

    /** The outcome of a vouch: the claim afterwards; {@code added} false when nothing changed. */
    public record VouchResult(Claim claim, boolean added, boolean live) {
    }

    static final String COLUMNS = "c.id, c.researcher_id, c.account_id, c.state, c.orcid, c.orcid_verified, c.email, "
            + "c.email_domain_match, c.email_confirmed_at, c.score, c.reason, c.created_at, c.decided_at, c.decided_by";
    static final String RETURNING = " RETURNING " + COLUMNS.replace("c.", "");

    static final String EVIDENCE = """
            SELECT r.id, r.slug, r.orcid,
                   array(SELECT i.homepage_url FROM researcher_affiliations ra
                           JOIN institutions i ON i.id = ra.institution_id
                          WHERE ra.researcher_id = r.id AND i.homepage_url IS NOT NULL
                          ORDER BY i.id) AS homepages
              FROM researchers r WHERE r.id = $1
            """;
    static final String INSERT_LIVE = """
            INSERT INTO claims AS c (researcher_id, account_id, state, orcid, orcid_verified, email, email_domain_match, score)
            VALUES ($1, $2, 'PENDING', $3, $4, $5, $6, $7)
            ON CONFLICT (researcher_id) WHERE state IN ('PENDING', 'CLAIMED') DO NOTHING
            """ + RETURNING;
    static final String INSERT_DISPUTED = """
            INSERT INTO claims AS c (researcher_id, account_id, state, orcid, orcid_verified, email, email_domain_match, score, reason)
            VALUES ($1, $2, 'DISPUTED', $3, $4, $5, $6, $7, $8)
            """ + RETURNING;
    static final String AUDIT =
            "INSERT INTO claim_audit (claim_id, from_state, to_state, actor_id, why) VALUES ($1, $2, $3, $4, $5)";
    static final String INSERT_TOKEN =
            "INSERT INTO claim_email_tokens (token_hash, claim_id, expires_at) VALUES ($1, $2, $3)";
    static final String SYNC_STATUS = """
            UPDATE researchers r SET claim_status = COALESCE((
                SELECT CASE WHEN bool_or(c.state = 'CLAIMED') THEN 'CLAIMED'
                            WHEN bool_or(c.state = 'DISPUTED') THEN 'DISPUTED'
                            WHEN bool_or(c.state = 'PENDING') THEN 'PENDING' END
                  FROM claims c WHERE c.researcher_id = r.id), 'UNCLAIMED')
             WHERE r.id = $1
            """;
    static final String USE_TOKEN = """
            UPDATE claim_email_tokens SET used_at = now()
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
            RETURNING claim_id
            """;
    static final String TOKEN_STATE = "SELECT used_at IS NOT NULL AS used FROM claim_email_tokens WHERE token_hash = $1";
    static final String CONFIRM_EMAIL = """
            UPDATE claims c SET email_confirmed_at = now(), score = LEAST(100, c.score + $2)
             WHERE c.id = $1 AND c.email_confirmed_at IS NULL
            """ + " RETURNING " + COLUMNS;
    static final String BY_ID = "SELECT " + COLUMNS + " FROM claims c WHERE c.id = $1";
    static final String AUTO_APPROVE = """
            UPDATE claims c SET state = 'CLAIMED', decided_at = now(), reason = $2
             WHERE c.id = $1 AND c.state = 'PENDING'
            """ + " RETURNING " + COLUMNS;
    static final String DECIDE = """
            UPDATE claims c SET state = $2, decided_at = now(), decided_by = $3, reason = $4
             WHERE c.id = $1 AND c.state IN ('PENDING', 'DISPUTED')
            """ + " RETURNING " + COLUMNS;
    static final String LATEST_BY_ACCOUNT =
            "SELECT " + COLUMNS + " FROM claims c WHERE c.account_id = $1 ORDER BY c.created_at DESC, c.id DESC LIMIT 1";
    static final String QUEUE = "SELECT " + COLUMNS + """
            , r.slug, r.display_name AS researcher_name, r.orcid AS record_orcid,
              a.display_name AS claimant_name, a.email AS claimant_email
              FROM claims c JOIN researchers r ON r.id = c.researcher_id JOIN accounts a ON a.id = c.account_id
             WHERE c.state IN ('PENDING', 'DISPUTED')
             ORDER BY c.created_at, c.id LIMIT $1
            """;
    static final String TRUST_FACTS = """
            SELECT c.researcher_id,
                   bool_or(c.state = 'CLAIMED') AS claimed,
                   bool_or(c.state = 'CLAIMED' AND c.email_confirmed_at IS NOT NULL) AS email_confirmed,
                   bool_or(c.state = 'CLAIMED' AND c.email_confirmed_at IS NOT NULL AND c.email_domain_match) AS institutional,
                   bool_or(c.state = 'CLAIMED' AND c.orcid_verified) AS orcid,
                   bool_or(c.state = 'CLAIMED' AND c.decided_by IS NOT NULL) AS reviewed,
                   count(*) FILTER (WHERE c.state = 'DISPUTED') AS disputes,
                   (SELECT count(*) FROM claim_vouches v JOIN claims vc ON vc.id = v.claim_id
                     WHERE vc.researcher_id = c.researcher_id AND vc.state = 'CLAIMED') AS vouches
              FROM claims c WHERE c.researcher_id = ANY($1) AND c.state IN ('CLAIMED', 'DISPUTED')
             GROUP BY c.researcher_id
            """;

    static final String VOUCH_CONTEXT = """
            SELECT c.id, c.state, c.account_id,
                   coalesce((SELECT max(col.shared_works) FROM claims o
                               JOIN collaborations col ON col.researcher_id = o.researcher_id
                                                      AND col.collaborator_id = c.researcher_id
                              WHERE o.account_id = $2 AND o.state = 'CLAIMED'), 0) AS shared_works,
                   EXISTS (SELECT 1 FROM claim_vouches v WHERE v.claim_id = c.id AND v.voucher_account_id = $2) AS vouched,
                   (SELECT a.display_name FROM accounts a WHERE a.id = $2) AS voucher_name
              FROM claims c WHERE c.researcher_id = $1
             ORDER BY (c.state IN ('PENDING', 'CLAIMED')) DESC, c.created_at DESC, c.id DESC LIMIT 1
            """;
    static final String LOCK = "SELECT " + COLUMNS + " FROM claims c WHERE c.id = $1 FOR UPDATE";
    static final String INSERT_VOUCH = """
            INSERT INTO claim_vouches (claim_id, voucher_account_id) VALUES ($1, $2)
            ON CONFLICT DO NOTHING RETURNING claim_id
            """;
    static final String COUNT_VOUCHES = "SELECT count(*) AS n FROM claim_vouches WHERE claim_id = $1";
    static final String ADD_SCORE = "UPDATE claims c SET score = LEAST(100, c.score + $2) WHERE c.id = $1 RETURNING " + COLUMNS;

    private final Db db;

    public ClaimRepository(Db db) {
        this.db = db;
    }

    public Future<Optional<RecordEvidence>> evidence(long researcherId) {
        return db.query(EVIDENCE, Tuple.of(researcherId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            return Optional.of(new RecordEvidence(row.getLong("id"), row.getString("slug"), row.getString("orcid"),
                    List.of(row.getArrayOfStrings("homepages"))));
        });
    }

    /**
     * Files a claim: PENDING when the record has no owner and no pending claim, otherwise a DISPUTED case. Fails
     * with {@link AlreadyClaiming} when the account has a live claim. {@code tokenHash} (may be null) is the
     * one-time email link, stored with the claim.
     */
    public Future<Claim> submit(long researcherId, long accountId, String orcid, boolean orcidVerified, String email,
                                boolean emailDomainMatch, int score, byte[] tokenHash, OffsetDateTime tokenExpiry) {
        Tuple args = Tuple.of(researcherId, accountId, orcid, orcidVerified, email, emailDomainMatch, score);
        return db.inTransaction(tx -> tx.query(INSERT_LIVE, args).compose(live -> {
            if (live.size() > 0) {
                Claim claim = claim(live.iterator().next());
                return tx.query(AUDIT, Tuple.of(claim.id(), null, "PENDING", accountId, "Claim submitted"))
                        .map(claim);
            }
            String why = "The record already has an owner or a pending claim: opened a dispute for a moderator";
            return tx.query(INSERT_DISPUTED, args.addString(why)).compose(disputed -> {
                Claim claim = claim(disputed.iterator().next());
                return tx.query(AUDIT, Tuple.of(claim.id(), null, "DISPUTED", accountId, why)).map(claim);
            });
        }).compose(claim -> (tokenHash == null ? Future.<RowSet<Row>>succeededFuture()
                : tx.query(INSERT_TOKEN, Tuple.of(Buffer.buffer(tokenHash), claim.id(), tokenExpiry)))
                .compose(v -> tx.query(SYNC_STATUS, Tuple.of(researcherId))).map(claim)))
                .recover(e -> Future.failedFuture(isUnique(e, "claims_one_live_per_account") ? new AlreadyClaiming() : e));
    }

    /**
     * Uses a one-time link: marks the email confirmed, adds {@code emailWeight} to the score and, when the new
     * score reaches {@code autoApproveFrom} on a pending claim, approves it. Expired or used links change nothing.
     */
    public Future<Confirmation> confirmEmail(byte[] tokenHash, int emailWeight, int autoApproveFrom) {
        Buffer hash = Buffer.buffer(tokenHash);
        return db.inTransaction(tx -> tx.query(USE_TOKEN, Tuple.of(hash)).compose(used -> {
            if (used.size() == 0) {
                return tx.query(TOKEN_STATE, Tuple.of(hash)).map(rows -> new Confirmation(rows.size() == 0
                        ? LinkState.UNKNOWN : rows.iterator().next().getBoolean("used") ? LinkState.USED
                        : LinkState.EXPIRED, null));
            }
            long claimId = used.iterator().next().getLong("claim_id");
            return tx.query(CONFIRM_EMAIL, Tuple.of(claimId, emailWeight)).compose(rows -> {
                if (rows.size() == 0) {
                    return tx.query(BY_ID, Tuple.of(claimId)).map(r -> new Confirmation(LinkState.USED, claim(r.iterator().next())));
                }
                Claim confirmed = claim(rows.iterator().next());
                Future<Claim> next = tx.query(AUDIT, Tuple.of(claimId, confirmed.state().name(), confirmed.state().name(),
                        confirmed.accountId(), "Email " + confirmed.email() + " confirmed through the one-time link"))
                        .map(confirmed);
                next = next.compose(c -> autoApprove(tx, c, autoApproveFrom,
                        "the ORCID iD matches the record and the institutional email address was confirmed"));
                return next.compose(claim -> tx.query(SYNC_STATUS, Tuple.of(claim.researcherId()))
                        .map(new Confirmation(LinkState.CONFIRMED, claim)));
            });
        }));
    }

    /**
     * Approves a pending claim whose score reached {@code autoApproveFrom} (audited, actor null); otherwise returns it
     * unchanged. The one place where evidence approves a claim without a moderator.
     */
    private static Future<Claim> autoApprove(Db.Tx tx, Claim c, int autoApproveFrom, String because) {
        if (c.state() != Claim.State.PENDING || c.score() < autoApproveFrom) {
            return Future.succeededFuture(c);
        }
        String why = "Approved automatically: " + because + " (score " + c.score() + ")";
        return tx.query(AUTO_APPROVE, Tuple.of(c.id(), why)).compose(approved -> {
            Claim claim = claim(approved.iterator().next());
            return tx.query(AUDIT, Tuple.of(c.id(), "PENDING", "CLAIMED", null, why)).map(claim);
        });
    }

    /** See {@link VouchContext}; empty when the record has no claim at all. */
    public Future<Optional<VouchContext>> vouchContext(long researcherId, long accountId) {
        return db.query(VOUCH_CONTEXT, Tuple.of(researcherId, accountId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            return Optional.of(new VouchContext(r.getLong("id"), Claim.State.valueOf(r.getString("state")),
                    r.getLong("account_id"), r.getInteger("shared_works"), r.getBoolean("vouched"),
                    r.getString("voucher_name")));
        });
    }

    /**
     * Records a vouch for a PENDING or CLAIMED claim (the row lock keeps the state from changing meanwhile), adds
     * {@code weightOf.applyAsInt(n)} for the n-th vouch to the score, audits it with {@code why}, and approves a
     * pending claim that reaches {@code autoApproveFrom}. A repeated vouch changes nothing ({@code added} false);
     * a claim no longer live changes nothing ({@code live} false).
     */
    public Future<VouchResult> vouch(long claimId, long voucherId, String why,
                                     java.util.function.IntUnaryOperator weightOf, int autoApproveFrom) {
        return db.inTransaction(tx -> tx.query(LOCK, Tuple.of(claimId)).compose(locked -> {
            Claim before = claim(locked.iterator().next());
            if (before.state() != Claim.State.PENDING && before.state() != Claim.State.CLAIMED) {
                return Future.succeededFuture(new VouchResult(before, false, false));
            }
            return tx.query(INSERT_VOUCH, Tuple.of(claimId, voucherId)).compose(inserted -> {
                if (inserted.size() == 0) {
                    return Future.succeededFuture(new VouchResult(before, false, true));
                }
                return tx.query(COUNT_VOUCHES, Tuple.of(claimId))
                        .compose(n -> tx.query(ADD_SCORE, Tuple.of(claimId,
                                weightOf.applyAsInt(n.iterator().next().getLong("n").intValue()))))
                        .map(rows -> claim(rows.iterator().next()))
                        .compose(c -> tx.query(AUDIT, Tuple.of(claimId, c.state().name(), c.state().name(), voucherId, why))
                                .map(c))
                        .compose(c -> autoApprove(tx, c, autoApproveFrom,
                                "with co-author vouches the evidence reached the threshold"))
                        .compose(c -> tx.query(SYNC_STATUS, Tuple.of(c.researcherId())).map(new VouchResult(c, true, true)));
            });
        }));
    }

    public Future<Integer> vouchCount(long claimId) {
        return db.query(COUNT_VOUCHES, Tuple.of(claimId)).map(rows -> rows.iterator().next().getLong("n").intValue());
    }

    /**
     * A moderator's decision on a pending or disputed claim; empty when the claim does not exist or was already
     * decided. Approving fails with {@link RecordTaken} when another claim owns the record or waits on it.
     */
    public Future<Optional<Claim>> decide(long claimId, long moderatorId, boolean approve, String reason) {
        String to = approve ? "CLAIMED" : "REJECTED";
        return db.inTransaction(tx -> tx.query(BY_ID, Tuple.of(claimId)).compose(before -> {
            if (before.size() == 0) {
                return Future.succeededFuture(Optional.<Claim>empty());
            }
            String from = before.iterator().next().getString("state");
            return tx.query(DECIDE, Tuple.of(claimId, to, moderatorId, reason)).compose(rows -> {
                if (rows.size() == 0) {
                    return Future.succeededFuture(Optional.<Claim>empty());
                }
                Claim claim = claim(rows.iterator().next());
                return tx.query(AUDIT, Tuple.of(claimId, from, to, moderatorId, reason))
                        .compose(v -> tx.query(SYNC_STATUS, Tuple.of(claim.researcherId())))
                        .map(Optional.of(claim));
            });
        })).recover(e -> Future.failedFuture(isUnique(e, "claims_one_live_per_researcher") ? new RecordTaken() : e));
    }

    public Future<Optional<Claim>> byId(long claimId) {
        return db.query(BY_ID, Tuple.of(claimId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(claim(rows.iterator().next())));
    }

    /** The account's most recent claim, in any state. */
    public Future<Optional<Claim>> latestByAccount(long accountId) {
        return db.query(LATEST_BY_ACCOUNT, Tuple.of(accountId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(claim(rows.iterator().next())));
    }

    /** Pending and disputed claims, oldest first. */
    public Future<List<QueueItem>> queue(int limit) {
        return db.query(QUEUE, Tuple.of(limit)).map(rows -> {
            List<QueueItem> items = new ArrayList<>();
            for (Row row : rows) {
                items.add(new QueueItem(claim(row), row.getString("slug"), row.getString("researcher_name"),
                        row.getString("record_orcid"), row.getString("claimant_name"), row.getString("claimant_email")));
            }
            return items;
        });
    }

    /** Trust facts for many researchers in one statement; researchers without claims are absent. */
    public Future<Map<Long, TrustFacts>> trustFacts(List<Long> researcherIds) {
        return db.query(TRUST_FACTS, Tuple.of((Object) researcherIds.toArray(Long[]::new))).map(rows -> {
            Map<Long, TrustFacts> facts = new HashMap<>();
            for (Row row : rows) {
                facts.put(row.getLong("researcher_id"), new TrustFacts(row.getBoolean("claimed"),
                        row.getBoolean("email_confirmed"), row.getBoolean("institutional"), row.getBoolean("orcid"),
                        row.getBoolean("reviewed"), row.getLong("disputes").intValue(),
                        row.getLong("vouches").intValue()));
            }
            return facts;
        });
    }

    static Claim claim(Row row) {
        Long decidedBy = row.getLong("decided_by");
        return new Claim(row.getLong("id"), row.getLong("researcher_id"), row.getLong("account_id"),
                Claim.State.valueOf(row.getString("state")), row.getString("orcid"), row.getBoolean("orcid_verified"),
                row.getString("email"), row.getBoolean("email_domain_match"), row.getOffsetDateTime("email_confirmed_at"),
                row.getInteger("score"), row.getString("reason"), row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("decided_at"), decidedBy);
    }

    private static boolean isUnique(Throwable e, String constraint) {
        return e instanceof PgException pg && "23505".equals(pg.getSqlState())
                && (constraint.equals(pg.getConstraint()) || String.valueOf(pg.getErrorMessage()).contains(constraint));
    }
}
