package org.bzpeer.web.view;

/** The log-in and registration forms, with what was typed (never the password) and the error to show. */
public record AuthForm(String email, String displayName, String next, String error, String csrf) {
}
