package org.bzpeer.core.model;

import java.time.OffsetDateTime;

/** A person signed up on BZPeer. */
public record Account(long id, String email, String displayName, Role role, OffsetDateTime createdAt) {

    public enum Role { MEMBER, MODERATOR }
}
