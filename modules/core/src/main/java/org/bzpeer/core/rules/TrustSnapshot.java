package org.bzpeer.core.rules;

import java.util.List;
import org.bzpeer.core.model.ClaimStatus;

/**
 * The result of the trust rule for one researcher.
 *
 * @param score             0..100
 * @param label             Unverified, Partially verified or Verified
 * @param verificationLevel 0..4, shown as L0..L4
 * @param signals           every signal that contributed, in the order the rule applies them
 */
public record TrustSnapshot(
        int score,
        String label,
        int verificationLevel,
        ClaimStatus claimStatus,
        List<TrustSignal> signals) {

    /** "Trust 15 - Unverified", as the profile header reads. */
    public String headline() {
        return "Trust " + score + " - " + label;
    }

    public String verificationLabel() {
        return "L" + verificationLevel;
    }
}
