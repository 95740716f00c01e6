package org.bzpeer.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;

/**
 * JTE rendering. In production the templates are classes precompiled by {@code jte-maven-plugin} from the
 * repository's {@code templates/}; with a templates directory given (development), they are compiled from
 * there and reloaded on change.
 */
public final class Templates {

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    public static Templates hotReloading(Path templatesDirectory) {
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(templatesDirectory), ContentType.Html);
        engine.setTrimControlStructures(true);
        return new Templates(engine);
    }

    /** Renders {@code name} (e.g. {@code pages/profile.jte}) with its one parameter. */
    public String render(String name, Object model) {
        StringOutput out = new StringOutput(8192);
        engine.render(name, model, out);
        return out.toString();
    }
}
