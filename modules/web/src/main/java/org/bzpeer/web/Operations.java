package org.bzpeer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The GraphQL operation files that sit beside the templates ({@code templates/pages/profile.graphql} …). */
public final class Operations {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The text of {@code templates/<name>}, read once. */
    public String get(String name) {
        return cache.computeIfAbsent(name, Operations::read);
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
