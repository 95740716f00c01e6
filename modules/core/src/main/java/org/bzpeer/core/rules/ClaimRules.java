package org.bzpeer.core.rules;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * How claim evidence is weighed (docs/trust.md, "Claims"). Pure: the service feeds it facts it has checked.
 *
 * <p>Institutional email domains: the host of an institution's homepage URL, lower-cased, without a leading
 * {@code www.}; an address matches when its domain is that domain or a subdomain of it
 * ({@code www.example.edu} → {@code a@example.edu} and {@code a@cs.example.edu} match, {@code a@notexample.edu}
 * does not).
 */
public final class ClaimRules {

    /** The claimant's ORCID iD equals the one on the public record. */
    public static final int ORCID_MATCH = 50;
    /** A well-formed ORCID iD on a record that has none to compare with: noted, but proves little. */
    public static final int ORCID_UNVERIFIABLE = 10;
    /** An address at one of the record's institutions, confirmed through the one-time link. */
    public static final int INSTITUTIONAL_EMAIL_CONFIRMED = 50;
    /** Each vouch by a co-author whose own record is claimed. */
    public static final int COAUTHOR_VOUCH = 25;
    /** Vouches beyond this many are recorded but add nothing to the score. */
    public static final int MAX_VOUCHES_SCORED = 2;
    /** From this score a claim is approved without a moderator. */
    public static final int AUTO_APPROVE_FROM = 100;
    public static final int MAX_REASON = 500;

    private ClaimRules() {
    }

    public static int score(boolean orcidMatchesRecord, boolean orcidGivenUnverifiable, boolean institutionalEmailConfirmed) {
        return (orcidMatchesRecord ? ORCID_MATCH : 0) + (orcidGivenUnverifiable ? ORCID_UNVERIFIABLE : 0)
                + (institutionalEmailConfirmed ? INSTITUTIONAL_EMAIL_CONFIRMED : 0);
    }

    /** What the {@code nth} vouch (1-based) adds to a claim's score. */
    public static int vouchWeight(int nth) {
        return nth >= 1 && nth <= MAX_VOUCHES_SCORED ? COAUTHOR_VOUCH : 0;
    }

    public static boolean autoApproves(int score) {
        return score >= AUTO_APPROVE_FROM;
    }

    /** The email domain an institution's homepage stands for, if its URL has a usable host. */
    public static Optional<String> institutionDomain(String homepageUrl) {
        if (homepageUrl == null || homepageUrl.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(homepageUrl.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            return host.contains(".") ? Optional.of(host) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a (validated, lower-cased) email address is at one of {@code domains} or a subdomain of one. */
    public static boolean emailAtDomain(String email, Collection<String> domains) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }
}
