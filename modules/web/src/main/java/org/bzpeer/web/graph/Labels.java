package org.bzpeer.web.graph;

import java.util.ArrayList;
import java.util.List;

/** Short forms of names and titles for the picture. */
public final class Labels {

    private Labels() {
    }

    /**
     * {@code text} with its white space collapsed, cut to at most {@code max} characters (the "…" included):
     * at a word boundary when one falls in the last 40 % of the room, without trailing punctuation.
     */
    public static String truncate(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2");
        }
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        int room = clean.offsetByCodePoints(0, max - 1);
        int space = clean.lastIndexOf(' ', room);
        String head = space >= room * 0.6 ? clean.substring(0, space) : clean.substring(0, room);
        head = head.replaceAll("[\\s\\p{Punct}&&[^)\\]?!]]+$", "");
        if (head.isEmpty()) {
            head = clean.substring(0, room);
        }
        return head + "…";
    }

    /**
     * {@code text} wrapped at spaces into at most {@code maxLines} lines of at most {@code width} characters, the
     * last line truncated (see {@link #truncate}) when the text does not fit. A word longer than a line is cut.
     */
    public static List<String> wrap(String text, int width, int maxLines) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        List<String> lines = new ArrayList<>();
        String rest = clean;
        while (lines.size() < maxLines - 1 && rest.codePointCount(0, rest.length()) > width) {
            int room = rest.offsetByCodePoints(0, width);
            int space = rest.lastIndexOf(' ', room);
            if (space <= 0) {
                break; // one long word: the last line truncates it
            }
            lines.add(rest.substring(0, space));
            rest = rest.substring(space + 1);
        }
        lines.add(truncate(rest, width));
        return List.copyOf(lines);
    }
}
