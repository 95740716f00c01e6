package org.bzpeer.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.bzpeer.core.model.ClaimStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrustRuleTest {

    @Test
    @DisplayName("the seed profile (imported, 3 works, unclaimed) reads Trust 15 - Unverified, L1, Unclaimed author")
    void seedProfile() {
        TrustSnapshot trust = TrustRule.evaluate(TrustInputs.forImportedRecord(3, ClaimStatus.UNCLAIMED));

        assertThat(trust.headline()).isEqualTo("Trust 15 - Unverified");
        assertThat(trust.verificationLabel()).isEqualTo("L1");
        assertThat(trust.claimStatus().label()).isEqualTo("Unclaimed author");
        assertThat(trust.signals()).extracting(TrustSignal::key).containsExactly("PUBLIC_RECORD", "WORKS");
        assertThat(trust.signals()).extracting(TrustSignal::reason)
                .contains("3 works attributed in public sources");
    }

    @Test
    @DisplayName("ten or more works weigh more than a few")
    void manyWorks() {
        assertThat(TrustRule.evaluate(TrustInputs.forImportedRecord(1, ClaimStatus.UNCLAIMED)).score()).isEqualTo(15);
        assertThat(TrustRule.evaluate(TrustInputs.forImportedRecord(12, ClaimStatus.UNCLAIMED)).score()).isEqualTo(20);
        assertThat(TrustRule.evaluate(TrustInputs.forImportedRecord(0, ClaimStatus.UNCLAIMED)).score()).isEqualTo(10);
    }

    @Test
    @DisplayName("claim evidence only counts once the claim is approved")
    void evidenceNeedsClaim() {
        TrustInputs pending = new TrustInputs(true, 3, ClaimStatus.PENDING, true, true, true, 2, false, 0);
        TrustSnapshot trust = TrustRule.evaluate(pending);
        assertThat(trust.score()).isEqualTo(15);
        assertThat(trust.verificationLevel()).isEqualTo(1);
    }

    @Test
    @DisplayName("a claimed record with ORCID and institutional email is Verified at L4")
    void fullyVerified() {
        TrustInputs in = new TrustInputs(true, 3, ClaimStatus.CLAIMED, true, true, true, 0, false, 0);
        TrustSnapshot trust = TrustRule.evaluate(in);
        assertThat(trust.score()).isEqualTo(10 + 5 + 25 + 5 + 10 + 15);
        assertThat(trust.label()).isEqualTo("Verified");
        assertThat(trust.verificationLevel()).isEqualTo(4);
    }

    @Test
    @DisplayName("levels climb with proofs: claimed L2, one proof L3, moderator review L4")
    void levels() {
        assertThat(TrustRule.evaluate(new TrustInputs(true, 3, ClaimStatus.CLAIMED, false, false, false, 0, false, 0))
                .verificationLevel()).isEqualTo(2);
        assertThat(TrustRule.evaluate(new TrustInputs(true, 3, ClaimStatus.CLAIMED, false, false, true, 0, false, 0))
                .verificationLevel()).isEqualTo(3);
        assertThat(TrustRule.evaluate(new TrustInputs(true, 3, ClaimStatus.CLAIMED, false, false, false, 0, true, 0))
                .verificationLevel()).isEqualTo(4);
        assertThat(TrustRule.evaluate(new TrustInputs(false, 0, ClaimStatus.UNCLAIMED, false, false, false, 0, false, 0))
                .verificationLevel()).isZero();
    }

    @Test
    @DisplayName("open disputes lower the score, never below zero; vouches are capped")
    void disputesAndVouches() {
        TrustSnapshot disputed = TrustRule.evaluate(
                new TrustInputs(true, 0, ClaimStatus.DISPUTED, false, false, false, 0, false, 3));
        assertThat(disputed.score()).isZero();
        assertThat(disputed.signals()).extracting(TrustSignal::weight).contains(-60);

        TrustSnapshot vouched = TrustRule.evaluate(
                new TrustInputs(true, 3, ClaimStatus.CLAIMED, false, false, false, 7, false, 0));
        assertThat(vouched.score()).isEqualTo(10 + 5 + 25 + 2 * 5);
        assertThat(vouched.label()).isEqualTo("Partially verified");
    }
}
