package org.magent.app.input;

import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.validation.InvalidInputException;

/** Parses {@code --efficiency}: the detection efficiency η of σ±-type jumps, a bare number in [0, 1]. */
public final class Efficiency {

    private Efficiency() {
    }

    /**
     * Parses η; no text means the ideal detector.
     *
     * @param text the option value, or null when the option is absent
     * @return η (1 when absent)
     * @throws InvalidInputException naming "efficiency" for a malformed, non-finite or out-of-range value
     */
    public static DetectionEfficiency parse(String text) {
        if (text == null) {
            return DetectionEfficiency.PERFECT;
        }
        return new DetectionEfficiency(Numbers.real("efficiency", text, "detection efficiency, dimensionless"));
    }

    /**
     * Parses η for a command where it qualifies {@code --postselect}.
     *
     * @param text the option value, or null when the option is absent
     * @param postselect whether --postselect was given
     * @return η (1 when absent)
     * @throws InvalidInputException naming "efficiency" when given without --postselect or invalid
     */
    public static DetectionEfficiency withPostselect(String text, boolean postselect) {
        if (text != null && !postselect) {
            throw new InvalidInputException("efficiency", "--efficiency " + text.strip() + " needs --postselect"
                    + " (it sets the detector that heralds the runs with no detected jump)");
        }
        return parse(text);
    }
}
