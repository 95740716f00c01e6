package org.bzpeer.web.view;

import java.util.List;

/**
 * The account page; {@code claim} is the account's latest claim of an author record, or null; {@code invitations}
 * the inbox (invitations to the record the account owns) and the invitations it sent, at most 50 each.
 */
public record AccountView(String displayName, String email, String role, String memberSince, String csrf,
                          Claim claim, boolean moderator, Invitations invitations, List<Link> following) {

    /** The account's claim as the account page shows it. */
    public record Claim(String slug, String researcherName, String state, String stateLabel, String reason,
                        String email, boolean emailConfirmed, String devLink) {
    }

    public record Invitations(List<Invitation> received, List<Invitation> sent) {
        public static final Invitations NONE = new Invitations(List.of(), List.of());
    }

    /** One invitation; {@code decidedAt} is null while pending. */
    public record Invitation(long id, String senderName, String researcherSlug, String researcherName, String message,
                             String state, String stateLabel, String createdAt, String decidedAt) {
        public boolean pending() {
            return state.equals("PENDING");
        }
    }
}
