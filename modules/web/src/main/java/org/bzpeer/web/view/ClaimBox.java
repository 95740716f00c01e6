package org.bzpeer.web.view;

/**
 * The claim area of a profile for a signed-in member: their claim of this record (state, reason, and in
 * development mode the confirmation link), a note that they claim another record, or the claim form.
 *
 * @param state        the member's claim of this record, or null
 * @param otherSlug    the record the member has a live claim on, when it is another one
 * @param vouch        the vouch form for this record's claim, when the member owns a co-author record; else null
 */
public record ClaimBox(String csrf, String state, String stateLabel, String reason, String email,
                       boolean emailConfirmed, String devLink, String otherSlug, Vouch vouch) {

    /** A co-author's vouch: how many works the member's own record shares with this one, and whether they vouched. */
    public record Vouch(int sharedWorks, boolean vouched) {
    }

    public ClaimBox(String csrf, String state, String stateLabel, String reason, String email,
                    boolean emailConfirmed, String devLink, String otherSlug) {
        this(csrf, state, stateLabel, reason, email, emailConfirmed, devLink, otherSlug, null);
    }

    public ClaimBox withVouch(Vouch v) {
        return new ClaimBox(csrf, state, stateLabel, reason, email, emailConfirmed, devLink, otherSlug, v);
    }

    public boolean hasClaimHere() {
        return state != null;
    }

    /** The form shows when there is no claim here (or it was rejected) and no live claim elsewhere. */
    public boolean showForm() {
        return otherSlug == null && (state == null || state.equals("REJECTED"));
    }
}
