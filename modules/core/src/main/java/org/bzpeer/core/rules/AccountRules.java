package org.bzpeer.core.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a registration must satisfy; each check throws {@link IllegalArgumentException} with a user message. */
public final class AccountRules {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private AccountRules() {
    }

    /** The address, trimmed and lower-cased. */
    public static String email(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new IllegalArgumentException("Enter your email address.");
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("“" + abbreviate(raw.strip()) + "” is not an email address we can use.");
        }
        return email;
    }

    public static String displayName(String raw) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Enter the name to show on your account.");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("Names are limited to " + MAX_NAME + " characters.");
        }
        return name;
    }

    public static String password(String raw) {
        if (raw == null || raw.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("Passwords need at least " + MIN_PASSWORD + " characters.");
        }
        if (raw.length() > MAX_PASSWORD) {
            throw new IllegalArgumentException("Passwords are limited to " + MAX_PASSWORD + " characters.");
        }
        return raw;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
