package org.bzpeer.api.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bzpeer.api.errors.ApiException;

/**
 * Opaque, tamper-checked cursors: {@code base64url(kind:payload.mac)}. The MAC binds the payload to its kind, so
 * a forged cursor, or one from another connection, is refused with a clear error instead of a database error.
 */
public final class Cursors {

    private static final int MAC_BYTES = 12;
    private final byte[] key;

    public Cursors(byte[] key) {
        this.key = key.clone();
    }

    /** A fresh random key: cursors stay valid while this process runs. */
    public static Cursors withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Cursors(key);
    }

    public String encode(String kind, String payload) {
        String body = kind + ":" + payload;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((body + "." + mac(body)).getBytes(StandardCharsets.UTF_8));
    }

    /** The payload of a cursor of {@code kind}; {@link ApiException} (BAD_USER_INPUT) for anything else. */
    public String decode(String kind, String cursor) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        int dot = raw.lastIndexOf('.');
        if (dot < 0) {
            throw invalid();
        }
        String body = raw.substring(0, dot);
        byte[] given = raw.substring(dot + 1).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, mac(body).getBytes(StandardCharsets.UTF_8))
                || !body.startsWith(kind + ":")) {
            throw invalid();
        }
        return body.substring(kind.length() + 1);
    }

    private static ApiException invalid() {
        return ApiException.badInput(
                "Invalid cursor: pass back an endCursor or edge cursor from this same connection, unchanged.");
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            byte[] cut = new byte[MAC_BYTES];
            System.arraycopy(full, 0, cut, 0, MAC_BYTES);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(cut);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
