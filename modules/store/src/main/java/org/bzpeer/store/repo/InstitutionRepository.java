package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bzpeer.core.model.Institution;
import org.bzpeer.store.Db;

/** Institutions, and where researchers are affiliated now. */
public final class InstitutionRepository {

    static final String BY_IDS = "SELECT " + Rows.INSTITUTION_COLUMNS + " FROM institutions i WHERE i.id = ANY($1)";
    /** Last known affiliations first, then the most recent years. */
    static final String CURRENT_BY_RESEARCHERS = "SELECT ra.researcher_id, " + Rows.INSTITUTION_COLUMNS + """
             FROM researcher_affiliations ra JOIN institutions i ON i.id = ra.institution_id
            WHERE ra.researcher_id = ANY($1) AND ra.is_last_known
            ORDER BY ra.researcher_id, i.display_name
            """;

    static final String BY_SLUGS = "SELECT " + Rows.INSTITUTION_COLUMNS + " FROM institutions i WHERE i.slug = ANY($1)";

    private final Db db;

    public InstitutionRepository(Db db) {
        this.db = db;
    }

    public Future<Map<String, Institution>> findBySlugs(List<String> slugs) {
        return db.query(BY_SLUGS, Tuple.of(slugs.toArray(String[]::new))).map(rows -> {
            Map<String, Institution> found = new HashMap<>();
            for (Row row : rows) {
                Institution x = Rows.institution(row);
                found.put(x.slug(), x);
            }
            return found;
        });
    }

    public Future<Map<Long, Institution>> findByIds(List<Long> ids) {
        return db.query(BY_IDS, Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, Institution> found = new HashMap<>();
            for (Row row : rows) {
                Institution i = Rows.institution(row);
                found.put(i.id(), i);
            }
            return found;
        });
    }

    public Future<Map<Long, List<Institution>>> currentByResearchers(List<Long> researcherIds) {
        return db.query(CURRENT_BY_RESEARCHERS, Tuple.of(researcherIds.toArray(Long[]::new))).map(rows -> {
            Map<Long, List<Institution>> byResearcher = new HashMap<>();
            researcherIds.forEach(id -> byResearcher.put(id, new ArrayList<>()));
            for (Row row : rows) {
                byResearcher.get(row.getLong("researcher_id")).add(Rows.institution(row));
            }
            return byResearcher;
        });
    }
}
