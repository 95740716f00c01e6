package org.bzpeer.store.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenAlex JSON objects reduced to what BZPeer stores. Parsing is tolerant: unknown fields are ignored and
 * missing ones become null or empty, because fields come and go between snapshot versions.
 */
final class OpenAlexRecords {

    record InstitutionRecord(String openalexId, String displayName, String ror, String countryCode, String type,
                             String homepageUrl, String city) {
    }

    record TopicRecord(String openalexId, String displayName, String description, String subfield, String field,
                       String domain, List<String> keywords) {
    }

    record SourceRecord(String openalexId, String displayName, String type, String issnL, String homepageUrl) {
    }

    record AffiliationRecord(InstitutionRecord institution, List<Integer> years, boolean lastKnown) {
    }

    record AuthorRecord(String openalexId, String displayName, String orcid, List<AffiliationRecord> affiliations) {
    }

    record AuthorshipRecord(int position, String authorPosition, AuthorRecord author, String rawAuthorName,
                            boolean corresponding, List<InstitutionRecord> institutions) {
    }

    record WorkTopicRecord(TopicRecord topic, double score, boolean primary) {
    }

    record WorkRecord(String openalexId, String title, String abstractText, String type, LocalDate publicationDate,
                      Integer publicationYear, SourceRecord source, String arxivId, String doi, String url,
                      int citedByCount, boolean openAccess, String language, List<AuthorshipRecord> authorships,
                      List<WorkTopicRecord> topics) {
    }

    private static final Pattern ARXIV_DOI = Pattern.compile("^10\\.48550/arxiv\\.(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARXIV_URL =
            Pattern.compile("arxiv\\.org/(?:abs|pdf)/([^/?#]+?)(?:v\\d+)?(?:\\.pdf)?$", Pattern.CASE_INSENSITIVE);

    private OpenAlexRecords() {
    }

    /** {@code https://openalex.org/W123} → {@code W123}; also accepts the short form. */
    static String shortId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String trimmed = id.strip();
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    static String requiredId(JsonNode node) {
        String id = shortId(text(node, "id"));
        if (id == null) {
            throw new IllegalArgumentException("record has no id");
        }
        return id;
    }

    static InstitutionRecord institution(JsonNode n) {
        JsonNode geo = n.path("geo");
        return new InstitutionRecord(requiredId(n), nameOr(n, "Unnamed institution"), shortUrl(text(n, "ror")),
                text(n, "country_code"), text(n, "type"), text(n, "homepage_url"), text(geo, "city"));
    }

    static TopicRecord topic(JsonNode n) {
        List<String> keywords = new ArrayList<>();
        n.path("keywords").forEach(k -> {
            if (k.isTextual()) {
                keywords.add(k.asText());
            }
        });
        return new TopicRecord(requiredId(n), nameOr(n, "Unnamed topic"), text(n, "description"),
                text(n.path("subfield"), "display_name"), text(n.path("field"), "display_name"),
                text(n.path("domain"), "display_name"), keywords);
    }

    static SourceRecord source(JsonNode n) {
        return new SourceRecord(requiredId(n), nameOr(n, "Unnamed source"), text(n, "type"), text(n, "issn_l"),
                text(n, "homepage_url"));
    }

    static AuthorRecord author(JsonNode n) {
        Map<String, AffiliationRecord> affiliations = new LinkedHashMap<>();
        List<String> lastKnown = new ArrayList<>();
        for (JsonNode inst : n.path("last_known_institutions")) {
            if (text(inst, "id") != null) {
                lastKnown.add(requiredId(inst));
            }
        }
        for (JsonNode aff : n.path("affiliations")) {
            JsonNode inst = aff.path("institution");
            if (text(inst, "id") == null) {
                continue;
            }
            InstitutionRecord record = institution(inst);
            List<Integer> years = new ArrayList<>();
            aff.path("years").forEach(y -> {
                if (y.canConvertToInt()) {
                    years.add(y.asInt());
                }
            });
            affiliations.put(record.openalexId(),
                    new AffiliationRecord(record, years, lastKnown.contains(record.openalexId())));
        }
        for (JsonNode inst : n.path("last_known_institutions")) {
            if (text(inst, "id") != null && !affiliations.containsKey(requiredId(inst))) {
                InstitutionRecord record = institution(inst);
                affiliations.put(record.openalexId(), new AffiliationRecord(record, List.of(), true));
            }
        }
        return new AuthorRecord(requiredId(n), nameOr(n, "Unknown author"), orcid(text(n, "orcid")),
                List.copyOf(affiliations.values()));
    }

    static WorkRecord work(JsonNode n) {
        String title = text(n, "title");
        if (title == null) {
            title = text(n, "display_name");
        }
        JsonNode location = n.path("primary_location");
        JsonNode sourceNode = location.path("source");
        SourceRecord source = text(sourceNode, "id") == null ? null : source(sourceNode);
        String doi = doi(text(n, "doi"));
        String landing = text(location, "landing_page_url");
        String url = landing != null ? landing : (doi != null ? "https://doi.org/" + doi : null);
        LocalDate date = date(text(n, "publication_date"));
        Integer year = n.path("publication_year").canConvertToInt() ? n.path("publication_year").asInt()
                : (date == null ? null : date.getYear());
        JsonNode oa = n.path("open_access");
        boolean isOa = oa.path("is_oa").asBoolean(location.path("is_oa").asBoolean(false));
        return new WorkRecord(requiredId(n), title == null ? "Untitled work" : title.strip(),
                abstractFrom(n.path("abstract_inverted_index")), textOr(n, "type", "article"), date, year, source,
                arxivId(doi, landing), doi, url, Math.max(0, n.path("cited_by_count").asInt(0)), isOa,
                text(n, "language"), authorships(n.path("authorships")), workTopics(n));
    }

    private static List<AuthorshipRecord> authorships(JsonNode list) {
        List<AuthorshipRecord> result = new ArrayList<>();
        int count = list.size();
        int index = 0;
        for (JsonNode a : list) {
            JsonNode author = a.path("author");
            if (text(author, "id") == null) {
                continue; // an author OpenAlex could not identify: nothing to link to
            }
            String position = text(a, "author_position");
            if (position == null || !List.of("first", "middle", "last").contains(position)) {
                position = index == 0 ? "first" : (index == count - 1 ? "last" : "middle");
            }
            List<InstitutionRecord> institutions = new ArrayList<>();
            for (JsonNode inst : a.path("institutions")) {
                if (text(inst, "id") != null) {
                    institutions.add(institution(inst));
                }
            }
            AuthorRecord authorRecord = new AuthorRecord(requiredId(author), nameOr(author, "Unknown author"),
                    orcid(text(author, "orcid")), List.of());
            result.add(new AuthorshipRecord(result.size() + 1, position, authorRecord, text(a, "raw_author_name"),
                    a.path("is_corresponding").asBoolean(false), institutions));
            index++;
        }
        return result;
    }

    private static List<WorkTopicRecord> workTopics(JsonNode work) {
        String primaryId = shortId(text(work.path("primary_topic"), "id"));
        Map<String, WorkTopicRecord> topics = new LinkedHashMap<>();
        for (JsonNode t : work.path("topics")) {
            if (text(t, "id") == null) {
                continue;
            }
            TopicRecord topic = topic(t);
            topics.putIfAbsent(topic.openalexId(), new WorkTopicRecord(topic, score(t),
                    topic.openalexId().equals(primaryId)));
        }
        JsonNode primary = work.path("primary_topic");
        if (primaryId != null && !topics.containsKey(primaryId)) {
            topics.put(primaryId, new WorkTopicRecord(topic(primary), score(primary), true));
        }
        return List.copyOf(topics.values());
    }

    private static double score(JsonNode t) {
        double s = t.path("score").asDouble(0);
        return Math.max(0, Math.min(1, s));
    }

    /** Rebuilds the plain abstract from OpenAlex's word → positions index. */
    static String abstractFrom(JsonNode index) {
        if (index == null || !index.isObject() || index.isEmpty()) {
            return null;
        }
        TreeMap<Integer, String> words = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = index.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            for (JsonNode pos : entry.getValue()) {
                if (pos.canConvertToInt()) {
                    words.put(pos.asInt(), entry.getKey());
                }
            }
        }
        return words.isEmpty() ? null : String.join(" ", words.values());
    }

    static String arxivId(String doi, String landingUrl) {
        if (doi != null) {
            Matcher m = ARXIV_DOI.matcher(doi);
            if (m.matches()) {
                return m.group(1);
            }
        }
        if (landingUrl != null) {
            Matcher m = ARXIV_URL.matcher(landingUrl);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** {@code https://doi.org/10.7717/PeerJ.4375} → {@code 10.7717/peerj.4375} (DOIs are case-insensitive). */
    static String doi(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String doi = raw.strip().replaceFirst("(?i)^https?://(dx\\.)?doi\\.org/", "").replaceFirst("(?i)^doi:", "");
        return doi.startsWith("10.") ? doi.toLowerCase(Locale.ROOT) : null;
    }

    static String orcid(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = raw.strip().replaceFirst("(?i)^https?://orcid\\.org/", "");
        return id.matches("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]") ? id : null;
    }

    private static String shortUrl(String ror) {
        return ror == null ? null : ror.strip();
    }

    private static LocalDate date(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static String textOr(JsonNode node, String field, String fallback) {
        String text = text(node, field);
        return text == null ? fallback : text;
    }

    private static String nameOr(JsonNode node, String fallback) {
        String name = text(node, "display_name");
        return name == null ? fallback : name.strip();
    }
}
