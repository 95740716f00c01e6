package org.bzpeer.store.repo;

import java.time.LocalDate;

/**
 * A keyset page of a researcher's works, newest first: {@code limit} rows after the work at
 * ({@code afterDate}, {@code afterId}), or from the start when {@code afterId} is null.
 */
public record WorkPage(int limit, LocalDate afterDate, Long afterId) {

    /** Works without a date sort last, as if published on this day. */
    public static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    public static WorkPage first(int limit) {
        return new WorkPage(limit, null, null);
    }
}
