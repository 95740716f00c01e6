package org.bzpeer.core.rules;

/**
 * One reason a trust score is what it is.
 *
 * @param key    stable machine name, e.g. {@code PUBLIC_RECORD}
 * @param weight points this signal adds (negative for signals that lower trust)
 * @param reason one line a visitor can read
 */
public record TrustSignal(String key, int weight, String reason) {
}
