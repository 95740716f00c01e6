package org.bzpeer.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar bzpeer.jar}: configuration from the environment, one clear line when startup fails. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(command(args));
            return;
        }
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

    /**
     * {@code java -jar bzpeer.jar promote-moderator <email>}: makes an existing account a moderator, on the
     * database the environment configures (migrated first), then exits. Answers the process exit code.
     */
    static int command(String[] args) {
        if (!args[0].equals("promote-moderator") || args.length != 2) {
            System.err.println("Usage: java -jar bzpeer.jar [promote-moderator <email>]");
            return 2;
        }
        String email = args[1].strip().toLowerCase(java.util.Locale.ROOT);
        Config config;
        try {
            config = Config.fromEnv(System.getenv());
        } catch (Config.Invalid e) {
            System.err.println("BZPeer cannot start: " + e.getMessage());
            return 2;
        }
        DatabaseStartup.Started database;
        try {
            database = DatabaseStartup.start(config);
        } catch (DatabaseStartup.Unavailable e) {
            System.err.println("BZPeer cannot start: " + e.getMessage());
            return 1;
        }
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            org.bzpeer.store.Db db = org.bzpeer.store.Db.connect(vertx, database.url(), 1);
            var promoted = BzpeerServer.await(new org.bzpeer.store.repo.AccountRepository(db).promoteToModerator(email));
            if (promoted.isEmpty()) {
                System.err.println("No account has the address " + email + "; register it first.");
                return 1;
            }
            System.out.println(email + " is now a moderator.");
            return 0;
        } finally {
            BzpeerServer.await(vertx.close());
            database.embedded().ifPresent(org.bzpeer.store.embedded.EmbeddedPostgresServer::close);
        }
    }
}
