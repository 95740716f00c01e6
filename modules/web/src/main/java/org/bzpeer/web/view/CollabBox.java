package org.bzpeer.web.view;

/**
 * The direct-collaboration area of a profile: the owner's settings form, the invite form for signed-in members
 * when the record is claimed and open, or why invitations are locked.
 *
 * @param csrf     the form token; null for visitors
 * @param owner    the viewer owns this record (a CLAIMED claim)
 * @param claimed  the record has an owner
 * @param headline the owner's own headline (null when the default is shown), for the settings form
 */
public record CollabBox(String csrf, boolean signedIn, boolean owner, boolean claimed, boolean open,
                        String headline, String affiliationText) {

    public static final int MIN_MESSAGE = 10;
    public static final int MAX_MESSAGE = 1000;
    public static final int MAX_HEADLINE = 160;
    public static final int MAX_AFFILIATION = 200;

    public boolean showInviteForm() {
        return signedIn && !owner && claimed && open;
    }

    public String headlineValue() {
        return headline == null ? "" : headline;
    }

    public String affiliationValue() {
        return affiliationText == null ? "" : affiliationText;
    }
}
