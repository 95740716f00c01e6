package org.bzpeer.web.view;

import java.util.List;

/** {@code pages/admin-claims.jte}: pending and disputed claims for moderators. */
public record ClaimQueueView(List<Item> items, String error, String csrf) {

    /** One claim with its evidence in words. */
    public record Item(long id, String researcherSlug, String researcherName, String claimantName,
                       String claimantEmail, String state, String stateLabel, String orcidEvidence,
                       String emailEvidence, int score, String createdAt) {
    }
}
