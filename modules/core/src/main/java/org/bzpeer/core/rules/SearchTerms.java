package org.bzpeer.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed into search, reduced to words of letters and digits and turned into a PostgreSQL prefix
 * query ({@code deep:* & learn:*}), so partial words match and no input can inject tsquery syntax.
 */
public record SearchTerms(String text, String prefixQuery) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** @throws IllegalArgumentException with a message for the user */
    public static SearchTerms parse(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("Type at least one word to search for.");
        }
        if (input.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Search text is limited to " + MAX_LENGTH + " characters.");
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(input.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group() + ":*");
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Search needs at least one letter or digit.");
        }
        return new SearchTerms(input.strip(), String.join(" & ", words));
    }
}
