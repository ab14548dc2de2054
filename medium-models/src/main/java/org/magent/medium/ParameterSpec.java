package org.magent.medium;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.magent.validation.InvalidInputException;

/**
 * The description of one parameter of a {@link MediumModel}: its name, unit, default and allowed values.
 *
 * <p>A numeric parameter accepts the closed range [min, max]; a strict lower bound "&gt; 0" is written as
 * {@code min = Double.MIN_VALUE}. An enumerated parameter (e.g. the lattice type) lists its {@code choices};
 * a numeric parameter may list choices too (e.g. the dimension 1, 2, 3). A purely symbolic parameter has
 * {@code min} and {@code max} NaN; a free-text parameter (e.g. the formula of a band) is symbolic without choices.
 *
 * @param name the parameter name as the user writes it
 * @param unit its unit, e.g. "natural units, energy" or "dimensionless"
 * @param defaultValue the value used when the parameter is not given (text as the user would write it)
 * @param min the smallest allowed numeric value (NaN for symbolic parameters)
 * @param max the largest allowed numeric value (NaN for symbolic parameters)
 * @param choices the allowed values as text; empty when any number in [min, max] (or, for a symbolic
 *     parameter, any text) is allowed
 * @param description one line saying what the parameter is
 */
public record ParameterSpec(String name, String unit, String defaultValue, double min, double max,
        List<String> choices, String description) {

    /**
     * Validates the specification itself: every text present, a numeric range with min ≤ max (or NaN for a
     * symbolic parameter), numeric choices for a numeric parameter. The default is checked like any value when it
     * is used.
     */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if (name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        boolean symbolic = Double.isNaN(min) && Double.isNaN(max);
        if (!symbolic && (Double.isNaN(min) || Double.isNaN(max) || min > max)) {
            throw new IllegalArgumentException("parameter " + name + " has an invalid range [" + min + ", " + max + "]");
        }
        for (String choice : symbolic ? List.<String>of() : choices) {
            try {
                Double.parseDouble(choice);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("numeric parameter " + name + " has a non-numeric choice " + choice,
                        e);
            }
        }
    }

    /**
     * A numeric parameter with a range and no list of choices.
     *
     * @param name the parameter name
     * @param unit its unit
     * @param defaultValue the default value
     * @param min the smallest allowed value ({@code Double.MIN_VALUE} for "&gt; 0")
     * @param max the largest allowed value
     * @param description one line saying what it is
     * @return the specification
     */
    public static ParameterSpec number(String name, String unit, double defaultValue, double min, double max,
            String description) {
        return new ParameterSpec(name, unit, format(defaultValue), min, max, List.of(), description);
    }

    /**
     * The spatial dimension d of a medium: "dim", one of 1, 2, 3, default 3.
     *
     * @param description what the dimension is of, e.g. "spatial dimension d of the magnet"
     * @return the spec
     */
    public static ParameterSpec dimension(String description) {
        return new ParameterSpec("dim", "dimensionless", "3", 1, 3, List.of("1", "2", "3"), description);
    }

    /**
     * A symbolic parameter that takes one of the given values.
     *
     * @param name the parameter name
     * @param defaultValue the default choice
     * @param choices the allowed values
     * @param description one line saying what it is
     * @return the specification
     */
    public static ParameterSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return new ParameterSpec(name, "dimensionless", defaultValue, Double.NaN, Double.NaN, choices, description);
    }

    /**
     * A free-text parameter: any non-blank text is accepted and interpreted by the model (e.g. a formula).
     *
     * @param name the parameter name
     * @param unit the unit of what the text describes, e.g. "formula, natural units, energy"
     * @param defaultValue the default text
     * @param description one line saying what the text means and its syntax
     * @return the specification
     */
    public static ParameterSpec text(String name, String unit, String defaultValue, String description) {
        return new ParameterSpec(name, unit, defaultValue, Double.NaN, Double.NaN, List.of(), description);
    }

    /**
     * Whether the parameter is free text (symbolic without a list of choices).
     *
     * @return true for free-text parameters
     */
    public boolean isText() {
        return !isNumeric() && choices.isEmpty();
    }

    /**
     * Whether the parameter is numeric (has a range).
     *
     * @return true for numeric parameters
     */
    public boolean isNumeric() {
        return !Double.isNaN(min);
    }

    /**
     * The allowed values in words, e.g. "[0, ∞)", "> 0", "one of chain, square, cubic" or "any text".
     *
     * @return the range text used in error messages
     */
    public String rangeText() {
        if (isText()) {
            return "any text (see the description)";
        }
        if (!choices.isEmpty()) {
            return "one of " + String.join(", ", choices);
        }
        String lower = min == Double.MIN_VALUE ? "(0" : min == Double.NEGATIVE_INFINITY ? "(-∞" : "[" + format(min);
        String upper = max == Double.POSITIVE_INFINITY ? "∞)" : format(max) + "]";
        return lower + ", " + upper;
    }

    /**
     * Parses and checks a numeric value of this parameter.
     *
     * @param text the value as given
     * @return the number
     * @throws InvalidInputException naming the parameter, value, unit and range when the text is not a
     *     number, is NaN or infinite, or lies outside the range or the choices
     */
    public double parse(String text) {
        if (!isNumeric()) {
            throw new IllegalStateException("parameter " + name + " is not numeric");
        }
        String trimmed = text == null ? "" : text.trim();
        double value;
        try {
            value = Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            throw rejected(trimmed, "is not a number");
        }
        if (!Double.isFinite(value)) {
            throw rejected(trimmed, "is not a finite number");
        }
        if (!choices.isEmpty()) {
            boolean listed = choices.stream().anyMatch(c -> Double.parseDouble(c) == value);
            if (!listed) {
                throw rejected(trimmed, "is not allowed");
            }
        } else if (value < min || value > max || (min == Double.MIN_VALUE && value <= 0)) {
            throw rejected(trimmed, "is out of range");
        }
        return value;
    }

    /**
     * Checks a symbolic value against the choices (case-insensitive); a free-text value only for being non-blank.
     *
     * @param text the value as given
     * @return the matching choice, spelled as in {@link #choices()}, or the trimmed free text
     * @throws InvalidInputException naming the parameter, value and the valid choices
     */
    public String parseChoice(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (isText()) {
            if (trimmed.isEmpty()) {
                throw rejected(trimmed, "is empty");
            }
            return trimmed;
        }
        return choices.stream().filter(c -> c.equalsIgnoreCase(trimmed)).findFirst()
                .orElseThrow(() -> rejected(trimmed, "is not allowed"));
    }

    private InvalidInputException rejected(String text, String what) {
        return new InvalidInputException(name, name + " = " + text + " (" + unit + ") " + what + "; allowed: "
                + rangeText());
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return Double.toString(value);
    }
}
