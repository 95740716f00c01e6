package org.bzpeer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bzpeer.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The research graph over HTTP: the profile's slice fragment and the explorer, on the demo data. */
class GraphPagesIT {

    private static final Pattern SVG = Pattern.compile("<svg class=\"graph-svg[^\"]*\"[^>]*>(.*?)</svg>", Pattern.DOTALL);
    private static final Pattern NODE_LINK = Pattern.compile("<a class=\"graph-node[^\"]*\" href=\"([^\"]+)\">\\s*<title>([^<]+)</title>",
            Pattern.DOTALL);

    private static BzpeerServer server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Config config = new Config(0, Optional.of(TestDatabases.withDemoData("graph")),
                Files.createTempDirectory("bzpeer-data"), Optional.empty());
        server = BzpeerServer.start(config);
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** The first graph picture of a page: its markup between {@code <svg>} and {@code </svg>}. */
    private static String svg(String html) {
        Matcher m = SVG.matcher(html);
        assertThat(m.find()).as("a graph picture").isTrue();
        return m.group(1);
    }

    /** The node links of a picture: href → title. */
    private static List<String[]> nodeLinks(String svg) {
        List<String[]> links = new ArrayList<>();
        Matcher m = NODE_LINK.matcher(svg);
        while (m.find()) {
            links.add(new String[] {m.group(1), m.group(2)});
        }
        return links;
    }

    private static List<String> hrefs(String svg) {
        return nodeLinks(svg).stream().map(l -> l[0]).toList();
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("the seed's graph fragment: an SVG with every neighbour as a titled link, edges under nodes, a list with reasons")
    void seedFragment() {
        HttpResponse<String> response = Http.get(port, "/fragments/researchers/piotr-zielinski/graph");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
        String html = response.body();
        assertThat(html).doesNotContain("<html", "<!DOCTYPE", "<head", "<body", "<script");
        // Self-contained: nothing in it fetches anything of its own, and no inline styles.
        assertThat(html).doesNotContainPattern("<[^>]*\\ssrc=").doesNotContainPattern("<[^>]*\\sstyle=");

        String svg = svg(html);
        assertThat(html).containsPattern("<svg class=\"graph-svg[^\"]*\" viewBox=\"0 0 \\d+ \\d+\" role=\"group\" "
                + "aria-labelledby=\"graph-slice-svg-title\"");
        assertThat(svg).contains("<title id=\"graph-slice-svg-title\">Research graph around Piotr Zielinski");
        List<String[]> links = nodeLinks(svg);
        assertThat(links).extracting(l -> l[0]).containsExactlyInAnyOrder(
                "/researchers/piotr-zielinski",
                "/researchers/satrajit-chatterjee",
                "/researchers/shankar-krishnan",
                "/works/on-the-generalization-mystery-in-deep-learning",
                "/works/making-coherence-out-of-nothing-at-all-measuring-the-evolution-of-gradient",
                "/works/weak-and-strong-gradient-directions-explaining-memorization-generalization-and",
                "/topics/machine-learning");
        assertThat(links).extracting(l -> l[1]).contains(
                "Piotr Zielinski (centre, researcher)",
                "Satrajit Chatterjee (researcher)",
                "Shankar Krishnan (researcher)",
                "On the Generalization Mystery in Deep Learning (work)",
                "Making Coherence Out of Nothing At All: Measuring the Evolution of Gradient Alignment (work)",
                "Weak and Strong Gradient Directions: Explaining Memorization, Generalization, and Hardness of "
                        + "Examples at Scale (work)",
                "Machine Learning (topic)");
        // The centre is drawn in the middle of the view box; edges are lines, drawn before (under) the nodes.
        assertThat(svg).contains("cx=\"400\" cy=\"250\"");
        assertThat(svg.split("<line ", -1)).hasSize(7);
        assertThat(svg.lastIndexOf("<line ")).isLessThan(svg.indexOf("<a "));
        assertThat(text(svg)).contains("Satrajit Chatterjee", "Shankar Krishnan", "Machine Learning");

        // The legend and the text list, with each edge's reason.
        String text = text(html);
        assertThat(text).contains("Researchers 2", "Works 3", "Topics 1");
        assertThat(text).containsSubsequence("All 6 connections as a list",
                "Researchers (2)", "Satrajit Chatterjee",
                "Piotr Zielinski and Satrajit Chatterjee share 3 works, most recently in 2022",
                "Shankar Krishnan", "Piotr Zielinski and Shankar Krishnan share 1 work, most recently in 2020",
                "Works (3)", "Piotr Zielinski is an author of",
                "Topics (1)", "Machine Learning", "3 works by Piotr Zielinski are about Machine Learning");
        assertThat(html).containsPattern("<a [^>]*href=\"/explore/piotr-zielinski\">Open full explorer</a>");
    }

    @Test
    @DisplayName("the explorer at depth 1: a full page with the picture, the form (depth 1 checked) and the list")
    void explorerDepthOne() {
        HttpResponse<String> response = Http.get(port, "/explore/piotr-zielinski");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
        String html = response.body();
        assertThat(html).contains("<!DOCTYPE html>", "<title>Research graph of Piotr Zielinski");
        assertThat(html).doesNotContainPattern("<[^>]*\\sstyle=");
        assertThat(html).contains("<form class=\"graph-controls\" method=\"get\" action=\"/explore/piotr-zielinski\">");
        assertThat(html).containsPattern("name=\"depth\" value=\"1\" checked");
        assertThat(html).doesNotContainPattern("name=\"depth\" value=\"2\" checked");
        for (String kind : new String[] {"RESEARCHER", "WORK", "TOPIC", "INSTITUTION"}) {
            assertThat(html).containsPattern("name=\"kind\" value=\"" + kind + "\" checked");
        }
        String svg = svg(html);
        assertThat(hrefs(svg)).hasSize(7);
        assertThat(text(html)).contains("Direct connections: 2 researchers, 3 works and 1 topic.",
                "Connections of Piotr Zielinski", "3 works by Piotr Zielinski are about Machine Learning");
    }

    @Test
    @DisplayName("the explorer at depth 2: nodes two steps away on an outer ring, at most 60")
    void explorerDepthTwo() {
        HttpResponse<String> response = Http.get(port, "/explore/satrajit-chatterjee?depth=2");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("viewBox=\"0 0 1000 760\"");
        assertThat(html).containsPattern("name=\"depth\" value=\"2\" checked");
        List<String> hrefs = hrefs(svg(html));
        assertThat(hrefs).hasSizeBetween(25, 60).doesNotHaveDuplicates();
        assertThat(hrefs.get(0)).isEqualTo("/researchers/satrajit-chatterjee");
        assertThat(html).contains("graph-node graph-kind-work graph-far", "two steps away");
        assertThat(text(html)).contains("Connections up to two steps away:");

        HttpResponse<String> seed = Http.get(port, "/explore/piotr-zielinski?depth=2");
        assertThat(seed.statusCode()).isEqualTo(200);
        assertThat(hrefs(svg(seed.body())).size()).isGreaterThan(7);
    }

    @Test
    @DisplayName("kind filters keep the centre and the chosen kinds, and say how many nodes they hide")
    void kindFilter() {
        HttpResponse<String> response = Http.get(port, "/explore/satrajit-chatterjee?depth=2&kind=RESEARCHER&kind=topic");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        List<String> hrefs = hrefs(svg(html));
        assertThat(hrefs).contains("/researchers/satrajit-chatterjee", "/researchers/piotr-zielinski",
                "/topics/machine-learning");
        assertThat(hrefs).noneMatch(h -> h.startsWith("/works/") || h.startsWith("/institutions/"));
        assertThat(html).containsPattern("name=\"kind\" value=\"RESEARCHER\" checked")
                .containsPattern("name=\"kind\" value=\"TOPIC\" checked")
                .doesNotContainPattern("name=\"kind\" value=\"WORK\" checked")
                .doesNotContainPattern("name=\"kind\" value=\"INSTITUTION\" checked");
        assertThat(text(html)).contains("Showing researchers and topics only; the filter hides");

        HttpResponse<String> works = Http.get(port, "/explore/piotr-zielinski?kind=WORK");
        assertThat(hrefs(svg(works.body()))).hasSize(4).allMatch(h -> h.startsWith("/works/")
                || h.equals("/researchers/piotr-zielinski"));
    }

    @Test
    @DisplayName("unknown and malformed researchers: a 404 fragment, a 404 page")
    void notFound() {
        for (String path : new String[] {"/fragments/researchers/nobody-at-all/graph",
                "/fragments/researchers/UPPER/graph", "/fragments/researchers/" + "x".repeat(300) + "/graph"}) {
            HttpResponse<String> response = Http.get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("content-type")).as(path).contains("text/html; charset=utf-8");
            assertThat(response.body()).as(path).doesNotContain("<html").contains("no graph to show");
        }
        for (String path : new String[] {"/explore/nobody-at-all", "/explore/UPPER", "/explore/a/b",
                "/explore/..%2F..%2Fetc", "/explore/nobody-at-all?depth=2"}) {
            HttpResponse<String> response = Http.get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<!DOCTYPE html>", "Page not found");
        }
        String[] raw = Http.rawGet(port, "/explore/%ZZ");
        assertThat(raw[0]).isEqualTo("HTTP/1.1 404 Not Found");
    }

    @Test
    @DisplayName("bad explorer parameters are a 400 page that says what is wrong")
    void badParameters() {
        String[][] cases = {
                {"/explore/piotr-zielinski?depth=3", "The depth must be 1 (direct connections) or 2 (two steps away), not “3”."},
                {"/explore/piotr-zielinski?depth=deep", "not “deep”"},
                {"/explore/piotr-zielinski?depth=1&depth=2", "Give one depth, 1 or 2"},
                {"/explore/piotr-zielinski?kind=VENUE", "The kind “VENUE” is not one this graph knows"},
                {"/explore/piotr-zielinski?kind=WORK&kind=%3Cscript%3E", "The kind “&lt;script&gt;”"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = Http.get(port, c[0]);
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("content-type")).as(c[0]).contains("text/html; charset=utf-8");
            assertThat(response.body()).as(c[0]).contains("This graph view is not available", c[1])
                    .doesNotContain("<script>");
        }
        // Empty values are what a form sends for nothing chosen: the defaults apply.
        assertThat(Http.get(port, "/explore/piotr-zielinski?depth=&kind=").statusCode()).isEqualTo(200);
    }
}
