package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bzpeer.core.model.Authorship;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.store.Db;

/** The ordered author lists of works, with each author's affiliations at the time. */
public final class AuthorshipRepository {

    /** An authorship with its author, read in the same statement (authors are almost always shown). */
    public record Credited(Authorship authorship, Researcher researcher) {
    }

    static final String BY_WORKS = """
            SELECT a.work_id, a.position, a.researcher_id, a.author_position, a.raw_author_name, a.is_corresponding,
                   ARRAY(SELECT ai.institution_id FROM authorship_institutions ai
                          WHERE ai.work_id = a.work_id AND ai.position = a.position
                          ORDER BY ai.institution_id) AS institution_ids,
                   %s
              FROM authorships a
              JOIN researchers r ON r.id = a.researcher_id
             WHERE a.work_id = ANY($1)
             ORDER BY a.work_id, a.position
            """.formatted(Rows.RESEARCHER_COLUMNS);

    private final Db db;

    public AuthorshipRepository(Db db) {
        this.db = db;
    }

    public Future<Map<Long, List<Credited>>> byWorks(List<Long> workIds) {
        return db.query(BY_WORKS, Tuple.of(workIds.toArray(Long[]::new))).map(rows -> {
            Map<Long, List<Credited>> byWork = new HashMap<>();
            workIds.forEach(id -> byWork.put(id, new ArrayList<>()));
            for (Row row : rows) {
                Authorship a = Rows.authorship(row);
                byWork.get(a.workId()).add(new Credited(a, Rows.researcher(row)));
            }
            return byWork;
        });
    }
}
