-- Direct collaboration: invitations from signed-in accounts to claimed researcher records, answered once by the
-- record's owner (the account whose claim is CLAIMED), and the owner-editable affiliation text of a record.
-- "At most one pending invitation per sender and record" is a partial unique index, not a check in Java.

CREATE TABLE invitations (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sender_id      bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    researcher_id  bigint NOT NULL REFERENCES researchers (id) ON DELETE CASCADE,
    message        text NOT NULL CHECK (char_length(message) BETWEEN 10 AND 1000),
    state          text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    decided_at     timestamptz,
    CHECK ((state = 'PENDING') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX invitations_one_pending_per_sender ON invitations (sender_id, researcher_id)
    WHERE state = 'PENDING';
-- The rate limit counts a sender's recent invitations; the inbox lists a record's invitations newest first.
CREATE INDEX invitations_sender_idx ON invitations (sender_id, created_at DESC);
CREATE INDEX invitations_researcher_idx ON invitations (researcher_id, created_at DESC);

-- Shown instead of the imported affiliations' placeholder; written only by the record's owner.
ALTER TABLE researchers ADD COLUMN affiliation_text text CHECK (char_length(affiliation_text) <= 200);
