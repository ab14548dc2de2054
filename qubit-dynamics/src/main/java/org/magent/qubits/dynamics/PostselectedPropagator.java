package org.magent.qubits.dynamics;

import java.util.Objects;
import org.magent.qubits.linalg.BlockDecomposition;
import org.magent.qubits.linalg.BlockOperator;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * Exact postselected (no-jump) evolution, Eq. (13) generalised to all coefficients:
 * dρ̃/dt = −i(H_nh ρ̃ − ρ̃ H_nh†) + 2Σ_{n,m∈{5,6}} h_nm O_n ρ̃ O_m†, H_nh = H_S + H_eff − iΣ_nm h_nm O_m†O_n:
 * the records in which no σ± jump (emission or absorption into the medium) occurred are kept; σᶻ jumps are not
 * detected and stay in the evolution. With d = 𝔇 = 0 this is ρ̃(t) = e^{−iH_nh t}ρ0 e^{iH_nh† t}.
 *
 * <p>Propagated block-wise by exact matrix exponentials, renormalised after every step so that the conditional
 * state stays well defined even when the success probability becomes tiny. Immutable and thread-safe.
 */
public final class PostselectedPropagator {

    private final TwoQubitModel model;
    private final BlockDecomposition generator;
    private final double generatorScale;

    private PostselectedPropagator(TwoQubitModel model, ComplexMatrix l) {
        this.model = model;
        this.generatorScale = l.maxAbs();
        this.generator = BlockDecomposition.of(l);
    }

    /** The same renormalised propagation under another trace-decreasing generator (e.g. a finite efficiency). */
    static PostselectedPropagator withGenerator(TwoQubitModel model, ComplexMatrix generator) {
        return new PostselectedPropagator(model, generator);
    }

    /**
     * A propagator for the given model.
     *
     * @param model the system
     * @return the propagator
     */
    public static PostselectedPropagator of(TwoQubitModel model) {
        Objects.requireNonNull(model, "model");
        return new PostselectedPropagator(model, Liouvillians.postselected(model));
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
     * Evolves ρ0 under postselection and samples at t_k = k·tMax/steps, k = 0..steps.
     *
     * @param rho0 initial state (normalised to trace 1 before evolving)
     * @param tMax final time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @return normalised conditional states and success probabilities tr ρ̃(t_k)
     * @throws InvalidInputException if tMax is negative or not finite ("t-max"), steps ≤ 0, ρ0 has no positive
     *     trace, or a single step loses all probability to underflow (then more steps are needed)
     */
    public PostselectedTrajectory evolve(DensityMatrix rho0, double tMax, int steps) {
        int n = steps > 0 ? steps + 1 : 0;
        DensityMatrix[] states = new DensityMatrix[n];
        double[] prob = new double[n];
        double[] times = evolve(rho0, tMax, steps, (k, t, state, p) -> {
            states[k] = state;
            prob[k] = p;
        });
        return new PostselectedTrajectory(times, states, prob);
    }

    /** Receives the samples of a postselected evolution, in order. */
    @FunctionalInterface
    public interface SampleConsumer {
        /**
         * One sample.
         *
         * @param index sample number k, 0..steps
         * @param time t_k (natural units, time = 1/energy)
         * @param state normalised conditional state ρ̃(t_k)/tr ρ̃(t_k)
         * @param successProbability tr ρ̃(t_k) (dimensionless)
         */
        void accept(int index, double time, DensityMatrix state, double successProbability);
    }

    /**
     * Streaming form of {@link #evolve(DensityMatrix, double, int)}.
     *
     * @param rho0 initial state (normalised to trace 1 before evolving)
     * @param tMax final time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @param consumer receives (k, t_k, state, success probability) for k = 0..steps
     * @return the sample times
     * @throws InvalidInputException as {@link #evolve(DensityMatrix, double, int)}
     */
    public double[] evolve(DensityMatrix rho0, double tMax, int steps, SampleConsumer consumer) {
        double[] times = SamplingInputs.times(rho0, tMax, steps);
        SamplingInputs.requireRepresentable("t-max", tMax, generatorScale);
        Objects.requireNonNull(consumer, "consumer");
        double tr0 = rho0.trace();
        if (!(tr0 > 0)) {
            throw new InvalidInputException("initial state", "initial state has trace " + tr0
                    + "; postselection needs a positive trace");
        }
        BlockOperator step = generator.exp(tMax / steps);
        double[] re = rho0.realParts();
        double[] im = rho0.imaginaryParts();
        normalise(re, im, tr0);
        consumer.accept(0, 0.0, DensityMatrix.of(re, im), 1.0);
        double prob = 1.0;
        for (int k = 1; k <= steps; k++) {
            step.applyInPlace(re, im);
            double tr = ConditionalTrace.check(re[0] + re[5] + re[10] + re[15], k, steps, tMax, prob);
            normalise(re, im, tr);
            prob *= tr;
            consumer.accept(k, times[k], DensityMatrix.of(re, im), prob);
        }
        return times;
    }

    private static void normalise(double[] re, double[] im, double tr) {
        double inv = 1.0 / tr;
        for (int k = 0; k < re.length; k++) {
            re[k] *= inv;
            im[k] *= inv;
        }
    }
}
