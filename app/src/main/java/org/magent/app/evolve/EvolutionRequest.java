package org.magent.app.evolve;

import java.util.Objects;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * One evolution to run: model, initial state, time grid and options.
 *
 * @param model the two-qubit model (fields and bath coefficients)
 * @param initial the initial state ρ0
 * @param tMax the final time (natural units, 1/energy), ≥ 0
 * @param steps the number of time steps, ≥ 1; the grid has steps + 1 points
 * @param postselect whether to run the postselected (no-jump) evolution instead of the Lindblad one
 * @param steady whether to compute the steady state reached from ρ0 (unmonitored Lindblad dynamics)
 * @param efficiency the detection efficiency η of the postselection (1: ideal)
 */
public record EvolutionRequest(TwoQubitModel model, DensityMatrix initial, double tMax, int steps,
        boolean postselect, boolean steady, DetectionEfficiency efficiency) {

    /** The unit of times. */
    public static final String TIME_UNIT = "natural units, 1/energy";

    /** Validates the time grid. */
    public EvolutionRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(initial, "initial");
        Checks.nonNegative("t-max", tMax, TIME_UNIT);
        if (steps <= 0) {
            throw new InvalidInputException("steps", "steps = " + steps + " (time steps, count) must be positive");
        }
    }

    /**
     * A request with the ideal detector (η = 1).
     *
     * @param model the two-qubit model
     * @param initial the initial state ρ0
     * @param tMax the final time (natural units, 1/energy), ≥ 0
     * @param steps the number of time steps, ≥ 1
     * @param postselect whether to run the postselected evolution
     * @param steady whether to compute the steady state reached from ρ0
     */
    public EvolutionRequest(TwoQubitModel model, DensityMatrix initial, double tMax, int steps, boolean postselect,
            boolean steady) {
        this(model, initial, tMax, steps, postselect, steady, DetectionEfficiency.PERFECT);
    }

    /** Memory a sample takes while a trajectory is held: a 4×4 complex state and its row of observables (bytes). */
    static final long BYTES_PER_SAMPLE = 512;

    /**
     * Refuses a time grid whose trajectories would not fit in the heap.
     *
     * @param steps time steps per trajectory
     * @param concurrent how many trajectories are held at once
     * @throws InvalidInputException naming "steps" with the memory needed and the heap available
     */
    public static void requireFits(int steps, int concurrent) {
        long needed = (steps + 1L) * BYTES_PER_SAMPLE * Math.max(1, concurrent);
        long heap = Runtime.getRuntime().maxMemory();
        if (needed > heap / 2) {
            throw new InvalidInputException("steps", String.format(java.util.Locale.ROOT,
                    "steps = %d (time steps, count) needs about %d MB for %d trajectories, more than half the"
                    + " heap (%d MB); use fewer steps or raise -Xmx through MAGENT_JAVA_OPTS", steps,
                    needed >> 20, Math.max(1, concurrent), heap >> 20));
        }
    }
}
