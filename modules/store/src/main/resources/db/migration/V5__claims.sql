-- Claims of public author records by accounts, their one-time email links, and an audit of every transition.
-- The rules "one live claim per account" and "one owner or pending claim per record" are unique indexes, so two
-- simultaneous claims cannot both win: the loser's insert conflicts and the service files it as DISPUTED.

CREATE TABLE claims (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    researcher_id       bigint NOT NULL REFERENCES researchers (id) ON DELETE CASCADE,
    account_id          bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    state               text NOT NULL CHECK (state IN ('PENDING', 'CLAIMED', 'REJECTED', 'DISPUTED')),
    -- Evidence. orcid is canonical (checked format and checksum); orcid_verified: it equals the record's ORCID.
    orcid               text CHECK (orcid ~ '^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$'),
    orcid_verified      boolean NOT NULL DEFAULT false,
    email               text CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    -- The email's domain is a domain of one of the record's institutions (checked when the claim was made).
    email_domain_match  boolean NOT NULL DEFAULT false,
    email_confirmed_at  timestamptz,
    score               integer NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 100),
    reason              text CHECK (length(reason) <= 500),
    created_at          timestamptz NOT NULL DEFAULT now(),
    decided_at          timestamptz,
    -- The moderator who decided; null when nobody has, or the evidence approved the claim automatically.
    decided_by          bigint REFERENCES accounts (id) ON DELETE SET NULL,
    CHECK (orcid IS NOT NULL OR email IS NOT NULL),
    CHECK (email_confirmed_at IS NULL OR email IS NOT NULL)
);
-- One account claims at most one record (rejected claims do not count: the account may try again).
CREATE UNIQUE INDEX claims_one_live_per_account ON claims (account_id)
    WHERE state IN ('PENDING', 'CLAIMED', 'DISPUTED');
-- At most one owner or pending claimant per record; later claims are DISPUTED cases.
CREATE UNIQUE INDEX claims_one_live_per_researcher ON claims (researcher_id)
    WHERE state IN ('PENDING', 'CLAIMED');
CREATE INDEX claims_researcher_idx ON claims (researcher_id);
CREATE INDEX claims_queue_idx ON claims (created_at) WHERE state IN ('PENDING', 'DISPUTED');

CREATE TABLE claim_email_tokens (
    -- SHA-256 of the random token in the link; the link itself is never stored.
    token_hash  bytea PRIMARY KEY,
    claim_id    bigint NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX claim_email_tokens_claim_idx ON claim_email_tokens (claim_id);

CREATE TABLE claim_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id    bigint NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    from_state  text,
    to_state    text NOT NULL,
    -- Who caused the transition: the claimant, a moderator, or null for the system (automatic approval).
    actor_id    bigint REFERENCES accounts (id) ON DELETE SET NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    why         text NOT NULL
);
CREATE INDEX claim_audit_claim_idx ON claim_audit (claim_id, at);
