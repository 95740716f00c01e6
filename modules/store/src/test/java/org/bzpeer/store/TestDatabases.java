package org.bzpeer.store;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.bzpeer.store.embedded.EmbeddedPostgresServer;
import org.bzpeer.store.importer.DemoDataset;
import org.bzpeer.store.importer.OpenAlexImporter;

/**
 * Fresh databases for integration tests: one per test class, on the embedded PostgreSQL (started once per JVM)
 * or on the server named by {@code TEST_DATABASE_URL}. The demo graph is loaded once into a template database
 * and cloned, so each class gets its own copy in milliseconds.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);
    private static DatabaseUrl server;
    private static DatabaseUrl demoTemplate;
    private static final java.util.List<String> CREATED = new java.util.ArrayList<>();

    private TestDatabases() {
    }

    /** An empty database with the schema migrated. */
    public static synchronized DatabaseUrl migrated(String hint) {
        DatabaseUrl url = create(hint, null);
        Migrations.apply(url);
        return url;
    }

    /** A database holding the demo research graph (the seed profile and its neighbourhood). */
    public static synchronized DatabaseUrl withDemoData(String hint) {
        if (demoTemplate == null) {
            DatabaseUrl template = migrated("demo_template");
            Vertx vertx = Vertx.vertx();
            try (Db db = Db.connect(vertx, template, 4)) {
                DemoDataset.load(new OpenAlexImporter(db));
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().join();
            }
            demoTemplate = template;
        }
        return create(hint, demoTemplate.options().getDatabase());
    }

    private static DatabaseUrl create(String hint, String template) {
        String name = ("bz_" + RUN + "_" + COUNTER.incrementAndGet() + "_" + hint)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        name = name.substring(0, Math.min(name.length(), 60));
        DatabaseUrl admin = server().withDatabase("postgres");
        try (Connection conn = DriverManager.getConnection(admin.jdbcUrl(), admin.options().getUser(),
                admin.options().getPassword());
             Statement st = conn.createStatement()) {
            st.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        CREATED.add(name);
        return server().withDatabase(name);
    }

    private static synchronized void dropCreated() {
        DatabaseUrl admin = server.withDatabase("postgres");
        try (Connection conn = DriverManager.getConnection(admin.jdbcUrl(), admin.options().getUser(),
                admin.options().getPassword());
             Statement st = conn.createStatement()) {
            for (int i = CREATED.size() - 1; i >= 0; i--) {
                st.execute("DROP DATABASE IF EXISTS " + CREATED.get(i) + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases: " + e.getMessage());
        }
    }

    private static DatabaseUrl server() {
        if (server == null) {
            String url = System.getenv("TEST_DATABASE_URL");
            if (url != null && !url.isBlank()) {
                server = DatabaseUrl.parse(url);
                // A shared server outlives the tests: drop what this run created.
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated));
            } else {
                try {
                    Path dir = Files.createTempDirectory("bzpeer-test-pg");
                    server = EmbeddedPostgresServer.start(dir.resolve("cluster"), true).url("postgres");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return server;
    }
}
