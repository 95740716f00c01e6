package org.bzpeer.web.view;

/** The account page. */
public record AccountView(String displayName, String email, String role, String memberSince, String csrf) {
}
