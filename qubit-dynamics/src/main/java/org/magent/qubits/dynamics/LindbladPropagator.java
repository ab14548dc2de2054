package org.magent.qubits.dynamics;

import java.util.Objects;
import org.magent.qubits.linalg.BlockDecomposition;
import org.magent.qubits.linalg.BlockOperator;
import org.magent.qubits.linalg.KernelProjector;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.Checks;

/**
 * Exact unmonitored evolution under the Lindblad master equation, Eq. (2)-(4) of the paper.
 *
 * <p>The 16×16 Lindbladian is split into the blocks of its sparsity pattern (coherence-order sectors, since every
 * allowed term conserves total σᶻ) and each block is exponentiated by Padé-13 scaling and squaring. No
 * diagonalisation: exact also at exceptional points and for stiff rates. Sampling applies the one-step
 * propagator exp(L·Δt) repeatedly. Immutable and thread-safe.
 */
public final class LindbladPropagator {

    private final TwoQubitModel model;
    private final BlockDecomposition generator;
    private volatile BlockOperator kernelProjector;

    private LindbladPropagator(TwoQubitModel model) {
        this.model = model;
        this.generator = BlockDecomposition.of(Liouvillians.lindbladian(model));
    }

    /**
     * A propagator for the given model.
     *
     * @param model the system
     * @return the propagator
     */
    public static LindbladPropagator of(TwoQubitModel model) {
        return new LindbladPropagator(Objects.requireNonNull(model, "model"));
    }

    /**
     * The model.
     *
     * @return the system this propagator evolves
     */
    public TwoQubitModel model() {
        return model;
    }

    /**
     * The block structure of the Lindbladian (index sets in the row-major vectorisation of ρ).
     *
     * @return the blocks
     */
    public int[][] blocks() {
        return generator.blocks();
    }

    /**
     * Evolves ρ0 and samples at t_k = k·tMax/steps, k = 0..steps.
     *
     * @param rho0 initial state
     * @param tMax final time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @return steps + 1 samples
     * @throws org.magent.validation.InvalidInputException if tMax is negative or not finite ("t-max") or steps ≤ 0
     */
    public Trajectory evolve(DensityMatrix rho0, double tMax, int steps) {
        double[] times = SamplingInputs.times(rho0, tMax, steps);
        BlockOperator step = generator.exp(tMax / steps);
        DensityMatrix[] states = new DensityMatrix[steps + 1];
        states[0] = rho0;
        double[] re = rho0.realParts();
        double[] im = rho0.imaginaryParts();
        for (int k = 1; k <= steps; k++) {
            step.applyInPlace(re, im);
            states[k] = DensityMatrix.of(re, im);
        }
        return new Trajectory(times, states);
    }

    /**
     * ρ(t) = exp(L t) ρ0.
     *
     * @param rho0 initial state
     * @param t time (natural units, time = 1/energy), ≥ 0
     * @return the state at t
     * @throws org.magent.validation.InvalidInputException if t is negative or not finite
     */
    public DensityMatrix evolveTo(DensityMatrix rho0, double t) {
        Objects.requireNonNull(rho0, "initial state");
        Checks.nonNegative("t", t, SamplingInputs.TIME_UNIT);
        return apply(generator.exp(t), rho0);
    }

    /**
     * The steady state reached from ρ0: the Cesàro limit lim (1/T)∫₀ᵀ e^{Lt}ρ0 dt = P₀ρ0, with P₀ the spectral
     * projector on ker L (eigenvalue 0 of a Lindbladian is semisimple). Dark states make it depend on ρ0;
     * undamped oscillating coherences average out. Null-space tolerance: a singular value of a block of L
     * counts as zero when ≤ {@link KernelProjector#DEFAULT_RELATIVE_TOLERANCE} (1e-10) times the block's largest
     * one, i.e. modes decaying 1e10 times more slowly than the fastest rate are treated as stationary.
     *
     * @param rho0 initial state
     * @return P₀ρ0
     */
    public DensityMatrix steadyState(DensityMatrix rho0) {
        Objects.requireNonNull(rho0, "initial state");
        BlockOperator p = kernelProjector;
        if (p == null) {
            p = generator.kernelProjector(KernelProjector.DEFAULT_RELATIVE_TOLERANCE);
            kernelProjector = p;
        }
        synchronized (p) {
            return apply(p, rho0);
        }
    }

    private static DensityMatrix apply(BlockOperator op, DensityMatrix rho) {
        double[] re = rho.realParts();
        double[] im = rho.imaginaryParts();
        op.applyInPlace(re, im);
        return DensityMatrix.of(re, im);
    }
}
