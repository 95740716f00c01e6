package org.bzpeer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Static assets under content-hashed names ({@code /assets/app.3f2a9c1b.css}), so browsers may cache them for a
 * year: a changed file gets a new name. Templates ask {@link #url} for the current name.
 */
public final class Assets {

    /** Where assets live on the classpath. */
    public static final String ROOT = "webroot/assets/";
    /** Every asset the pages reference. */
    public static final List<String> FILES = List.of("app.css", "pages.css", "graph.css", "app.js", "icon.svg");

    private static final Map<String, String> HASHED = new ConcurrentHashMap<>();
    private static final Map<String, String> BY_HASHED_NAME = new ConcurrentHashMap<>();

    private Assets() {
    }

    /** Computes the hashed names; call once at start. */
    public static synchronized void load() {
        for (String file : FILES) {
            byte[] bytes = read(file);
            String hash = HexFormat.of().formatHex(sha256(bytes)).substring(0, 10);
            int dot = file.lastIndexOf('.');
            String hashedName = file.substring(0, dot) + "." + hash + file.substring(dot);
            HASHED.put(file, hashedName);
            BY_HASHED_NAME.put(hashedName, file);
        }
    }

    /** The URL of {@code file} (e.g. {@code app.css}) under its current hashed name. */
    public static String url(String file) {
        if (HASHED.isEmpty()) {
            load();
        }
        String hashed = HASHED.get(file);
        if (hashed == null) {
            throw new IllegalStateException("unknown asset " + file + " (Assets.load() not called, or not in FILES)");
        }
        return "/assets/" + hashed;
    }

    /** The real file behind a hashed name, or null for names that are not current. */
    public static String fileFor(String hashedName) {
        return BY_HASHED_NAME.get(hashedName);
    }

    public static byte[] read(String file) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the classpath: " + ROOT + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String contentType(String file) {
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (file.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "application/octet-stream";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
