package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bzpeer.core.model.Work;
import org.bzpeer.store.Db;

/** Works, and the pages of works by researchers. */
public final class WorkRepository {

    static final String BY_IDS = "SELECT " + Rows.WORK_COLUMNS + " FROM works w WHERE w.id = ANY($1)";
    static final String BY_SLUGS = "SELECT " + Rows.WORK_COLUMNS + " FROM works w WHERE w.slug = ANY($1)";

    /** Whose works a page lists: how a work belongs to its owner. */
    public enum Owner {
        RESEARCHER("JOIN authorships m ON m.work_id = w.id", "m.researcher_id = k.owner_id"),
        TOPIC("JOIN work_topics m ON m.work_id = w.id", "m.topic_id = k.owner_id"),
        SOURCE("", "w.source_id = k.owner_id");

        final String join;
        final String condition;

        Owner(String join, String condition) {
            this.join = join;
            this.condition = condition;
        }
    }

    /**
     * One statement for the same page of many owners' works, newest first (keyset on date, id). Backward pages
     * read the other way and are put back in order by the caller.
     */
    static String pageSql(Owner owner, boolean backward) {
        String compare = backward ? ">" : "<";
        String direction = backward ? "ASC" : "DESC";
        return """
                SELECT k.owner_id, page.*
                  FROM unnest($1::bigint[]) AS k(owner_id)
                 CROSS JOIN LATERAL (
                       SELECT DISTINCT ON (sort_date, w.id) %s,
                              coalesce(w.publication_date, DATE '0001-01-01') AS sort_date
                         FROM works w %s
                        WHERE %s
                          AND ($2::bigint IS NULL
                               OR (coalesce(w.publication_date, DATE '0001-01-01'), w.id) %s ($3::date, $2::bigint))
                        ORDER BY sort_date %s, w.id %s
                        LIMIT $4) AS page
                """.formatted(Rows.WORK_COLUMNS, owner.join, owner.condition, compare, direction, direction);
    }

    static String countSql(Owner owner) {
        return switch (owner) {
            case RESEARCHER -> "SELECT a.researcher_id AS owner_id, count(DISTINCT a.work_id) AS n FROM authorships a"
                    + " WHERE a.researcher_id = ANY($1) GROUP BY a.researcher_id";
            case TOPIC -> "SELECT wt.topic_id AS owner_id, count(*) AS n FROM work_topics wt"
                    + " WHERE wt.topic_id = ANY($1) GROUP BY wt.topic_id";
            case SOURCE -> "SELECT w.source_id AS owner_id, count(*) AS n FROM works w"
                    + " WHERE w.source_id = ANY($1) GROUP BY w.source_id";
        };
    }

    private final Db db;

    public WorkRepository(Db db) {
        this.db = db;
    }

    public Future<Map<Long, Work>> findByIds(List<Long> ids) {
        return db.query(BY_IDS, Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, Work> found = new HashMap<>();
            for (Row row : rows) {
                Work w = Rows.work(row);
                found.put(w.id(), w);
            }
            return found;
        });
    }

    public Future<Map<String, Work>> findBySlugs(List<String> slugs) {
        return db.query(BY_SLUGS, Tuple.of(slugs.toArray(String[]::new))).map(rows -> {
            Map<String, Work> found = new HashMap<>();
            for (Row row : rows) {
                Work w = Rows.work(row);
                found.put(w.slug(), w);
            }
            return found;
        });
    }

    /**
     * For each owner, one page of works in newest-first order (also for backward pages); owners without works
     * map to an empty list.
     */
    public Future<Map<Long, List<Work>>> pageByOwners(Owner owner, List<Long> ownerIds, WorkPage page) {
        Tuple args = Tuple.of(ownerIds.toArray(Long[]::new), page.cursorId(),
                page.cursorDate() == null ? WorkPage.UNDATED : page.cursorDate(), page.limit());
        return db.query(pageSql(owner, page.backward()), args).map(rows -> {
            Map<Long, List<Work>> pages = new HashMap<>();
            ownerIds.forEach(id -> pages.put(id, new ArrayList<>()));
            for (Row row : rows) {
                pages.get(row.getLong("owner_id")).add(Rows.work(row));
            }
            if (page.backward()) {
                pages.values().forEach(java.util.Collections::reverse);
            }
            return pages;
        });
    }

    public Future<Map<Long, List<Work>>> pageByResearchers(List<Long> researcherIds, WorkPage page) {
        return pageByOwners(Owner.RESEARCHER, researcherIds, page);
    }

    /** How many works each owner has (owners without works are absent). */
    public Future<Map<Long, Integer>> countByOwners(Owner owner, List<Long> ownerIds) {
        return db.query(countSql(owner), Tuple.of(ownerIds.toArray(Long[]::new))).map(rows -> {
            Map<Long, Integer> counts = new HashMap<>();
            for (Row row : rows) {
                counts.put(row.getLong("owner_id"), row.getLong("n").intValue());
            }
            return counts;
        });
    }
}
