package org.bzpeer.store.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bzpeer.store.Db;
import org.bzpeer.store.DatabaseUrl;
import org.bzpeer.store.TestDatabases;
import org.bzpeer.store.importer.OpenAlexImporter.Entity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpenAlexImporterIT {

    private static final List<String> TABLES = List.of("institutions", "topics", "sources", "researchers",
            "researcher_affiliations", "works", "authorships", "authorship_institutions", "work_topics",
            "collaborations");

    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    @DisplayName("the demo dataset holds the seed profile exactly")
    void seed() throws Exception {
        DatabaseUrl url = TestDatabases.withDemoData("seed");
        try (Connection c = jdbc(url)) {
            Map<String, Object> piotr = row(c, """
                    SELECT r.id, r.display_name, r.orcid, r.headline,
                           (SELECT count(*) FROM researcher_affiliations ra WHERE ra.researcher_id = r.id) AS affiliations
                      FROM researchers r WHERE r.slug = 'piotr-zielinski'""");
            assertThat(piotr.get("display_name")).isEqualTo("Piotr Zielinski");
            assertThat(piotr.get("affiliations")).isEqualTo(0L);
            long id = (Long) piotr.get("id");

            List<List<Object>> works = rows(c, """
                    SELECT w.arxiv_id, w.title, w.type, s.display_name, w.publication_date::text,
                           (SELECT string_agg(r.display_name, ', ' ORDER BY a2.position)
                              FROM authorships a2 JOIN researchers r ON r.id = a2.researcher_id
                             WHERE a2.work_id = w.id)
                      FROM authorships a JOIN works w ON w.id = a.work_id JOIN sources s ON s.id = w.source_id
                     WHERE a.researcher_id = %d ORDER BY w.publication_date DESC""".formatted(id));
            assertThat(works).containsExactly(
                    List.of("2203.10036", "On the Generalization Mystery in Deep Learning", "preprint", "arXiv",
                            "2022-03-18", "Satrajit Chatterjee, Piotr Zielinski"),
                    List.of("2008.01217", "Making Coherence Out of Nothing At All: Measuring the Evolution of "
                            + "Gradient Alignment", "preprint", "arXiv", "2020-08-03",
                            "Satrajit Chatterjee, Piotr Zielinski"),
                    List.of("2003.07422", "Weak and Strong Gradient Directions: Explaining Memorization, "
                            + "Generalization, and Hardness of Examples at Scale", "preprint", "arXiv", "2020-03-16",
                            "Piotr Zielinski, Shankar Krishnan, Satrajit Chatterjee"));

            String abstractText = (String) row(c, "SELECT abstract FROM works WHERE arxiv_id = '2008.01217'")
                    .get("abstract");
            assertThat(abstractText).startsWith("We propose a new metric ($m$-coherence) to experimentally study")
                    .endsWith("what is missing from the theory in order to provide a complete explanation of "
                            + "generalization in neural networks.");

            assertThat(rows(c, """
                    SELECT r.display_name, c.shared_works FROM collaborations c
                      JOIN researchers r ON r.id = c.collaborator_id
                     WHERE c.researcher_id = %d ORDER BY c.shared_works DESC""".formatted(id)))
                    .containsExactly(List.of("Satrajit Chatterjee", 3), List.of("Shankar Krishnan", 1));
            assertThat(rows(c, """
                    SELECT DISTINCT t.display_name FROM authorships a JOIN work_topics wt ON wt.work_id = a.work_id
                      JOIN topics t ON t.id = wt.topic_id WHERE a.researcher_id = %d""".formatted(id)))
                    .containsExactly(List.of("Machine Learning"));
        }
    }

    @Test
    @DisplayName("the neighbourhood is big enough for search, slices and pagination, and name collisions get suffixes")
    void neighbourhood() throws Exception {
        DatabaseUrl url = TestDatabases.withDemoData("neighbourhood");
        try (Connection c = jdbc(url)) {
            assertThat((Long) row(c, "SELECT count(*) AS n FROM researchers").get("n")).isGreaterThanOrEqualTo(63);
            assertThat((Long) row(c, "SELECT count(*) AS n FROM works").get("n")).isGreaterThanOrEqualTo(153);
            assertThat((Long) row(c, "SELECT count(*) AS n FROM topics").get("n")).isGreaterThanOrEqualTo(5);
            assertThat((Long) row(c, "SELECT count(*) AS n FROM institutions").get("n")).isGreaterThanOrEqualTo(5);
            assertThat(rows(c, "SELECT slug FROM researchers WHERE display_name = 'Wei Zhang' ORDER BY id"))
                    .containsExactly(List.of("wei-zhang"), List.of("wei-zhang-2"));
            assertThat((Long) row(c, "SELECT count(*) AS n FROM researchers WHERE is_stub").get("n")).isZero();
        }
    }

    @Test
    @DisplayName("loading the same data twice changes nothing")
    void idempotent() throws Exception {
        DatabaseUrl url = TestDatabases.withDemoData("idempotent");
        Map<String, String> before = fingerprint(url);
        try (Db db = Db.connect(vertx, url, 4)) {
            DemoDataset.load(new OpenAlexImporter(db));
        }
        assertThat(fingerprint(url)).isEqualTo(before);
    }

    @Test
    @DisplayName("real OpenAlex records import: ids, ORCID, DOI, ordered authorships with affiliations, abstract")
    void realRecords() throws Exception {
        Path dir = sharedOpenAlexDir();
        DatabaseUrl url = TestDatabases.migrated("real_records");
        try (Db db = Db.connect(vertx, url, 4)) {
            OpenAlexImporter importer = new OpenAlexImporter(db);
            importFile(importer, Entity.INSTITUTIONS, dir.resolve("I27837315.json"));
            importFile(importer, Entity.TOPICS, dir.resolve("T11636.json"));
            importFile(importer, Entity.SOURCES, dir.resolve("S137773608.json"));
            importFile(importer, Entity.AUTHORS, dir.resolve("A5023888391.json"));
            importFile(importer, Entity.WORKS, dir.resolve("W2741809807.json"));
        }
        try (Connection c = jdbc(url)) {
            Map<String, Object> work = row(c, "SELECT * FROM works WHERE openalex_id = 'W2741809807'");
            assertThat(work.get("doi")).isEqualTo("10.7717/peerj.4375");
            assertThat(work.get("publication_year")).isEqualTo(2018);
            assertThat(work.get("is_open_access")).isEqualTo(true);
            assertThat((String) work.get("abstract")).isNotBlank().doesNotContain("  ");
            assertThat(work.get("slug")).isEqualTo(
                    "the-state-of-oa-a-large-scale-analysis-of-the-prevalence-and-impact-of-open");

            List<List<Object>> authors = rows(c, """
                    SELECT a.position, a.author_position, r.display_name FROM authorships a
                      JOIN researchers r ON r.id = a.researcher_id ORDER BY a.position""");
            assertThat(authors).hasSize(9);
            assertThat(authors.get(0)).containsExactly(1, "first", "Heather Piwowar");
            assertThat(authors.get(1)).containsExactly(2, "middle", "Jason Priem");
            assertThat(authors.get(8).get(1)).isEqualTo("last");

            Map<String, Object> jason = row(c, "SELECT * FROM researchers WHERE openalex_id = 'A5023888391'");
            assertThat(jason.get("orcid")).isEqualTo("0000-0001-6187-6610");
            assertThat(jason.get("slug")).isEqualTo("jason-priem");
            assertThat(jason.get("is_stub")).isEqualTo(false);
            assertThat((Long) row(c, "SELECT count(*) AS n FROM researcher_affiliations WHERE researcher_id = "
                    + jason.get("id")).get("n")).isGreaterThan(1);
            assertThat((Long) row(c, "SELECT count(*) AS n FROM authorship_institutions").get("n")).isGreaterThan(0);
            assertThat((Long) row(c, "SELECT count(*) AS n FROM collaborations").get("n")).isEqualTo(9L * 8);
            assertThat((Long) row(c, "SELECT count(*) AS n FROM work_topics WHERE is_primary").get("n")).isEqualTo(1L);
        }
    }

    @Test
    @DisplayName("malformed lines are skipped and counted; the rest still imports")
    void malformedLines() throws Exception {
        DatabaseUrl url = TestDatabases.migrated("malformed");
        String lines = """
                {"id": "https://openalex.org/I1", "display_name": "Good Institute"}
                {not json
                ["an", "array"]
                {"display_name": "no id"}

                {"id": "https://openalex.org/I2", "display_name": "Another", "unknown_field": {"x": 1}}
                """;
        OpenAlexImporter.Report report;
        try (Db db = Db.connect(vertx, url, 2)) {
            report = new OpenAlexImporter(db).importLines(Entity.INSTITUTIONS,
                    new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(3);
        try (Connection c = jdbc(url)) {
            assertThat(rows(c, "SELECT slug FROM institutions ORDER BY id"))
                    .containsExactly(List.of("good-institute"), List.of("another"));
        }
    }

    /** The real records, kept as test resources (see openalex-real/README.md). */
    static Path sharedOpenAlexDir() throws Exception {
        return Path.of(OpenAlexImporterIT.class.getClassLoader().getResource("openalex-real/W2741809807.json").toURI())
                .getParent();
    }

    private static void importFile(OpenAlexImporter importer, Entity entity, Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(importer.importLines(entity, in).imported()).isEqualTo(1);
        }
    }

    private static Map<String, String> fingerprint(DatabaseUrl url) throws SQLException {
        Map<String, String> prints = new LinkedHashMap<>();
        try (Connection c = jdbc(url)) {
            for (String table : TABLES) {
                prints.put(table, (String) row(c, "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                        + "ORDER BY t::text)), '') AS f FROM " + table + " t").get("f"));
            }
        }
        return prints;
    }

    static Connection jdbc(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.options().getUser(), url.options().getPassword());
    }

    static Map<String, Object> row(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).as("a row from: " + sql).isTrue();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
            return row;
        }
    }

    static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
