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

    /** One statement for the same page of many researchers' works (newest first, keyset after a cursor). */
    static final String PAGE_BY_RESEARCHERS = """
            SELECT k.researcher_id, page.*
              FROM unnest($1::bigint[]) AS k(researcher_id)
             CROSS JOIN LATERAL (
                   SELECT DISTINCT ON (sort_date, w.id) %s,
                          coalesce(w.publication_date, DATE '0001-01-01') AS sort_date
                     FROM authorships a
                     JOIN works w ON w.id = a.work_id
                    WHERE a.researcher_id = k.researcher_id
                      AND ($2::bigint IS NULL
                           OR (coalesce(w.publication_date, DATE '0001-01-01'), w.id) < ($3::date, $2::bigint))
                    ORDER BY sort_date DESC, w.id DESC
                    LIMIT $4) AS page
             ORDER BY k.researcher_id, page.sort_date DESC, page.id DESC
            """.formatted(Rows.WORK_COLUMNS);

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

    /** For each researcher, up to {@code page.limit()} works; researchers without works map to an empty list. */
    public Future<Map<Long, List<Work>>> pageByResearchers(List<Long> researcherIds, WorkPage page) {
        Tuple args = Tuple.of(researcherIds.toArray(Long[]::new), page.afterId(),
                page.afterDate() == null ? WorkPage.UNDATED : page.afterDate(), page.limit());
        return db.query(PAGE_BY_RESEARCHERS, args).map(rows -> {
            Map<Long, List<Work>> pages = new HashMap<>();
            researcherIds.forEach(id -> pages.put(id, new ArrayList<>()));
            for (Row row : rows) {
                pages.get(row.getLong("researcher_id")).add(Rows.work(row));
            }
            return pages;
        });
    }
}
