package org.magent.qubits.dynamics;

import java.util.Objects;
import org.magent.qubits.state.DensityMatrix;

/**
 * Sampled unmonitored evolution: states[k] = ρ(times[k]). The arrays are shared, not copied; do not modify them.
 *
 * @param times sample times, increasing (natural units, time = 1/energy)
 * @param states density matrices at those times
 */
public record Trajectory(double[] times, DensityMatrix[] states) {

    /** Validates: both present, equal lengths. */
    public Trajectory {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(states, "states");
        if (times.length != states.length) {
            throw new IllegalArgumentException("trajectory has " + times.length + " times but " + states.length
                    + " states");
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
