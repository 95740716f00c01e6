-- Who follows whom. researchers.followers_count is kept in step in the same statement as each change.
CREATE TABLE follows (
    account_id     bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    researcher_id  bigint NOT NULL REFERENCES researchers (id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, researcher_id)
);
CREATE INDEX follows_researcher_idx ON follows (researcher_id);
CREATE INDEX follows_account_recent_idx ON follows (account_id, created_at DESC);
