package org.bzpeer.web.view;

/** The account page; {@code claim} is the account's latest claim of an author record, or null. */
public record AccountView(String displayName, String email, String role, String memberSince, String csrf,
                          Claim claim, boolean moderator) {

    /** The account's claim as the account page shows it. */
    public record Claim(String slug, String researcherName, String state, String stateLabel, String reason,
                        String email, boolean emailConfirmed, String devLink) {
    }
}
