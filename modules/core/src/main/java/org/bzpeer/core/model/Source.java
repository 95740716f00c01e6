package org.bzpeer.core.model;

/** Where works are published: a journal, a conference, a repository such as arXiv. */
public record Source(
        long id,
        String slug,
        String openalexId,
        String displayName,
        String type,
        String issnL,
        String homepageUrl) {
}
