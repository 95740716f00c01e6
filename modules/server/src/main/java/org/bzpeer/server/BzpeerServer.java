package org.bzpeer.server;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.bzpeer.api.GraphQLService;
import org.bzpeer.api.accounts.AccountService;
import org.bzpeer.api.accounts.ClaimService;
import org.bzpeer.api.mail.LoggingMailTransport;
import org.bzpeer.api.paging.Cursors;
import org.bzpeer.store.DatabaseUrl;
import org.bzpeer.store.Db;
import org.bzpeer.store.Store;
import org.bzpeer.store.embedded.EmbeddedPostgresServer;
import org.bzpeer.store.importer.DemoDataset;
import org.bzpeer.store.importer.OpenAlexImporter;
import org.bzpeer.web.Templates;
import org.bzpeer.web.pages.PageSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole application: database (embedded or configured), migrations, demo data on an empty database, the
 * GraphQL gateway, the pages, and the HTTP server. {@link Main} and the end-to-end tests both start it here.
 */
public final class BzpeerServer {

    private static final Logger LOG = LoggerFactory.getLogger(BzpeerServer.class);
    public static final String SEED_PATH = "/researchers/piotr-zielinski";

    private final Vertx vertx;
    private final Db db;
    private final Optional<EmbeddedPostgresServer> embedded;
    private final int port;
    private final DatabaseUrl databaseUrl;

    private BzpeerServer(Vertx vertx, Db db, Optional<EmbeddedPostgresServer> embedded, int port,
                         DatabaseUrl databaseUrl) {
        this.vertx = vertx;
        this.db = db;
        this.embedded = embedded;
        this.port = port;
        this.databaseUrl = databaseUrl;
    }

    /** Starts everything, blocking until the server listens. */
    public static BzpeerServer start(Config config) {
        DatabaseStartup.Started database = DatabaseStartup.start(config);
        Vertx vertx = Vertx.vertx();
        Db db = Db.connect(vertx, database.url(), 16);
        try {
            Store store = Store.over(db);
            loadDemoDataIfEmpty(db);
            // Mailed links point at this server (its actual port, once it listens); with BZPEER_DEV_MAIL the pages
            // also show them.
            java.util.concurrent.atomic.AtomicInteger listening = new java.util.concurrent.atomic.AtomicInteger(
                    config.port() == 0 ? Config.DEFAULT_PORT : config.port());
            ClaimService claims = new ClaimService(store.claims(), new LoggingMailTransport(config.devMail()),
                    () -> config.linkBase(listening.get()));
            GraphQLService graphql = GraphQLService.create(store, Cursors.withRandomKey(),
                    org.bzpeer.api.limits.Limits.DEFAULT, claims);
            Templates templates = config.templatesDir().map(Templates::hotReloading).orElseGet(Templates::precompiled);
            PageSupport pages = new PageSupport(graphql, templates);
            AccountService accounts = new AccountService(vertx, store.accounts());
            HttpVerticle verticle = new HttpVerticle(config.port(),
                    vertx1 -> Routes.build(vertx1, store, graphql, pages, accounts, claims));
            await(vertx.deployVerticle(verticle));
            listening.set(verticle.actualPort());
            return new BzpeerServer(vertx, db, database.embedded(), verticle.actualPort(), database.url());
        } catch (RuntimeException e) {
            await(vertx.close());
            database.embedded().ifPresent(EmbeddedPostgresServer::close);
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** Where the data lives (the embedded server's URL when no DATABASE_URL was given). */
    public DatabaseUrl databaseUrl() {
        return databaseUrl;
    }

    /** Stops the HTTP server and the pool, then the embedded database. Safe to call twice. */
    public synchronized void stop() {
        try {
            await(vertx.close());
        } catch (RuntimeException e) {
            LOG.warn("while stopping Vert.x: {}", e.getMessage());
        }
        embedded.ifPresent(EmbeddedPostgresServer::close);
    }

    private static void loadDemoDataIfEmpty(Db db) {
        boolean empty = await(db.query("SELECT NOT EXISTS (SELECT 1 FROM researchers) AS empty"))
                .iterator().next().getBoolean("empty");
        if (!empty) {
            return;
        }
        LOG.info("Empty database: loading the demo research graph");
        List<OpenAlexImporter.Report> reports = DemoDataset.load(new OpenAlexImporter(db));
        reports.forEach(r -> LOG.info("  {}: {} imported, {} skipped", r.entity().fileStem(), r.imported(), r.skipped()));
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** Owns the HTTP server; the router is built on the verticle's own context. */
    static final class HttpVerticle extends VerticleBase {
        private final int port;
        private final java.util.function.Function<Vertx, io.vertx.ext.web.Router> routes;
        private HttpServer server;

        HttpVerticle(int port, java.util.function.Function<Vertx, io.vertx.ext.web.Router> routes) {
            this.port = port;
            this.routes = routes;
        }

        @Override
        public Future<?> start() {
            server = vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true));
            return server.requestHandler(routes.apply(vertx)).listen(port);
        }

        int actualPort() {
            return server.actualPort();
        }
    }
}
