package org.bzpeer.store;

import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;

/**
 * A PostgreSQL location given as {@code postgresql://user:password@host:port/database}, the form
 * {@code DATABASE_URL} takes. The reactive pool and the JDBC driver (used only by migrations) both derive
 * their settings from it.
 */
public record DatabaseUrl(PgConnectOptions options) {

    /** @throws IllegalArgumentException with a message naming what is wrong */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
            throw new IllegalArgumentException("must start with postgresql:// (got '" + redact(url) + "')");
        }
        PgConnectOptions options;
        try {
            options = PgConnectOptions.fromUri(url);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("is not a valid PostgreSQL URL ('" + redact(url) + "')");
        }
        if (options.getHost() == null || options.getHost().isBlank()) {
            throw new IllegalArgumentException("names no host ('" + redact(url) + "')");
        }
        return new DatabaseUrl(options);
    }

    public static DatabaseUrl of(String host, int port, String database, String user, String password) {
        PgConnectOptions options = new PgConnectOptions().setHost(host).setPort(port).setDatabase(database).setUser(user);
        return new DatabaseUrl(password == null ? options : options.setPassword(password));
    }

    /** The JDBC form, for Flyway; credentials are passed separately. */
    public String jdbcUrl() {
        String jdbc = "jdbc:postgresql://" + options.getHost() + ":" + options.getPort() + "/" + options.getDatabase();
        SslMode ssl = options.getSslMode();
        return ssl == null || ssl == SslMode.DISABLE ? jdbc : jdbc + "?sslmode=" + ssl.name().toLowerCase().replace('_', '-');
    }

    /** The same server with another database: tests create one database per class. */
    public DatabaseUrl withDatabase(String database) {
        return new DatabaseUrl(new PgConnectOptions(options).setDatabase(database));
    }

    /** host:port/database, safe to log (no credentials). */
    public String describe() {
        return options.getHost() + ":" + options.getPort() + "/" + options.getDatabase();
    }

    private static String redact(String url) {
        return url.replaceAll("//([^:/@]+):[^@]*@", "//$1:***@");
    }
}
