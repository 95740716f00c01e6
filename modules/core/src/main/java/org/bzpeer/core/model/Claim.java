package org.bzpeer.core.model;

import java.time.OffsetDateTime;

/** An account's claim of a public author record, with its evidence and where it stands. */
public record Claim(
        long id,
        long researcherId,
        long accountId,
        State state,
        String orcid,
        boolean orcidVerified,
        String email,
        boolean emailDomainMatch,
        OffsetDateTime emailConfirmedAt,
        int score,
        String reason,
        OffsetDateTime createdAt,
        OffsetDateTime decidedAt,
        Long decidedBy) {

    /** Where a claim stands. PENDING and CLAIMED are "live" for the record; DISPUTED is an open case. */
    public enum State {
        PENDING("Pending review"), CLAIMED("Approved"), REJECTED("Rejected"), DISPUTED("Disputed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
