package org.bzpeer.api.fetchers;

import java.util.Optional;
import org.bzpeer.core.rules.GlobalIds;

/** The Node types and their global-id prefixes. */
public final class Ids {

    public static final String RESEARCHER = "Researcher";
    public static final String WORK = "Work";
    public static final String TOPIC = "Topic";
    public static final String INSTITUTION = "Institution";
    public static final String SOURCE = "Source";

    private Ids() {
    }

    /** The numeric id inside a global id of {@code type}, or empty for malformed or foreign ids. */
    static Optional<Long> of(String type, String globalId) {
        return GlobalIds.decode(globalId).filter(d -> d.type().equals(type)).map(GlobalIds.Decoded::id);
    }
}
