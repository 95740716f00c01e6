package org.bzpeer.core.model;

import java.util.List;

/**
 * One author's place on one work.
 *
 * @param position       1-based order in the author list
 * @param authorPosition OpenAlex's coarse position: first, middle or last
 * @param institutionIds the affiliations given on this work, i.e. at the time it was published
 */
public record Authorship(
        long workId,
        int position,
        long researcherId,
        String authorPosition,
        String rawAuthorName,
        boolean corresponding,
        List<Long> institutionIds) {
}
