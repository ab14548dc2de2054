package org.magent.app.input;

import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.QuantityKind;
import org.magent.medium.Separation;
import org.magent.validation.InvalidInputException;

/**
 * Parses {@code --separation}: a length along x, a vector {@code x,y,z}, or {@code x,y} with z = 0 (for every
 * medium, so {@code 3,1} is the square-lattice vector (3, 1)). Bare numbers are in the medium's
 * length unit; a length with a unit ({@code 50nm}, {@code 3Å}) is converted to metres (docs/units.md).
 */
public final class Separations {

    private static final String UNIT = "medium length unit";

    private Separations() {
    }

    /**
     * A parsed separation and whether it carried a unit.
     *
     * @param separation the vector from qubit 1 to qubit 2 (medium length unit, or m when a unit was given)
     * @param hadUnit whether any component carried a unit
     */
    public record Parsed(Separation separation, boolean hadUnit) {
    }

    /**
     * Parses a separation.
     *
     * @param text {@code 2.0} (along x), {@code 50nm} or {@code 3,1,0}
     * @return the separation vector from qubit 1 to qubit 2
     * @throws InvalidInputException for a malformed or non-finite component, a unit that is not a length, or a
     *     count other than 1, 2 or 3
     */
    public static Separation parse(String text) {
        return parseWithUnit(text).separation();
    }

    /**
     * Parses a separation and tells whether it carried a unit.
     *
     * @param text {@code 2.0} (along x), {@code 50nm}, {@code 3,1} (z = 0), {@code 3,1,0} or {@code 30nm,40nm,0}
     * @return the separation and whether a unit was given
     * @throws InvalidInputException as {@link #parse(String)}, and when only some components carry a unit
     */
    public static Parsed parseWithUnit(String text) {
        String s = text == null ? "" : text.strip();
        String[] parts = s.split(",", -1);
        if (parts.length == 1) {
            ParsedQuantity x = component("separation", parts[0]);
            return new Parsed(new Separation(x.value(), 0, 0), x.hadUnit());
        }
        if (parts.length != 2 && parts.length != 3) {
            throw new InvalidInputException("separation", "separation = '" + s + "' (" + UNIT
                    + ") must be a length along x, a vector x,y (z = 0) or a vector x,y,z");
        }
        ParsedQuantity x = component("separation x", parts[0]);
        ParsedQuantity y = component("separation y", parts[1]);
        ParsedQuantity z = parts.length == 3 ? component("separation z", parts[2]) : component("separation z", "0");
        boolean zeroOrUnit = true;
        for (ParsedQuantity q : new ParsedQuantity[] {x, y, z}) {
            zeroOrUnit &= q.hadUnit() || q.value() == 0;
        }
        boolean any = x.hadUnit() || y.hadUnit() || z.hadUnit();
        if (any && !zeroOrUnit) {
            throw new InvalidInputException("separation", "separation = '" + s + "': give a unit on every non-zero"
                    + " component or on none");
        }
        return new Parsed(new Separation(x.value(), y.value(), z.value()), any);
    }

    private static ParsedQuantity component(String name, String text) {
        return Numbers.quantity(name, text, QuantityKind.LENGTH);
    }
}
