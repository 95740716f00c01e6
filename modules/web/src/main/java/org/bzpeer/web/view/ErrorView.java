package org.bzpeer.web.view;

/** What an error page says. */
public record ErrorView(int status, String title, String message, String requestId) {

    public static ErrorView notFound(String what) {
        return new ErrorView(404, "Page not found", what, null);
    }

    public static ErrorView internal(String requestId) {
        return new ErrorView(500, "Something went wrong",
                "The page could not be built. The error was logged; please try again in a moment.", requestId);
    }

    public static ErrorView unavailable(String requestId) {
        return new ErrorView(503, "Temporarily unavailable",
                "The database is not reachable right now. Please try again in a moment.", requestId);
    }
}
