package org.bzpeer.core.rules;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque Relay global ids: {@code base64url("Researcher:42")}. Clients must treat them as opaque; decoding
 * is lenient only in that any malformed input yields empty rather than an exception.
 */
public final class GlobalIds {

    public record Decoded(String type, long id) {
    }

    private GlobalIds() {
    }

    public static String encode(String type, long id) {
        String raw = type + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<Decoded> decode(String globalId) {
        if (globalId == null || globalId.isEmpty() || globalId.length() > 200) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            long id = Long.parseLong(raw.substring(colon + 1));
            return id > 0 ? Optional.of(new Decoded(raw.substring(0, colon), id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
