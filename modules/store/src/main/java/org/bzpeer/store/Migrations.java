package org.bzpeer.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL files under {@code db/migration} with Flyway, over JDBC: the JDBC driver is used
 * for nothing else.
 */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult apply(DatabaseUrl url) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url.jdbcUrl(), url.options().getUser(), url.options().getPassword())
                .locations("classpath:db/migration")
                .connectRetries(0)
                .load()
                .migrate();
    }
}
