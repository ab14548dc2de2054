package org.magent.app.stability;

import java.util.Objects;
import org.magent.medium.Separation;
import org.magent.validation.Checks;

/**
 * Where a condition was worst: a frequency, a separation and the two sides of the condition there.
 *
 * @param omega the frequency ω (natural units, energy)
 * @param separation the separation r of qubit 2 from qubit 1 (medium length unit)
 * @param lhs the side that must be larger (a, ã) or the measured ratio ã/a (rate units, or dimensionless)
 * @param rhs the side that must be smaller (|A|, |Ã|) or the expected ratio e^{−ω/T}
 */
public record GridPoint(double omega, Separation separation, double lhs, double rhs) {

    /** Validates: finite numbers, a separation present. */
    public GridPoint {
        Checks.finite("omega", omega, "natural units, energy");
        Objects.requireNonNull(separation, "separation");
        Checks.finite("lhs", lhs, "natural units");
        Checks.finite("rhs", rhs, "natural units");
    }

    /**
     * The margin of an inequality lhs ≥ rhs relative to the larger side: negative when it is violated, 0 when both
     * sides vanish.
     *
     * @return (lhs − rhs)/max(|lhs|, |rhs|) (dimensionless)
     */
    public double relativeMargin() {
        double scale = Math.max(Math.abs(lhs), Math.abs(rhs));
        return scale == 0 ? 0 : (lhs - rhs) / scale;
    }

    /**
     * The relative deviation of a measured ratio from the expected one.
     *
     * @return |lhs − rhs|/rhs, or |lhs − rhs| when rhs = 0 (dimensionless)
     */
    public double relativeDeviation() {
        return rhs == 0 ? Math.abs(lhs - rhs) : Math.abs(lhs - rhs) / Math.abs(rhs);
    }
}
