package org.bzpeer.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The one door to PostgreSQL: a reactive pool plus statement listeners. Every repository sends its SQL
 * through {@link #query} or a transaction's {@link Tx}, so counting statements per request (the batching
 * proof) and timing them need no changes elsewhere.
 */
public final class Db implements AutoCloseable {

    /** Told about every statement sent; must be cheap and thread-safe. */
    @FunctionalInterface
    public interface StatementListener {
        void onStatement(String sql);
    }

    private final Pool pool;
    private final List<StatementListener> listeners = new CopyOnWriteArrayList<>();

    private Db(Pool pool) {
        this.pool = pool;
    }

    public static Db connect(Vertx vertx, DatabaseUrl url, int maxPoolSize) {
        Pool pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(maxPoolSize).setName("bzpeer"))
                .connectingTo(url.options().setCachePreparedStatements(true).setPreparedStatementCacheMaxSize(256))
                .using(vertx)
                .build();
        return new Db(pool);
    }

    public Runnable addListener(StatementListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public Future<RowSet<Row>> query(String sql, Tuple args) {
        return run(pool, sql, args);
    }

    public Future<RowSet<Row>> query(String sql) {
        return run(pool, sql, Tuple.tuple());
    }

    /** Runs {@code work} in one transaction: committed when its future succeeds, rolled back otherwise. */
    public <T> Future<T> inTransaction(Function<Tx, Future<T>> work) {
        return pool.withTransaction(conn -> work.apply(new Tx(conn)));
    }

    /** Answers whether the database is reachable, with a bounded wait. */
    public Future<Void> ping() {
        return query("SELECT 1").mapEmpty();
    }

    @Override
    public void close() {
        pool.close();
    }

    public Future<Void> closeAsync() {
        return pool.close();
    }

    private Future<RowSet<Row>> run(SqlClient client, String sql, Tuple args) {
        announce(sql);
        return client.preparedQuery(sql).execute(args);
    }

    private void announce(String sql) {
        for (StatementListener listener : listeners) {
            listener.onStatement(sql);
        }
    }

    /** A connection inside a transaction. */
    public final class Tx {
        private final SqlConnection conn;

        private Tx(SqlConnection conn) {
            this.conn = conn;
        }

        public Future<RowSet<Row>> query(String sql, Tuple args) {
            return run(conn, sql, args);
        }

        /** One prepared statement executed for many argument tuples in a single round trip. */
        public Future<RowSet<Row>> batch(String sql, List<Tuple> rows) {
            if (rows.isEmpty()) {
                return Future.succeededFuture();
            }
            announce(sql);
            return conn.preparedQuery(sql).executeBatch(rows);
        }
    }
}
