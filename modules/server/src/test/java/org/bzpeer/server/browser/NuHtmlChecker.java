package org.bzpeer.server.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker ({@code nu.validator:validator}, the engine of validator.w3.org/nu and of vnu.jar), run
 * in-process with the same schema and settings as vnu.jar's command line: {@code html5-all.rnc}, language
 * detection on, datatype problems as warnings. Not thread-safe: check one document at a time.
 */
final class NuHtmlChecker {

    static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** One message: "error" or "warning", where, what. */
    record Message(String type, int line, int column, String text) {
        @Override
        public String toString() {
            return type + " at " + line + ":" + column + ": " + text;
        }
    }

    /** All messages for one document, with its source for showing the lines they point at. */
    record Report(String systemId, String source, List<Message> messages) {

        List<Message> errors() {
            return messages.stream().filter(m -> !m.type().equals("warning")).toList();
        }

        List<Message> warnings() {
            return messages.stream().filter(m -> m.type().equals("warning")).toList();
        }

        /** The messages, each followed by the (trimmed) source line it points at. */
        String describe(List<Message> which) {
            String[] lines = source.split("\n", -1);
            StringBuilder out = new StringBuilder();
            for (Message m : which) {
                out.append("\n  ").append(m);
                if (m.line() >= 1 && m.line() <= lines.length) {
                    String line = lines[m.line() - 1].strip();
                    out.append("\n      ").append(line.length() > 200 ? line.substring(0, 200) + "…" : line);
                }
            }
            return out.toString();
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuHtmlChecker() {
        System.setProperty("nu.validator.datatype.warn", "true");
        try {
            validator = new SimpleDocumentValidator(true, false, true);
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the Nu Html Checker: " + e, e);
        }
    }

    /** Checks an HTML document served as UTF-8. */
    Report check(String systemId, String html) {
        collector.messages = new ArrayList<>();
        InputSource input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        input.setEncoding("UTF-8");
        input.setSystemId(systemId);
        try {
            validator.checkHtmlInputSource(input);
        } catch (SAXParseException e) {
            // Already reported to the collector as a fatal error.
        } catch (IOException | SAXException e) {
            collector.messages.add(new Message("fatal", -1, -1, e.toString()));
        }
        return new Report(systemId, html, List.copyOf(collector.messages));
    }

    private static final class Collector implements ErrorHandler {
        List<Message> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            add("warning", e);
        }

        @Override
        public void error(SAXParseException e) {
            add("error", e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            add("fatal", e);
            throw e;
        }

        private void add(String type, SAXParseException e) {
            messages.add(new Message(type, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }
    }
}
