package org.magent.medium;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Base of a medium model with a fixed parameter list: the name, description and parameters are given once, and
 * {@link #configure} resolves the values against the list ({@link ParameterValues#resolve}: unknown names, bad
 * numbers and values out of range are refused with a message naming parameter, value and unit) before the
 * subclass builds the medium.
 */
public abstract class FixedParametersModel implements MediumModel {

    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;

    /**
     * Creates the model.
     *
     * @param name the registered name
     * @param description one line describing the medium and its band
     * @param parameters the parameters, in display order
     */
    protected FixedParametersModel(String name, String description, List<ParameterSpec> parameters) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final Medium configure(Map<String, String> values) {
        return create(ParameterValues.resolve(name, parameters, values));
    }

    /**
     * Builds the medium from validated values.
     *
     * @param values every parameter of {@link #parameters()}, checked and with defaults filled in
     * @return the configured medium
     */
    protected abstract Medium create(ParameterValues values);
}
