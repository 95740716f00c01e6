package org.bzpeer.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.bzpeer.core.model.ClaimStatus;

/**
 * The documented trust rule (docs/trust.md): a sum of explainable signals, clamped to 0..100.
 * Every weight lives here so the documentation, the API's {@code TrustSnapshot.signals} and the page agree.
 */
public final class TrustRule {

    public static final int PUBLIC_RECORD = 10;
    public static final int SOME_WORKS = 5;
    public static final int MANY_WORKS = 10;
    public static final int MANY_WORKS_THRESHOLD = 10;
    public static final int CLAIMED = 25;
    public static final int EMAIL_CONFIRMED = 5;
    public static final int INSTITUTIONAL_EMAIL = 10;
    public static final int ORCID_CONFIRMED = 15;
    public static final int VOUCH = 5;
    public static final int MAX_VOUCHES_COUNTED = 2;
    public static final int MODERATOR_REVIEW = 10;
    public static final int OPEN_DISPUTE = -20;

    public static final int PARTIALLY_VERIFIED_FROM = 40;
    public static final int VERIFIED_FROM = 70;

    private TrustRule() {
    }

    public static TrustSnapshot evaluate(TrustInputs in) {
        List<TrustSignal> signals = new ArrayList<>();
        if (in.importedFromPublicSource()) {
            signals.add(new TrustSignal("PUBLIC_RECORD", PUBLIC_RECORD,
                    "Imported from OpenAlex, an open public record of scholarly works"));
        }
        if (in.worksCount() >= MANY_WORKS_THRESHOLD) {
            signals.add(new TrustSignal("WORKS", MANY_WORKS,
                    in.worksCount() + " works attributed in public sources"));
        } else if (in.worksCount() > 0) {
            signals.add(new TrustSignal("WORKS", SOME_WORKS,
                    in.worksCount() + (in.worksCount() == 1 ? " work" : " works") + " attributed in public sources"));
        }
        boolean claimed = in.claimStatus() == ClaimStatus.CLAIMED;
        if (claimed) {
            signals.add(new TrustSignal("CLAIMED", CLAIMED, "Claimed by a signed-in account and approved"));
        }
        if (claimed && in.emailConfirmed()) {
            signals.add(new TrustSignal("EMAIL_CONFIRMED", EMAIL_CONFIRMED, "The owner confirmed an email address"));
        }
        if (claimed && in.institutionalEmailConfirmed()) {
            signals.add(new TrustSignal("INSTITUTIONAL_EMAIL", INSTITUTIONAL_EMAIL,
                    "Confirmed email at a domain of one of the record's institutions"));
        }
        if (claimed && in.orcidConfirmed()) {
            signals.add(new TrustSignal("ORCID_CONFIRMED", ORCID_CONFIRMED, "ORCID iD confirmed for this record"));
        }
        int vouches = Math.min(in.coauthorVouches(), MAX_VOUCHES_COUNTED);
        if (claimed && vouches > 0) {
            signals.add(new TrustSignal("COAUTHOR_VOUCHES", vouches * VOUCH,
                    vouches + (vouches == 1 ? " co-author" : " co-authors") + " with claimed records vouched"));
        }
        if (claimed && in.moderatorReviewed()) {
            signals.add(new TrustSignal("MODERATOR_REVIEW", MODERATOR_REVIEW, "Reviewed by a BZPeer moderator"));
        }
        if (in.openDisputes() > 0) {
            signals.add(new TrustSignal("OPEN_DISPUTES", in.openDisputes() * OPEN_DISPUTE,
                    in.openDisputes() + (in.openDisputes() == 1 ? " open dispute" : " open disputes")
                            + " about who owns this record"));
        }
        int sum = signals.stream().mapToInt(TrustSignal::weight).sum();
        int score = Math.max(0, Math.min(100, sum));
        return new TrustSnapshot(score, labelFor(score), levelFor(in, claimed), in.claimStatus(), List.copyOf(signals));
    }

    static String labelFor(int score) {
        if (score >= VERIFIED_FROM) {
            return "Verified";
        }
        return score >= PARTIALLY_VERIFIED_FROM ? "Partially verified" : "Unverified";
    }

    /**
     * L0 nothing known; L1 public record; L2 claimed; L3 claimed with one strong proof (ORCID or institutional
     * email); L4 claimed with two strong proofs or a moderator's review.
     */
    static int levelFor(TrustInputs in, boolean claimed) {
        if (!claimed) {
            return in.importedFromPublicSource() ? 1 : 0;
        }
        int strongProofs = (in.orcidConfirmed() ? 1 : 0) + (in.institutionalEmailConfirmed() ? 1 : 0);
        if (strongProofs >= 2 || in.moderatorReviewed()) {
            return 4;
        }
        return strongProofs == 1 ? 3 : 2;
    }
}
