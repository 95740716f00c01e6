package org.bzpeer.store.repo;

import java.time.LocalDate;

/**
 * A keyset page of works in their newest-first order: {@code limit} rows after the work at
 * ({@code cursorDate}, {@code cursorId}), or, when {@code backward}, the {@code limit} rows before it. Without a
 * cursor, the page starts at the newest work (forward) or ends at the oldest (backward).
 */
public record WorkPage(int limit, boolean backward, LocalDate cursorDate, Long cursorId) {

    /** Works without a date sort last, as if published on this day. */
    public static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    public static WorkPage first(int limit) {
        return new WorkPage(limit, false, null, null);
    }

    /** The sort key of a work in this order. */
    public static LocalDate sortDate(LocalDate publicationDate) {
        return publicationDate == null ? UNDATED : publicationDate;
    }
}
