package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.model.ResearcherCounts;
import org.bzpeer.store.Db;

/** Researchers and the counts their profiles show. Every lookup takes a batch of keys. */
public final class ResearcherRepository {

    static final String BY_IDS = "SELECT " + Rows.RESEARCHER_COLUMNS + " FROM researchers r WHERE r.id = ANY($1)";
    static final String BY_SLUGS = "SELECT " + Rows.RESEARCHER_COLUMNS + " FROM researchers r WHERE r.slug = ANY($1)";
    static final String COUNTS = """
            SELECT k.id,
                   (SELECT count(DISTINCT a.work_id) FROM authorships a WHERE a.researcher_id = k.id) AS works,
                   (SELECT count(DISTINCT wt.topic_id)
                      FROM authorships a JOIN work_topics wt ON wt.work_id = a.work_id
                     WHERE a.researcher_id = k.id) AS topics,
                   (SELECT count(*) FROM collaborations c WHERE c.researcher_id = k.id) AS collaborators
              FROM unnest($1::bigint[]) AS k(id)
            """;

    private final Db db;

    public ResearcherRepository(Db db) {
        this.db = db;
    }

    public Future<Map<Long, Researcher>> findByIds(List<Long> ids) {
        return db.query(BY_IDS, Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, Researcher> found = new HashMap<>();
            for (Row row : rows) {
                Researcher r = Rows.researcher(row);
                found.put(r.id(), r);
            }
            return found;
        });
    }

    public Future<Map<String, Researcher>> findBySlugs(List<String> slugs) {
        return db.query(BY_SLUGS, Tuple.of(slugs.toArray(String[]::new))).map(rows -> {
            Map<String, Researcher> found = new HashMap<>();
            for (Row row : rows) {
                Researcher r = Rows.researcher(row);
                found.put(r.slug(), r);
            }
            return found;
        });
    }

    public Future<Map<Long, ResearcherCounts>> countsFor(List<Long> ids) {
        return db.query(COUNTS, Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, ResearcherCounts> counts = new HashMap<>();
            for (Row row : rows) {
                long id = row.getLong("id");
                counts.put(id, new ResearcherCounts(id, row.getLong("works").intValue(),
                        row.getLong("topics").intValue(), row.getLong("collaborators").intValue()));
            }
            return counts;
        });
    }
}
