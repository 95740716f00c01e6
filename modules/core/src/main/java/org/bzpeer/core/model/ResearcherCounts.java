package org.bzpeer.core.model;

/** The counts shown in a profile's trust snapshot, derived from the research graph. */
public record ResearcherCounts(long researcherId, int works, int topics, int collaborators) {

    public static ResearcherCounts empty(long researcherId) {
        return new ResearcherCounts(researcherId, 0, 0, 0);
    }
}
