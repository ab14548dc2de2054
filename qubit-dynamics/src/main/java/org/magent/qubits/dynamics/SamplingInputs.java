package org.magent.qubits.dynamics;

import java.util.Objects;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/** Validation shared by the propagators. */
final class SamplingInputs {

    static final String TIME_UNIT = "natural units, time = 1/energy";

    private SamplingInputs() {
    }

    /**
     * Refuses a time so large that generator·time overflows (the exponential would be meaningless).
     *
     * @param name parameter name for the message
     * @param t the time
     * @param generatorScale the largest modulus of an entry of the generator (natural units, energy)
     */
    static void requireRepresentable(String name, double t, double generatorScale) {
        if (!Double.isFinite(t * generatorScale * 16 * 16)) {
            throw new InvalidInputException(name, name + " = " + t + " (" + TIME_UNIT + ") is too large: rate × time "
                    + "overflows double precision (largest rate " + generatorScale + ")");
        }
    }

    /** Checks ρ0, t-max ≥ 0 (finite) and steps ≥ 1; returns the sample times t_k = k·tMax/steps. */
    static double[] times(DensityMatrix rho0, double tMax, int steps) {
        Objects.requireNonNull(rho0, "initial state");
        Checks.nonNegative("t-max", tMax, TIME_UNIT);
        if (steps <= 0) {
            throw new InvalidInputException("steps", "steps = " + steps + " must be a positive integer");
        }
        double[] times = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            times[k] = k * tMax / steps;
        }
        times[steps] = tMax;
        return times;
    }
}
