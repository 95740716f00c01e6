package org.bzpeer.core.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Human-readable URL keys such as {@code piotr-zielinski}. Uniqueness is the store's job: it appends
 * {@code -2}, {@code -3} … when a slug is taken.
 */
public final class Slugs {

    /** Slugs are cut at a word boundary near this length so URLs stay readable. */
    public static final int MAX_LENGTH = 80;

    /** Latin letters that Unicode decomposition does not reduce to ASCII. */
    private static final Map<Character, String> FOLDS = Map.ofEntries(
            Map.entry('ł', "l"), Map.entry('Ł', "l"), Map.entry('ø', "o"), Map.entry('Ø', "o"),
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('œ', "oe"),
            Map.entry('Œ', "oe"), Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ð', "d"),
            Map.entry('þ', "th"), Map.entry('ı', "i"));

    private Slugs() {
    }

    /**
     * The slug for a name or title, or {@code fallback} when nothing ASCII is left (e.g. a name written
     * only in CJK characters).
     */
    public static String slugify(String text, String fallback) {
        String slug = slugify(text);
        return slug.isEmpty() ? slugify(fallback) : slug;
    }

    /** Lower-case ASCII words joined by hyphens; may be empty. */
    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String replacement = FOLDS.get(c);
            folded.append(replacement != null ? replacement : String.valueOf(c));
        }
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean pendingHyphen = false;
        for (char c : ascii.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                pendingHyphen = false;
            } else if (c != '\'' && c != '’') {
                pendingHyphen = true;
            }
        }
        return truncate(slug.toString());
    }

    private static String truncate(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return cut > MAX_LENGTH / 2 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
    }

    /** Whether {@code candidate} has the shape of a slug this class produces (or one with a suffix). */
    public static boolean isWellFormed(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH + 8
                && candidate.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
