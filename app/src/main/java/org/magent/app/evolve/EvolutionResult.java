package org.magent.app.evolve;

import java.util.Objects;
import java.util.Optional;
import org.magent.app.output.Columns;
import org.magent.qubits.state.DensityMatrix;

/**
 * The samples of one evolution and what goes with them.
 *
 * @param columns t, concurrence, eof, purity, bell_fidelity and, when postselected, success_probability;
 *     steps + 1 rows at t = 0, t_max/steps, …, t_max
 * @param unmonitoredRegime the regime of the unmonitored (Lindblad) dynamics
 * @param postselectedRegime the regime of the postselected dynamics; empty unless postselected
 * @param steadyState the steady state reached from ρ0 under the Lindblad dynamics; empty unless asked for
 * @param steadyConcurrence its concurrence; NaN when there is no steady state
 */
public record EvolutionResult(Columns columns, String unmonitoredRegime, Optional<String> postselectedRegime,
        Optional<DensityMatrix> steadyState, double steadyConcurrence) {

    /** Column of the times. */
    public static final int T = 0;
    /** Column of the concurrence. */
    public static final int CONCURRENCE = 1;
    /** Column of the success probability (postselected runs only). */
    public static final int SUCCESS_PROBABILITY = 5;

    /** Validates presence. */
    public EvolutionResult {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(unmonitoredRegime, "unmonitoredRegime");
        Objects.requireNonNull(postselectedRegime, "postselectedRegime");
        Objects.requireNonNull(steadyState, "steadyState");
    }

    /**
     * The last sample of a column (at t_max).
     *
     * @param column the column index
     * @return its final value
     */
    public double last(int column) {
        return columns.rows().get(columns.rows().size() - 1)[column];
    }
}
