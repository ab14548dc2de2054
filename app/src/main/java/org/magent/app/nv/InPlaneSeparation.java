package org.magent.app.nv;

import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/**
 * An in-plane separation of NV 2 from NV 1 above a film: {@code x,y}, or a single length along x. Lengths carry a
 * unit (a bare 0 is allowed).
 *
 * @param x along x (m)
 * @param y along y (m)
 */
public record InPlaneSeparation(double x, double y) {

    /**
     * Parses {@code --separation} for a film.
     *
     * @param text e.g. "200nm", "0nm,200nm"
     * @return the separation
     * @throws InvalidInputException for three components, a missing unit or a bad value
     */
    public static InPlaneSeparation parse(String text) {
        if (text == null) {
            throw new InvalidInputException("separation", "--separation is required: the in-plane vector x,y from NV 1"
                    + " to NV 2 with units, e.g. 0nm,200nm (a single value is along x)");
        }
        String[] parts = text.strip().split(",", -1);
        if (parts.length == 3) {
            throw new InvalidInputException("separation", "separation = '" + text.strip() + "': above a film the NVs"
                    + " are at their heights (--nv height=...); give the in-plane vector x,y, not x,y,z");
        }
        if (parts.length > 3) {
            throw new InvalidInputException("separation", "separation = '" + text.strip() + "' must be x,y or a"
                    + " single length along x");
        }
        double x = length("separation x", parts[0]);
        double y = parts.length == 2 ? length("separation y", parts[1]) : 0;
        return new InPlaneSeparation(x, y);
    }

    /**
     * A length that carries a unit (a bare 0 is allowed).
     *
     * @param name the parameter, for messages
     * @param text the value
     * @return the length (m)
     */
    public static double length(String name, String text) {
        ParsedQuantity q = Quantities.parse(name, text, QuantityKind.LENGTH);
        if (!q.hadUnit() && q.value() != 0) {
            throw new InvalidInputException(name, name + " = " + text.strip() + " has no unit: above a film give"
                    + " lengths with a unit, e.g. 200nm");
        }
        return q.value();
    }

    /**
     * The distance |r|.
     *
     * @return |r| (m)
     */
    public double distance() {
        return Math.hypot(x, y);
    }

    /**
     * The direction of r from x̂ (0 for r = 0).
     *
     * @return φ_r (rad)
     */
    public double angle() {
        return x == 0 && y == 0 ? 0 : Math.atan2(y, x);
    }
}
