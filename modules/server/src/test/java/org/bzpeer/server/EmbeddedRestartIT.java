package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import org.bzpeer.store.DatabaseUrl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmbeddedRestartIT {

    @Test
    @DisplayName("with no DATABASE_URL the embedded database keeps its data across a restart")
    void restartKeepsData() throws Exception {
        Path dataDir = Files.createTempDirectory("bzpeer-embedded");
        Config config = new Config(0, Optional.empty(), dataDir, Optional.empty());

        BzpeerServer first = BzpeerServer.start(config);
        try {
            assertThat(Http.get(first.port(), "/researchers/piotr-zielinski").statusCode()).isEqualTo(200);
            DatabaseUrl url = first.databaseUrl();
            try (Connection c = DriverManager.getConnection(url.jdbcUrl(), "postgres", null)) {
                c.createStatement().executeUpdate(
                        "UPDATE researchers SET headline = 'Written before the restart.' WHERE slug = 'piotr-zielinski'");
            }
        } finally {
            first.stop();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        BzpeerServer second = BzpeerServer.start(config);
        try {
            assertThat(Http.get(second.port(), "/researchers/piotr-zielinski").body())
                    .contains("Written before the restart.");
        } finally {
            second.stop();
        }
    }
}
