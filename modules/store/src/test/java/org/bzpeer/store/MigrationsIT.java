package org.bzpeer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MigrationsIT {

    @Test
    @DisplayName("migrations create the research graph tables, and re-applying them is a no-op")
    void migrate() throws Exception {
        DatabaseUrl url = TestDatabases.migrated("migrations");

        assertThat(Migrations.apply(url).migrationsExecuted).isZero();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.options().getUser(), null);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).contains("researchers", "works", "authorships", "authorship_institutions",
                    "topics", "work_topics", "institutions", "researcher_affiliations", "sources", "collaborations");
        }
    }

    @Test
    @DisplayName("slugs that collide get a numeric suffix")
    void slugCollisions() throws Exception {
        DatabaseUrl url = TestDatabases.migrated("slugs");
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.options().getUser(), null)) {
            for (String oa : List.of("A1", "A2", "A3")) {
                c.createStatement().execute("INSERT INTO researchers (openalex_id, slug, display_name) VALUES ('"
                        + oa + "', free_slug('researchers', 'wei-zhang'), 'Wei Zhang')");
            }
            ResultSet rs = c.createStatement().executeQuery("SELECT slug FROM researchers ORDER BY id");
            List<String> slugs = new ArrayList<>();
            while (rs.next()) {
                slugs.add(rs.getString(1));
            }
            assertThat(slugs).containsExactly("wei-zhang", "wei-zhang-2", "wei-zhang-3");
        }
    }
}
