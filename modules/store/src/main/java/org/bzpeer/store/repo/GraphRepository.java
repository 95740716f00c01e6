package org.bzpeer.store.repo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.bzpeer.core.graph.GraphSlice.EdgeKind;
import org.bzpeer.core.graph.GraphSlice.Key;
import org.bzpeer.core.graph.GraphSlice.Link;
import org.bzpeer.core.graph.GraphSlice.NodeKind;
import org.bzpeer.store.Db;

/**
 * The links out of a set of graph nodes, in one statement whatever their kinds: authorship, co-authorship,
 * topics and affiliations, each source's strongest {@code $5} links first, with the neighbour's label and slug.
 */
public final class GraphRepository {

    static final String NEIGHBOURS = """
            SELECT 'RESEARCHER' AS from_kind, k.id AS from_id, 'WORK' AS to_kind, x.id AS to_id, x.title AS label,
                   x.slug, 'AUTHORED' AS edge, 1 + ln(1 + x.cited_by_count) / 4 AS weight, 1 AS n,
                   x.publication_year AS year
              FROM unnest($1::bigint[]) AS k(id)
             CROSS JOIN LATERAL (SELECT w.* FROM authorships a JOIN works w ON w.id = a.work_id
                                  WHERE a.researcher_id = k.id
                                  ORDER BY w.cited_by_count DESC, w.id LIMIT $5) x
            UNION ALL
            SELECT 'RESEARCHER', k.id, 'RESEARCHER', r.id, r.display_name, r.slug, 'CO_AUTHORED',
                   x.shared_works, x.shared_works, x.latest_year
              FROM unnest($1::bigint[]) AS k(id)
             CROSS JOIN LATERAL (SELECT c.* FROM collaborations c WHERE c.researcher_id = k.id
                                  ORDER BY c.shared_works DESC, c.collaborator_id LIMIT $5) x
              JOIN researchers r ON r.id = x.collaborator_id
            UNION ALL
            SELECT 'RESEARCHER', k.id, 'TOPIC', t.id, t.display_name, t.slug, 'ABOUT', x.n, x.n, x.year
              FROM unnest($1::bigint[]) AS k(id)
             CROSS JOIN LATERAL (SELECT wt.topic_id, count(DISTINCT a.work_id) AS n, max(w.publication_year) AS year
                                   FROM authorships a JOIN work_topics wt ON wt.work_id = a.work_id
                                   JOIN works w ON w.id = a.work_id
                                  WHERE a.researcher_id = k.id
                                  GROUP BY wt.topic_id ORDER BY n DESC, wt.topic_id LIMIT $5) x
              JOIN topics t ON t.id = x.topic_id
            UNION ALL
            SELECT 'RESEARCHER', k.id, 'INSTITUTION', i.id, i.display_name, i.slug, 'AFFILIATED',
                   greatest(cardinality(x.years), 1), 0, (SELECT max(y) FROM unnest(x.years) y)
              FROM unnest($1::bigint[]) AS k(id)
             CROSS JOIN LATERAL (SELECT ra.* FROM researcher_affiliations ra WHERE ra.researcher_id = k.id
                                  ORDER BY ra.is_last_known DESC, cardinality(ra.years) DESC LIMIT $5) x
              JOIN institutions i ON i.id = x.institution_id
            UNION ALL
            SELECT 'WORK', k.id, 'RESEARCHER', r.id, r.display_name, r.slug, 'AUTHORED', 1, 1, w.publication_year
              FROM unnest($2::bigint[]) AS k(id)
              JOIN works w ON w.id = k.id
             CROSS JOIN LATERAL (SELECT a.researcher_id FROM authorships a WHERE a.work_id = k.id
                                  ORDER BY a.position LIMIT $5) x
              JOIN researchers r ON r.id = x.researcher_id
            UNION ALL
            SELECT 'WORK', k.id, 'TOPIC', t.id, t.display_name, t.slug, 'ABOUT', x.score, 1, NULL
              FROM unnest($2::bigint[]) AS k(id)
             CROSS JOIN LATERAL (SELECT wt.* FROM work_topics wt WHERE wt.work_id = k.id
                                  ORDER BY wt.score DESC LIMIT $5) x
              JOIN topics t ON t.id = x.topic_id
            UNION ALL
            SELECT 'TOPIC', k.id, 'WORK', x.id, x.title, x.slug, 'ABOUT', x.score, 1, x.publication_year
              FROM unnest($3::bigint[]) AS k(id)
             CROSS JOIN LATERAL (SELECT w.*, wt.score FROM work_topics wt JOIN works w ON w.id = wt.work_id
                                  WHERE wt.topic_id = k.id
                                  ORDER BY wt.score * (1 + ln(1 + w.cited_by_count)) DESC, w.id LIMIT $5) x
            UNION ALL
            SELECT 'INSTITUTION', k.id, 'RESEARCHER', r.id, r.display_name, r.slug, 'AFFILIATED',
                   greatest(cardinality(x.years), 1), 0, (SELECT max(y) FROM unnest(x.years) y)
              FROM unnest($4::bigint[]) AS k(id)
             CROSS JOIN LATERAL (SELECT ra.* FROM researcher_affiliations ra WHERE ra.institution_id = k.id
                                  ORDER BY ra.is_last_known DESC, cardinality(ra.years) DESC, ra.researcher_id
                                  LIMIT $5) x
              JOIN researchers r ON r.id = x.researcher_id
            """;

    private final Db db;

    public GraphRepository(Db db) {
        this.db = db;
    }

    /** Links out of {@code from}, at most {@code perNode} of each kind per node. */
    public Future<List<Link>> neighbours(List<Key> from, int perNode) {
        Tuple args = Tuple.of(ids(from, NodeKind.RESEARCHER), ids(from, NodeKind.WORK), ids(from, NodeKind.TOPIC),
                ids(from, NodeKind.INSTITUTION), perNode);
        return db.query(NEIGHBOURS, args).map(rows -> {
            List<Link> links = new ArrayList<>();
            for (Row row : rows) {
                links.add(new Link(
                        new Key(NodeKind.valueOf(row.getString("from_kind")), row.getLong("from_id")),
                        new Key(NodeKind.valueOf(row.getString("to_kind")), row.getLong("to_id")),
                        row.getString("label"), row.getString("slug"), EdgeKind.valueOf(row.getString("edge")),
                        row.getNumeric("weight").doubleValue(), row.getNumeric("n").intValue(),
                        row.getInteger("year")));
            }
            return links;
        });
    }

    private static Long[] ids(List<Key> keys, NodeKind kind) {
        return keys.stream().filter(k -> k.kind() == kind).map(Key::id).toArray(Long[]::new);
    }
}
