package org.magent.app.sweep;

import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;

/**
 * The one place where the sweep reads numbers that may carry a unit (docs/units.md): a bare number is in
 * natural units, a number with a unit is converted to the SI-based natural system (rad/s, m, s).
 */
@FunctionalInterface
public interface QuantityReader {

    /** The shared units API, {@link Quantities#parse(String, String, QuantityKind)}. */
    QuantityReader DEFAULT = Quantities::parse;

    /**
     * Reads one quantity.
     *
     * @param parameter the parameter name, for messages
     * @param text the text as typed, e.g. {@code 50nm}, {@code 2.87GHz}, {@code 0.3}
     * @param kind what the number measures
     * @return the value and whether it carried a unit
     * @throws org.magent.validation.InvalidInputException for a malformed number, a non-finite value or a unit
     *     that does not fit the kind
     */
    ParsedQuantity read(String parameter, String text, QuantityKind kind);
}
