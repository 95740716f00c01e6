package org.bzpeer.server.browser;

/**
 * Every type of page the web UI has (or is about to have), each with one representative address from the demo
 * graph. Topic and institution addresses are looked up at run time ({@link TestApp#pathOf}).
 */
public enum PageType {
    FRONT("/", 200, "the front page"),
    PROFILE("/researchers/piotr-zielinski", 200, "the researcher profile"),
    WORK("/works/on-the-generalization-mystery-in-deep-learning", 200, "the work page"),
    TOPIC(null, 200, "the topic page"),
    INSTITUTION(null, 200, "the institution page"),
    SEARCH("/search?q=zielinski", 200, "the search page"),
    EXPLORER("/explore/piotr-zielinski", 200, "the graph explorer"),
    EXPLORER_DEPTH_2("/explore/satrajit-chatterjee?depth=2", 200, "the graph explorer at depth 2"),
    LOGIN("/login", 200, "the log-in page"),
    REGISTER("/register", 200, "the registration page"),
    NOT_FOUND("/no/such/page", 404, "the 404 page");

    final String path;
    final int expectedStatus;
    final String description;

    PageType(String path, int expectedStatus, String description) {
        this.path = path;
        this.expectedStatus = expectedStatus;
        this.description = description;
    }
}
