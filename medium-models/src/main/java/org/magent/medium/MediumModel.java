package org.magent.medium;

import java.util.List;
import java.util.Map;

/**
 * A kind of medium, registered by name, that turns parameter values into a configured {@link Medium}.
 * Implementations are bound in a Guice {@code MapBinder<String, MediumModel>} keyed by {@link #name()}.
 */
public interface MediumModel {

    /**
     * The registered name, e.g. "ferromagnet".
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
