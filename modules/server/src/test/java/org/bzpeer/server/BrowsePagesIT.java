package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The browsing pages as a visitor meets them, over HTTP: the front page, works, topics, institutions and search,
 * their links, "Show more" paging, and 404/400 pages. The server starts on an empty migrated database and loads
 * the demo graph itself; where a page shows what the API answers, the test asks {@code POST /graphql} too.
 */
class BrowsePagesIT {

    private static final String SEED_WORK = "making-coherence-out-of-nothing-at-all-measuring-the-evolution-of-gradient";
    private static final Pattern WORK_LINK = Pattern.compile("<h3 class=\"work-title\"><a href=\"/works/([a-z0-9-]+)\"");
    private static final Pattern RESULT_LINK = Pattern.compile("<h3 class=\"work-title\"><a href=\"(/[a-z]+/[a-z0-9-]+)\"");
    private static final Pattern MEMBER_LINK = Pattern.compile("class=\"member-name\" href=\"/researchers/([a-z0-9-]+)\"");

    private static BzpeerServer server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.onEmptyDatabase("browse");
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    @DisplayName("the front page says what BZPeer is, has a search form, and features the seed and well-connected researchers")
    void frontPage() {
        String body = page("/", 200);
        assertThat(body).contains("<form class=\"search-form\" action=\"/search\" method=\"get\" role=\"search\">",
                "<label for=\"home-search-q\">Search researchers, works and topics</label>",
                "<input id=\"home-search-q\" name=\"q\" type=\"search\"");
        assertThat(text(body)).contains("BZPeer gives every researcher a public profile built from open scholarly records");
        assertThat(text(body)).containsSubsequence("Featured profile", "Piotr Zielinski", "Trust 15 - Unverified",
                "Recent works", "On the Generalization Mystery in Deep Learning", "Open the profile of Piotr Zielinski",
                "Most active researchers by topic", "Machine Learning", "Hannah Goldberg", "15 works on this topic",
                "Computer Vision", "Natural Language Processing", "Graph Neural Networks");
        assertThat(body).contains("href=\"/researchers/piotr-zielinski\"", "href=\"/topics/machine-learning\"",
                "href=\"/works/on-the-generalization-mystery-in-deep-learning\"",
                "href=\"/institutions/riverside-institute-of-technology\"");
        Set<String> featured = all(MEMBER_LINK, body);
        assertThat(featured).hasSizeGreaterThanOrEqualTo(8).doesNotContain("piotr-zielinski");
        for (String slug : featured) {
            assertThat(Http.get(port, "/researchers/" + slug).statusCode()).as(slug).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("a work page shows type, year, venue, open access, citations, authors in order, the full abstract, topics and links")
    void workPage() {
        String body = page("/works/" + SEED_WORK, 200);
        String text = text(body);
        assertThat(text).containsSubsequence("Preprint", "2020", "arXiv",
                "Making Coherence Out of Nothing At All: Measuring the Evolution of Gradient Alignment",
                "Open access", "Cited 17 times", "Published 3 August 2020",
                "Authors", "Satrajit Chatterjee", "Corresponding author", "Northgate AI Research", "United States",
                "Piotr Zielinski", "Abstract", "We propose a new metric ($m$-coherence)",
                "a complete explanation of generalization in neural networks.", "Topics", "Machine Learning");
        assertThat(body).containsSubsequence("href=\"/researchers/satrajit-chatterjee\"", "href=\"/researchers/piotr-zielinski\"");
        assertThat(body).contains("href=\"/institutions/northgate-ai-research\"", "href=\"/topics/machine-learning\"",
                "href=\"https://arxiv.org/abs/2008.01217\"", "href=\"https://doi.org/10.48550/arxiv.2008.01217\"",
                "id=\"abstract\"");

        // The full abstract, exactly as the API has it.
        JsonObject work = graphql("{ work(slug: \"" + SEED_WORK + "\") { abstract } }").getJsonObject("work");
        assertThat(text).contains(normalized(work.getString("abstract")));

        // A journal article without an arXiv id: a DOI link, no arXiv link.
        String article = page("/works/benchmarking-networks-trained-with-stochastic-gradient-descent-for-learning-with", 200);
        assertThat(text(article)).containsSubsequence("Article", "2025", "Journal of Learning Systems");
        assertThat(article).contains("href=\"https://doi.org/10.5555/bzdemo.113\"").doesNotContain("arxiv.org");
    }

    @Test
    @DisplayName("a topic page shows its place, description, keywords, top researchers and works newest first, with working 'Show more'")
    void topicPage() {
        String body = page("/topics/machine-learning", 200);
        assertThat(text(body)).containsSubsequence("Topic", "Machine Learning",
                "Artificial Intelligence › Computer Science › Physical Sciences",
                "This cluster of papers studies why and how deep neural networks learn from data",
                "Keywords", "deep learning", "label noise",
                "Top researchers", "56 researchers publish on this topic", "Hannah Goldberg", "15 works on this topic",
                "60 works, newest first");
        assertThat(body).contains("href=\"/researchers/hannah-goldberg\"");

        // The works, page by page, are the API's connection in its order.
        JsonArray edges = graphql("{ topic(slug: \"machine-learning\") { works(first: 60) { edges { node { slug } } } } }")
                .getJsonObject("topic").getJsonObject("works").getJsonArray("edges");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            expected.add(edges.getJsonObject(i).getJsonObject("node").getString("slug"));
        }
        assertThat(expected).hasSize(60);

        List<String> seen = new ArrayList<>(list(WORK_LINK, body));
        assertThat(seen).hasSize(20);
        String next = showMore(body, "Show more works");
        assertThat(next).startsWith("/topics/machine-learning?after=").endsWith("#works-title");
        String second = page(next, 200);
        assertThat(text(second)).contains("Continued from the previous page.");
        assertThat(second).contains("href=\"/topics/machine-learning#works-title\"");
        seen.addAll(list(WORK_LINK, second));
        String third = page(showMore(second, "Show more works"), 200);
        seen.addAll(list(WORK_LINK, third));
        assertThat(third).doesNotContain("Show more works");
        assertThat(seen).containsExactlyElementsOf(expected);

        // A forged cursor is the 400 page, not a 500.
        HttpResponse<String> forged = Http.get(port, "/topics/machine-learning?after=forged");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("This link is not valid", "Invalid cursor");
    }

    @Test
    @DisplayName("an institution page shows its facts and links, and its researchers page by page")
    void institutionPage() {
        String body = page("/institutions/eastbridge-university", 200);
        assertThat(text(body)).containsSubsequence("Institution", "Eastbridge University", "Education",
                "Leeds, United Kingdom", "Website", "www.eastbridge.example", "ROR id", "https://ror.org/0demo0008",
                "9 researchers");
        assertThat(body).contains("href=\"https://www.eastbridge.example\"", "href=\"https://ror.org/0demo0008\"");

        Set<String> people = all(MEMBER_LINK, body);
        assertThat(people).hasSize(8);
        String next = showMore(body, "Show more researchers");
        assertThat(next).startsWith("/institutions/eastbridge-university?after=");
        String second = page(next, 200);
        Set<String> more = all(MEMBER_LINK, second);
        assertThat(more).hasSize(1).doesNotContainAnyElementsOf(people);
        assertThat(second).doesNotContain("Show more researchers").contains("Back to the first researchers");
        people.addAll(more);

        JsonArray edges = graphql("{ institution(slug: \"eastbridge-university\") { researchers(first: 20) { edges { node { slug } } } } }")
                .getJsonObject("institution").getJsonObject("researchers").getJsonArray("edges");
        Set<String> expected = new LinkedHashSet<>();
        for (int i = 0; i < edges.size(); i++) {
            expected.add(edges.getJsonObject(i).getJsonObject("node").getString("slug"));
        }
        assertThat(people).containsExactlyElementsOf(expected);

        // Exactly one page: no "Show more".
        assertThat(page("/institutions/riverside-institute-of-technology", 200)).doesNotContain("Show more researchers");
        assertThat(Http.get(port, "/institutions/eastbridge-university?after=forged").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("search shows ranked results linking to their pages, totals per kind as plain links, and 'Next results'")
    void searchResults() {
        String body = page("/search?q=zielinski", 200);
        assertThat(text(body)).contains("Results for “zielinski”");
        assertThat(body).contains("href=\"/researchers/piotr-zielinski\"",
                "<input id=\"search-q\" name=\"q\" type=\"search\" value=\"zielinski\"",
                "href=\"/search?q=zielinski&amp;kind=RESEARCHER\"", "href=\"/search?q=zielinski&amp;kind=WORK\"",
                "href=\"/search?q=zielinski&amp;kind=TOPIC\"", "href=\"/search?q=zielinski\" aria-current=\"page\"");

        // Ranked as the API ranks them, with its totals.
        JsonObject api = graphql("{ search(query: \"learning\", first: 10) { totalCount edges { node { "
                + "... on Researcher { slug } ... on Work { slug } ... on Topic { slug } } } } "
                + "works: search(query: \"learning\", kinds: [WORK], first: 1) { totalCount } }");
        int total = api.getJsonObject("search").getInteger("totalCount");
        assertThat(total).isGreaterThan(10);
        String learning = page("/search?q=learning", 200);
        assertThat(text(learning)).contains(total + " results", "All " + total,
                "Works " + api.getJsonObject("works").getInteger("totalCount"));
        List<String> links = list(RESULT_LINK, learning);
        assertThat(links).hasSize(10);
        JsonArray edges = api.getJsonObject("search").getJsonArray("edges");
        for (int i = 0; i < edges.size(); i++) {
            assertThat(links.get(i)).endsWith("/" + edges.getJsonObject(i).getJsonObject("node").getString("slug"));
        }
        for (String link : new LinkedHashSet<>(links)) {
            assertThat(Http.get(port, link).statusCode()).as(link).isEqualTo(200);
        }

        String next = showMore(learning, "Next results");
        assertThat(next).startsWith("/search?q=learning&after=");
        String second = page(next, 200);
        assertThat(text(second)).contains("Continued from the previous page.", "Back to the best matches");
        assertThat(list(RESULT_LINK, second)).hasSize(10).doesNotContainAnyElementsOf(links);

        // Limited to one kind: only that kind, the filter marked current, the kind kept in "Next results".
        String works = page("/search?q=learning&kind=WORK", 200);
        assertThat(list(RESULT_LINK, works)).isNotEmpty().allMatch(l -> l.startsWith("/works/"));
        assertThat(works).contains("href=\"/search?q=learning&amp;kind=WORK\" aria-current=\"page\"",
                "<option value=\"WORK\" selected>");
        assertThat(showMore(works, "Next results")).startsWith("/search?q=learning&kind=WORK&after=");
        String topics = page("/search?q=learning&kind=topic", 200);
        assertThat(list(RESULT_LINK, topics)).isNotEmpty().allMatch(l -> l.startsWith("/topics/"));

        // Words with spaces and symbols survive the round trip through links.
        String spaced = page("/search?q=" + encode("graph neural networks"), 200);
        assertThat(spaced).contains("href=\"/search?q=graph+neural+networks&amp;kind=TOPIC\"");
    }

    @Test
    @DisplayName("search without a query shows the form (200); no matches shows suggestions (200)")
    void searchFormAndNoMatches() {
        for (String path : new String[] {"/search", "/search?q=", "/search?q=%20%20", "/search?kind=WORK"}) {
            String body = page(path, 200);
            assertThat(body).as(path).contains("<label for=\"search-q\">", "name=\"q\"");
            assertThat(text(body)).as(path).contains("Search the research graph",
                    "Type a researcher’s name, a few words from a title or abstract, or a topic");
        }
        String none = page("/search?q=xyzzyqq&kind=WORK", 200);
        assertThat(text(none)).containsSubsequence("No matches for “xyzzyqq”", "0 works", "Suggestions",
                "Search researchers, works and topics together", "Check the spelling", "Try a broader term");
        assertThat(none).contains("href=\"/search?q=xyzzyqq\"", "href=\"/search?q=coherence\"", "href=\"/\"");
    }

    @Test
    @DisplayName("a query the API refuses shows the API's message on the search page with status 400")
    void searchRefused() {
        for (String query : new String[] {"%%% !!!", "x".repeat(201)}) {
            JsonObject response = new JsonObject(Http.post(port, "/graphql", "application/json",
                    new JsonObject().put("query", "query($q: String!) { search(query: $q) { totalCount } }")
                            .put("variables", new JsonObject().put("q", query)).encode()).body());
            JsonObject error = response.getJsonArray("errors").getJsonObject(0);
            assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");

            HttpResponse<String> page = Http.get(port, "/search?q=" + encode(query));
            assertThat(page.statusCode()).as(query).isEqualTo(400);
            assertThat(page.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
            assertThat(text(page.body())).as(query).contains("This search cannot be run", error.getString("message"));
            assertThat(page.body()).contains("aria-describedby=\"search-problem\"", "name=\"q\"");
        }
        HttpResponse<String> badKind = Http.get(port, "/search?q=learning&kind=PLANET");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(text(badKind.body())).contains("researchers, works or topics");
        HttpResponse<String> forged = Http.get(port, "/search?q=learning&after=forged");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Invalid cursor");
    }

    @Test
    @DisplayName("what was typed is escaped, never markup")
    void escaping() {
        String body = page("/search?q=" + encode("<b>zielinski</b> \"x\""), 200);
        assertThat(body).doesNotContain("<b>zielinski</b>").contains("&lt;b&gt;zielinski&lt;/b&gt;");
    }

    @Test
    @DisplayName("unknown and malformed work, topic and institution addresses are 404 pages, never 500")
    void notFound() {
        for (String kind : new String[] {"works", "topics", "institutions"}) {
            for (String slug : new String[] {"no-such-thing-here", "UPPER", "a_b", "-dash-", "x".repeat(300),
                    "..%2F..%2Fetc", "a/b"}) {
                String path = "/" + kind + "/" + slug;
                HttpResponse<String> response = Http.get(port, path);
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.body()).as(path).contains("Page not found");
            }
            String[] raw = Http.rawGet(port, "/" + kind + "/%ZZ");
            assertThat(raw[0]).isEqualTo("HTTP/1.1 404 Not Found");
        }
        assertThat(Http.get(port, "/works/no-such-thing-here").body()).contains("There is no work at /works/no-such-thing-here.");
    }

    @Test
    @DisplayName("the pages carry no inline script and no style attributes, and have one h1")
    void noInlineScriptOrStyle() {
        for (String path : new String[] {"/", "/works/" + SEED_WORK, "/topics/machine-learning",
                "/institutions/eastbridge-university", "/search", "/search?q=learning", "/search?q=xyzzyqq",
                "/search?q=%25%25"}) {
            String body = Http.get(port, path).body();
            assertThat(body).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("<[^>]*\\son[a-z]+=").doesNotContain(" style=", "javascript:");
            assertThat(body.split("<h1[ >]", -1)).as(path + ": one h1").hasSize(2);
        }
    }

    // --- helpers ---

    /** GETs {@code path}, checks the status and that it is HTML, and returns the body. */
    private static String page(String path, int status) {
        HttpResponse<String> response = Http.get(port, path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).as("GET " + path).contains("text/html; charset=utf-8");
        return response.body();
    }

    /** The href of the link whose text is {@code label}, unescaped. */
    private static String showMore(String body, String label) {
        Matcher m = Pattern.compile("<a class=\"button button-secondary\" href=\"([^\"]+)\">" + Pattern.quote(label) + "</a>")
                .matcher(body);
        assertThat(m.find()).as("a '" + label + "' link").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    /** The text a reader sees: tags dropped, entities decoded, whitespace collapsed. */
    private static String text(String html) {
        return normalized(html.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&#34;", "\"")
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    }

    /** Whitespace collapsed, and no space before a full stop or comma (left where a tag ended). */
    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").replace(" .", ".").replace(" ,", ",").strip();
    }

    private static List<String> list(Pattern pattern, String body) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> all(Pattern pattern, String body) {
        return new LinkedHashSet<>(list(pattern, body));
    }

    private static JsonObject graphql(String query) {
        HttpResponse<String> response = Http.post(port, "/graphql", "application/json",
                new JsonObject().put("query", query).encode());
        JsonObject json = new JsonObject(response.body());
        assertThat(json.getJsonArray("errors")).as(query).isNull();
        return json.getJsonObject("data");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
