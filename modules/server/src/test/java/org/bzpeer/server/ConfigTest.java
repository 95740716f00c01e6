package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    @DisplayName("defaults: port 8080, embedded database, ./data")
    void defaults() {
        Config config = Config.fromEnv(Map.of());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.templatesDir()).isEmpty();
    }

    @Test
    @DisplayName("a DATABASE_URL is parsed into host, port, database and credentials")
    void databaseUrl() {
        Config config = Config.fromEnv(Map.of("DATABASE_URL", "postgresql://bz:pw@db.example:6543/graph", "PORT", "9000"));
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.databaseUrl()).hasValueSatisfying(url -> {
            assertThat(url.describe()).isEqualTo("db.example:6543/graph");
            assertThat(url.options().getUser()).isEqualTo("bz");
            assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/graph");
        });
    }

    @Test
    @DisplayName("invalid values are refused with a message naming the variable, without leaking passwords")
    void invalid() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("PORT", "eighty"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("PORT", "70000"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("DATABASE_URL", "mysql://u:hunter2@h/db")))
                .hasMessageContaining("DATABASE_URL").hasMessageContaining("postgresql://")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        assertThatThrownBy(() -> Config.fromEnv(Map.of("BZPEER_TEMPLATES_DIR", "/does/not/exist")))
                .hasMessageContaining("BZPEER_TEMPLATES_DIR");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("BZPEER_PUBLIC_URL", "ftp://x"))).hasMessageContaining("BZPEER_PUBLIC_URL");
        assertThat(Config.fromEnv(Map.of("BZPEER_PUBLIC_URL", "https://bzpeer.example.org/")).linkBase(8080))
                .isEqualTo("https://bzpeer.example.org");
        assertThat(Config.fromEnv(Map.of()).linkBase(8080)).isEqualTo("http://localhost:8080");
    }
}
