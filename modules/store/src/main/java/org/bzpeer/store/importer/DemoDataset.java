package org.bzpeer.store.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bzpeer.store.Db;
import org.bzpeer.store.importer.OpenAlexImporter.Entity;
import org.bzpeer.store.importer.OpenAlexImporter.Report;

/**
 * The demo research graph shipped in the jar ({@code demo/openalex/<entity>.jsonl}, OpenAlex's shape): the seed
 * profile and its invented neighbourhood. Loaded by the same importer that loads real OpenAlex data.
 */
public final class DemoDataset {

    public static final String RESOURCE_DIR = "demo/openalex/";

    private DemoDataset() {
    }

    /** Imports every entity file in dependency order. Blocking. */
    public static List<Report> load(OpenAlexImporter importer) {
        List<Report> reports = new ArrayList<>();
        for (Entity entity : Entity.values()) {
            String resource = RESOURCE_DIR + entity.fileStem() + ".jsonl";
            try (InputStream in = DemoDataset.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("demo dataset resource missing: " + resource);
                }
                reports.add(importer.importLines(entity, in));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + resource, e);
            }
        }
        return reports;
    }
}
