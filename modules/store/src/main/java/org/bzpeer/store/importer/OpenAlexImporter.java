package org.bzpeer.store.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bzpeer.core.rules.Slugs;
import org.bzpeer.store.Db;
import org.bzpeer.store.importer.OpenAlexRecords.AuthorRecord;
import org.bzpeer.store.importer.OpenAlexRecords.AuthorshipRecord;
import org.bzpeer.store.importer.OpenAlexRecords.InstitutionRecord;
import org.bzpeer.store.importer.OpenAlexRecords.SourceRecord;
import org.bzpeer.store.importer.OpenAlexRecords.TopicRecord;
import org.bzpeer.store.importer.OpenAlexRecords.WorkRecord;
import org.bzpeer.store.importer.OpenAlexRecords.WorkTopicRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports OpenAlex JSON Lines (one entity per line, as in the OpenAlex snapshot) into the research graph.
 * It streams: lines are read and written in batches, so memory stays flat whatever the file size. It is
 * idempotent: records are upserted by OpenAlex id, and loading the same file twice changes nothing.
 *
 * <p>Blocking: call it from a worker thread or main(), never from an event loop.
 */
public final class OpenAlexImporter {

    /** The entity kinds, in the order a full import must load them. */
    public enum Entity {
        INSTITUTIONS, TOPICS, SOURCES, AUTHORS, WORKS;

        public String fileStem() {
            return name().toLowerCase();
        }
    }

    public record Report(Entity entity, int imported, int skipped) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(OpenAlexImporter.class);
    private static final int BATCH_SIZE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    // Stubs come from references inside other records: created if missing, never overwriting a full record.
    static final String UPSERT_INSTITUTION = """
            INSERT INTO institutions (openalex_id, slug, display_name, ror, country_code, type, homepage_url, city)
            VALUES ($1, free_slug('institutions', $2), $3, $4, $5, $6, $7, $8)
            ON CONFLICT (openalex_id) DO UPDATE
               SET display_name = EXCLUDED.display_name, ror = EXCLUDED.ror, country_code = EXCLUDED.country_code,
                   type = EXCLUDED.type, homepage_url = coalesce(EXCLUDED.homepage_url, institutions.homepage_url),
                   city = coalesce(EXCLUDED.city, institutions.city)
             WHERE (institutions.display_name, institutions.ror, institutions.country_code, institutions.type,
                    institutions.homepage_url, institutions.city)
                   IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.ror, EXCLUDED.country_code, EXCLUDED.type,
                    coalesce(EXCLUDED.homepage_url, institutions.homepage_url),
                    coalesce(EXCLUDED.city, institutions.city))
            """;
    static final String STUB_INSTITUTION = """
            INSERT INTO institutions (openalex_id, slug, display_name, ror, country_code, type)
            VALUES ($1, free_slug('institutions', $2), $3, $4, $5, $6)
            ON CONFLICT (openalex_id) DO NOTHING
            """;
    static final String UPSERT_TOPIC = """
            INSERT INTO topics (openalex_id, slug, display_name, description, subfield, field, domain, keywords)
            VALUES ($1, free_slug('topics', $2), $3, $4, $5, $6, $7, $8)
            ON CONFLICT (openalex_id) DO UPDATE
               SET display_name = EXCLUDED.display_name, description = EXCLUDED.description,
                   subfield = EXCLUDED.subfield, field = EXCLUDED.field, domain = EXCLUDED.domain,
                   keywords = EXCLUDED.keywords
             WHERE (topics.display_name, topics.description, topics.subfield, topics.field, topics.domain,
                    topics.keywords)
                   IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.description, EXCLUDED.subfield,
                    EXCLUDED.field, EXCLUDED.domain, EXCLUDED.keywords)
            """;
    static final String STUB_TOPIC = """
            INSERT INTO topics (openalex_id, slug, display_name, subfield, field, domain)
            VALUES ($1, free_slug('topics', $2), $3, $4, $5, $6)
            ON CONFLICT (openalex_id) DO NOTHING
            """;
    static final String UPSERT_SOURCE = """
            INSERT INTO sources (openalex_id, slug, display_name, type, issn_l, homepage_url)
            VALUES ($1, free_slug('sources', $2), $3, $4, $5, $6)
            ON CONFLICT (openalex_id) DO UPDATE
               SET display_name = EXCLUDED.display_name, type = EXCLUDED.type, issn_l = EXCLUDED.issn_l,
                   homepage_url = coalesce(EXCLUDED.homepage_url, sources.homepage_url)
             WHERE (sources.display_name, sources.type, sources.issn_l, sources.homepage_url)
                   IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.type, EXCLUDED.issn_l,
                    coalesce(EXCLUDED.homepage_url, sources.homepage_url))
            """;
    static final String STUB_SOURCE = """
            INSERT INTO sources (openalex_id, slug, display_name, type, issn_l)
            VALUES ($1, free_slug('sources', $2), $3, $4, $5)
            ON CONFLICT (openalex_id) DO NOTHING
            """;
    static final String UPSERT_AUTHOR = """
            INSERT INTO researchers (openalex_id, slug, display_name, orcid)
            VALUES ($1, free_slug('researchers', $2), $3, $4)
            ON CONFLICT (openalex_id) DO UPDATE
               SET display_name = EXCLUDED.display_name, orcid = EXCLUDED.orcid, is_stub = false
             WHERE (researchers.display_name, researchers.orcid, researchers.is_stub)
                   IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.orcid, false)
            """;
    static final String STUB_AUTHOR = """
            INSERT INTO researchers (openalex_id, slug, display_name, orcid, is_stub)
            VALUES ($1, free_slug('researchers', $2), $3, $4, true)
            ON CONFLICT (openalex_id) DO NOTHING
            """;
    static final String DELETE_AFFILIATIONS = """
            DELETE FROM researcher_affiliations
             WHERE researcher_id IN (SELECT id FROM researchers WHERE openalex_id = ANY($1))
            """;
    static final String INSERT_AFFILIATIONS = """
            INSERT INTO researcher_affiliations (researcher_id, institution_id, years, is_last_known)
            SELECT r.id, i.id, CASE WHEN t.years = '' THEN '{}'::int[] ELSE string_to_array(t.years, ',')::int[] END,
                   t.last_known
              FROM unnest($1::text[], $2::text[], $3::text[], $4::bool[]) AS t(author, institution, years, last_known)
              JOIN researchers r ON r.openalex_id = t.author
              JOIN institutions i ON i.openalex_id = t.institution
            ON CONFLICT DO NOTHING
            """;
    static final String UPSERT_WORK = """
            INSERT INTO works (openalex_id, slug, type, title, abstract, publication_date, publication_year,
                               source_id, arxiv_id, doi, url, cited_by_count, is_open_access, language)
            VALUES ($1, free_slug('works', $2), $3, $4, $5, $6, $7,
                    (SELECT id FROM sources WHERE openalex_id = $8), $9, $10, $11, $12, $13, $14)
            ON CONFLICT (openalex_id) DO UPDATE
               SET type = EXCLUDED.type, title = EXCLUDED.title, abstract = EXCLUDED.abstract,
                   publication_date = EXCLUDED.publication_date, publication_year = EXCLUDED.publication_year,
                   source_id = EXCLUDED.source_id, arxiv_id = EXCLUDED.arxiv_id, doi = EXCLUDED.doi,
                   url = EXCLUDED.url, cited_by_count = EXCLUDED.cited_by_count,
                   is_open_access = EXCLUDED.is_open_access, language = EXCLUDED.language
             WHERE (works.type, works.title, works.abstract, works.publication_date, works.publication_year,
                    works.source_id, works.arxiv_id, works.doi, works.url, works.cited_by_count,
                    works.is_open_access, works.language)
                   IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.title, EXCLUDED.abstract, EXCLUDED.publication_date,
                    EXCLUDED.publication_year, EXCLUDED.source_id, EXCLUDED.arxiv_id, EXCLUDED.doi, EXCLUDED.url,
                    EXCLUDED.cited_by_count, EXCLUDED.is_open_access, EXCLUDED.language)
            """;
    static final String DELETE_AUTHORSHIPS = """
            DELETE FROM authorships
             WHERE work_id IN (SELECT id FROM works WHERE openalex_id = ANY($1))
            RETURNING researcher_id
            """;
    static final String INSERT_AUTHORSHIPS = """
            INSERT INTO authorships (work_id, position, researcher_id, author_position, raw_author_name,
                                     is_corresponding)
            SELECT w.id, t.position, r.id, t.author_position, t.raw_name, t.corresponding
              FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::bool[])
                   AS t(work, position, author, author_position, raw_name, corresponding)
              JOIN works w ON w.openalex_id = t.work
              JOIN researchers r ON r.openalex_id = t.author
            RETURNING researcher_id
            """;
    static final String INSERT_AUTHORSHIP_INSTITUTIONS = """
            INSERT INTO authorship_institutions (work_id, position, institution_id)
            SELECT w.id, t.position, i.id
              FROM unnest($1::text[], $2::int[], $3::text[]) AS t(work, position, institution)
              JOIN works w ON w.openalex_id = t.work
              JOIN institutions i ON i.openalex_id = t.institution
            ON CONFLICT DO NOTHING
            """;
    static final String DELETE_WORK_TOPICS = """
            DELETE FROM work_topics WHERE work_id IN (SELECT id FROM works WHERE openalex_id = ANY($1))
            """;
    static final String INSERT_WORK_TOPICS = """
            INSERT INTO work_topics (work_id, topic_id, score, is_primary)
            SELECT w.id, tp.id, t.score, t.is_primary
              FROM unnest($1::text[], $2::text[], $3::real[], $4::bool[]) AS t(work, topic, score, is_primary)
              JOIN works w ON w.openalex_id = t.work
              JOIN topics tp ON tp.openalex_id = t.topic
            ON CONFLICT DO NOTHING
            """;
    static final String DELETE_COLLABORATIONS = """
            DELETE FROM collaborations WHERE researcher_id = ANY($1) OR collaborator_id = ANY($1)
            """;
    /** Close-collaborator edges, both directions, for every pair where either side was touched. */
    static final String DERIVE_COLLABORATIONS = """
            INSERT INTO collaborations (researcher_id, collaborator_id, shared_works, latest_year)
            SELECT a1.researcher_id, a2.researcher_id, count(DISTINCT a1.work_id), max(w.publication_year)
              FROM authorships a1
              JOIN authorships a2 ON a2.work_id = a1.work_id AND a2.researcher_id <> a1.researcher_id
              JOIN works w ON w.id = a1.work_id
             WHERE a1.researcher_id = ANY($1) OR a2.researcher_id = ANY($1)
             GROUP BY a1.researcher_id, a2.researcher_id
            """;

    private final Db db;

    public OpenAlexImporter(Db db) {
        this.db = db;
    }

    /** Reads JSON Lines of one entity kind from {@code in} (not closed) and imports them in batches. */
    public Report importLines(Entity entity, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<JsonNode> batch = new ArrayList<>(BATCH_SIZE);
        int imported = 0;
        int skipped = 0;
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (!node.isObject() || OpenAlexRecords.text(node, "id") == null) {
                    throw new IllegalArgumentException("not an object with an id");
                }
                batch.add(node);
            } catch (IOException | IllegalArgumentException e) {
                skipped++;
                LOG.warn("{} line {}: skipped, {}", entity.fileStem(), lineNumber, e.getMessage());
                continue;
            }
            if (batch.size() == BATCH_SIZE) {
                imported += writeBatch(entity, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            imported += writeBatch(entity, batch);
        }
        return new Report(entity, imported, skipped);
    }

    private int writeBatch(Entity entity, List<JsonNode> nodes) {
        Future<Void> written = switch (entity) {
            case INSTITUTIONS -> writeInstitutions(parse(nodes, OpenAlexRecords::institution));
            case TOPICS -> writeTopics(parse(nodes, OpenAlexRecords::topic));
            case SOURCES -> writeSources(parse(nodes, OpenAlexRecords::source));
            case AUTHORS -> writeAuthors(parse(nodes, OpenAlexRecords::author));
            case WORKS -> writeWorks(parse(nodes, OpenAlexRecords::work));
        };
        await(written);
        return nodes.size();
    }

    private static <T> List<T> parse(List<JsonNode> nodes, Function<JsonNode, T> parser) {
        return nodes.stream().map(parser).toList();
    }

    private Future<Void> writeInstitutions(List<InstitutionRecord> records) {
        return db.inTransaction(tx -> tx.batch(UPSERT_INSTITUTION, records.stream().map(i -> Tuple.of(
                i.openalexId(), slug(i.displayName(), i.openalexId()), i.displayName(), i.ror(), i.countryCode(),
                i.type(), i.homepageUrl(), i.city())).toList()).mapEmpty());
    }

    private Future<Void> writeTopics(List<TopicRecord> records) {
        return db.inTransaction(tx -> tx.batch(UPSERT_TOPIC, records.stream().map(t -> Tuple.of(
                t.openalexId(), slug(t.displayName(), t.openalexId()), t.displayName(), t.description(),
                t.subfield(), t.field(), t.domain(), t.keywords().toArray(String[]::new))).toList()).mapEmpty());
    }

    private Future<Void> writeSources(List<SourceRecord> records) {
        return db.inTransaction(tx -> tx.batch(UPSERT_SOURCE, records.stream().map(s -> Tuple.of(
                s.openalexId(), slug(s.displayName(), s.openalexId()), s.displayName(), s.type(), s.issnL(),
                s.homepageUrl())).toList()).mapEmpty());
    }

    private Future<Void> writeAuthors(List<AuthorRecord> records) {
        List<InstitutionRecord> institutions = records.stream()
                .flatMap(a -> a.affiliations().stream().map(OpenAlexRecords.AffiliationRecord::institution))
                .toList();
        List<String> authorIds = records.stream().map(AuthorRecord::openalexId).toList();
        List<String> affAuthor = new ArrayList<>();
        List<String> affInstitution = new ArrayList<>();
        List<String> affYears = new ArrayList<>();
        List<Boolean> affLastKnown = new ArrayList<>();
        for (AuthorRecord a : records) {
            for (OpenAlexRecords.AffiliationRecord aff : a.affiliations()) {
                affAuthor.add(a.openalexId());
                affInstitution.add(aff.institution().openalexId());
                affYears.add(aff.years().stream().map(String::valueOf).collect(Collectors.joining(",")));
                affLastKnown.add(aff.lastKnown());
            }
        }
        return db.inTransaction(tx -> stubInstitutions(tx, institutions)
                .compose(v -> tx.batch(UPSERT_AUTHOR, records.stream().map(a -> Tuple.of(
                        a.openalexId(), slug(a.displayName(), a.openalexId()), a.displayName(), a.orcid()))
                        .toList()))
                .compose(v -> tx.query(DELETE_AFFILIATIONS, Tuple.of(authorIds.toArray(String[]::new))))
                .compose(v -> tx.query(INSERT_AFFILIATIONS, Tuple.of(affAuthor.toArray(String[]::new),
                        affInstitution.toArray(String[]::new), affYears.toArray(String[]::new),
                        affLastKnown.toArray(Boolean[]::new))))
                .mapEmpty());
    }

    private Future<Void> writeWorks(List<WorkRecord> works) {
        List<String> workIds = works.stream().map(WorkRecord::openalexId).toList();
        String[] workIdArray = workIds.toArray(String[]::new);

        Map<String, SourceRecord> sources = new LinkedHashMap<>();
        Map<String, AuthorRecord> authors = new LinkedHashMap<>();
        List<InstitutionRecord> institutions = new ArrayList<>();
        Map<String, TopicRecord> topics = new LinkedHashMap<>();
        List<String> aWork = new ArrayList<>();
        List<Integer> aPosition = new ArrayList<>();
        List<String> aAuthor = new ArrayList<>();
        List<String> aAuthorPosition = new ArrayList<>();
        List<String> aRawName = new ArrayList<>();
        List<Boolean> aCorresponding = new ArrayList<>();
        List<String> aiWork = new ArrayList<>();
        List<Integer> aiPosition = new ArrayList<>();
        List<String> aiInstitution = new ArrayList<>();
        List<String> wtWork = new ArrayList<>();
        List<String> wtTopic = new ArrayList<>();
        List<Float> wtScore = new ArrayList<>();
        List<Boolean> wtPrimary = new ArrayList<>();
        for (WorkRecord w : works) {
            if (w.source() != null) {
                sources.putIfAbsent(w.source().openalexId(), w.source());
            }
            for (AuthorshipRecord a : w.authorships()) {
                authors.putIfAbsent(a.author().openalexId(), a.author());
                aWork.add(w.openalexId());
                aPosition.add(a.position());
                aAuthor.add(a.author().openalexId());
                aAuthorPosition.add(a.authorPosition());
                aRawName.add(a.rawAuthorName());
                aCorresponding.add(a.corresponding());
                for (InstitutionRecord i : a.institutions()) {
                    institutions.add(i);
                    aiWork.add(w.openalexId());
                    aiPosition.add(a.position());
                    aiInstitution.add(i.openalexId());
                }
            }
            for (WorkTopicRecord t : w.topics()) {
                topics.putIfAbsent(t.topic().openalexId(), t.topic());
                wtWork.add(w.openalexId());
                wtTopic.add(t.topic().openalexId());
                wtScore.add((float) t.score());
                wtPrimary.add(t.primary());
            }
        }
        Set<Long> touched = new HashSet<>();
        return db.inTransaction(tx -> tx.batch(STUB_SOURCE, sources.values().stream().map(s -> Tuple.of(
                        s.openalexId(), slug(s.displayName(), s.openalexId()), s.displayName(), s.type(), s.issnL()))
                        .toList())
                .compose(v -> stubInstitutions(tx, institutions))
                .compose(v -> tx.batch(STUB_TOPIC, topics.values().stream().map(t -> Tuple.of(
                        t.openalexId(), slug(t.displayName(), t.openalexId()), t.displayName(), t.subfield(),
                        t.field(), t.domain())).toList()))
                .compose(v -> tx.batch(STUB_AUTHOR, authors.values().stream().map(a -> Tuple.of(
                        a.openalexId(), slug(a.displayName(), a.openalexId()), a.displayName(), a.orcid()))
                        .toList()))
                .compose(v -> tx.batch(UPSERT_WORK, works.stream().map(w -> Tuple.from(new Object[] {
                        w.openalexId(), slug(w.title(), w.openalexId()), w.type(), w.title(), w.abstractText(),
                        w.publicationDate(), w.publicationYear(), w.source() == null ? null : w.source().openalexId(),
                        w.arxivId(), w.doi(), w.url(), w.citedByCount(), w.openAccess(), w.language()}))
                        .toList()))
                .compose(v -> tx.query(DELETE_AUTHORSHIPS, Tuple.of((Object) workIdArray)))
                .compose(removed -> {
                    collectIds(removed, touched);
                    return tx.query(INSERT_AUTHORSHIPS, Tuple.of(aWork.toArray(String[]::new),
                            aPosition.toArray(Integer[]::new), aAuthor.toArray(String[]::new),
                            aAuthorPosition.toArray(String[]::new), aRawName.toArray(String[]::new),
                            aCorresponding.toArray(Boolean[]::new)));
                })
                .compose(added -> {
                    collectIds(added, touched);
                    return tx.query(INSERT_AUTHORSHIP_INSTITUTIONS, Tuple.of(aiWork.toArray(String[]::new),
                            aiPosition.toArray(Integer[]::new), aiInstitution.toArray(String[]::new)));
                })
                .compose(v -> tx.query(DELETE_WORK_TOPICS, Tuple.of((Object) workIdArray)))
                .compose(v -> tx.query(INSERT_WORK_TOPICS, Tuple.of(wtWork.toArray(String[]::new),
                        wtTopic.toArray(String[]::new), wtScore.toArray(Float[]::new),
                        wtPrimary.toArray(Boolean[]::new))))
                .compose(v -> {
                    Long[] ids = touched.toArray(Long[]::new);
                    return tx.query(DELETE_COLLABORATIONS, Tuple.of((Object) ids))
                            .compose(d -> tx.query(DERIVE_COLLABORATIONS, Tuple.of((Object) ids)));
                })
                .mapEmpty());
    }

    private Future<?> stubInstitutions(Db.Tx tx, List<InstitutionRecord> institutions) {
        Map<String, InstitutionRecord> unique = new LinkedHashMap<>();
        institutions.forEach(i -> unique.putIfAbsent(i.openalexId(), i));
        return tx.batch(STUB_INSTITUTION, unique.values().stream().map(i -> Tuple.of(
                i.openalexId(), slug(i.displayName(), i.openalexId()), i.displayName(), i.ror(), i.countryCode(),
                i.type())).toList());
    }

    private static void collectIds(io.vertx.sqlclient.RowSet<Row> rows, Set<Long> into) {
        for (Row row : rows) {
            into.add(row.getLong("researcher_id"));
        }
    }

    private static String slug(String text, String openalexId) {
        return Slugs.slugify(text, openalexId);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
    }
}
