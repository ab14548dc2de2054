package org.magent.medium;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.magent.validation.InvalidInputException;

/**
 * The parameter values of a medium, resolved against its {@link ParameterSpec}s: unknown names rejected,
 * defaults filled in, every value checked. Shared by all medium models, built-in and third-party.
 */
public final class ParameterValues {

    private final Map<String, ParameterSpec> specs = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private ParameterValues(String medium, List<ParameterSpec> specList, Map<String, String> given) {
        specList.forEach(s -> specs.put(s.name(), s));
        for (String key : given.keySet()) {
            if (!specs.containsKey(key)) {
                throw new InvalidInputException(key, "parameter " + key + " = " + given.get(key)
                        + " is unknown to medium " + medium + "; valid parameters: "
                        + String.join(", ", specs.keySet()));
            }
        }
        for (ParameterSpec spec : specList) {
            String text = Objects.requireNonNull(given.getOrDefault(spec.name(), spec.defaultValue()), spec.name());
            values.put(spec.name(), spec.isNumeric() ? checkedNumber(spec, text) : spec.parseChoice(text));
        }
    }

    private static String checkedNumber(ParameterSpec spec, String text) {
        spec.parse(text);
        return text.trim();
    }

    /**
     * Resolves and checks parameter values.
     *
     * @param medium the medium name, for messages
     * @param specs the medium's parameter specifications
     * @param given the values given by the user (name to text); missing ones take their defaults
     * @return the resolved values
     * @throws InvalidInputException for an unknown name (listing the valid ones) or an invalid value
     */
    public static ParameterValues resolve(String medium, List<ParameterSpec> specs, Map<String, String> given) {
        return new ParameterValues(medium, specs, given);
    }

    /**
     * A numeric value.
     *
     * @param name the parameter name
     * @return its value (in the parameter's unit)
     */
    public double number(String name) {
        return spec(name).parse(values.get(name));
    }

    /**
     * A symbolic value.
     *
     * @param name the parameter name
     * @return the chosen value, spelled as in the specification
     */
    public String choice(String name) {
        return values.get(spec(name).name());
    }

    /**
     * Every value, as text, in specification order.
     *
     * @return an unmodifiable map of name to value text
     */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private ParameterSpec spec(String name) {
        ParameterSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no parameter named " + name);
        }
        return spec;
    }
}
