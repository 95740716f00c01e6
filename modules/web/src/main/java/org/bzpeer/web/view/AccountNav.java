package org.bzpeer.web.view;

/** The header's account area: links for visitors, the name and a log-out button for members. */
public record AccountNav(String displayName, String csrf, String next) {

    public boolean signedIn() {
        return displayName != null;
    }
}
