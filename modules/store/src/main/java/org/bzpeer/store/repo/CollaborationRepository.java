package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bzpeer.core.model.Collaboration;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.store.Db;

/** Close collaborators: the derived co-authorship edges, strongest first. */
public final class CollaborationRepository {

    /** A collaboration with the collaborator, read in the same statement. */
    public record WithCollaborator(Collaboration collaboration, Researcher collaborator) {
    }

    static final String TOP_BY_RESEARCHERS = """
            SELECT c.researcher_id AS owner_id, c.collaborator_id, c.shared_works, c.latest_year, %s
              FROM unnest($1::bigint[]) AS k(researcher_id)
             CROSS JOIN LATERAL (
                   SELECT * FROM collaborations c
                    WHERE c.researcher_id = k.researcher_id
                    ORDER BY c.shared_works DESC, c.latest_year DESC NULLS LAST, c.collaborator_id
                    LIMIT $2 OFFSET $3) AS c
              JOIN researchers r ON r.id = c.collaborator_id
             ORDER BY c.researcher_id, c.shared_works DESC, c.latest_year DESC NULLS LAST, c.collaborator_id
            """.formatted(Rows.RESEARCHER_COLUMNS);

    private final Db db;

    public CollaborationRepository(Db db) {
        this.db = db;
    }

    public Future<Map<Long, List<WithCollaborator>>> topByResearchers(List<Long> researcherIds, int limit,
                                                                      int offset) {
        return db.query(TOP_BY_RESEARCHERS, Tuple.of(researcherIds.toArray(Long[]::new), limit, offset)).map(rows -> {
            Map<Long, List<WithCollaborator>> byResearcher = new HashMap<>();
            researcherIds.forEach(id -> byResearcher.put(id, new ArrayList<>()));
            for (Row row : rows) {
                byResearcher.get(row.getLong("owner_id")).add(new WithCollaborator(new Collaboration(
                        row.getLong("owner_id"), row.getLong("collaborator_id"),
                        row.getInteger("shared_works"), row.getInteger("latest_year")), Rows.researcher(row)));
            }
            return byResearcher;
        });
    }
}
