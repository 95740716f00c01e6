package org.bzpeer.core.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * ORCID iDs: sixteen characters in four groups of four ({@code 0000-0002-1825-0097}), the last one an ISO 7064
 * MOD 11-2 check character (a digit or {@code X} for ten). Accepts the bare iD, with or without hyphens, or the
 * {@code https://orcid.org/} form, and answers with the canonical hyphenated iD.
 */
public final class OrcidIds {

    private OrcidIds() {
    }

    /** The canonical iD, or empty when {@code raw} is not a well-formed iD with a correct check character. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip().toUpperCase(Locale.ROOT).replaceFirst("^HTTPS?://(WWW\\.)?ORCID\\.ORG/", "");
        String compact = s.replace("-", "");
        if (!compact.matches("\\d{15}[\\dX]")) {
            return Optional.empty();
        }
        if (s.contains("-") && !s.matches("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]")) {
            return Optional.empty();
        }
        if (checkCharacter(compact.substring(0, 15)) != compact.charAt(15)) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8, 12)
                + "-" + compact.substring(12));
    }

    /** ISO 7064 MOD 11-2 over the first fifteen digits. */
    public static char checkCharacter(String fifteenDigits) {
        int total = 0;
        for (int i = 0; i < fifteenDigits.length(); i++) {
            total = (total + (fifteenDigits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }
}
