package org.magent.validation;

/**
 * Argument checks whose failures carry the parameter name, the value and its unit.
 *
 * <p>Units are written as in the Javadoc of the caller, e.g. {@code "natural units (energy)"}.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Requires a finite value.
     *
     * @param name parameter name
     * @param value the value
     * @param unit its unit, for the message
     * @return the value
     * @throws InvalidInputException if the value is NaN or infinite
     */
    public static double finite(String name, double value, String unit) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(name,
                    name + " = " + value + " (" + unit + ") is not a finite number");
        }
        return value;
    }

    /**
     * Requires a finite value that is not negative.
     *
     * @param name parameter name
     * @param value the value
     * @param unit its unit, for the message
     * @return the value
     * @throws InvalidInputException if the value is NaN, infinite or negative
     */
    public static double nonNegative(String name, double value, String unit) {
        finite(name, value, unit);
        if (value < 0) {
            throw new InvalidInputException(name,
                    name + " = " + value + " (" + unit + ") must not be negative");
        }
        return value;
    }

    /**
     * Requires a finite, strictly positive value.
     *
     * @param name parameter name
     * @param value the value
     * @param unit its unit, for the message
     * @return the value
     * @throws InvalidInputException if the value is NaN, infinite, zero or negative
     */
    public static double positive(String name, double value, String unit) {
        finite(name, value, unit);
        if (value <= 0) {
            throw new InvalidInputException(name,
                    name + " = " + value + " (" + unit + ") must be positive");
        }
        return value;
    }
}
