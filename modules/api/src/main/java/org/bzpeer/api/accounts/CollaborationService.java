package org.bzpeer.api.accounts;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.errors.ErrorCode;
import org.bzpeer.core.model.Account;
import org.bzpeer.store.repo.InvitationRepository;
import org.bzpeer.store.repo.InvitationRepository.AlreadyPending;
import org.bzpeer.store.repo.InvitationRepository.Invitation;
import org.bzpeer.store.repo.InvitationRepository.RateLimited;
import org.bzpeer.store.repo.InvitationRepository.Target;

/**
 * Direct collaboration, for GraphQL mutations and pages alike: invitations to claimed records that are open to
 * collaborate, answered once by the record's owner, and the owner's profile settings. Every refusal happens
 * before anything is written; the rate limit and the one-pending-invitation rule are decided in the database.
 */
public final class CollaborationService {

    public static final int MIN_MESSAGE = 10;
    public static final int MAX_MESSAGE = 1000;
    public static final int MAX_HEADLINE = 160;
    public static final int MAX_AFFILIATION = 200;
    public static final int PER_HOUR = 5;
    /** Lists of invitations are bounded; the newest come first. */
    public static final int LIST_LIMIT = 50;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH);

    /** The hourly invitation limit was reached (a BAD_USER_INPUT the pages show as 429). */
    public static final class TooManyInvitations extends ApiException {
        public TooManyInvitations(String message) {
            super(ErrorCode.BAD_USER_INPUT, message);
        }
    }

    private final InvitationRepository invitations;

    public CollaborationService(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    /** Who may receive at a record, for the profile's collaboration area. */
    public Future<Target> target(long researcherId) {
        return invitations.target(researcherId).compose(found -> found.isEmpty()
                ? Future.failedFuture(new ApiException(ErrorCode.NOT_FOUND, "There is no such researcher."))
                : Future.succeededFuture(found.get()));
    }

    public Future<Invitation> invite(Account viewer, long researcherId, String rawMessage) {
        if (viewer == null) {
            return Future.failedFuture(new ApiException(ErrorCode.UNAUTHENTICATED, "Log in to invite researchers."));
        }
        String message = rawMessage == null ? "" : rawMessage.strip();
        return target(researcherId).compose(target -> {
            if (target.ownerId() == null) {
                return Future.failedFuture(new ApiException(ErrorCode.FORBIDDEN,
                        "This record is not claimed yet, so nobody can receive invitations for it."));
            }
            if (target.ownerId() == viewer.id()) {
                return Future.failedFuture(ApiException.badInput("You cannot invite your own record."));
            }
            if (!target.openToCollaborate()) {
                return Future.failedFuture(new ApiException(ErrorCode.FORBIDDEN,
                        "This researcher is not open to collaborate right now."));
            }
            if (message.length() < MIN_MESSAGE || message.length() > MAX_MESSAGE) {
                return Future.failedFuture(ApiException.badInput("The message must be between " + MIN_MESSAGE
                        + " and " + MAX_MESSAGE + " characters (it has " + message.length() + ")."));
            }
            return invitations.create(viewer.id(), researcherId, message, PER_HOUR).recover(e -> {
                if (e instanceof AlreadyPending) {
                    return Future.failedFuture(ApiException.badInput(
                            "You already have a pending invitation to this researcher; wait for the answer."));
                }
                if (e instanceof RateLimited limited) {
                    OffsetDateTime at = limited.retryAt() == null ? OffsetDateTime.now(ZoneOffset.UTC).plus(Duration.ofHours(1))
                            : limited.retryAt();
                    return Future.failedFuture(new TooManyInvitations("You can send at most " + PER_HOUR
                            + " invitations per hour. Try again after " + at.withOffsetSameInstant(ZoneOffset.UTC).format(TIME)
                            + ". Nothing was sent."));
                }
                return Future.failedFuture(e);
            });
        });
    }

    /** The owner of the invited record accepts or declines a pending invitation, once. */
    public Future<Invitation> respond(Account viewer, long invitationId, boolean accept) {
        if (viewer == null) {
            return Future.failedFuture(new ApiException(ErrorCode.UNAUTHENTICATED, "Log in to answer invitations."));
        }
        return invitations.byId(invitationId).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(new ApiException(ErrorCode.NOT_FOUND, "There is no such invitation."));
            }
            Invitation invitation = found.get();
            return invitations.target(invitation.researcherId()).compose(target -> {
                Long owner = target.map(Target::ownerId).orElse(null);
                if (owner == null || owner != viewer.id()) {
                    return Future.failedFuture(new ApiException(ErrorCode.FORBIDDEN,
                            "Only the owner of the invited record answers an invitation."));
                }
                if (!invitation.state().equals("PENDING")) {
                    return Future.failedFuture(alreadyAnswered(invitation.state()));
                }
                return invitations.answer(invitationId, accept).compose(answered -> answered.isPresent()
                        ? Future.succeededFuture(answered.get())
                        : invitations.byId(invitationId).compose(now ->
                        Future.failedFuture(alreadyAnswered(now.map(Invitation::state).orElse("answered")))));
            });
        });
    }

    private static ApiException alreadyAnswered(String state) {
        return ApiException.badInput("This invitation was already answered (" + state.toLowerCase(Locale.ROOT)
                + "); an invitation is answered once.");
    }

    /** The owner edits the record's headline, affiliation text and "Open to collaborate". Blank texts clear them. */
    public Future<Target> updateProfile(Account viewer, long researcherId, String rawHeadline, boolean open,
                                        String rawAffiliation) {
        if (viewer == null) {
            return Future.failedFuture(new ApiException(ErrorCode.UNAUTHENTICATED, "Log in to edit your profile."));
        }
        String headline = blankToNull(rawHeadline);
        String affiliation = blankToNull(rawAffiliation);
        return target(researcherId).compose(target -> {
            if (target.ownerId() == null || target.ownerId() != viewer.id()) {
                return Future.failedFuture(new ApiException(ErrorCode.FORBIDDEN,
                        "Only the owner of a claimed record edits its profile."));
            }
            if (headline != null && headline.length() > MAX_HEADLINE) {
                return Future.failedFuture(ApiException.badInput(
                        "The headline may be at most " + MAX_HEADLINE + " characters."));
            }
            if (affiliation != null && affiliation.length() > MAX_AFFILIATION) {
                return Future.failedFuture(ApiException.badInput(
                        "The affiliation may be at most " + MAX_AFFILIATION + " characters."));
            }
            return invitations.updateProfile(researcherId, headline, open, affiliation)
                    .map(v -> new Target(researcherId, target.ownerId(), open, headline, affiliation));
        });
    }

    public Future<List<Invitation>> received(Account viewer) {
        return viewer == null ? Future.succeededFuture(List.of()) : invitations.received(viewer.id(), LIST_LIMIT);
    }

    public Future<List<Invitation>> sent(Account viewer) {
        return viewer == null ? Future.succeededFuture(List.of()) : invitations.sent(viewer.id(), LIST_LIMIT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
