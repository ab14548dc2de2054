package org.magent.qubits.dynamics;

import java.util.Locale;
import org.magent.validation.InvalidInputException;

/**
 * The check made before the conditional (no-jump) state is renormalised after a step: its trace, the no-jump
 * probability of that step, must be a positive normal number. Shared by the postselected and sector propagators.
 */
final class ConditionalTrace {

    private ConditionalTrace() {
    }

    /**
     * Checks the trace of the unnormalised state after step k.
     *
     * @param trace the trace after the step (the step's no-jump probability, dimensionless)
     * @param k the step, 1..steps
     * @param steps the number of steps
     * @param tMax the final time (natural units, time)
     * @param probability the no-jump probability up to the previous step (dimensionless)
     * @return the trace, to divide by
     * @throws InvalidInputException naming "steps" when one step's probability underflows (more steps help), or
     *     "t-max" when the conditional state has been lost to round-off (its probability is so small that the
     *     amplified round-off of the other components dominates; a shorter run helps)
     */
    static double check(double trace, int k, int steps, double tMax, double probability) {
        if (trace >= Double.MIN_NORMAL && trace <= Double.MAX_VALUE) {
            return trace;
        }
        double dt = tMax / steps;
        if (trace >= 0) {
            throw new InvalidInputException("steps", String.format(Locale.ROOT, "steps = %d: the no-jump "
                    + "probability of one step of length %.6g (natural units, time) underflows to %.3g; use more "
                    + "steps or a shorter --t-max", steps, dt, trace));
        }
        throw new InvalidInputException("t-max", String.format(Locale.ROOT, "t-max = %.6g (natural units, time): "
                + "at t = %.6g the no-detection probability has fallen to %.3g and the conditional state is lost "
                + "to round-off (its trace came out as %.3g); give a shorter --t-max", tMax, k * dt, probability,
                trace));
    }
}
