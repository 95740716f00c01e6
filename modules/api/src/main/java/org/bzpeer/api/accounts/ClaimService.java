package org.bzpeer.api.accounts;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.errors.ErrorCode;
import org.bzpeer.api.mail.MailTransport;
import org.bzpeer.core.model.Account;
import org.bzpeer.core.model.Claim;
import org.bzpeer.core.rules.AccountRules;
import org.bzpeer.core.rules.ClaimRules;
import org.bzpeer.core.rules.OrcidIds;
import org.bzpeer.store.repo.ClaimRepository;
import org.bzpeer.store.repo.ClaimRepository.AlreadyClaiming;
import org.bzpeer.store.repo.ClaimRepository.Confirmation;
import org.bzpeer.store.repo.ClaimRepository.QueueItem;
import org.bzpeer.store.repo.ClaimRepository.RecordTaken;

/**
 * Claiming author records, for GraphQL mutations and pages alike: checks the evidence (ORCID iD format, checksum
 * and match; email format and institutional domain), files the claim, mails the one-time link, and lets
 * moderators decide. Every refusal happens before anything is written.
 */
public final class ClaimService {

    public static final Duration LINK_TTL = Duration.ofHours(24);
    public static final String CONFIRM_PATH = "/claims/confirm";
    static final int MAX_ORCID_INPUT = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClaimRepository claims;
    private final MailTransport mail;
    private final java.util.function.Supplier<String> linkBase;

    /** @param linkBase the site's address for links in mail, e.g. {@code http://localhost:8080} */
    public ClaimService(ClaimRepository claims, MailTransport mail, String linkBase) {
        this(claims, mail, () -> linkBase);
    }

    /** @param linkBase the site's address, asked when a link is written (the port may be known only after start) */
    public ClaimService(ClaimRepository claims, MailTransport mail, java.util.function.Supplier<String> linkBase) {
        this.claims = claims;
        this.mail = mail;
        this.linkBase = linkBase;
    }

    public MailTransport mail() {
        return mail;
    }

    public Future<Claim> submit(Account viewer, long researcherId, String rawOrcid, String rawEmail) {
        if (viewer == null) {
            return Future.failedFuture(new ApiException(ErrorCode.UNAUTHENTICATED, "Log in to claim a researcher record."));
        }
        String orcidIn = blankToNull(rawOrcid);
        String emailIn = blankToNull(rawEmail);
        if (orcidIn == null && emailIn == null) {
            return Future.failedFuture(ApiException.badInput(
                    "Give your ORCID iD, an email address at one of the record's institutions, or both."));
        }
        String orcid = null;
        if (orcidIn != null) {
            Optional<String> parsed = orcidIn.length() > MAX_ORCID_INPUT ? Optional.empty() : OrcidIds.parse(orcidIn);
            if (parsed.isEmpty()) {
                return Future.failedFuture(ApiException.badInput("That is not a valid ORCID iD: it has 16 characters "
                        + "like 0000-0002-1825-0097, and the last one is a check digit (0–9 or X) that must match."));
            }
            orcid = parsed.get();
        }
        String email = null;
        if (emailIn != null) {
            try {
                email = AccountRules.email(emailIn);
            } catch (IllegalArgumentException e) {
                return Future.failedFuture(ApiException.badInput(e.getMessage()));
            }
        }
        String givenOrcid = orcid;
        String givenEmail = email;
        return claims.evidence(researcherId).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(new ApiException(ErrorCode.NOT_FOUND, "There is no such researcher."));
            }
            var record = found.get();
            if (givenOrcid != null && record.orcid() != null && !record.orcid().equals(givenOrcid)) {
                return Future.failedFuture(ApiException.badInput(
                        "This ORCID iD does not match the one on the public record, so it cannot support this claim."));
            }
            List<String> domains = record.homepages().stream().map(ClaimRules::institutionDomain)
                    .flatMap(Optional::stream).distinct().toList();
            if (givenEmail != null && domains.isEmpty()) {
                return Future.failedFuture(ApiException.badInput("This record lists no institution with a web address, "
                        + "so no email domain can be checked. Claim with your ORCID iD instead."));
            }
            if (givenEmail != null && !ClaimRules.emailAtDomain(givenEmail, domains)) {
                return Future.failedFuture(ApiException.badInput("The email address must be at a domain of one of the "
                        + "record's institutions (" + String.join(", ", domains) + ")."));
            }
            boolean orcidMatches = givenOrcid != null && record.orcid() != null;
            boolean orcidUnverifiable = givenOrcid != null && record.orcid() == null;
            int score = ClaimRules.score(orcidMatches, orcidUnverifiable, false);
            String token = givenEmail == null ? null : newToken();
            return claims.submit(researcherId, viewer.id(), givenOrcid, orcidMatches, givenEmail, givenEmail != null,
                            score, token == null ? null : hash(token), OffsetDateTime.now(ZoneOffset.UTC).plus(LINK_TTL))
                    .recover(e -> Future.failedFuture(e instanceof AlreadyClaiming ? ApiException.badInput(
                            "You already have a claim in progress or approved; one account claims at most one record.")
                            : e))
                    .compose(claim -> token == null ? Future.succeededFuture(claim) : sendLink(claim, token, record.slug()));
        });
    }

    private Future<Claim> sendLink(Claim claim, String token, String slug) {
        String link = linkBase.get() + CONFIRM_PATH + "?token=" + token;
        return mail.send(new MailTransport.Message(claim.email(), "Confirm your claim on BZPeer",
                "Someone (we hope you) claimed the researcher record /researchers/" + slug + " on BZPeer with this "
                        + "address. To confirm the address, open this link within 24 hours: " + link
                        + "\nIf it was not you, ignore this message.", link)).map(claim);
    }

    /** Uses a one-time link. Unknown, used and expired links change nothing; the state says which it was. */
    public Future<Confirmation> confirm(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Future.succeededFuture(new Confirmation(ClaimRepository.LinkState.UNKNOWN, null));
        }
        return claims.confirmEmail(hash(token), ClaimRules.INSTITUTIONAL_EMAIL_CONFIRMED, ClaimRules.AUTO_APPROVE_FROM);
    }

    /** A moderator approves or rejects a pending or disputed claim, with a reason the claimant sees. */
    public Future<Claim> review(Account viewer, long claimId, boolean approve, String rawReason) {
        if (viewer == null) {
            return Future.failedFuture(new ApiException(ErrorCode.UNAUTHENTICATED, "Log in as a moderator to review claims."));
        }
        if (viewer.role() != Account.Role.MODERATOR) {
            return Future.failedFuture(new ApiException(ErrorCode.FORBIDDEN, "Only moderators review claims."));
        }
        String reason = rawReason == null ? "" : rawReason.strip();
        if (reason.isEmpty()) {
            return Future.failedFuture(ApiException.badInput("Give a reason for the decision; the claimant sees it."));
        }
        if (reason.length() > ClaimRules.MAX_REASON) {
            return Future.failedFuture(ApiException.badInput(
                    "The reason may be at most " + ClaimRules.MAX_REASON + " characters."));
        }
        return claims.byId(claimId).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(new ApiException(ErrorCode.NOT_FOUND, "There is no such claim."));
            }
            if (found.get().accountId() == viewer.id()) {
                return Future.failedFuture(new ApiException(ErrorCode.FORBIDDEN, "Moderators cannot review their own claim."));
            }
            return claims.decide(claimId, viewer.id(), approve, reason)
                    .recover(e -> Future.failedFuture(e instanceof RecordTaken ? ApiException.badInput(
                            "Another claim owns this record or waits on it; decide that one first.") : e))
                    .compose(decided -> decided.isPresent() ? Future.succeededFuture(decided.get())
                            : Future.failedFuture(ApiException.badInput("This claim was already decided.")));
        });
    }

    /** A vouch as it came out: the record, its live claim, the vouches on it, and whether this call added one. */
    public record Vouch(long researcherId, long claimId, int vouches, boolean added) {
    }

    /**
     * The signed-in owner of a co-author record vouches for the live (PENDING or CLAIMED) claim on a record. Refusals
     * change nothing: anonymous (UNAUTHENTICATED), no claim at all (NOT_FOUND), one's own claim or not owning a
     * claimed co-author record (FORBIDDEN), a rejected or disputed claim (BAD_USER_INPUT). Vouching twice is a no-op.
     */
    public Future<Vouch> vouch(Account viewer, long researcherId) {
        if (viewer == null) {
            return Future.failedFuture(new ApiException(ErrorCode.UNAUTHENTICATED, "Log in to vouch for a claim."));
        }
        return claims.vouchContext(researcherId, viewer.id()).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(new ApiException(ErrorCode.NOT_FOUND, "There is no claim of this record to vouch for."));
            }
            var ctx = found.get();
            if (ctx.claimantId() == viewer.id()) {
                return Future.failedFuture(new ApiException(ErrorCode.FORBIDDEN, "You cannot vouch for your own claim."));
            }
            if (ctx.state() != Claim.State.PENDING && ctx.state() != Claim.State.CLAIMED) {
                return Future.failedFuture(ApiException.badInput(
                        "This record has no pending or approved claim to vouch for."));
            }
            if (ctx.sharedWorks() <= 0) {
                return Future.failedFuture(new ApiException(ErrorCode.FORBIDDEN, "Only the owner of a claimed record "
                        + "that co-authored works with this researcher can vouch for the claim."));
            }
            String why = "Vouched by " + ctx.voucherName() + ", co-author on " + ctx.sharedWorks()
                    + (ctx.sharedWorks() == 1 ? " work" : " works");
            return claims.vouch(ctx.claimId(), viewer.id(), why, ClaimRules::vouchWeight, ClaimRules.AUTO_APPROVE_FROM)
                    .compose(result -> !result.live()
                            ? Future.failedFuture(ApiException.badInput("This record has no pending or approved claim to vouch for."))
                            : claims.vouchCount(ctx.claimId()).map(n -> new Vouch(researcherId, ctx.claimId(), n, result.added())));
        });
    }

    /** Whether the page should offer the viewer a vouch form for the record's claim: the same rule as {@link #vouch}. */
    public Future<Optional<ClaimRepository.VouchContext>> vouchOffer(Account viewer, long researcherId) {
        if (viewer == null) {
            return Future.succeededFuture(Optional.empty());
        }
        return claims.vouchContext(researcherId, viewer.id()).map(found -> found.filter(ctx -> ctx.claimantId() != viewer.id()
                && (ctx.state() == Claim.State.PENDING || ctx.state() == Claim.State.CLAIMED) && ctx.sharedWorks() > 0));
    }

    /** How many co-authors vouched for a claim. */
    public Future<Integer> vouches(Claim claim) {
        return claims.vouchCount(claim.id());
    }

    public Future<Optional<Claim>> latest(Account viewer) {
        return viewer == null ? Future.succeededFuture(Optional.empty()) : claims.latestByAccount(viewer.id());
    }

    public Future<List<QueueItem>> queue(Account viewer) {
        if (viewer == null) {
            return Future.failedFuture(new ApiException(ErrorCode.UNAUTHENTICATED, "Log in as a moderator to review claims."));
        }
        if (viewer.role() != Account.Role.MODERATOR) {
            return Future.failedFuture(new ApiException(ErrorCode.FORBIDDEN, "Only moderators review claims."));
        }
        return claims.queue(200);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
