package org.magent.app.plugin;

import java.util.Objects;
import org.magent.medium.MediumPlugin;

/**
 * One plugin module and where it came from.
 *
 * @param source the plugin as named in messages: the jar's file name, or "class path (ClassName)"
 * @param module the plugin's Guice module, which adds its media to the {@code MapBinder<String, MediumModel>}
 */
public record LoadedPlugin(String source, MediumPlugin module) {

    /** Validates presence. */
    public LoadedPlugin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(module, "module");
    }
}
