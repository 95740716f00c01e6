package org.bzpeer.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.bzpeer.store.DatabaseUrl;

/**
 * Configuration from environment variables, with defaults; {@link #fromEnv} validates everything at start and
 * names the variable that is wrong.
 *
 * @param port         {@code PORT}, default 8080 (0 picks a free port, for tests)
 * @param databaseUrl  {@code DATABASE_URL}; empty means the embedded PostgreSQL
 * @param dataDir      {@code BZPEER_DATA_DIR}, default {@code ./data}: where the embedded database keeps its files
 * @param templatesDir {@code BZPEER_TEMPLATES_DIR}: when set, templates are compiled from there and hot-reloaded
 * @param devMail      {@code BZPEER_DEV_MAIL} (1 or 0): show mailed links (claim confirmations) on the pages as well
 *                     as in the log, since no mail server is configured. Default: on for the embedded database,
 *                     off with DATABASE_URL.
 * @param publicUrl    {@code BZPEER_PUBLIC_URL}: the site's address as users reach it (e.g. behind a proxy), for
 *                     links in mail; default {@code http://localhost:PORT}
 */
public record Config(int port, Optional<DatabaseUrl> databaseUrl, Path dataDir, Optional<Path> templatesDir,
                     boolean devMail, Optional<String> publicUrl) {

    /** Development mail on, as for the embedded default (tests). */
    public Config(int port, Optional<DatabaseUrl> databaseUrl, Path dataDir, Optional<Path> templatesDir) {
        this(port, databaseUrl, dataDir, templatesDir, true, Optional.empty());
    }

    public Config(int port, Optional<DatabaseUrl> databaseUrl, Path dataDir, Optional<Path> templatesDir,
                  boolean devMail) {
        this(port, databaseUrl, dataDir, templatesDir, devMail, Optional.empty());
    }

    /** Where links in mail point: the configured public address, or this machine. */
    public String linkBase(int actualPort) {
        return publicUrl.orElse("http://localhost:" + actualPort);
    }

    public static final int DEFAULT_PORT = 8080;

    /** A configuration value that cannot be used; the message names the variable and the fix. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    public static Config fromEnv(Map<String, String> env) {
        Optional<DatabaseUrl> db = databaseUrl(env.get("DATABASE_URL"));
        return new Config(port(env.get("PORT")), db, dataDir(env.get("BZPEER_DATA_DIR")),
                templatesDir(env.get("BZPEER_TEMPLATES_DIR")), devMail(env.get("BZPEER_DEV_MAIL"), db.isEmpty()),
                publicUrl(env.get("BZPEER_PUBLIC_URL")));
    }

    private static Optional<String> publicUrl(String raw) {
        if (blank(raw)) {
            return Optional.empty();
        }
        String url = raw.strip().replaceAll("/+$", "");
        try {
            java.net.URI uri = java.net.URI.create(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new Invalid("BZPEER_PUBLIC_URL must be an http(s) address such as https://bzpeer.example.org (got '"
                    + raw + "').");
        }
        return Optional.of(url);
    }

    private static boolean devMail(String raw, boolean embedded) {
        if (blank(raw)) {
            return embedded;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new Invalid("BZPEER_DEV_MAIL must be 1 or 0 (got '" + raw + "').");
        };
    }

    private static int port(String raw) {
        if (blank(raw)) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(raw.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new Invalid("PORT must be a number from 1 to 65535 (got '" + raw + "').");
        }
    }

    private static Optional<DatabaseUrl> databaseUrl(String raw) {
        if (blank(raw)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DatabaseUrl.parse(raw.strip()));
        } catch (IllegalArgumentException e) {
            throw new Invalid("DATABASE_URL " + e.getMessage()
                    + "; expected postgresql://user:password@host:5432/database, or leave it unset for the embedded database.");
        }
    }

    private static Path dataDir(String raw) {
        Path dir = Path.of(blank(raw) ? "data" : raw.strip());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Invalid("BZPEER_DATA_DIR points at a file, not a directory: " + dir.toAbsolutePath());
        }
        return dir;
    }

    private static Optional<Path> templatesDir(String raw) {
        if (blank(raw)) {
            return Optional.empty();
        }
        Path dir = Path.of(raw.strip());
        if (!Files.isDirectory(dir)) {
            throw new Invalid("BZPEER_TEMPLATES_DIR is not a directory: " + dir.toAbsolutePath());
        }
        return Optional.of(dir);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
