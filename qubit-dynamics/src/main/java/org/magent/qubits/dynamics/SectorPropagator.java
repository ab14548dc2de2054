package org.magent.qubits.dynamics;

import java.util.Objects;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.linalg.RealLu;
import org.magent.qubits.linalg.RealMatrixExponential;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * Exact evolution of one Hermitian initial state under Eq. (2)-(4) (unmonitored) or the postselected Eq. (13)
 * generalisation, propagating only the coherence-order sectors that ρ0 occupies, in real coordinates
 * ({@link HermitianSectors}); for summaries of many cases (e.g. {@code magent batch}).
 *
 * <p>It computes the same quantities as {@link LindbladPropagator} and {@link PostselectedPropagator}, to
 * round-off: the one-step propagator is the exact exponential of each occupied sector (Padé-13 scaling and
 * squaring, {@link RealMatrixExponential}), applied repeatedly; the trace is a
 * coordinate of its own and is conserved exactly. The concurrence of each sample is Eq. (S52) when ρ0 occupies
 * no order-±1 sector (then every ρ(t) is an X state) and the general Wootters formula Eq. (S49) otherwise.
 *
 * <p>The steady state reached from ρ0 is found by a trace-constrained LU solve on the order-0 sector when the
 * kernel of L is one-dimensional there and the other occupied sectors have none; otherwise (e.g. a dark state,
 * |A| = a, or an undamped coherence) it falls back to the spectral projector of
 * {@link LindbladPropagator#steadyState}, so dark-state steady states are exactly those of the general engine.
 *
 * <p>Immutable and thread-safe; each call allocates its own small workspace.
 */
public final class SectorPropagator {

    /**
     * The steady state is solved by LU only when the reciprocal 1-norm condition number of the
     * trace-constrained system exceeds this; below it L is treated as rank-deficient and the SVD projector of
     * {@link LindbladPropagator#steadyState} (null-space tolerance 1e-10) decides.
     */
    static final double UNIQUE_RCOND = 1e-8;

    /** Relative tolerance of the Hermiticity check of ρ0. */
    private static final double HERMITIAN_TOLERANCE = 1e-12;

    private final TwoQubitModel model;
    private final DensityMatrix rho0;
    private final boolean lindblad;
    /** Generator of each occupied sector (row-major), null for an unoccupied one. */
    private final double[][] generator;
    /** Coordinates of ρ0 per sector (sector 0 in trace coordinates for the Lindbladian). */
    private final double[][] initial;
    private final double generatorScale;

    private SectorPropagator(TwoQubitModel model, DensityMatrix rho0, boolean lindblad) {
        this.model = Objects.requireNonNull(model, "model");
        this.rho0 = Objects.requireNonNull(rho0, "initial state");
        this.lindblad = lindblad;
        requireHermitian(rho0);
        double tr = rho0.trace();
        if (!(tr > 0)) {
            throw new InvalidInputException("initial state", "initial state has trace " + tr
                    + " (dimensionless); it must be positive");
        }
        double[] p = HermitianSectors.parameters(model);
        generator = new double[HermitianSectors.SECTORS][];
        initial = new double[HermitianSectors.SECTORS][];
        double scale = 0;
        for (int s = 0; s < HermitianSectors.SECTORS; s++) {
            double[] x = HermitianSectors.coordinates(rho0, s);
            if (s > 0 && isZero(x)) {
                continue;
            }
            if (!lindblad) {
                for (int k = 0; k < x.length; k++) {
                    x[k] /= tr;
                }
            } else if (s == 0) {
                x[0] = tr;
            }
            initial[s] = x;
            generator[s] = HermitianSectors.generator(lindblad, s, p);
            for (double v : generator[s]) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        generatorScale = scale;
    }

    /**
     * The unmonitored (Lindblad) evolution of ρ0, Eq. (2)-(4).
     *
     * @param model the system
     * @param rho0 the initial state: Hermitian (to 1e-12 of its largest entry), positive trace
     * @return the propagator
     * @throws InvalidInputException if ρ0 is not Hermitian or has no positive trace
     */
    public static SectorPropagator lindblad(TwoQubitModel model, DensityMatrix rho0) {
        return new SectorPropagator(model, rho0, true);
    }

    /**
     * The postselected (no-jump) evolution of ρ0 / tr ρ0, as {@link PostselectedPropagator}.
     *
     * @param model the system
     * @param rho0 the initial state: Hermitian (to 1e-12 of its largest entry), positive trace
     * @return the propagator
     * @throws InvalidInputException if ρ0 is not Hermitian or has no positive trace
     */
    public static SectorPropagator postselected(TwoQubitModel model, DensityMatrix rho0) {
        return new SectorPropagator(model, rho0, false);
    }

    /**
     * The concurrence along the sampled evolution, summarised.
     *
     * @param finalConcurrence C(t_max) (dimensionless)
     * @param maxConcurrence the largest sampled C (dimensionless)
     * @param timeOfMax the first sample time t_k at which C reaches that largest value, to within
     *     {@link FirstMaximum#TIE} (natural units, time)
     * @param finalSuccessProbability the postselection success probability tr ρ̃(t_max) (dimensionless); NaN for
     *     the unmonitored evolution
     */
    public record ConcurrenceSummary(double finalConcurrence, double maxConcurrence, double timeOfMax,
            double finalSuccessProbability) {
    }

    /**
     * Evolves ρ0, samples the concurrence at t_k = k·tMax/steps, k = 0..steps, and summarises it. Computes no
     * other observable and keeps no sample.
     *
     * @param tMax final time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @return the summary
     * @throws InvalidInputException if tMax is negative, not finite or so large that rate × time overflows
     *     ("t-max"), steps ≤ 0, (postselected) one step's no-jump probability underflows ("steps"), or the
     *     conditional state is lost to round-off once its probability is tiny ("t-max")
     */
    public ConcurrenceSummary concurrenceSummary(double tMax, int steps) {
        Checks.nonNegative("t-max", tMax, SamplingInputs.TIME_UNIT);
        if (steps <= 0) {
            throw new InvalidInputException("steps", "steps = " + steps + " must be a positive integer");
        }
        SamplingInputs.requireRepresentable("t-max", tMax, generatorScale);
        Steps st = new Steps(tMax / steps);
        if (st.x[1] == null) {
            return xStateSummary(st.step[0], st.step[2], st.x[0], st.x[2], tMax, steps);
        }
        double c = concurrence(st.x);
        FirstMaximum max = new FirstMaximum();
        max.offer(c, 0);
        double probability = 1.0;
        for (int k = 1; k <= steps; k++) {
            st.advance();
            if (!lindblad) {
                probability *= st.renormalise(k, steps, tMax, probability);
            }
            c = concurrence(st.x);
            max.offer(c, k == steps ? tMax : k * tMax / steps);
        }
        return new ConcurrenceSummary(c, max.max(), max.time(), lindblad ? Double.NaN : probability);
    }

    /**
     * The state at one time, ρ(t) = e^{Lt}ρ0 (Eq. 2), as {@link LindbladPropagator#evolveTo}: one exact
     * exponential of each occupied sector.
     *
     * @param t the time (natural units, time = 1/energy), ≥ 0
     * @return ρ(t)
     * @throws IllegalStateException for a postselected propagator
     * @throws InvalidInputException if t is negative, not finite, or so large that rate × time overflows ("t")
     */
    public DensityMatrix stateAt(double t) {
        requireLindblad("the state at a time");
        Checks.nonNegative("t", t, SamplingInputs.TIME_UNIT);
        SamplingInputs.requireRepresentable("t", t, generatorScale);
        return state(coordinatesAt(t));
    }

    /**
     * Samples ρ(t_k) at t_k = k·tMax/steps, k = 0..steps (Eq. 2), as {@link LindbladPropagator#evolve(DensityMatrix,
     * double, int, LindbladPropagator.SampleConsumer)}: one exponential per occupied sector, applied repeatedly.
     *
     * @param tMax final time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @param consumer receives (k, t_k, ρ(t_k)); ρ(t_0) is the initial state itself
     * @return the sample times
     * @throws IllegalStateException for a postselected propagator
     * @throws InvalidInputException if tMax is negative, not finite or so large that rate × time overflows
     *     ("t-max"), or steps ≤ 0
     */
    public double[] evolve(double tMax, int steps, LindbladPropagator.SampleConsumer consumer) {
        requireLindblad("a sampled evolution");
        double[] times = SamplingInputs.times(rho0, tMax, steps);
        SamplingInputs.requireRepresentable("t-max", tMax, generatorScale);
        Objects.requireNonNull(consumer, "consumer");
        consumer.accept(0, 0.0, rho0);
        Steps st = new Steps(tMax / steps);
        for (int k = 1; k <= steps; k++) {
            st.advance();
            consumer.accept(k, times[k], state(st.x));
        }
        return times;
    }

    /**
     * The concurrence of ρ(t) = e^{Lt}ρ0 (Eq. 2): Eq. (S52) when ρ0 occupies no order-±1 sector (every ρ(t) is
     * then an X state), the general Wootters formula Eq. (S49) otherwise; equal to
     * {@code Entanglement.concurrence(stateAt(t))} to round-off.
     *
     * @param t the time (natural units, time = 1/energy), ≥ 0
     * @return C(t) (dimensionless)
     * @throws IllegalStateException for a postselected propagator
     * @throws InvalidInputException if t is negative, not finite, or so large that rate × time overflows ("t")
     */
    public double concurrenceAt(double t) {
        requireLindblad("the concurrence at a time");
        Checks.nonNegative("t", t, SamplingInputs.TIME_UNIT);
        SamplingInputs.requireRepresentable("t", t, generatorScale);
        return concurrenceOf(coordinatesAt(t));
    }

    /**
     * The concurrence C(t_k) at t_k = k·tMax/steps, k = 0..steps, as {@link #concurrenceAt} at each sample time,
     * by one exponential per occupied sector applied repeatedly (Eq. 2); no state is built.
     *
     * @param tMax final time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @return steps + 1 concurrences (dimensionless)
     * @throws IllegalStateException for a postselected propagator
     * @throws InvalidInputException if tMax is negative, not finite or so large that rate × time overflows
     *     ("t-max"), or steps ≤ 0
     */
    public double[] concurrences(double tMax, int steps) {
        requireLindblad("a sampled evolution");
        SamplingInputs.times(rho0, tMax, steps);
        SamplingInputs.requireRepresentable("t-max", tMax, generatorScale);
        Steps st = new Steps(tMax / steps);
        double[] out = new double[steps + 1];
        out[0] = Entanglement.concurrence(rho0);
        for (int k = 1; k <= steps; k++) {
            st.advance();
            out[k] = concurrenceOf(st.x);
        }
        return out;
    }

    /**
     * The state heralded by no detection up to t and its probability.
     *
     * @param state the normalised conditional state ρ̃(t)/tr ρ̃(t)
     * @param successProbability tr ρ̃(t) (dimensionless)
     */
    public record Heralded(DensityMatrix state, double successProbability) {
    }

    /**
     * The postselected (no-jump) state at t, Eq. (12)-(13), as the last sample of
     * {@link PostselectedPropagator#evolve(DensityMatrix, double, int, PostselectedPropagator.SampleConsumer)}
     * with the same steps: the exponential of each occupied sector over t/steps, applied steps times and
     * renormalised after each (so that the conditional state does not underflow).
     *
     * @param t the time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @return the heralded state and its probability
     * @throws IllegalStateException for an unmonitored propagator
     * @throws InvalidInputException if t is negative, not finite or so large that rate × time overflows ("t-max"),
     *     steps ≤ 0, one step's no-jump probability underflows ("steps"), or the conditional state is lost to
     *     round-off once its probability is tiny ("t-max")
     */
    public Heralded heralded(double t, int steps) {
        if (lindblad) {
            throw new IllegalStateException("the heralded state is defined for the postselected evolution");
        }
        SamplingInputs.times(rho0, t, steps);
        SamplingInputs.requireRepresentable("t-max", t, generatorScale);
        Steps st = new Steps(t / steps);
        double probability = 1.0;
        for (int k = 1; k <= steps; k++) {
            st.advance();
            probability *= st.renormalise(k, steps, t, probability);
        }
        return new Heralded(state(st.x), probability);
    }

    /** The coordinates of e^{Lt} applied to ρ0's, per occupied sector (null for the others). */
    private double[][] coordinatesAt(double t) {
        double[][] x = new double[HermitianSectors.SECTORS][];
        for (int s = 0; s < HermitianSectors.SECTORS; s++) {
            if (generator[s] != null) {
                x[s] = new double[HermitianSectors.DIMENSION[s]];
                apply(RealMatrixExponential.exp(generator[s], HermitianSectors.DIMENSION[s], t), initial[s], x[s]);
            }
        }
        return x;
    }

    /** ρ0's coordinates stepped by one exact exponential e^{L·dt} per occupied sector. */
    private final class Steps {

        /** The one-step propagator of each occupied sector (row-major), null for the others. */
        final double[][] step = new double[HermitianSectors.SECTORS][];
        /** The current coordinates of each occupied sector, null for the others. */
        final double[][] x = new double[HermitianSectors.SECTORS][];
        private final double[][] next = new double[HermitianSectors.SECTORS][];

        Steps(double dt) {
            for (int s = 0; s < HermitianSectors.SECTORS; s++) {
                if (generator[s] != null) {
                    step[s] = RealMatrixExponential.exp(generator[s], HermitianSectors.DIMENSION[s], dt);
                    x[s] = initial[s].clone();
                    next[s] = new double[x[s].length];
                }
            }
        }

        /** One step: x ← e^{L·dt} x in every occupied sector. */
        void advance() {
            for (int s = 0; s < x.length; s++) {
                if (step[s] != null) {
                    apply(step[s], x[s], next[s]);
                    double[] swap = x[s];
                    x[s] = next[s];
                    next[s] = swap;
                }
            }
        }

        /**
         * Postselected coordinates back to unit trace after step k of steps.
         *
         * @return the trace before (the step's no-jump probability)
         */
        double renormalise(int k, int steps, double tMax, double probability) {
            double[] x0 = x[0];
            double tr = ConditionalTrace.check(x0[0] + x0[1] + x0[2] + x0[3], k, steps, tMax, probability);
            double inv = 1.0 / tr;
            for (double[] xs : x) {
                if (xs != null) {
                    for (int i = 0; i < xs.length; i++) {
                        xs[i] *= inv;
                    }
                }
            }
            return tr;
        }
    }

    /** The concurrence of sector coordinates x (this propagator's coordinates). */
    private double concurrenceOf(double[][] x) {
        if (x[1] != null) {
            return concurrence(x);
        }
        double[] y = x[0];
        double[] z = x[2];
        return xConcurrence(y[0], y[1], y[2], y[3], y[4], y[5], z == null ? 0.0 : z[0], z == null ? 0.0 : z[1]);
    }

    /** The state of sector coordinates x (this propagator's coordinates: sector 0 in trace coordinates for L). */
    private DensityMatrix state(double[][] x) {
        double[] re = new double[16];
        double[] im = new double[16];
        HermitianSectors.toMatrix(lindblad ? plain(x[0]) : x[0], 0, re, im);
        for (int s = 1; s < x.length; s++) {
            if (x[s] != null) {
                HermitianSectors.toMatrix(x[s], s, re, im);
            }
        }
        return DensityMatrix.of(re, im);
    }

    private void requireLindblad(String what) {
        if (!lindblad) {
            throw new IllegalStateException(what + " is defined here for the unmonitored evolution");
        }
    }

    /**
     * {@link #concurrenceSummary} when ρ0 occupies no order-±1 sector: every ρ(t) is an X state, the order-0
     * sector is stepped with its 6×6 propagator unrolled and the order-±2 one (if occupied) with its 2×2.
     */
    private ConcurrenceSummary xStateSummary(double[] e, double[] f, double[] x0, double[] x2, double tMax,
            int steps) {
        double y0 = x0[0];
        double y1 = x0[1];
        double y2 = x0[2];
        double y3 = x0[3];
        double y4 = x0[4];
        double y5 = x0[5];
        double z0 = x2 == null ? 0.0 : x2[0];
        double z1 = x2 == null ? 0.0 : x2[1];
        double c = xConcurrence(y0, y1, y2, y3, y4, y5, z0, z1);
        FirstMaximum max = new FirstMaximum();
        max.offer(c, 0);
        double probability = 1.0;
        for (int k = 1; k <= steps; k++) {
            double n0 = e[0] * y0 + e[1] * y1 + e[2] * y2 + e[3] * y3 + e[4] * y4 + e[5] * y5;
            double n1 = e[6] * y0 + e[7] * y1 + e[8] * y2 + e[9] * y3 + e[10] * y4 + e[11] * y5;
            double n2 = e[12] * y0 + e[13] * y1 + e[14] * y2 + e[15] * y3 + e[16] * y4 + e[17] * y5;
            double n3 = e[18] * y0 + e[19] * y1 + e[20] * y2 + e[21] * y3 + e[22] * y4 + e[23] * y5;
            double n4 = e[24] * y0 + e[25] * y1 + e[26] * y2 + e[27] * y3 + e[28] * y4 + e[29] * y5;
            double n5 = e[30] * y0 + e[31] * y1 + e[32] * y2 + e[33] * y3 + e[34] * y4 + e[35] * y5;
            y0 = n0;
            y1 = n1;
            y2 = n2;
            y3 = n3;
            y4 = n4;
            y5 = n5;
            if (f != null) {
                double m0 = f[0] * z0 + f[1] * z1;
                z1 = f[2] * z0 + f[3] * z1;
                z0 = m0;
            }
            if (!lindblad) {
                double tr = ConditionalTrace.check(y0 + y1 + y2 + y3, k, steps, tMax, probability);
                double inv = 1.0 / tr;
                y0 *= inv;
                y1 *= inv;
                y2 *= inv;
                y3 *= inv;
                y4 *= inv;
                y5 *= inv;
                z0 *= inv;
                z1 *= inv;
                probability *= tr;
            }
            c = xConcurrence(y0, y1, y2, y3, y4, y5, z0, z1);
            max.offer(c, k == steps ? tMax : k * tMax / steps);
        }
        return new ConcurrenceSummary(c, max.max(), max.time(), lindblad ? Double.NaN : probability);
    }

    /** Eq. (S52) from the order-0 coordinates (this propagator's) and the order-±2 ones. */
    private double xConcurrence(double y0, double y1, double y2, double y3, double y4, double y5, double z0,
            double z1) {
        return Entanglement.xStateConcurrence(lindblad ? y0 - y1 - y2 - y3 : y0, y1, y2, y3, y4, y5, z0, z1);
    }

    /**
     * The steady state reached from ρ0 under the Lindbladian, as {@link LindbladPropagator#steadyState}: the
     * Cesàro limit P₀ρ0.
     *
     * @return the steady state (Hermitian)
     * @throws IllegalStateException for a postselected propagator (its evolution is not trace preserving)
     */
    public DensityMatrix steadyState() {
        if (!lindblad) {
            throw new IllegalStateException("the steady state is defined for the unmonitored evolution");
        }
        double[] y = uniqueSteadyState();
        if (y == null) {
            return LindbladPropagator.of(model).steadyState(rho0);
        }
        double[] re = new double[16];
        double[] im = new double[16];
        HermitianSectors.toMatrix(plain(y), 0, re, im);
        return DensityMatrix.of(re, im);
    }

    /**
     * The concurrence of {@link #steadyState()} (dimensionless).
     *
     * @return C of the steady state reached from ρ0
     */
    public double steadyConcurrence() {
        return Entanglement.concurrence(steadyState());
    }

    /**
     * The order-0 coordinates (trace coordinate first) of the unique steady state with the trace of ρ0, or null
     * when the trace-constrained system is rank-deficient (several stationary states: dark states) or another
     * occupied sector may have a stationary part.
     */
    double[] uniqueSteadyState() {
        for (int s = 1; s < HermitianSectors.SECTORS; s++) {
            if (generator[s] != null
                    && RealLu.factor(generator[s], HermitianSectors.DIMENSION[s]).reciprocalCondition() < UNIQUE_RCOND) {
                return null;
            }
        }
        int n = HermitianSectors.DIMENSION[0];
        double[] m = generator[0].clone();
        double scale = 0;
        for (double v : m) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0) {
            return null;
        }
        // row 0 (d tr ρ/dt, identically zero) becomes the constraint tr ρ = tr ρ0, scaled like the other rows
        for (int j = 0; j < n; j++) {
            m[j] = 0.0;
        }
        m[0] = scale;
        RealLu lu = RealLu.factor(m, n);
        if (lu.reciprocalCondition() < UNIQUE_RCOND) {
            return null;
        }
        double[] y = new double[n];
        y[0] = scale * initial[0][0];
        lu.solveInPlace(y, 1);
        return y;
    }

    /** v_out = m·v, n = v.length. */
    private static void apply(double[] m, double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double s = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                s += m[row + j] * v[j];
            }
            out[i] = s;
        }
    }

    /**
     * The concurrence of a state that occupies an order-±1 sector (the general Wootters path; X states take
     * {@link #xStateSummary}), from its sector coordinates x (sector 0 in this propagator's coordinates).
     */
    private double concurrence(double[][] x) {
        double[] x0 = x[0];
        double uu = lindblad ? x0[0] - x0[1] - x0[2] - x0[3] : x0[0];
        double[] re = new double[16];
        double[] im = new double[16];
        double[] p0 = x0.clone();
        p0[0] = uu;
        HermitianSectors.toMatrix(p0, 0, re, im);
        HermitianSectors.toMatrix(x[1], 1, re, im);
        if (x[2] != null) {
            HermitianSectors.toMatrix(x[2], 2, re, im);
        }
        return Entanglement.concurrence(DensityMatrix.of(re, im));
    }

    /** Sector-0 trace coordinates → plain coordinates (ρ_uu first). */
    private static double[] plain(double[] y) {
        double[] x = y.clone();
        x[0] = y[0] - y[1] - y[2] - y[3];
        return x;
    }

    private static boolean isZero(double[] x) {
        for (double v : x) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    private static void requireHermitian(DensityMatrix rho) {
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < DensityMatrix.DIM; i++) {
            for (int j = 0; j < DensityMatrix.DIM; j++) {
                scale = Math.max(scale, Math.max(Math.abs(rho.re(i, j)), Math.abs(rho.im(i, j))));
                worst = Math.max(worst, Math.max(Math.abs(rho.re(i, j) - rho.re(j, i)),
                        Math.abs(rho.im(i, j) + rho.im(j, i))));
            }
        }
        if (worst > HERMITIAN_TOLERANCE * scale) {
            throw new InvalidInputException("initial state", "initial state is not Hermitian: a part of"
                    + " rho_ij - conj(rho_ji) reaches " + worst + " (dimensionless)");
        }
    }
}
