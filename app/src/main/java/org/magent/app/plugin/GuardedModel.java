package org.magent.app.plugin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.magent.medium.Medium;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;

/**
 * A plugin's {@link MediumModel} behind a {@link PluginGuard}: every call runs with the timeout, failures name
 * the plugin and the medium, and what it returns is checked (non-null, a usable name, read once).
 */
public final class GuardedModel implements MediumModel {

    private final String plugin;
    private final String name;
    private final MediumModel model;
    private final PluginGuard guard;
    private final String where;

    /**
     * Wraps a plugin's model under the name it gives itself.
     *
     * @param plugin the plugin the model comes from
     * @param guard the guard that runs the calls
     * @throws PluginException when {@code name()} throws, hangs, returns null, or returns a blank name or one with
     *     whitespace (it could not be typed after {@code --medium})
     */
    public GuardedModel(LoadedPlugin plugin, PluginGuard guard) {
        this.plugin = Objects.requireNonNull(plugin, "plugin").source();
        this.model = plugin.model();
        this.guard = Objects.requireNonNull(guard, "guard");
        String own = guard.result(plugin.owner(), "name()", model::name);
        if (own.isBlank() || own.codePoints().anyMatch(Character::isWhitespace)) {
            throw new PluginException(plugin.owner() + ": name() returned '" + own + "'; a medium name must be "
                    + "non-blank and without whitespace");
        }
        this.name = own;
        this.where = "plugin " + this.plugin + ", medium " + own;
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
