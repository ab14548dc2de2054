package org.magent.app.plugin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.magent.medium.Medium;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;

/**
 * A plugin's {@link MediumModel} behind a {@link PluginGuard}: every call runs with the timeout, failures name
 * the plugin and the medium, and what it returns is checked (non-null, the name it is registered under).
 */
public final class GuardedModel implements MediumModel {

    private final String plugin;
    private final String name;
    private final MediumModel model;
    private final PluginGuard guard;
    private final String where;

    /**
     * Wraps a plugin's model, checking that it calls itself by the name it is registered under.
     *
     * @param plugin the plugin, as named in messages (e.g. the jar file name)
     * @param key the name under which the plugin registered the model
     * @param model the plugin's model
     * @param guard the guard that runs the calls
     * @throws PluginException when {@code name()} fails or differs from the key
     */
    public GuardedModel(String plugin, String key, MediumModel model, PluginGuard guard) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
        this.model = Objects.requireNonNull(model, "model");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.where = "plugin " + plugin + ", medium " + key;
        String own = guard.call(where, "name()", model::name);
        if (!key.equals(own)) {
            throw new PluginException(where + ": the model registered as '" + key + "' names itself '" + own + "'");
        }
        this.name = key;
    }

    /**
     * The plugin the model comes from.
     *
     * @return the plugin as named in messages
     */
    public String plugin() {
        return plugin;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return guard.result(where, "description()", model::description);
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = guard.result(where, "parameters()", model::parameters);
        if (specs.stream().anyMatch(Objects::isNull)) {
            throw new PluginException(where + ": parameters() returned a null entry");
        }
        return List.copyOf(specs);
    }

    @Override
    public Medium configure(Map<String, String> values) {
        Medium medium = guard.result(where, "configure(" + values + ")", () -> model.configure(values));
        return new GuardedMedium(where, medium, guard);
    }
}
