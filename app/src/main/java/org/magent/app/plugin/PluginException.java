package org.magent.app.plugin;

import org.magent.validation.InvalidInputException;

/**
 * A plugin that cannot be loaded, throws, hangs or returns something unusable (NaN, null, a wrong count). It is
 * user-supplied code, so it is reported like bad input: one line naming the plugin and the medium, exit status 2.
 */
public class PluginException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the plugin (jar) and the medium
     */
    public PluginException(String message) {
        super("plugin", message);
    }

    /**
     * Creates the exception with the plugin's own failure as its cause.
     *
     * @param message what failed, naming the plugin (jar) and the medium
     * @param cause what the plugin (or loading it) threw
     */
    public PluginException(String message, Throwable cause) {
        super("plugin", message, cause);
    }
}
