package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bzpeer.store.Db;

/**
 * Ranked search over researchers, works and topics in one statement: PostgreSQL full-text matching with prefix
 * terms (so "zieli" finds Zielinski), plus trigram word similarity on names and titles (so "zielinsky" does too).
 */
public final class SearchRepository {

    public enum Kind { RESEARCHER, WORK, TOPIC }

    /** One hit: what it is, its id, how well it matches, and how many hits there are in all. */
    public record Hit(Kind kind, long id, double score, int total) {
    }

    static final String SEARCH = """
            WITH q AS (SELECT to_tsquery('simple', bz_fold($2)) AS names,
                              to_tsquery('english', $2) AS prose,
                              bz_fold($1) AS text)
            SELECT kind, id, score, count(*) OVER () AS total FROM (
                SELECT 'RESEARCHER' AS kind, r.id,
                       greatest(ts_rank(r.search_vector, q.names), word_similarity(q.text, bz_fold(r.display_name)))
                       AS score
                  FROM researchers r, q
                 WHERE 'RESEARCHER' = ANY($3)
                   AND (r.search_vector @@ q.names OR q.text <% bz_fold(r.display_name))
                UNION ALL
                SELECT 'WORK', w.id,
                       ts_rank(w.search_vector, q.prose) + 0.5 * word_similarity(q.text, bz_fold(w.title))
                  FROM works w, q
                 WHERE 'WORK' = ANY($3)
                   AND (w.search_vector @@ q.prose OR q.text <% bz_fold(w.title))
                UNION ALL
                SELECT 'TOPIC', t.id,
                       ts_rank(t.search_vector, q.prose) + word_similarity(q.text, bz_fold(t.display_name))
                  FROM topics t, q
                 WHERE 'TOPIC' = ANY($3)
                   AND (t.search_vector @@ q.prose OR q.text <% bz_fold(t.display_name))
            ) hits
            ORDER BY score DESC, kind, id
            LIMIT $4 OFFSET $5
            """;

    private final Db db;

    public SearchRepository(Db db) {
        this.db = db;
    }

    /**
     * @param text  the user's words, for similarity
     * @param terms the same words as a prefix tsquery, e.g. {@code deep:* & learn:*} (letters and digits only)
     */
    public Future<List<Hit>> search(String text, String terms, Set<Kind> kinds, int limit, int offset) {
        String[] kindNames = kinds.stream().map(Enum::name).toArray(String[]::new);
        return db.query(SEARCH, Tuple.of(text, terms, kindNames, limit, offset)).map(rows -> {
            List<Hit> hits = new ArrayList<>();
            for (Row row : rows) {
                hits.add(new Hit(Kind.valueOf(row.getString("kind")), row.getLong("id"),
                        row.getDouble("score"), row.getLong("total").intValue()));
            }
            return hits;
        });
    }

    /** How many hits there are (for {@code last} without {@code before}, and {@code totalCount} of empty pages). */
    public Future<Integer> count(String text, String terms, Set<Kind> kinds) {
        return db.query("SELECT count(*) AS n FROM (" + SEARCH.replace("LIMIT $4 OFFSET $5", "") + ") c",
                        Tuple.of(text, terms, kinds.stream().map(Enum::name).toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getLong("n").intValue());
    }
}
