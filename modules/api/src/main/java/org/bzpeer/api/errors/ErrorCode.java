package org.bzpeer.api.errors;

/** The {@code extensions.code} every GraphQL error carries. */
public enum ErrorCode {
    NOT_FOUND, BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, COST_LIMIT_EXCEEDED, TIMEOUT, INTERNAL
}
