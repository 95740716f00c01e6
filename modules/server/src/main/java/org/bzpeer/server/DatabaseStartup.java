package org.bzpeer.server;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.bzpeer.store.DatabaseUrl;
import org.bzpeer.store.Migrations;
import org.bzpeer.store.embedded.EmbeddedPostgresServer;

/**
 * Gets a migrated database: the one in {@code DATABASE_URL}, or the embedded default (data under
 * {@code BZPEER_DATA_DIR/postgres}, database {@code bzpeer}). Fails with one clear sentence when it cannot.
 */
final class DatabaseStartup {

    static final String EMBEDDED_DATABASE = "bzpeer";

    /** Why the server cannot start; the message is the one line it prints. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    record Started(DatabaseUrl url, Optional<EmbeddedPostgresServer> embedded) {
    }

    private DatabaseStartup() {
    }

    static Started start(Config config) {
        if (config.databaseUrl().isPresent()) {
            DatabaseUrl url = config.databaseUrl().get();
            migrate(url, "DATABASE_URL");
            return new Started(url, Optional.empty());
        }
        EmbeddedPostgresServer embedded;
        try {
            embedded = EmbeddedPostgresServer.start(config.dataDir().resolve("postgres"), false);
        } catch (RuntimeException e) {
            throw new Unavailable("the embedded PostgreSQL could not start in " + config.dataDir().toAbsolutePath()
                    + " (" + rootMessage(e) + "). Is another BZPeer using this BZPEER_DATA_DIR?", e);
        }
        try {
            createIfMissing(embedded.url("postgres"), EMBEDDED_DATABASE);
            DatabaseUrl url = embedded.url(EMBEDDED_DATABASE);
            migrate(url, "the embedded database");
            return new Started(url, Optional.of(embedded));
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static void migrate(DatabaseUrl url, String source) {
        try {
            Migrations.apply(url);
        } catch (RuntimeException e) {
            throw new Unavailable("the database at " + url.describe() + " (" + source + ") "
                    + (unreachable(e) ? "is unreachable: " : "could not be prepared: ") + rootMessage(e), e);
        }
    }

    private static void createIfMissing(DatabaseUrl admin, String database) {
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.options().getUser(), null)) {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    c.createStatement().execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new Unavailable("the embedded PostgreSQL did not accept a connection: " + e.getMessage(), e);
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
