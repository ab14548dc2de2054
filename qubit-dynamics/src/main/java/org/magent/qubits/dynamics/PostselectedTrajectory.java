package org.magent.qubits.dynamics;

import java.util.Objects;
import org.magent.qubits.state.DensityMatrix;

/**
 * Sampled postselected (no-jump) evolution. states[k] is the normalised conditional state ρ̃/tr ρ̃ at times[k];
 * successProbability[k] = tr ρ̃(times[k]) is the probability that no σ± jump has occurred up to then. The
 * arrays are shared, not copied; do not modify them.
 *
 * @param times sample times, increasing (natural units, time = 1/energy)
 * @param states normalised conditional states
 * @param successProbability postselection success probabilities (dimensionless, in [0, 1])
 */
public record PostselectedTrajectory(double[] times, DensityMatrix[] states, double[] successProbability) {

    /** Validates: all present, equal lengths. */
    public PostselectedTrajectory {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(successProbability, "successProbability");
        if (times.length != states.length || times.length != successProbability.length) {
            throw new IllegalArgumentException("postselected trajectory has " + times.length + " times, "
                    + states.length + " states and " + successProbability.length + " probabilities");
        }
    }

    /**
     * The number of samples.
     *
     * @return times.length
     */
    public int size() {
        return times.length;
    }
}
