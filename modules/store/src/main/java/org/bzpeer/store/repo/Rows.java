package org.bzpeer.store.repo;

import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bzpeer.core.model.Authorship;
import org.bzpeer.core.model.ClaimStatus;
import org.bzpeer.core.model.Institution;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.model.Source;
import org.bzpeer.core.model.Topic;
import org.bzpeer.core.model.Work;

/** Row → record mapping, in one place, for the column lists below. */
final class Rows {

    static final String RESEARCHER_COLUMNS =
            "r.id, r.slug, r.openalex_id, r.display_name, r.orcid, r.headline, r.open_to_collaborate,"
                    + " r.followers_count, r.claim_status";
    static final String WORK_COLUMNS =
            "w.id, w.slug, w.openalex_id, w.type, w.title, w.abstract, w.publication_date, w.publication_year,"
                    + " w.source_id, w.arxiv_id, w.doi, w.url, w.cited_by_count, w.is_open_access, w.language";
    static final String TOPIC_COLUMNS =
            "t.id, t.slug, t.openalex_id, t.display_name, t.description, t.subfield, t.field, t.domain, t.keywords";
    static final String INSTITUTION_COLUMNS =
            "i.id, i.slug, i.openalex_id, i.display_name, i.ror, i.country_code, i.type, i.homepage_url, i.city";
    static final String SOURCE_COLUMNS =
            "s.id, s.slug, s.openalex_id, s.display_name, s.type, s.issn_l, s.homepage_url";

    private Rows() {
    }

    static Researcher researcher(Row row) {
        return new Researcher(
                row.getLong("id"), row.getString("slug"), row.getString("openalex_id"),
                row.getString("display_name"), row.getString("orcid"), row.getString("headline"),
                row.getBoolean("open_to_collaborate"), row.getInteger("followers_count"),
                ClaimStatus.valueOf(row.getString("claim_status")));
    }

    static Work work(Row row) {
        return new Work(
                row.getLong("id"), row.getString("slug"), row.getString("openalex_id"), row.getString("type"),
                row.getString("title"), row.getString("abstract"), row.getLocalDate("publication_date"),
                row.getInteger("publication_year"), row.getLong("source_id"), row.getString("arxiv_id"),
                row.getString("doi"), row.getString("url"), row.getInteger("cited_by_count"),
                row.getBoolean("is_open_access"), row.getString("language"));
    }

    static Topic topic(Row row) {
        String[] keywords = row.getArrayOfStrings("keywords");
        return new Topic(
                row.getLong("id"), row.getString("slug"), row.getString("openalex_id"),
                row.getString("display_name"), row.getString("description"), row.getString("subfield"),
                row.getString("field"), row.getString("domain"),
                keywords == null ? List.of() : List.of(keywords));
    }

    static Institution institution(Row row) {
        return new Institution(
                row.getLong("id"), row.getString("slug"), row.getString("openalex_id"),
                row.getString("display_name"), row.getString("ror"), row.getString("country_code"),
                row.getString("type"), row.getString("homepage_url"), row.getString("city"));
    }

    static Source source(Row row) {
        return new Source(
                row.getLong("id"), row.getString("slug"), row.getString("openalex_id"),
                row.getString("display_name"), row.getString("type"), row.getString("issn_l"),
                row.getString("homepage_url"));
    }

    static Authorship authorship(Row row) {
        Long[] institutions = row.getArrayOfLongs("institution_ids");
        return new Authorship(
                row.getLong("work_id"), row.getInteger("position"), row.getLong("researcher_id"),
                row.getString("author_position"), row.getString("raw_author_name"),
                row.getBoolean("is_corresponding"),
                institutions == null ? List.of() : Arrays.asList(institutions));
    }

    static LocalDate date(Row row, String column) {
        return row.getLocalDate(column);
    }
}
