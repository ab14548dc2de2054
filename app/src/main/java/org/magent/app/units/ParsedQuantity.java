package org.magent.app.units;

import org.magent.validation.Checks;

/**
 * A quantity as typed by the user, converted to magent's SI-based natural units (docs/units.md).
 *
 * @param value the value in the natural unit of its {@link QuantityKind} (e.g. rad/s for an energy, m for a
 *     length); a bare number is taken as it is
 * @param hadUnit whether the text carried a unit (false: a bare number, already in natural units)
 */
public record ParsedQuantity(double value, boolean hadUnit) {

    /** Validates: the value is finite. */
    public ParsedQuantity {
        Checks.finite("quantity", value, "natural units");
    }
}
