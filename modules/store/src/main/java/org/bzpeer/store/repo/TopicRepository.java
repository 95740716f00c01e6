package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bzpeer.core.model.Topic;
import org.bzpeer.store.Db;

/** Topics, the topics of works (with scores) and the topics researchers work on (with work counts). */
public final class TopicRepository {

    /** A topic as it applies to one work. */
    public record ScoredTopic(Topic topic, double score, boolean primary) {
    }

    /** A topic as it applies to one researcher: on how many of their works it appears. */
    public record ResearcherTopic(Topic topic, int worksCount) {
    }

    static final String BY_IDS = "SELECT " + Rows.TOPIC_COLUMNS + " FROM topics t WHERE t.id = ANY($1)";
    static final String BY_SLUGS = "SELECT " + Rows.TOPIC_COLUMNS + " FROM topics t WHERE t.slug = ANY($1)";
    static final String BY_WORKS = "SELECT wt.work_id, wt.score, wt.is_primary, " + Rows.TOPIC_COLUMNS + """
             FROM work_topics wt JOIN topics t ON t.id = wt.topic_id
            WHERE wt.work_id = ANY($1)
            ORDER BY wt.work_id, wt.is_primary DESC, wt.score DESC, t.id
            """;
    static final String BY_RESEARCHERS = """
            SELECT k.researcher_id, ranked.*
              FROM unnest($1::bigint[]) AS k(researcher_id)
             CROSS JOIN LATERAL (
                   SELECT count(DISTINCT a.work_id) AS works_count, %s
                     FROM authorships a
                     JOIN work_topics wt ON wt.work_id = a.work_id
                     JOIN topics t ON t.id = wt.topic_id
                    WHERE a.researcher_id = k.researcher_id
                    GROUP BY t.id
                    ORDER BY works_count DESC, t.id
                    LIMIT $2 OFFSET $3) AS ranked
            """.formatted(Rows.TOPIC_COLUMNS);

    private final Db db;

    public TopicRepository(Db db) {
        this.db = db;
    }

    public Future<Map<Long, Topic>> findByIds(List<Long> ids) {
        return db.query(BY_IDS, Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, Topic> found = new HashMap<>();
            for (Row row : rows) {
                Topic t = Rows.topic(row);
                found.put(t.id(), t);
            }
            return found;
        });
    }

    public Future<Map<String, Topic>> findBySlugs(List<String> slugs) {
        return db.query(BY_SLUGS, Tuple.of(slugs.toArray(String[]::new))).map(rows -> {
            Map<String, Topic> found = new HashMap<>();
            for (Row row : rows) {
                Topic t = Rows.topic(row);
                found.put(t.slug(), t);
            }
            return found;
        });
    }

    public Future<Map<Long, List<ScoredTopic>>> byWorks(List<Long> workIds) {
        return db.query(BY_WORKS, Tuple.of(workIds.toArray(Long[]::new))).map(rows -> {
            Map<Long, List<ScoredTopic>> byWork = new HashMap<>();
            workIds.forEach(id -> byWork.put(id, new ArrayList<>()));
            for (Row row : rows) {
                byWork.get(row.getLong("work_id")).add(new ScoredTopic(
                        Rows.topic(row), row.getFloat("score"), row.getBoolean("is_primary")));
            }
            return byWork;
        });
    }

    public Future<Map<Long, List<ResearcherTopic>>> byResearchers(List<Long> researcherIds, int limit, int offset) {
        return db.query(BY_RESEARCHERS, Tuple.of(researcherIds.toArray(Long[]::new), limit, offset)).map(rows -> {
            Map<Long, List<ResearcherTopic>> byResearcher = new HashMap<>();
            researcherIds.forEach(id -> byResearcher.put(id, new ArrayList<>()));
            for (Row row : rows) {
                byResearcher.get(row.getLong("researcher_id")).add(
                        new ResearcherTopic(Rows.topic(row), row.getLong("works_count").intValue()));
            }
            return byResearcher;
        });
    }
}
