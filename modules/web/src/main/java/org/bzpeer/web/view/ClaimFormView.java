package org.bzpeer.web.view;

/** {@code pages/claim.jte}: the claim form on its own page, with the last attempt's values and error. */
public record ClaimFormView(String slug, String displayName, String orcid, String email, String error, String csrf) {
}
