package org.magent.medium.film;

import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The uniform bias field in the film frame: magnitude B and polar angle θ_B from the film normal ẑ (which points
 * from the film towards the NV centres). Its in-plane projection defines x̂, so the field is
 * B(sin θ_B, 0, cos θ_B).
 *
 * @param magnitude B = |μ0 H| (T), ≥ 0
 * @param polar θ_B (rad), in [0, π]
 */
public record BiasField(double magnitude, double polar) {

    /** Validates: B ≥ 0, θ_B in [0, π], both finite. */
    public BiasField {
        Checks.nonNegative("field", magnitude, "T");
        Checks.finite("fieldPolar", polar, "rad");
        if (polar < 0 || polar > Math.PI) {
            throw new InvalidInputException("fieldPolar", "fieldPolar = " + polar + " rad ("
                    + Math.toDegrees(polar) + " deg) is outside [0, pi] (angle from the film normal)");
        }
    }

    /**
     * The field vector in the film frame.
     *
     * @return (B_x, B_y, B_z) (T)
     */
    public double[] vector() {
        return new double[] {magnitude * Math.sin(polar), 0, magnitude * Math.cos(polar)};
    }
}
