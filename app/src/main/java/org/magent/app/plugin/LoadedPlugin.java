package org.magent.app.plugin;

import java.util.Objects;
import org.magent.medium.MediumModel;

/**
 * One third-party medium model, as {@link java.util.ServiceLoader} created it, and where it came from.
 *
 * @param source the plugin as named in messages: the jar's file name, or "class path"
 * @param model the model, listed in the plugin's {@code META-INF/services/org.magent.medium.MediumModel}
 */
public record LoadedPlugin(String source, MediumModel model) {

    /** Validates presence. */
    public LoadedPlugin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(model, "model");
    }

    /**
     * The plugin and the model's class, as named in messages, e.g. "plugin custom.jar (org.example.Chain$Model)".
     *
     * @return the owner of the model
     */
    public String owner() {
        return "plugin " + source + " (" + model.getClass().getName() + ")";
    }
}
