package org.bzpeer.api.accounts;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.errors.ErrorCode;
import org.bzpeer.core.model.Account;
import org.bzpeer.core.rules.AccountRules;
import org.bzpeer.store.repo.AccountRepository;
import org.bzpeer.store.repo.AccountRepository.EmailTaken;

/**
 * Registration, log-in with throttling, sessions. Session tokens are random 256-bit values given to the browser
 * once; the database keeps only their SHA-256, with an expiry.
 */
public final class AccountService {

    public static final Duration SESSION_TTL = Duration.ofDays(30);
    /** Failed log-ins counted over this window… */
    public static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    /** …at most this many per account address… */
    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    /** …and this many per client address. */
    public static final int MAX_FAILURES_PER_IP = 30;

    /** A fresh session: the token goes into the cookie and nowhere else. */
    public record SignedIn(Account account, String token, OffsetDateTime expiresAt) {
    }

    /** Too many failed log-ins: the message says when to try again. */
    public static final class TooManyAttempts extends ApiException {
        public TooManyAttempts(String message) {
            super(ErrorCode.BAD_USER_INPUT, message);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Vertx vertx;
    private final AccountRepository accounts;

    public AccountService(Vertx vertx, AccountRepository accounts) {
        this.vertx = vertx;
        this.accounts = accounts;
    }

    public Future<SignedIn> register(String rawEmail, String rawName, String rawPassword) {
        String email;
        String name;
        String password;
        try {
            email = AccountRules.email(rawEmail);
            name = AccountRules.displayName(rawName);
            password = AccountRules.password(rawPassword);
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(ApiException.badInput(e.getMessage()));
        }
        return vertx.executeBlocking(() -> Passwords.hash(password), false)
                .compose(hash -> accounts.create(email, name, hash))
                .recover(e -> Future.failedFuture(e instanceof EmailTaken
                        ? ApiException.badInput("An account with this email address already exists. Log in instead.")
                        : e))
                .compose(this::startSession);
    }

    public Future<SignedIn> login(String rawEmail, String password, String ip) {
        String email = rawEmail == null ? "" : rawEmail.strip().toLowerCase(java.util.Locale.ROOT);
        if (email.isEmpty() || password == null || password.isEmpty()) {
            return Future.failedFuture(ApiException.badInput("Enter your email address and password."));
        }
        if (email.length() > AccountRules.MAX_EMAIL || password.length() > AccountRules.MAX_PASSWORD) {
            return Future.failedFuture(wrongCredentials());
        }
        return accounts.recentFailures(email, ip, (int) THROTTLE_WINDOW.toSeconds()).compose(failures -> {
            if (failures[0] >= MAX_FAILURES_PER_ACCOUNT) {
                return Future.failedFuture(new TooManyAttempts("Too many failed log-ins for this account. "
                        + "Wait " + THROTTLE_WINDOW.toMinutes() + " minutes, then try again."));
            }
            if (failures[1] >= MAX_FAILURES_PER_IP) {
                return Future.failedFuture(new TooManyAttempts("Too many failed log-ins from your network. "
                        + "Wait " + THROTTLE_WINDOW.toMinutes() + " minutes, then try again."));
            }
            return accounts.credentials(email).compose(found -> vertx.executeBlocking(() -> {
                if (found.isEmpty()) {
                    Passwords.spendTheSameTime(password);
                    return Optional.<Account>empty();
                }
                return Passwords.matches(password, found.get().passwordHash())
                        ? Optional.of(found.get().account()) : Optional.<Account>empty();
            }, false)).compose(account -> account.isPresent()
                    ? startSession(account.get())
                    : accounts.recordLoginFailure(email, ip).compose(v -> Future.failedFuture(wrongCredentials())));
        });
    }

    public Future<Void> logout(String token) {
        return token == null ? Future.succeededFuture() : accounts.deleteSession(hash(token));
    }

    /** The signed-in account for a session cookie's token, if the session is live. */
    public Future<Optional<Account>> viewer(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Future.succeededFuture(Optional.empty());
        }
        return accounts.sessionAccount(hash(token));
    }

    private Future<SignedIn> startSession(Account account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(SESSION_TTL);
        return accounts.createSession(hash(token), account.id(), expires).map(v -> new SignedIn(account, token, expires));
    }

    private static ApiException wrongCredentials() {
        return new ApiException(ErrorCode.UNAUTHENTICATED, "That email address and password do not match an account.");
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
