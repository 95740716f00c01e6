-- Co-authors vouching for a claim. A voucher owns (through a CLAIMED claim) a record that is a co-author of the
-- claimed record; the service checks that. One vouch per voucher per claim: the primary key decides, so a second
-- vouch (or two at once) is a no-op. Each vouch is also written to claim_audit.
CREATE TABLE claim_vouches (
    claim_id            bigint NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    voucher_account_id  bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (claim_id, voucher_account_id)
);
CREATE INDEX claim_vouches_voucher_idx ON claim_vouches (voucher_account_id);
