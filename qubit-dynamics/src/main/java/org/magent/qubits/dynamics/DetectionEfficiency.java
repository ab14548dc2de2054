package org.magent.qubits.dynamics;

import org.magent.validation.InvalidInputException;

/**
 * The efficiency η of the detector that watches the σ±-type jumps (emission and absorption of a magnon, which
 * change total σᶻ): each such jump is detected with probability η. σᶻ dephasing jumps are never detected.
 * η = 1 is the ideal postselection of Eq. (12)-(13); η = 0 is no monitoring at all.
 *
 * @param value η (dimensionless), in [0, 1]
 */
public record DetectionEfficiency(double value) {

    /** η = 1: every σ± jump is seen (ideal postselection). */
    public static final DetectionEfficiency PERFECT = new DetectionEfficiency(1.0);

    /** η = 0: nothing is seen (unmonitored evolution). */
    public static final DetectionEfficiency NONE = new DetectionEfficiency(0.0);

    /**
     * Validates 0 ≤ η ≤ 1.
     *
     * @throws InvalidInputException naming "efficiency" if η is NaN or outside [0, 1]
     */
    public DetectionEfficiency {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new InvalidInputException("efficiency", "efficiency = " + value
                    + " (detection efficiency, dimensionless) must be a number in [0, 1]");
        }
        value += 0.0; // −0 → +0
    }

    /**
     * Whether every σ± jump is detected (η = 1).
     *
     * @return true for η = 1
     */
    public boolean isPerfect() {
        return value == 1.0;
    }

    /**
     * Whether nothing is detected (η = 0).
     *
     * @return true for η = 0
     */
    public boolean isNone() {
        return value == 0.0;
    }
}
