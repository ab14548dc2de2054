package org.magent.medium;

import java.util.List;
import java.util.Map;

/**
 * A kind of medium, registered by name, that turns parameter values into a configured {@link Medium}.
 *
 * <p>This is the whole plugin contract: a third-party medium is a jar with one or more implementations, each a
 * public class (a nested one must be {@code static}) with a public no-argument constructor, listed one per line
 * in {@code META-INF/services/org.magent.medium.MediumModel} (the {@link java.util.ServiceLoader} format). magent
 * registers each under its {@link #name()}. The built-in media are registered by magent itself and are not listed
 * in any service file.
 */
public interface MediumModel {

    /**
     * The name the medium is registered and selected under ({@code --medium NAME}), e.g. "ferromagnet": not
     * blank, without whitespace, different from every other medium's, and the same on every call.
     *
     * @return the name
     */
    String name();

    /**
     * One line describing the medium and its band.
     *
     * @return the description
     */
    String description();

    /**
     * The parameters the model accepts, with units, defaults and ranges.
     *
     * @return the parameter specifications, in display order
     */
    List<ParameterSpec> parameters();

    /**
     * Configures a medium. Missing parameters take their defaults; an unstable configuration (e.g. a
     * negative gap) is accepted and reported by {@link Medium#stability()}.
     *
     * @param values parameter name to value text
     * @return the configured medium
     * @throws org.magent.validation.InvalidInputException for an unknown parameter name (listing the valid
     *     ones), a value that is not a number, NaN, or out of range (naming parameter, value, unit, range)
     */
    Medium configure(Map<String, String> values);
}
