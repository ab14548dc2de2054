package org.magent.qubits.dynamics;

import java.util.Arrays;
import java.util.Objects;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * Exact conditional evolution given that a detector of efficiency η has seen no σ± jump up to t (the
 * generalisation of Eq. (12)-(13) to an imperfect detector):
 * <pre>
 * dρ̃/dt = −i(H_nh ρ̃ − ρ̃ H_nh†) + 2(1 − η) Σ_{n,m∈1..4} h_nm O_n ρ̃ O_m† + 2 Σ_{n,m∈5,6} h_nm O_n ρ̃ O_m†,
 * </pre>
 * i.e. L_η = (1 − η)·L + η·L_ps with L the Lindbladian of Eq. (2) and L_ps the no-jump generator: a fraction η
 * of every σ±-type jump term (emission and absorption, cross-correlated ones included, since the whole block
 * of h is scaled) is removed and 1 − η is kept, because undetected jumps still happen; the σᶻ jumps are kept.
 * tr ρ̃(t) is the probability of no detection up to t, and ρ̃/tr ρ̃ the heralded state.
 *
 * <p>Limits: at η = 1 the generator is exactly {@link Liouvillians#postselected} and the result is that of
 * {@link PostselectedPropagator}, bit for bit; at η = 0 the evolution is {@link LindbladPropagator}'s
 * (trace conserved exactly) with probability 1. Propagation by exact matrix exponentials of the generator's
 * blocks, renormalised after every step. Immutable and thread-safe.
 */
public final class MonitoredPropagator {

    private final TwoQubitModel model;
    private final DetectionEfficiency efficiency;
    /** The conditional evolution for η &gt; 0; null at η = 0. */
    private final PostselectedPropagator conditional;
    /** The unmonitored evolution at η = 0; null otherwise. */
    private final LindbladPropagator unmonitored;

    private MonitoredPropagator(TwoQubitModel model, DetectionEfficiency efficiency) {
        this.model = model;
        this.efficiency = efficiency;
        if (efficiency.isNone()) {
            this.conditional = null;
            this.unmonitored = LindbladPropagator.of(model);
        } else {
            this.conditional = PostselectedPropagator.withGenerator(model, generator(model, efficiency));
            this.unmonitored = null;
        }
    }

    /**
     * A propagator for the given model and detector.
     *
     * @param model the system
     * @param efficiency the detection efficiency η
     * @return the propagator
     */
    public static MonitoredPropagator of(TwoQubitModel model, DetectionEfficiency efficiency) {
        return new MonitoredPropagator(Objects.requireNonNull(model, "model"),
                Objects.requireNonNull(efficiency, "efficiency"));
    }

    /**
     * The generator L_η = (1 − η)·L + η·L_ps of the unnormalised conditional state; exactly L_ps at η = 1 and
     * L at η = 0.
     *
     * @param model the system
     * @param efficiency η
     * @return a new 16×16 matrix (row-major vectorisation of ρ, as {@link Liouvillians})
     */
    public static ComplexMatrix generator(TwoQubitModel model, DetectionEfficiency efficiency) {
        if (efficiency.isPerfect()) {
            return Liouvillians.postselected(model);
        }
        if (efficiency.isNone()) {
            return Liouvillians.lindbladian(model);
        }
        double eta = efficiency.value();
        return Liouvillians.lindbladian(model).combine(1 - eta, eta, Liouvillians.postselected(model));
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
     * The detection efficiency.
     *
     * @return η
     */
    public DetectionEfficiency efficiency() {
        return efficiency;
    }

    /**
     * Evolves ρ0 conditioned on no detection and samples at t_k = k·tMax/steps, k = 0..steps.
     *
     * @param rho0 initial state (normalised to trace 1 before evolving)
     * @param tMax final time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @return heralded states and no-detection probabilities tr ρ̃(t_k)
     * @throws InvalidInputException as {@link PostselectedPropagator#evolve(DensityMatrix, double, int)}
     */
    public PostselectedTrajectory evolve(DensityMatrix rho0, double tMax, int steps) {
        if (conditional != null) {
            return conditional.evolve(rho0, tMax, steps);
        }
        Trajectory tr = unmonitored.evolve(normalised(rho0), tMax, steps);
        double[] one = new double[tr.size()];
        Arrays.fill(one, 1.0);
        return new PostselectedTrajectory(tr.times(), tr.states(), one);
    }

    /**
     * Streaming form of {@link #evolve(DensityMatrix, double, int)}.
     *
     * @param rho0 initial state (normalised to trace 1 before evolving)
     * @param tMax final time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @param consumer receives (k, t_k, heralded state, no-detection probability) for k = 0..steps
     * @return the sample times
     * @throws InvalidInputException as {@link PostselectedPropagator#evolve(DensityMatrix, double, int)}
     */
    public double[] evolve(DensityMatrix rho0, double tMax, int steps,
            PostselectedPropagator.SampleConsumer consumer) {
        if (conditional != null) {
            return conditional.evolve(rho0, tMax, steps, consumer);
        }
        Objects.requireNonNull(consumer, "consumer");
        return unmonitored.evolve(normalised(rho0), tMax, steps, (k, t, state) -> consumer.accept(k, t, state, 1.0));
    }

    /** ρ0/tr ρ0, as the conditional evolution normalises its initial state. */
    private static DensityMatrix normalised(DensityMatrix rho0) {
        double tr0 = Objects.requireNonNull(rho0, "initial state").trace();
        if (!(tr0 > 0)) {
            throw new InvalidInputException("initial state", "initial state has trace " + tr0
                    + "; the conditional evolution needs a positive trace");
        }
        return scaled(rho0, 1 / tr0);
    }

    private static DensityMatrix scaled(DensityMatrix rho, double factor) {
        if (factor == 1.0) {
            return rho;
        }
        double[] re = rho.realParts();
        double[] im = rho.imaginaryParts();
        for (int k = 0; k < re.length; k++) {
            re[k] *= factor;
            im[k] *= factor;
        }
        return DensityMatrix.of(re, im);
    }
}
