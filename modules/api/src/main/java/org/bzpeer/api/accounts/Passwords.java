package org.bzpeer.api.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id (password4j) with OWASP's recommended minimum: 19 MiB of memory, 2 iterations, 1 lane; salted, stored
 * as a PHC string that carries its own parameters, so they can be raised later without breaking old hashes.
 * Slow by design: call it off the event loop.
 */
final class Passwords {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Verified against when the account does not exist, so both cases take as long. */
    private static final String DUMMY = hash("not a real password, only for timing");

    private Passwords() {
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    static boolean matches(String password, String stored) {
        return Password.check(password, stored).with(Argon2Function.getInstanceFromHash(stored));
    }

    static void spendTheSameTime(String password) {
        matches(password, DUMMY);
    }
}
