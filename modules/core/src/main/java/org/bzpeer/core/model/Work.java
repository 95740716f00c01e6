package org.bzpeer.core.model;

import java.time.LocalDate;

/** A published item: preprint, article, proceedings paper, dataset … */
public record Work(
        long id,
        String slug,
        String openalexId,
        String type,
        String title,
        String abstractText,
        LocalDate publicationDate,
        Integer publicationYear,
        Long sourceId,
        String arxivId,
        String doi,
        String url,
        int citedByCount,
        boolean openAccess,
        String language) {
}
