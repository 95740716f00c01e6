package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bzpeer.core.model.Account;
import org.bzpeer.store.Db;

/** Accounts, their sessions and failed logins. */
public final class AccountRepository {

    /** An account with its password hash, for checking a login. */
    public record Credentials(Account account, String passwordHash) {
    }

    /** Thrown when an address is already registered (the unique constraint decides, not a prior read). */
    public static final class EmailTaken extends RuntimeException {
        public EmailTaken() {
            super("email taken", null, false, false);
        }
    }

    static final String COLUMNS = "a.id, a.email, a.display_name, a.role, a.created_at";
    static final String INSERT = "INSERT INTO accounts (email, display_name, password_hash) VALUES ($1, $2, $3) "
            + "RETURNING id, email, display_name, role, created_at";
    static final String BY_EMAIL = "SELECT " + COLUMNS + ", a.password_hash FROM accounts a WHERE a.email = $1";
    static final String BY_IDS = "SELECT " + COLUMNS + " FROM accounts a WHERE a.id = ANY($1)";
    static final String CREATE_SESSION = "INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)";
    static final String SESSION = "SELECT " + COLUMNS + " FROM sessions s JOIN accounts a ON a.id = s.account_id "
            + "WHERE s.token_hash = $1 AND s.expires_at > now()";
    static final String DELETE_SESSION = "DELETE FROM sessions WHERE token_hash = $1";
    static final String DELETE_EXPIRED = "DELETE FROM sessions WHERE expires_at <= now()";
    static final String RECORD_FAILURE = "INSERT INTO login_failures (email, ip) VALUES ($1, $2)";
    static final String RECENT_FAILURES = """
            SELECT (SELECT count(*) FROM login_failures WHERE email = $1 AND at > now() - make_interval(secs => $3))
                       AS by_email,
                   (SELECT count(*) FROM login_failures WHERE ip = $2 AND at > now() - make_interval(secs => $3))
                       AS by_ip
            """;
    static final String PROMOTE = "UPDATE accounts SET role = 'MODERATOR' WHERE email = $1 RETURNING id";

    private final Db db;

    public AccountRepository(Db db) {
        this.db = db;
    }

    /** Creates a member account; fails with {@link EmailTaken} when the address exists. */
    public Future<Account> create(String email, String displayName, String passwordHash) {
        return db.query(INSERT, Tuple.of(email, displayName, passwordHash))
                .map(rows -> account(rows.iterator().next()))
                .recover(e -> Future.failedFuture(e instanceof PgException pg && "23505".equals(pg.getSqlState())
                        ? new EmailTaken() : e));
    }

    public Future<Optional<Credentials>> credentials(String email) {
        return db.query(BY_EMAIL, Tuple.of(email)).map(rows -> rows.size() == 0 ? Optional.empty()
                : Optional.of(new Credentials(account(rows.iterator().next()),
                        rows.iterator().next().getString("password_hash"))));
    }

    public Future<Map<Long, Account>> findByIds(List<Long> ids) {
        return db.query(BY_IDS, Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, Account> found = new HashMap<>();
            for (Row row : rows) {
                Account a = account(row);
                found.put(a.id(), a);
            }
            return found;
        });
    }

    public Future<Void> createSession(byte[] tokenHash, long accountId, OffsetDateTime expiresAt) {
        return db.query(CREATE_SESSION, Tuple.of(io.vertx.core.buffer.Buffer.buffer(tokenHash), accountId, expiresAt))
                .mapEmpty();
    }

    /** The account behind a live (unexpired) session. */
    public Future<Optional<Account>> sessionAccount(byte[] tokenHash) {
        return db.query(SESSION, Tuple.of(io.vertx.core.buffer.Buffer.buffer(tokenHash)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(account(rows.iterator().next())));
    }

    public Future<Void> deleteSession(byte[] tokenHash) {
        return db.query(DELETE_SESSION, Tuple.of(io.vertx.core.buffer.Buffer.buffer(tokenHash))).mapEmpty();
    }

    public Future<Integer> deleteExpiredSessions() {
        return db.query(DELETE_EXPIRED).map(rows -> rows.rowCount());
    }

    public Future<Void> recordLoginFailure(String email, String ip) {
        return db.query(RECORD_FAILURE, Tuple.of(email, ip)).mapEmpty();
    }

    /** Failed logins in the last {@code windowSeconds}: for this address, and from this IP. */
    public Future<long[]> recentFailures(String email, String ip, int windowSeconds) {
        return db.query(RECENT_FAILURES, Tuple.of(email, ip, windowSeconds)).map(rows -> {
            Row row = rows.iterator().next();
            return new long[] {row.getLong("by_email"), row.getLong("by_ip")};
        });
    }

    /** Makes an existing account a moderator (CLI bootstrap); empty when no account has that address. */
    public Future<Optional<Long>> promoteToModerator(String email) {
        return db.query(PROMOTE, Tuple.of(email))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("id")));
    }

    static Account account(Row row) {
        return new Account(row.getLong("id"), row.getString("email"), row.getString("display_name"),
                Account.Role.valueOf(row.getString("role")), row.getOffsetDateTime("created_at"));
    }
}
