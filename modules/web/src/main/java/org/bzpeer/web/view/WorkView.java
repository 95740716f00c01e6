package org.bzpeer.web.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything {@code pages/work.jte} shows, read from the result of {@code pages/work.graphql}. */
public record WorkView(
        String slug,
        String type,
        String title,
        List<String> abstractParagraphs,
        String publicationDate,
        Integer year,
        String venue,
        String arxivId,
        String doi,
        String url,
        int citedByCount,
        boolean openAccess,
        List<Author> authors,
        List<TopicTag> topics) {

    /** One author, in publication order, with the affiliations printed on this work. */
    public record Author(int position, String slug, String name, String printedName, boolean corresponding,
                         List<Affiliation> institutions) {
    }

    /** An institution as printed on a work. */
    public record Affiliation(String slug, String name, String country) {
    }

    /** A topic of the work; the primary one first. */
    public record TopicTag(String slug, String name, String field, boolean primary) {
    }

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Maps {@code data.work}; the caller has checked it is not null. */
    public static WorkView from(Map<String, Object> work) {
        Map<String, Object> venue = GraphData.map(work, "venue");
        List<Author> authors = GraphData.list(work, "authorships").stream().map(a -> {
            Map<String, Object> researcher = GraphData.map(a, "researcher");
            String name = GraphData.str(researcher, "displayName");
            String printed = GraphData.str(a, "rawAuthorName");
            return new Author(GraphData.integer(a, "position"), GraphData.str(researcher, "slug"), name,
                    printed == null || printed.equals(name) ? null : printed, GraphData.bool(a, "isCorresponding"),
                    GraphData.list(a, "institutions").stream().map(i -> new Affiliation(GraphData.str(i, "slug"),
                            GraphData.str(i, "displayName"), Texts.countryName(GraphData.str(i, "countryCode"))))
                            .toList());
        }).toList();
        List<TopicTag> topics = new ArrayList<>(GraphData.list(work, "topics").stream().map(t -> {
            Map<String, Object> topic = GraphData.map(t, "topic");
            return new TopicTag(GraphData.str(topic, "slug"), GraphData.str(topic, "displayName"),
                    GraphData.str(topic, "field"), GraphData.bool(t, "isPrimary"));
        }).toList());
        topics.sort((a, b) -> Boolean.compare(b.primary(), a.primary()));
        return new WorkView(
                GraphData.str(work, "slug"), GraphData.str(work, "type"), GraphData.str(work, "title"),
                paragraphs(GraphData.str(work, "abstract")), GraphData.str(work, "publicationDate"),
                GraphData.optionalInteger(work, "year"), venue == null ? null : GraphData.str(venue, "displayName"),
                GraphData.str(work, "arxivId"), GraphData.str(work, "doi"), Texts.webUrl(GraphData.str(work, "url")),
                GraphData.integer(work, "citedByCount"), GraphData.bool(work, "isOpenAccess"), authors,
                List.copyOf(topics));
    }

    /** The abstract split at blank lines; empty when there is none. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.replaceAll("\\s+", " ").strip())
                .filter(p -> !p.isEmpty()).toList();
    }

    public String typeLabel() {
        return Texts.sentenceCase(type);
    }

    /** "18 March 2022", or the year alone, or null. */
    public String dateLabel() {
        if (publicationDate != null) {
            try {
                return LocalDate.parse(publicationDate).format(LONG_DATE);
            } catch (DateTimeParseException e) {
                return publicationDate;
            }
        }
        return year == null ? null : year.toString();
    }

    public String citationsLabel() {
        return citedByCount == 0 ? "Not cited yet" : "Cited " + Texts.count(citedByCount, "time", "times");
    }

    public String arxivUrl() {
        return arxivId == null ? null : "https://arxiv.org/abs/" + arxivId;
    }

    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    /** The landing page when it is neither the arXiv nor the DOI address (those are linked already). */
    public String otherUrl() {
        if (url == null || url.equals(arxivUrl()) || url.equals(doiUrl())) {
            return null;
        }
        return url;
    }

    public boolean hasLinks() {
        return arxivId != null || doi != null || otherUrl() != null;
    }

    /** The page's meta description: who and when, then the start of the abstract. */
    public String description() {
        StringBuilder text = new StringBuilder(typeLabel() == null ? "Work" : typeLabel());
        if (year != null) {
            text.append(" (").append(year).append(')');
        }
        if (!authors.isEmpty()) {
            text.append(" by ").append(authors.get(0).name());
            if (authors.size() > 1) {
                text.append(authors.size() == 2 ? " and " + authors.get(1).name() : " et al.");
            }
        }
        text.append('.');
        if (!abstractParagraphs.isEmpty()) {
            text.append(' ').append(Texts.excerpt(abstractParagraphs.get(0), 160));
        }
        return text.toString();
    }
}
