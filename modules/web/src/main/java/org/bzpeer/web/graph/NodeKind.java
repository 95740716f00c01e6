package org.bzpeer.web.graph;

import java.util.Locale;
import java.util.Optional;

/** What a graph node is (the schema's {@code GraphNodeKind}), with how pages name, link and draw it. */
public enum NodeKind {
    RESEARCHER("Researcher", "Researchers", "/researchers/", Shape.CIRCLE),
    WORK("Work", "Works", "/works/", Shape.SQUARE),
    TOPIC("Topic", "Topics", "/topics/", Shape.DIAMOND),
    INSTITUTION("Institution", "Institutions", "/institutions/", Shape.HEXAGON);

    /** How nodes of a kind are drawn, so kinds differ by more than colour. */
    public enum Shape { CIRCLE, SQUARE, DIAMOND, HEXAGON }

    private final String singular;
    private final String plural;
    private final String pathPrefix;
    private final Shape shape;

    NodeKind(String singular, String plural, String pathPrefix, Shape shape) {
        this.singular = singular;
        this.plural = plural;
        this.pathPrefix = pathPrefix;
        this.shape = shape;
    }

    /** "Researcher". */
    public String singular() {
        return singular;
    }

    /** "Researchers". */
    public String plural() {
        return plural;
    }

    /** "1 work", "3 works". */
    public String count(int n) {
        return n + " " + (n == 1 ? singular : plural).toLowerCase(Locale.ROOT);
    }

    /** The page of a node of this kind, e.g. {@code /works/on-the-generalization-mystery}. */
    public String href(String slug) {
        return pathPrefix + slug;
    }

    public Shape shape() {
        return shape;
    }

    /** The CSS class suffix: {@code researcher}, {@code work} … */
    public String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code value} (case-insensitive), if any. */
    public static Optional<NodeKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        for (NodeKind kind : values()) {
            if (kind.name().equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
