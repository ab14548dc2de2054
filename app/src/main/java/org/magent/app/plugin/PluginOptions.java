package org.magent.app.plugin;

import java.util.ArrayList;
import java.util.List;
import org.magent.app.input.Numbers;
import org.magent.validation.Checks;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level plugin options, a picocli mixin: {@code --plugin JAR} (repeatable) and
 * {@code --plugin-timeout SECONDS}.
 */
public final class PluginOptions {

    /** The default time a single call into a plugin may take (wall-clock seconds). */
    public static final double DEFAULT_TIMEOUT_SECONDS = 60;

    @Option(names = "--plugin", paramLabel = "JAR", scope = ScopeType.INHERIT,
            description = "Load the media of a plugin jar (its MediumModel classes, listed in "
                    + "META-INF/services/org.magent.medium.MediumModel); "
                    + "repeatable.")
    private List<String> jars = new ArrayList<>();

    @Option(names = "--plugin-timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "Longest time one call into a plugin may take (wall-clock seconds, default 60).")
    private String timeout;

    /** Creates the options (picocli fills them). */
    public PluginOptions() {
    }

    /**
     * The plugin jars, as given.
     *
     * @return the paths, in command-line order
     */
    public List<String> jars() {
        return List.copyOf(jars);
    }

    /**
     * The timeout of one plugin call.
     *
     * @return the timeout (wall-clock seconds), positive and finite
     * @throws org.magent.validation.InvalidInputException when the value is not a positive number
     */
    public double timeoutSeconds() {
        if (timeout == null) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
        return Checks.positive("--plugin-timeout", Numbers.real("--plugin-timeout", timeout, "wall-clock seconds"),
                "wall-clock seconds");
    }
}
