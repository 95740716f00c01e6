package org.bzpeer.server.browser;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, run inside the page in the real browser. {@code axe.min.js} comes from the classpath: the root of
 * {@code com.deque.html.axe-core:selenium} (Deque's own Maven artifact, which ships axe-core 4.11.1; the newest
 * WebJar is 4.6.3), never from a CDN.
 */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** The result of one run: the axe-core version and its violations (axe's JSON). */
    record Result(String version, JsonArray violations) {

        int nodeCount() {
            int n = 0;
            for (int i = 0; i < violations.size(); i++) {
                n += violations.getJsonObject(i).getJsonArray("nodes").size();
            }
            return n;
        }

        /** One block per rule: id, impact, help, URL, then each failing element (selector, HTML, summary). */
        String describe() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < violations.size(); i++) {
                JsonObject v = violations.getJsonObject(i);
                JsonArray nodes = v.getJsonArray("nodes");
                out.append("\n  [").append(v.getString("impact")).append("] ").append(v.getString("id"))
                        .append(": ").append(v.getString("help")).append(" (").append(nodes.size())
                        .append(nodes.size() == 1 ? " element" : " elements").append(")\n    ")
                        .append(v.getString("helpUrl"));
                for (int j = 0; j < nodes.size(); j++) {
                    JsonObject node = nodes.getJsonObject(j);
                    out.append("\n    - ").append(node.getJsonArray("target").encode())
                            .append("\n      ").append(oneLine(node.getString("html"), 240));
                    String summary = node.getString("failureSummary");
                    if (summary != null) {
                        out.append("\n      ").append(oneLine(summary, 400));
                    }
                }
                out.append('\n');
            }
            return out.toString();
        }
    }

    /** Injects axe into the loaded page and runs it on the whole document with axe's default rules. */
    static Result run(JavascriptExecutor js) {
        js.executeScript(SCRIPT);
        Object raw = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, { resultTypes: ['violations'] })"
                        + ".then(r => done(JSON.stringify({ version: axe.version, violations: r.violations })))"
                        + ".catch(e => done(JSON.stringify({ error: String(e && e.stack || e) })));");
        JsonObject result = new JsonObject((String) raw);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe.run failed: " + result.getString("error"));
        }
        return new Result(result.getString("version"), result.getJsonArray("violations"));
    }

    private static String oneLine(String s, int max) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath "
                        + "(it comes from com.deque.html.axe-core:selenium, a test dependency of modules/server)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
