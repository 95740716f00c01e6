package org.bzpeer.core.model;

/**
 * A researcher's public record, as imported from an open scholarly source.
 *
 * @param headline the stored headline, or null when none was imported or written; see
 *                 {@link org.bzpeer.core.rules.Headlines} for what is shown instead
 */
public record Researcher(
        long id,
        String slug,
        String openalexId,
        String displayName,
        String orcid,
        String headline,
        boolean openToCollaborate,
        int followersCount,
        ClaimStatus claimStatus) {
}
