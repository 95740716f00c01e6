package org.bzpeer.api.persisted;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Apollo-compatible automatic persisted queries: documents keyed by the SHA-256 of their text. Parsed, validated
 * documents live in a bounded LRU cache (a flood of unique hashes cannot exhaust memory); operations registered
 * at start (the pages' own) are pinned as text and can always be parsed again, so they never go missing.
 */
public final class PersistedQueries implements PersistedQueryCache {

    public static final int DEFAULT_CAPACITY = 1_000;

    private final Map<Object, PreparsedDocumentEntry> parsed;
    private final Map<String, String> registered = new ConcurrentHashMap<>();

    public PersistedQueries(int capacity) {
        this.parsed = java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        });
    }

    /** Pins {@code query} so clients may send only its hash; returns the hash. */
    public String register(String query) {
        String hash = sha256(query);
        registered.put(hash, query);
        return hash;
    }

    public int size() {
        return parsed.size();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(
            Object persistedQueryId, ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss)
            throws PersistedQueryNotFound {
        String query = executionInput.getQuery();
        boolean hashOnly = query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query);
        // A query sent with a hash that is not its own must not be answered from the cache: the miss path
        // rejects it (PersistedQueryIdInvalid).
        PreparsedDocumentEntry entry = hashOnly || sha256(query).equals(String.valueOf(persistedQueryId))
                ? parsed.get(persistedQueryId) : null;
        if (entry != null) {
            return CompletableFuture.completedFuture(entry);
        }
        if (hashOnly) {
            query = registered.get(String.valueOf(persistedQueryId));
            if (query == null) {
                throw new PersistedQueryNotFound(persistedQueryId);
            }
        }
        PreparsedDocumentEntry created = onCacheMiss.apply(query);
        if (!created.hasErrors()) {
            parsed.put(persistedQueryId, created);
        }
        return CompletableFuture.completedFuture(created);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
