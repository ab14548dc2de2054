package org.magent.qubits.trajectories;

import java.util.Objects;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * An ensemble of quantum-jump trajectories to run.
 *
 * @param model the two-qubit system
 * @param initial the initial state ρ0 (normalised before use; a mixed ρ0 is unravelled into its eigenvectors)
 * @param efficiency the detection efficiency η of σ±-type jumps
 * @param tMax the final time (natural units, 1/energy), ≥ 0
 * @param steps the number of sampling intervals, ≥ 1; samples at t_k = k·tMax/steps, k = 0..steps
 * @param count the number of trajectories M, ≥ 1
 * @param seed the seed of the random streams, ≥ 0 (the same seed gives the same output for any thread count)
 * @param maxCount the largest detection count k kept apart; counts above it are pooled in one bin "&gt; maxCount"
 */
public record TrajectoryRequest(TwoQubitModel model, DensityMatrix initial, DetectionEfficiency efficiency,
        double tMax, int steps, long count, long seed, int maxCount) {

    /** The default {@link #maxCount}. */
    public static final int DEFAULT_MAX_COUNT = 10;

    /** Validates every field. */
    public TrajectoryRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(efficiency, "efficiency");
        Checks.nonNegative("t-max", tMax, "natural units, 1/energy");
        if (steps <= 0) {
            throw new InvalidInputException("steps", "steps = " + steps + " (time steps, count) must be positive");
        }
        if (count <= 0) {
            throw new InvalidInputException("count", "count = " + count + " (trajectories) must be positive");
        }
        if (seed < 0) {
            throw new InvalidInputException("seed", "seed = " + seed + " (integer) must not be negative");
        }
        if (maxCount < 0) {
            throw new InvalidInputException("max-count", "max-count = " + maxCount
                    + " (detections, count) must not be negative");
        }
        if (!(initial.trace() > 0)) {
            throw new InvalidInputException("initial", "initial state has trace " + initial.trace()
                    + "; trajectories need a positive trace");
        }
    }

    /**
     * The number of detection-count bins: k = 0..maxCount and one for more.
     *
     * @return maxCount + 2
     */
    public int bins() {
        return maxCount + 2;
    }
}
