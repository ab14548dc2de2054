package org.magent.app.units;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.magent.validation.InvalidInputException;

/**
 * Quantities with units at magent's edges (docs/units.md): a value the user types, with
 * or without a unit, becomes a number in magent's SI-based natural units (ħ = k_B = 1; energies, frequencies,
 * rates and temperatures in rad/s, lengths in m, times in s); a natural value becomes text in a display unit.
 *
 * <p>A bare number keeps its meaning: it is already in natural units. Examples: {@code 2.87GHz} as an energy is
 * 2π·2.87e9 rad/s, {@code 1meV} is 1.519e12 rad/s (E/ħ), {@code 300mK} is k_B·0.3 K/ħ = 3.93e10 rad/s,
 * {@code 20 mT} is γ_e·0.02 T = 3.52e9 rad/s, {@code 50nm} is 5e-8 m.
 */
public final class Quantities {

    /** The display unit that means "as stored": natural units, no conversion. */
    public static final String NATURAL = "natural";

    private Quantities() {
    }

    /**
     * Parses a value with an optional unit; quantities whose dimension depends on the medium's dimension d
     * (spin density m^-d, coupling (rad/s)·m^(d/2)) accept any d = 1, 2, 3.
     *
     * @param parameter the parameter name, for messages
     * @param text the value as typed, e.g. "2.87GHz", "20 mT", "1.5"
     * @param kind the kind of quantity expected
     * @return the value in natural units, and whether a unit was given
     * @throws InvalidInputException naming the parameter, the text and the accepted units when the text is
     *     empty, malformed ("3..2GHz"), not finite, or carries an unknown unit or one of the wrong dimension
     */
    public static ParsedQuantity parse(String parameter, String text, QuantityKind kind) {
        return parse(parameter, text, kind, -1);
    }

    /**
     * Parses a value with an optional unit for a medium of spatial dimension d.
     *
     * @param parameter the parameter name, for messages
     * @param text the value as typed
     * @param kind the kind of quantity expected
     * @param spatialDimension d = 1, 2, 3 of the medium, 0 for a lattice (per-site spin density, coupling an
     *     energy), or −1 for any d; it matters only for {@link QuantityKind#SPIN_DENSITY} and
     *     {@link QuantityKind#COUPLING}
     * @return the value in natural units, and whether a unit was given
     * @throws InvalidInputException as {@link #parse(String, String, QuantityKind)}, and when the unit's
     *     dimension does not match d (e.g. nm^-2 for a 3-dimensional spin density)
     */
    public static ParsedQuantity parse(String parameter, String text, QuantityKind kind, int spatialDimension) {
        Objects.requireNonNull(kind, "kind");
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw refused(parameter, s, kind, "no value");
        }
        Optional<NumberSyntax.Split> split = NumberSyntax.split(s);
        if (split.isEmpty()) {
            String lower = s.toLowerCase(Locale.ROOT);
            boolean notFinite = lower.contains("nan") || lower.contains("inf") || s.contains("∞");
            throw refused(parameter, s, kind, notFinite ? "not a finite number" : "not a number");
        }
        String unitText = split.get().unit();
        double number = Double.parseDouble(split.get().number());
        if (!Double.isFinite(number)) {
            throw refused(parameter, s, kind, "not a finite number");
        }
        if (unitText.isEmpty()) {
            return new ParsedQuantity(number, false);
        }
        if (Character.isDigit(unitText.charAt(0)) && !unitText.startsWith("1/") || unitText.charAt(0) == '.'
                || unitText.charAt(0) == '+' || unitText.charAt(0) == '-') {
            throw refused(parameter, s, kind, "malformed number");
        }
        double value = number * naturalPerUnit(parameter, s, unitText, kind, spatialDimension);
        if (!Double.isFinite(value)) {
            throw refused(parameter, s, kind, "not a finite number in natural units");
        }
        return new ParsedQuantity(value, true);
    }

    /**
     * The natural value of one of a unit, e.g. 2π·1e9 for "GHz" as an {@link QuantityKind#ENERGY}; multiplying
     * a number in that unit by it gives its natural value (used for complex coefficients x+yi with a unit).
     *
     * @param parameter the parameter name, for messages
     * @param unit the unit text, e.g. "MHz"; {@value #NATURAL} gives 1
     * @param kind the kind of quantity
     * @return the natural value of one unit (positive)
     * @throws InvalidInputException for an unknown unit or one of the wrong dimension
     */
    public static double naturalPerUnit(String parameter, String unit, QuantityKind kind) {
        return naturalPerUnit(parameter, unit, unit, kind, -1);
    }

    /**
     * As {@link #naturalPerUnit(String, String, QuantityKind)}, naming the whole value in messages.
     *
     * @param parameter the parameter name, for messages
     * @param valueText the whole value as typed, e.g. "0.9+0.1i MHz", for messages
     * @param unit the unit text, e.g. "MHz"
     * @param kind the kind of quantity
     * @return the natural value of one unit (positive)
     * @throws InvalidInputException for an unknown unit or one of the wrong dimension
     */
    public static double naturalPerUnit(String parameter, String valueText, String unit, QuantityKind kind) {
        return naturalPerUnit(parameter, valueText, unit, kind, -1);
    }

    /**
     * A natural value in a display unit: the inverse of {@link #parse}.
     *
     * @param naturalValue the value in natural units of its kind
     * @param kind the kind of quantity
     * @param displayUnit the unit to express it in, e.g. "GHz", "mK", "nm"; {@value #NATURAL} leaves it as is
     * @return the number of display units
     * @throws InvalidInputException for an unknown display unit or one of the wrong dimension
     */
    public static double fromNatural(double naturalValue, QuantityKind kind, String displayUnit) {
        return naturalValue / naturalPerUnit("display unit", displayUnit, kind);
    }

    /**
     * A natural value as text in a display unit, with 6 significant digits, e.g. "2.87000 GHz".
     *
     * @param naturalValue the value in natural units of its kind
     * @param kind the kind of quantity
     * @param displayUnit the unit to express it in; {@value #NATURAL} prints the natural value with its natural
     *     unit named ("natural")
     * @return the number followed by a space and the unit
     * @throws InvalidInputException for an unknown display unit or one of the wrong dimension
     */
    public static String format(double naturalValue, QuantityKind kind, String displayUnit) {
        double v = fromNatural(naturalValue, kind, displayUnit);
        String unit = displayUnit == null || displayUnit.isBlank() ? NATURAL : displayUnit.strip();
        return String.format(Locale.ROOT, "%.6g %s", v, unit);
    }

    private static double naturalPerUnit(String parameter, String text, String unitText, QuantityKind kind,
            int dimension) {
        if (unitText == null || unitText.isBlank() || unitText.strip().equals(NATURAL)) {
            return 1;
        }
        try {
            UnitAlgebra.Term term = UnitAlgebra.parse(unitText);
            return UnitAlgebra.naturalPerUnit(kind, term, dimension);
        } catch (UnitAlgebra.UnitException e) {
            String reason = e.getMessage();
            if (dimension >= 0 && (kind == QuantityKind.SPIN_DENSITY || kind == QuantityKind.COUPLING)) {
                reason += dimension == 0 ? " on a lattice (per-site quantity)" : " in d = " + dimension;
            }
            InvalidInputException refusal = refused(parameter, text, kind, reason);
            refusal.initCause(e);
            throw refusal;
        }
    }

    /**
     * Parses a quantity that cannot be negative (a temperature, a rate), refusing a negative value in the words the
     * user typed.
     *
     * @param parameter the parameter name, for the message
     * @param text the text as typed
     * @param kind the physical kind expected
     * @return the quantity (natural units, or SI-based when it carried a unit)
     * @throws InvalidInputException for a malformed or negative value
     */
    public static ParsedQuantity parseNonNegative(String parameter, String text, QuantityKind kind) {
        ParsedQuantity q = parse(parameter, text, kind);
        if (q.value() < 0) {
            throw new InvalidInputException(parameter, String.format(Locale.ROOT, "%s = '%s' is negative: %s %s is "
                    + "at least 0", parameter, text.strip(), "aeiou".indexOf(kind.description().charAt(0)) < 0 ? "a"
                    : "an", kind.description()));
        }
        return q;
    }

    private static InvalidInputException refused(String parameter, String text, QuantityKind kind, String why) {
        String what = kind.description();
        String article = what.isEmpty() || "aeiou".indexOf(Character.toLowerCase(what.charAt(0))) < 0 ? "a" : "an";
        return new InvalidInputException(parameter, String.format(Locale.ROOT,
                "%s = '%s': %s; %s %s takes a bare number (natural units; %s in the SI-based system) or a unit: %s",
                parameter, text, why, article, what, kind.naturalUnit(), kind.acceptedUnits()));
    }
}
