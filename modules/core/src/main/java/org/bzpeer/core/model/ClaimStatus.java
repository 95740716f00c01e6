package org.bzpeer.core.model;

/** Whether a public author record has been linked to an account, and how far that went. */
public enum ClaimStatus {
    UNCLAIMED("Unclaimed author"),
    PENDING("Claim pending review"),
    CLAIMED("Claimed author"),
    DISPUTED("Disputed claim");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    /** The short phrase the profile page shows. */
    public String label() {
        return label;
    }
}
