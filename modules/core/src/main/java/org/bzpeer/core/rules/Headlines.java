package org.bzpeer.core.rules;

import org.bzpeer.core.model.Researcher;

/** What a profile says under the name when the researcher has not written a headline yet. */
public final class Headlines {

    private Headlines() {
    }

    public static String headlineOf(Researcher researcher) {
        String own = researcher.headline();
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        return researcher.displayName() + " contributes to research discovery and scholarly infrastructure.";
    }
}
