package org.bzpeer.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small text helpers the browsing pages share: counted nouns, query-string links, safe external links. */
public final class Texts {

    private Texts() {
    }

    /** "1 work", "26 works", "1,204 works". */
    public static String count(int n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }

    /** A number with thousands separators. */
    public static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** {@code path} with the given name/value pairs as its query string; null or empty values are left out. */
    static String link(String path, String... pairs) {
        StringBuilder href = new StringBuilder(path);
        char separator = '?';
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String value = pairs[i + 1];
            if (value == null || value.isEmpty()) {
                continue;
            }
            href.append(separator).append(pairs[i]).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            separator = '&';
        }
        return href.toString();
    }

    /** The URL when it is an absolute http(s) address, else null: nothing else becomes a link. */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }

    /** "United States" for "US"; the code itself when the JDK does not know it. */
    static String countryName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        @SuppressWarnings("deprecation")
        String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.isBlank() ? code : name;
    }

    /** "education" → "Education", "proceedings-article" → "Proceedings article". */
    static String sentenceCase(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String spaced = word.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The start of {@code text}, cut at a word boundary near {@code max} characters, with an ellipsis. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
