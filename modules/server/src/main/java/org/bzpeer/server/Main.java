package org.bzpeer.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar bzpeer.jar}: configuration from the environment, one clear line when startup fails. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.fromEnv(System.getenv());
        } catch (Config.Invalid e) {
            System.err.println("BZPeer cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        BzpeerServer server;
        try {
            server = BzpeerServer.start(config);
        } catch (DatabaseStartup.Unavailable e) {
            LOG.debug("startup failure", e);
            System.err.println("BZPeer cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        // SIGTERM / Ctrl-C: stop taking requests, close the pool, stop the embedded database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            server.stop();
        }, "bzpeer-shutdown"));
        LOG.info("BZPeer is ready: http://localhost:{}{}", server.port(), BzpeerServer.SEED_PATH);
    }
}
