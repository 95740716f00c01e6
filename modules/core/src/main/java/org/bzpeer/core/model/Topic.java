package org.bzpeer.core.model;

import java.util.List;

/** A research topic with its place in the subfield → field → domain hierarchy. */
public record Topic(
        long id,
        String slug,
        String openalexId,
        String displayName,
        String description,
        String subfield,
        String field,
        String domain,
        List<String> keywords) {
}
