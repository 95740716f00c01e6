package org.bzpeer.core.model;

/** A university, lab, company or other organisation researchers are affiliated with. */
public record Institution(
        long id,
        String slug,
        String openalexId,
        String displayName,
        String ror,
        String countryCode,
        String type,
        String homepageUrl,
        String city) {
}
