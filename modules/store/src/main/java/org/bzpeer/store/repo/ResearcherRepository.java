package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
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

    /** A researcher ranked within a topic or an institution, with the number that ranked them. */
    public record Ranked(Researcher researcher, int worksCount) {
    }

    static final String BY_TOPICS = """
            SELECT k.owner_id, ranked.*
              FROM unnest($1::bigint[]) AS k(owner_id)
             CROSS JOIN LATERAL (
                   SELECT count(DISTINCT a.work_id) AS works_count, %s
                     FROM work_topics wt
                     JOIN authorships a ON a.work_id = wt.work_id
                     JOIN researchers r ON r.id = a.researcher_id
                    WHERE wt.topic_id = k.owner_id
                    GROUP BY r.id
                    ORDER BY works_count DESC, r.display_name, r.id
                    LIMIT $2 OFFSET $3) AS ranked
            """.formatted(Rows.RESEARCHER_COLUMNS);
    static final String BY_INSTITUTIONS = """
            SELECT k.owner_id, ranked.*
              FROM unnest($1::bigint[]) AS k(owner_id)
             CROSS JOIN LATERAL (
                   SELECT (SELECT count(DISTINCT a.work_id) FROM authorships a WHERE a.researcher_id = r.id)
                          AS works_count, %s
                     FROM researcher_affiliations ra
                     JOIN researchers r ON r.id = ra.researcher_id
                    WHERE ra.institution_id = k.owner_id
                    ORDER BY ra.is_last_known DESC, works_count DESC, r.display_name, r.id
                    LIMIT $2 OFFSET $3) AS ranked
            """.formatted(Rows.RESEARCHER_COLUMNS);
    static final String COUNT_BY_TOPICS = """
            SELECT wt.topic_id AS owner_id, count(DISTINCT a.researcher_id) AS n
              FROM work_topics wt JOIN authorships a ON a.work_id = wt.work_id
             WHERE wt.topic_id = ANY($1) GROUP BY wt.topic_id
            """;
    static final String COUNT_BY_INSTITUTIONS = """
            SELECT ra.institution_id AS owner_id, count(*) AS n FROM researcher_affiliations ra
             WHERE ra.institution_id = ANY($1) GROUP BY ra.institution_id
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

    public Future<Map<Long, List<Ranked>>> byTopics(List<Long> topicIds, int limit, int offset) {
        return ranked(BY_TOPICS, topicIds, limit, offset);
    }

    public Future<Map<Long, List<Ranked>>> byInstitutions(List<Long> institutionIds, int limit, int offset) {
        return ranked(BY_INSTITUTIONS, institutionIds, limit, offset);
    }

    public Future<Map<Long, Integer>> countByTopics(List<Long> topicIds) {
        return counts(COUNT_BY_TOPICS, topicIds);
    }

    public Future<Map<Long, Integer>> countByInstitutions(List<Long> institutionIds) {
        return counts(COUNT_BY_INSTITUTIONS, institutionIds);
    }

    private Future<Map<Long, List<Ranked>>> ranked(String sql, List<Long> ownerIds, int limit, int offset) {
        return db.query(sql, Tuple.of(ownerIds.toArray(Long[]::new), limit, offset)).map(rows -> {
            Map<Long, List<Ranked>> byOwner = new HashMap<>();
            ownerIds.forEach(id -> byOwner.put(id, new ArrayList<>()));
            for (Row row : rows) {
                byOwner.get(row.getLong("owner_id")).add(
                        new Ranked(Rows.researcher(row), row.getLong("works_count").intValue()));
            }
            return byOwner;
        });
    }

    private Future<Map<Long, Integer>> counts(String sql, List<Long> ownerIds) {
        return db.query(sql, Tuple.of(ownerIds.toArray(Long[]::new))).map(rows -> {
            Map<Long, Integer> counts = new HashMap<>();
            for (Row row : rows) {
                counts.put(row.getLong("owner_id"), row.getLong("n").intValue());
            }
            return counts;
        });
    }
}
