package org.bzpeer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The GraphQL operation files that sit beside the templates ({@code templates/pages/profile.graphql} …). Shared
 * fragments live in their own files and are appended to every operation that spreads them.
 */
public final class Operations {

    /** Fragment name → the file that defines it. */
    static final Map<String, String> SHARED_FRAGMENTS = Map.of("WorkSummaryFields", "partials/work-summary.graphql");

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The text of {@code templates/<name>} with the shared fragments it uses, read once. */
    public String get(String name) {
        return cache.computeIfAbsent(name, Operations::withFragments);
    }

    private static String withFragments(String name) {
        StringBuilder text = new StringBuilder(read(name));
        SHARED_FRAGMENTS.forEach((fragment, file) -> {
            if (text.indexOf("..." + fragment) >= 0 && text.indexOf("fragment " + fragment) < 0) {
                text.append('\n').append(read(file));
            }
        });
        return text.toString();
    }

    private static String read(String name) {
        String resource = "templates/" + name;
        try (InputStream in = Operations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("operation file missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
