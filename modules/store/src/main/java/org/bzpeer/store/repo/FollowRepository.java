package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.model.Work;
import org.bzpeer.store.Db;

/**
 * Follows. Each change and its effect on {@code researchers.followers_count} is one statement: a double click
 * inserts one row (the primary key decides) and counts it once; concurrent follow and unfollow leave the count
 * equal to the rows.
 */
public final class FollowRepository {

    static final String FOLLOW = """
            WITH added AS (
                INSERT INTO follows (account_id, researcher_id) VALUES ($1, $2)
                ON CONFLICT DO NOTHING RETURNING researcher_id)
            UPDATE researchers SET followers_count = followers_count + (SELECT count(*) FROM added)
             WHERE id = $2
            RETURNING followers_count
            """;
    static final String UNFOLLOW = """
            WITH removed AS (
                DELETE FROM follows WHERE account_id = $1 AND researcher_id = $2 RETURNING researcher_id)
            UPDATE researchers SET followers_count = followers_count - (SELECT count(*) FROM removed)
             WHERE id = $2
            RETURNING followers_count
            """;
    static final String FOLLOWED_AMONG =
            "SELECT researcher_id FROM follows WHERE account_id = $1 AND researcher_id = ANY($2)";
    static final String FOLLOWING = "SELECT " + Rows.RESEARCHER_COLUMNS + """
             FROM follows f JOIN researchers r ON r.id = f.researcher_id
            WHERE f.account_id = $1
            ORDER BY f.created_at DESC, f.researcher_id
            LIMIT $2 OFFSET $3
            """;
    static final String COUNT_FOLLOWING = "SELECT count(*) AS n FROM follows WHERE account_id = $1";
    static final String COUNT_FEED = """
            SELECT count(DISTINCT a.work_id) AS n FROM follows f JOIN authorships a ON a.researcher_id = f.researcher_id
             WHERE f.account_id = $1
            """;
    static final String FEED = """
            SELECT DISTINCT ON (w.publication_date, w.id) %s
              FROM follows f
              JOIN authorships a ON a.researcher_id = f.researcher_id
              JOIN works w ON w.id = a.work_id
             WHERE f.account_id = $1
             ORDER BY w.publication_date DESC NULLS LAST, w.id DESC
             LIMIT $2 OFFSET $3
            """.formatted(Rows.WORK_COLUMNS);

    private final Db db;

    public FollowRepository(Db db) {
        this.db = db;
    }

    /** Follows (idempotently); the new follower count, or empty-handed failure when the researcher is unknown. */
    public Future<Integer> follow(long accountId, long researcherId) {
        return change(FOLLOW, accountId, researcherId);
    }

    public Future<Integer> unfollow(long accountId, long researcherId) {
        return change(UNFOLLOW, accountId, researcherId);
    }

    public Future<Set<Long>> followedAmong(long accountId, List<Long> researcherIds) {
        return db.query(FOLLOWED_AMONG, Tuple.of(accountId, (Object) researcherIds.toArray(Long[]::new))).map(rows -> {
            Set<Long> followed = new HashSet<>();
            rows.forEach(row -> followed.add(row.getLong("researcher_id")));
            return followed;
        });
    }

    /** The researchers an account follows, most recently followed first. */
    public Future<List<Researcher>> following(long accountId, int limit, int offset) {
        return db.query(FOLLOWING, Tuple.of(accountId, limit, offset)).map(rows -> {
            List<Researcher> researchers = new ArrayList<>();
            rows.forEach(row -> researchers.add(Rows.researcher(row)));
            return researchers;
        });
    }

    public Future<Integer> countFollowing(long accountId) {
        return db.query(COUNT_FOLLOWING, Tuple.of(accountId)).map(rows -> rows.iterator().next().getLong("n").intValue());
    }

    /** Works by the researchers an account follows, newest first. */
    public Future<List<Work>> feed(long accountId, int limit, int offset) {
        return db.query(FEED, Tuple.of(accountId, limit, offset)).map(rows -> {
            List<Work> works = new ArrayList<>();
            for (Row row : rows) {
                works.add(Rows.work(row));
            }
            return works;
        });
    }

    public Future<Integer> countFeed(long accountId) {
        return db.query(COUNT_FEED, Tuple.of(accountId)).map(rows -> rows.iterator().next().getLong("n").intValue());
    }

    private Future<Integer> change(String sql, long accountId, long researcherId) {
        return db.query(sql, Tuple.of(accountId, researcherId)).map(rows -> {
            if (rows.size() == 0) {
                throw new IllegalArgumentException("no researcher " + researcherId);
            }
            return rows.iterator().next().getInteger("followers_count");
        });
    }
}
