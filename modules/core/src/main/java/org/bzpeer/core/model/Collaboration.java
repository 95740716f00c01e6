package org.bzpeer.core.model;

/** A derived co-authorship edge: how many works two researchers share, and the latest year they did. */
public record Collaboration(long researcherId, long collaboratorId, int sharedWorks, Integer latestYear) {
}
