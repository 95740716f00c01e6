package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bzpeer.core.model.Source;
import org.bzpeer.store.Db;

/** Venues: journals, conferences, repositories. */
public final class SourceRepository {

    static final String BY_IDS = "SELECT " + Rows.SOURCE_COLUMNS + " FROM sources s WHERE s.id = ANY($1)";

    static final String BY_SLUGS = "SELECT " + Rows.SOURCE_COLUMNS + " FROM sources s WHERE s.slug = ANY($1)";

    private final Db db;

    public SourceRepository(Db db) {
        this.db = db;
    }

    public Future<Map<String, Source>> findBySlugs(List<String> slugs) {
        return db.query(BY_SLUGS, Tuple.of(slugs.toArray(String[]::new))).map(rows -> {
            Map<String, Source> found = new HashMap<>();
            for (Row row : rows) {
                Source x = Rows.source(row);
                found.put(x.slug(), x);
            }
            return found;
        });
    }

    public Future<Map<Long, Source>> findByIds(List<Long> ids) {
        return db.query(BY_IDS, Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, Source> found = new HashMap<>();
            for (Row row : rows) {
                Source s = Rows.source(row);
                found.put(s.id(), s);
            }
            return found;
        });
    }
}
