package org.bzpeer.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.bzpeer.store.TestDatabases;

/** Starts the whole application for a test class, on a fresh database of its own. */
final class TestServers {

    private TestServers() {
    }

    /** On an empty migrated database: the server loads the demo graph itself, as on a first start. */
    static BzpeerServer onEmptyDatabase(String hint) {
        try {
            return BzpeerServer.start(new Config(0, Optional.of(TestDatabases.migrated(hint)),
                    Files.createTempDirectory("bzpeer-data"), Optional.empty()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
