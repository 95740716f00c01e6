package org.bzpeer.web.view;

import java.util.List;
import java.util.Map;

/** Everything {@code pages/institution.jte} shows, read from the result of {@code pages/institution.graphql}. */
public record InstitutionView(
        String slug,
        String name,
        String type,
        String countryCode,
        String country,
        String city,
        String homepageUrl,
        String ror,
        List<MemberItem> researchers,
        int researchersTotal,
        Pager pager) {

    /** Maps {@code data.institution}; the caller has checked it is not null. {@code continued}: a later page. */
    public static InstitutionView from(Map<String, Object> institution, boolean continued) {
        Map<String, Object> researchers = GraphData.map(institution, "researchers");
        String slug = GraphData.str(institution, "slug");
        String countryCode = GraphData.str(institution, "countryCode");
        return new InstitutionView(slug, GraphData.str(institution, "displayName"), GraphData.str(institution, "type"),
                countryCode, Texts.countryName(countryCode), GraphData.str(institution, "city"),
                Texts.webUrl(GraphData.str(institution, "homepageUrl")), Texts.webUrl(GraphData.str(institution, "ror")),
                GraphData.list(researchers, "edges").stream().map(MemberItem::of).toList(),
                GraphData.integer(researchers, "totalCount"),
                Pager.of(GraphData.map(researchers, "pageInfo"), continued, "/institutions/" + slug, "#researchers-title"));
    }

    /** "Education", "Company" … or null. */
    public String typeLabel() {
        return Texts.sentenceCase(type);
    }

    /** "Boston, United States", or whichever part is known, or null. */
    public String location() {
        if (city != null && country != null) {
            return city + ", " + country;
        }
        return city != null ? city : country;
    }

    /** The website without its scheme, for the link text: "www.example.org". */
    public String homepageLabel() {
        return homepageUrl == null ? null : homepageUrl.replaceFirst("^https?://", "").replaceFirst("/$", "");
    }

    public boolean continued() {
        return pager.firstHref() != null;
    }

    public String metaDescription() {
        StringBuilder text = new StringBuilder(name);
        if (location() != null) {
            text.append(", ").append(location());
        }
        return text.append(": researchers affiliated with it, from open scholarly records.").toString();
    }
}
