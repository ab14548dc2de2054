package org.magent.qubits.dynamics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.complex.Complex;
import org.magent.qubits.linalg.BlockDecomposition;
import org.magent.qubits.linalg.BlockOperator;
import org.magent.qubits.linalg.ComplexEigenvalues;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.linalg.KernelProjector;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * Exact unmonitored evolution under the Lindblad master equation, Eq. (2)-(4) of the paper.
 *
 * <p>The 16×16 Lindbladian is split into the blocks of its sparsity pattern (coherence-order sectors, since every
 * allowed term conserves total σᶻ) and each block in which ρ0 has support is exponentiated by Padé-13 scaling and
 * squaring (the others stay zero). No
 * diagonalisation: exact also at exceptional points and for stiff rates. Sampling applies the one-step
 * propagator exp(L·Δt) repeatedly. The trace is carried as a coordinate of its own and is conserved exactly.
 * Accuracy: the exponential is backward stable, so a slow mode that arises from a near-cancellation of fast
 * rates (e.g. the singlet rate 2(a − |A|) with a ≈ |A|) carries an absolute rate error ~1e-16·‖L‖; the relative
 * error of such a mode at time t is ~1e-16·‖L‖·t. Past largest coefficient × time = {@link RateTimeLimit#MAX_PRODUCT}
 * the exponential is not formed: a state that has relaxed by the first sample ({@link #relaxedBy}) is the steady
 * state from then on (exact to round-off), anything else is refused. Immutable and thread-safe.
 */
public final class LindbladPropagator {

    private final TwoQubitModel model;
    private final BlockDecomposition generator;
    private final double generatorScale;
    private volatile BlockOperator kernelProjector;
    /** Relaxation rates per block, computed once on first use (immutable once published). */
    private volatile double[][] rates;

    private LindbladPropagator(TwoQubitModel model) {
        this.model = model;
        ComplexMatrix l = Liouvillians.lindbladian(model);
        this.generatorScale = l.maxAbs();
        this.generator = BlockDecomposition.of(TraceCoordinates.transformTracePreserving(l));
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
     * The block structure of the Lindbladian (index sets in the row-major vectorisation of ρ; index 0 carries
     * tr ρ instead of ρ_uu, which leaves the blocks unchanged).
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
        DensityMatrix[] states = new DensityMatrix[steps > 0 ? steps + 1 : 0];
        double[] times = evolve(rho0, tMax, steps, (k, t, state) -> states[k] = state);
        return new Trajectory(times, states);
    }

    /** Receives the samples of an evolution, in order. */
    @FunctionalInterface
    public interface SampleConsumer {
        /**
         * One sample.
         *
         * @param index sample number k, 0..steps
         * @param time t_k (natural units, time = 1/energy)
         * @param state ρ(t_k)
         */
        void accept(int index, double time, DensityMatrix state);
    }

    /**
     * Streaming form of {@link #evolve(DensityMatrix, double, int)}: hands each sample to the consumer instead of
     * storing the trajectory.
     *
     * @param rho0 initial state
     * @param tMax final time (natural units, time = 1/energy), ≥ 0
     * @param steps number of intervals, ≥ 1
     * @param consumer receives (k, t_k, ρ(t_k)) for k = 0..steps
     * @return the sample times
     * @throws org.magent.validation.InvalidInputException if tMax is negative or not finite ("t-max") or steps ≤ 0,
     *     or if tMax is past the {@link RateTimeLimit} and ρ0 has not relaxed by tMax/steps ("t-max")
     */
    public double[] evolve(DensityMatrix rho0, double tMax, int steps, SampleConsumer consumer) {
        double[] times = SamplingInputs.times(rho0, tMax, steps);
        SamplingInputs.requireRepresentable("t-max", tMax, generatorScale);
        Objects.requireNonNull(consumer, "consumer");
        if (RateTimeLimit.exceeded(model, tMax)) {
            // past the limit exp(L·Δt) is round-off; exact only once ρ0's transients have died out by t_1
            DensityMatrix relaxed = steadyStateOnceRelaxed(rho0, tMax / steps, "t-max", tMax);
            consumer.accept(0, 0.0, rho0);
            for (int k = 1; k <= steps; k++) {
                consumer.accept(k, times[k], relaxed);
            }
            return times;
        }
        consumer.accept(0, 0.0, rho0);
        double[] re = rho0.realParts();
        double[] im = rho0.imaginaryParts();
        TraceCoordinates.toTrace(re, im);
        BlockOperator step = generator.expOnSupport(tMax / steps, re, im);
        double[] outRe = new double[re.length];
        double[] outIm = new double[im.length];
        for (int k = 1; k <= steps; k++) {
            step.applyInPlace(re, im);
            System.arraycopy(re, 0, outRe, 0, re.length);
            System.arraycopy(im, 0, outIm, 0, im.length);
            TraceCoordinates.fromTrace(outRe, outIm);
            consumer.accept(k, times[k], DensityMatrix.of(outRe, outIm));
        }
        return times;
    }

    /**
     * The relaxation rates −Re λ of all 16 eigenvalues λ of L, ascending (natural units, energy = 1/time). Values
     * within 1e-10 of the largest eigenvalue modulus of their block are set to exactly 0 (stationary or undamped modes).
     *
     * @return 16 rates
     */
    public double[] relaxationRates() {
        double[] out = new double[16];
        int n = 0;
        for (int b = 0; b < generator.blockCount(); b++) {
            for (double r : blockRates(b)) {
                out[n++] = r;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * The slowest nonzero relaxation rate among the sectors (blocks of L) in which ρ0 has nonzero entries: the
     * rate of the slowest transient that ρ0 can excite. From |↑↓⟩ at T = 0 this is 2(a − √(|A|² − δ²)) in the
     * overdamped regime, the inverse entanglement lifetime 1/τ of Eq. (S64).
     *
     * @param rho0 initial state
     * @return the rate (natural units, energy), empty if no sector with support decays
     */
    public OptionalDouble slowestDecayRate(DensityMatrix rho0) {
        Objects.requireNonNull(rho0, "initial state");
        int[][] blocks = generator.blocks();
        double[] re = rho0.realParts();
        double[] im = rho0.imaginaryParts();
        double best = Double.POSITIVE_INFINITY;
        for (int b = 0; b < blocks.length; b++) {
            boolean support = false;
            for (int i : blocks[b]) {
                support |= re[i] != 0.0 || im[i] != 0.0;
            }
            if (support) {
                for (double r : blockRates(b)) {
                    if (r > 0) {
                        best = Math.min(best, r);
                    }
                }
            }
        }
        return best < Double.POSITIVE_INFINITY ? OptionalDouble.of(best) : OptionalDouble.empty();
    }

    private double[] blockRates(int b) {
        double[][] r = rates;
        if (r == null) {
            r = new double[generator.blockCount()][];
            for (int k = 0; k < r.length; k++) {
                r[k] = computeBlockRates(k);
            }
            rates = r;
        }
        return r[b];
    }

    private double[] computeBlockRates(int b) {
        Complex[] eig = ComplexEigenvalues.of(generator.block(b));
        // Zero test relative to the block's largest |λ| (not its largest rate), so that the round-off of a
        // purely coherent block (no damping) is not mistaken for a slow decay.
        double scale = 0;
        for (Complex z : eig) {
            scale = Math.max(scale, z.abs());
        }
        double[] out = new double[eig.length];
        for (int k = 0; k < eig.length; k++) {
            double re = eig[k].getReal();
            out[k] = Math.abs(re) <= KernelProjector.DEFAULT_RELATIVE_TOLERANCE * scale ? 0.0 : -re;
        }
        return out;
    }

    /**
     * Whether every mode that ρ0 excites is stationary or has died out by time t, so that ρ(t') = P₀ρ0 to round-off
     * for all t' ≥ t. Per block of L in which ρ0 has support, each eigenvalue λ must satisfy |λ| ≤
     * {@value #STATIONARY}·(the block's largest |λ|) (stationary: round-off of 0) or −Re λ·t ≥ {@value #DIED_OUT}
     * with |λ| above the steady state's null-space tolerance. An undamped oscillation, or a slow mode between the
     * two tolerances, is not relaxed.
     *
     * @param rho0 initial state
     * @param t time (natural units, time = 1/energy), ≥ 0
     * @return true if the evolution from ρ0 has reached its steady state by t
     */
    public boolean relaxedBy(DensityMatrix rho0, double t) {
        Objects.requireNonNull(rho0, "initial state");
        int[][] blocks = generator.blocks();
        double[] re = rho0.realParts();
        double[] im = rho0.imaginaryParts();
        TraceCoordinates.toTrace(re, im);
        for (int b = 0; b < blocks.length; b++) {
            boolean support = false;
            for (int i : blocks[b]) {
                support |= re[i] != 0.0 || im[i] != 0.0;
            }
            if (!support) {
                continue;
            }
            // eigenvalues of the block scaled to entries of order 1 (a power of two: exact), so huge rates converge
            ComplexMatrix block = generator.block(b);
            int e = block.maxAbs() > 0 ? Math.getExponent(block.maxAbs()) : 0;
            Complex[] eig = ComplexEigenvalues.of(block.scaleInPlace(Math.scalb(1.0, -e)));
            double scale = 0;
            for (Complex z : eig) {
                scale = Math.max(scale, z.abs());
            }
            double tScaled = Math.scalb(t, e);
            for (Complex z : eig) {
                boolean stationary = z.abs() <= STATIONARY * scale;
                boolean diedOut = z.abs() > KernelProjector.DEFAULT_RELATIVE_TOLERANCE * scale
                        && -z.getReal() * tScaled >= DIED_OUT;
                if (!stationary && !diedOut) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An eigenvalue this small relative to its block's largest counts as 0 in {@link #relaxedBy}. */
    private static final double STATIONARY = 1e-12;
    /** Decay exponent by which a transient has died out: e^−100 ≈ 4e-44, far below round-off. */
    private static final double DIED_OUT = 100;

    /** P₀ρ0 if ρ0 has relaxed by t, else refuses: past the rate-time limit exp(L·t) itself is round-off. */
    private DensityMatrix steadyStateOnceRelaxed(DensityMatrix rho0, double t, String name, double value) {
        if (!relaxedBy(rho0, t)) {
            RateTimeLimit.Largest r = RateTimeLimit.largest(model);
            throw new InvalidInputException(name, String.format(Locale.ROOT, "%s = %s (%s) with %s = %s (natural"
                    + " units, energy): the product %.3g exceeds %.0e, beyond which exp(L·t) is lost to round-off,"
                    + " and the state has not relaxed by t = %s", name, value, SamplingInputs.TIME_UNIT, r.name(),
                    r.value(), r.value() * value, RateTimeLimit.MAX_PRODUCT, t));
        }
        return steadyState(rho0);
    }

    /**
     * ρ(t) = exp(L t) ρ0.
     *
     * @param rho0 initial state
     * @param t time (natural units, time = 1/energy), ≥ 0
     * @return the state at t
     * @throws org.magent.validation.InvalidInputException if t is negative or not finite, or past the
     *     {@link RateTimeLimit} while ρ0 has not relaxed by t
     */
    public DensityMatrix evolveTo(DensityMatrix rho0, double t) {
        Objects.requireNonNull(rho0, "initial state");
        Checks.nonNegative("t", t, SamplingInputs.TIME_UNIT);
        SamplingInputs.requireRepresentable("t", t, generatorScale);
        if (t > 0 && RateTimeLimit.exceeded(model, t)) {
            return steadyStateOnceRelaxed(rho0, t, "t", t);
        }
        double[] re = rho0.realParts();
        double[] im = rho0.imaginaryParts();
        TraceCoordinates.toTrace(re, im);
        generator.expOnSupport(t, re, im).applyInPlace(re, im);
        TraceCoordinates.fromTrace(re, im);
        return DensityMatrix.of(re, im);
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
            return hermitian(apply(p, rho0));
        }
    }

    /**
     * The Hermitian part (ρ + ρ†)/2. The exact steady state is Hermitian; this removes round-off only (e.g. an
     * imaginary part of 1e-17 on the diagonal).
     */
    private static DensityMatrix hermitian(DensityMatrix rho) {
        int n = DensityMatrix.DIM;
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                re[i * n + j] = 0.5 * (rho.re(i, j) + rho.re(j, i));
                im[i * n + j] = 0.5 * (rho.im(i, j) - rho.im(j, i));
            }
        }
        return DensityMatrix.of(re, im);
    }

    private static DensityMatrix apply(BlockOperator op, DensityMatrix rho) {
        double[] re = rho.realParts();
        double[] im = rho.imaginaryParts();
        TraceCoordinates.toTrace(re, im);
        op.applyInPlace(re, im);
        TraceCoordinates.fromTrace(re, im);
        return DensityMatrix.of(re, im);
    }
}
