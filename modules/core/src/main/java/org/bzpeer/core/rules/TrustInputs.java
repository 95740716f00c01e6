package org.bzpeer.core.rules;

import org.bzpeer.core.model.ClaimStatus;

/**
 * Everything the trust rule looks at. Facts that later capabilities (accounts, claims) provide default to
 * "not happened" through {@link #forImportedRecord}.
 */
public record TrustInputs(
        boolean importedFromPublicSource,
        int worksCount,
        ClaimStatus claimStatus,
        boolean emailConfirmed,
        boolean institutionalEmailConfirmed,
        boolean orcidConfirmed,
        int coauthorVouches,
        boolean moderatorReviewed,
        int openDisputes) {

    public static TrustInputs forImportedRecord(int worksCount, ClaimStatus claimStatus) {
        return new TrustInputs(true, worksCount, claimStatus, false, false, false, 0, false, 0);
    }
}
