package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.bzpeer.store.DatabaseUrl;
import org.bzpeer.store.Db;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseStartupIT {

    @Test
    @DisplayName("an unreachable DATABASE_URL stops startup with one sentence naming the database")
    void unreachable() throws Exception {
        int closedPort = freePort();
        Config config = new Config(0, Optional.of(DatabaseUrl.parse("postgresql://bz:secret@127.0.0.1:" + closedPort
                + "/bzpeer")), Path.of("unused"), Optional.empty());
        assertThatThrownBy(() -> BzpeerServer.start(config))
                .isInstanceOf(DatabaseStartup.Unavailable.class)
                .hasMessageStartingWith("the database at 127.0.0.1:" + closedPort + "/bzpeer (DATABASE_URL) is unreachable")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("\n"));
    }

    @Test
    @DisplayName("GET /health is 503 when the database does not answer")
    void healthDown() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (Db db = Db.connect(vertx, DatabaseUrl.of("127.0.0.1", freePort(), "none", "postgres", null), 1)) {
            Router router = Router.router(vertx);
            router.get("/health").handler(new HealthHandler(db));
            int port = vertx.createHttpServer().requestHandler(router).listen(0)
                    .toCompletionStage().toCompletableFuture().join().actualPort();
            HttpResponse<String> response = Http.get(port, "/health");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("\"database\":\"DOWN\"");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
