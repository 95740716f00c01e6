package org.bzpeer.web.view;

/** {@code pages/claim-confirm.jte}: the page a confirmation link opens (a button, so mail scanners change nothing), or its outcome. */
public record ConfirmView(String token, boolean done, String csrf) {
}
