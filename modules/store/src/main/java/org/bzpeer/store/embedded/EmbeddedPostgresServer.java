package org.bzpeer.store.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bzpeer.store.DatabaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a real PostgreSQL (zonky's binaries from Maven Central) whose data lives in a directory
 * of ours, so it survives restarts. Nothing needs installing.
 *
 * <p>PostgreSQL refuses to run as root; when this JVM is root (containers, CI machines) zonky starts it inside
 * a user namespace ({@code unshare -U}), where it runs as {@code nobody}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL with its cluster in {@code dataDirectory} (created on first use, reused after).
     *
     * @param throwaway delete the cluster when closed (tests)
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean throwaway) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwaway)
                    .setRegisterShutdownHook(throwaway)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100");
            EmbeddedPostgres postgres = builder.start();
            LOG.info("Embedded PostgreSQL listening on 127.0.0.1:{}, data in {}", postgres.getPort(),
                    dataDirectory.toAbsolutePath());
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The URL of a database on this server, as the superuser {@code postgres}. */
    public DatabaseUrl url(String database) {
        return DatabaseUrl.of("127.0.0.1", postgres.getPort(), database, "postgres", null);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
