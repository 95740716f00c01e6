package org.bzpeer.core.model;

/** How strongly a work is about a topic (0..1), and whether it is the work's primary topic. */
public record WorkTopic(long workId, long topicId, double score, boolean primary) {
}
