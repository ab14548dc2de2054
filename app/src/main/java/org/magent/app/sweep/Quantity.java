package org.magent.app.sweep;

import org.magent.validation.Checks;

/**
 * A number read from the command line or a config file.
 *
 * @param value the value, in the SI-based natural units of UNITS_CONVENTION when {@code hadUnit}, else as typed
 *     (natural units)
 * @param hadUnit whether the text carried a unit
 */
public record Quantity(double value, boolean hadUnit) {

    /** Validates: the value is finite. */
    public Quantity {
        Checks.finite("quantity", value, hadUnit ? "SI-based natural units" : "natural units");
    }
}
