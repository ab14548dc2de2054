package org.magent.app.sweep;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.magent.masterequation.BathParameters;
import org.magent.bath.BathReport;
import org.magent.bath.QubitCoupling;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.MonitoredPropagator;
import org.magent.qubits.dynamics.SectorPropagator;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.Regimes;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * The per-point physics of a sweep: from the bath of one separation to the entanglement columns, with the exact
 * propagators of qubit-dynamics (Lindblad Eq. 2; postselected Eq. 12–13). The states are propagated by
 * {@link SectorPropagator}, in the coherence sectors ρ0 occupies; the decay rates come from the eigenvalues of
 * {@link LindbladPropagator}'s blocks.
 *
 * <p><b>Rotating frame.</b> Time evolution runs with the mean splitting Δ removed (Δ1, Δ2 → δ, −δ): the master
 * equation is covariant under the common rotation e^{−iΔt(σ1ᶻ+σ2ᶻ)/2}, a local unitary, so concurrence, Bell
 * fidelity and success probability are unchanged, and times far beyond 1/Δ (e.g. GHz qubits with kHz rates) stay
 * representable. The steady state (a Cesàro average) and the regimes use the lab-frame model.
 *
 * <p><b>Maximum concurrence.</b> C(t) is sampled from t = 0 to t_end = 30τ (or 10³/Γ_fast when τ = ∞), Γ_fast the
 * largest of the Liouvillian's relaxation rates and of the coherent couplings 2|J⊥|, 2|D|, 2|δ|: for each decade
 * end e = 10⁻²/Γ_fast, 10⁻¹/Γ_fast, …, t_end, {@value #PER_DECADE} uniform steps of e/{@value #PER_DECADE} from 0
 * (one matrix exponential per decade, exact propagation); the best sample is refined by Brent's method between
 * its neighbours. When τ = ∞ and the steady concurrence is not below the sampled maximum (within 1e-6), the maximum is the steady
 * value, reached as t → ∞.
 *
 * <p><b>Ensembles.</b> A point may carry several static configurations of the splittings with weights (e.g. the
 * nine ¹⁴N configurations of two NVs, {@link FieldEnsemble#nitrogen14}); every column is then that of the weighted
 * average of the states (docs/physics.md, section 10), all members evolved in one common rotating frame.
 *
 * <p><b>Entanglement lifetime.</b> τ = 1/Γ_slow with Γ_slow the slowest nonzero decay rate among the Liouvillian
 * sectors ρ0 populates ({@code LindbladPropagator.slowestDecayRate}); at T = 0 from |↑↓⟩ this is
 * 1/τ = 2(a − √(|A|² − δ²)) of Eq. (S64). τ = ∞ when the steady state reached from ρ0 is entangled
 * (C_∞ &gt; {@value #ENTANGLED}: a dark state; |A| = a within the engine's null-space tolerance 1e-10) or when no
 * populated sector decays.
 */
public final class PointDynamics {

    /** Uniform samples per decade of time in the search of the maximum concurrence. */
    static final int PER_DECADE = 40;
    /** A steady concurrence above this counts as lasting entanglement (τ = ∞). */
    static final double ENTANGLED = 1e-9;

    /** Bound on the steady state's error (LU solve ~1e-14, kernel projector ~1e-8); compared with C(t). */
    static final double STEADY_ACCURACY = 1e-6;

    private PointDynamics() {
    }

    /**
     * The columns of one point.
     *
     * @param report the bath at this separation
     * @param qubits Δ1, Δ2, λ of this point
     * @param rho0 the initial state
     * @param times the extra sampling times (time)
     * @param postselectTime the postselection time (time)
     * @param separation r (length), echoed
     * @param axis2 the second-axis value, NaN without one
     * @return the point; dynamics columns NaN when the bath is not positive semidefinite
     */
    public static PointResult compute(BathReport report, QubitCoupling qubits, DensityMatrix rho0,
            List<Double> times, double postselectTime, double separation, double axis2) {
        return compute(report, qubits, rho0, times, postselectTime, separation, axis2, DetectionEfficiency.PERFECT);
    }

    /**
     * The columns of one point, the postselected ones for a detector of efficiency η (the state heralded by no
     * detection and its probability).
     *
     * @param report the bath at this separation
     * @param qubits Δ1, Δ2, λ of this point
     * @param rho0 the initial state
     * @param times the extra sampling times (time)
     * @param postselectTime the postselection time (time)
     * @param separation r (length), echoed
     * @param axis2 the second-axis value, NaN without one
     * @param efficiency the detection efficiency η
     * @return the point; dynamics columns NaN when the bath is not positive semidefinite
     */
    public static PointResult compute(BathReport report, QubitCoupling qubits, DensityMatrix rho0,
            List<Double> times, double postselectTime, double separation, double axis2,
            DetectionEfficiency efficiency) {
        return compute(report, FieldEnsemble.single(qubits.delta1(), qubits.delta2()), rho0, times, postselectTime,
                separation, axis2, efficiency);
    }

    /**
     * The columns of one point for an ensemble of static qubit splittings (e.g. unpolarised nuclear spins): every
     * quantity is that of the ensemble-averaged state ρ̄(t) = Σ w_k ρ_k(t) (the concurrence of ρ̄, not the mean
     * concurrence); the heralded state is Σ w_k P_k ρ_k / P with P = Σ w_k P_k the probability of no detection;
     * τ is the slowest decay among the members (unless ρ̄'s steady state is entangled); the regime is the members'
     * common one, or {@value #MIXED} when they differ. One member is exactly the single-pair computation.
     *
     * @param report the bath at this separation (shared by the members)
     * @param fields the splittings and their weights
     * @param rho0 the initial state
     * @param times the extra sampling times (time)
     * @param postselectTime the postselection time (time)
     * @param separation r (length), echoed
     * @param axis2 the second-axis value, NaN without one
     * @param efficiency the detection efficiency η
     * @return the point; dynamics columns NaN when the bath is not positive semidefinite
     */
    public static PointResult compute(BathReport report, FieldEnsemble fields, DensityMatrix rho0,
            List<Double> times, double postselectTime, double separation, double axis2,
            DetectionEfficiency efficiency) {
        BathParameters b = report.bath();
        // the cross terms are normalised by √(x1 x2), the bound of the 2×2 blocks of h (x1 = x2 for equal qubits)
        double a = Math.sqrt(Math.max(0, b.a()) * Math.max(0, b.a2()));
        double at = Math.sqrt(Math.max(0, b.aTilde()) * Math.max(0, b.aTilde2()));
        double[] atTimes = new double[times.size()];
        java.util.Arrays.fill(atTimes, Double.NaN);
        if (!b.positivityViolations().isEmpty()) {
            return new PointResult(separation, axis2, b.a(), b.aTilde(), ratio(b.coupling().abs(), a),
                    ratio(b.couplingTilde().abs(), at), ratio(b.jPerp(), a), ratio(b.dmi(), a), Double.NaN,
                    Double.NaN, atTimes, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "",
                    report.stable());
        }
        List<FieldEnsemble.Member> members = fields.members();
        int n = members.size();
        double[] weights = new double[n];
        TwoQubitModel[] lab = new TwoQubitModel[n];
        TwoQubitModel[] rotating = new TwoQubitModel[n];
        LindbladPropagator[] lindblad = new LindbladPropagator[n];
        SectorPropagator[] sectors = new SectorPropagator[n];
        double mean = fields.mean();
        for (int k = 0; k < n; k++) {
            FieldEnsemble.Member m = members.get(k);
            weights[k] = m.weight();
            lab[k] = new TwoQubitModel(new QubitFields(m.delta1(), m.delta2()), b);
            // one common frame for all members (the rotation is the same local unitary for each, so the
            // concurrence of their average is unchanged); a single member rotates by its own mean
            double detuning = lab[k].fields().detuning();
            QubitFields frame = n == 1 ? new QubitFields(detuning, -detuning)
                    : new QubitFields(m.delta1() - mean, m.delta2() - mean);
            rotating[k] = new TwoQubitModel(frame, b);
            lindblad[k] = LindbladPropagator.of(rotating[k]);
            sectors[k] = SectorPropagator.lindblad(rotating[k], rho0);
        }
        Ensemble ensemble = new Ensemble(weights, sectors);
        for (int k = 0; k < atTimes.length; k++) {
            atTimes[k] = ensemble.concurrenceAt(times.get(k));
        }
        DensityMatrix[] steadyStates = new DensityMatrix[n];
        double slowest = Double.POSITIVE_INFINITY;
        double fast = 0;
        for (int k = 0; k < n; k++) {
            // a trace-constrained LU solve where the steady state is unique, the engine's kernel projector otherwise
            steadyStates[k] = SectorPropagator.lindblad(lab[k], rho0).steadyState();
            OptionalDouble slow = lindblad[k].slowestDecayRate(rho0);
            if (slow.isPresent()) {
                slowest = Math.min(slowest, slow.getAsDouble());
            }
            double[] allRates = lindblad[k].relaxationRates();
            fast = Math.max(fast, fastScale(allRates[allRates.length - 1], rotating[k]));
        }
        double steady = Entanglement.concurrence(average(weights, steadyStates));
        double lifetime = steady > ENTANGLED || slowest == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY
                : 1 / slowest;
        double[] max = maxConcurrence(ensemble, rho0, fast, lifetime, steady);

        double[] post = postselected(weights, rotating, rho0, postselectTime, fast, efficiency);
        String regime = Regimes.postselected(lab[0]).name();
        for (int k = 1; k < n; k++) {
            if (!Regimes.postselected(lab[k]).name().equals(regime)) {
                regime = MIXED;
            }
        }
        return new PointResult(separation, axis2, b.a(), b.aTilde(), ratio(b.coupling().abs(), a),
                ratio(b.couplingTilde().abs(), at), ratio(b.jPerp(), a), ratio(b.dmi(), a), max[0], max[1],
                atTimes, steady, lifetime, post[0], post[1], post[2], regime, report.stable());
    }

    /** The regime of an ensemble whose members are in different postselected regimes. */
    public static final String MIXED = "MIXED";

    /**
     * Weighted members evolved together from one ρ0: ρ̄(t) = Σ w_k e^{L_k t} ρ0, each member propagating only the
     * sectors ρ0 occupies ({@link SectorPropagator}, exact to round-off like {@link LindbladPropagator}).
     */
    private record Ensemble(double[] weights, SectorPropagator[] members) {

        DensityMatrix stateAt(double t) {
            if (members.length == 1) {
                return members[0].stateAt(t);
            }
            DensityMatrix[] states = new DensityMatrix[members.length];
            for (int k = 0; k < members.length; k++) {
                states[k] = members[k].stateAt(t);
            }
            return average(weights, states);
        }

        /** C(ρ̄(t)). */
        double concurrenceAt(double t) {
            return members.length == 1 ? members[0].concurrenceAt(t) : Entanglement.concurrence(stateAt(t));
        }

        /** C(ρ̄(t_j)) at t_j = j·end/steps, j = 0..steps. */
        double[] concurrences(double end, int steps) {
            if (members.length == 1) {
                return members[0].concurrences(end, steps);
            }
            DensityMatrix[][] states = new DensityMatrix[steps + 1][members.length];
            for (int k = 0; k < members.length; k++) {
                int member = k;
                members[k].evolve(end, steps, (j, t, state) -> states[j][member] = state);
            }
            double[] out = new double[steps + 1];
            for (int j = 0; j <= steps; j++) {
                out[j] = Entanglement.concurrence(average(weights, states[j]));
            }
            return out;
        }
    }

    /**
     * Time-ordered samples (t, C): each {@link #add} merges a time-ordered list into them; where both hold the same
     * time, the added value is kept. Times within {@value #SAME_TIME} relative count as the same: a sample of one
     * decade (k·e/40) and the same instant of the next ((k/10)·10e/40) may differ in the last bit, and two such
     * neighbours would make the bracket of the maximum's refinement empty on one side (the refinement then stopped
     * at the sample, short of the maximum). Two buffers of fixed capacity, swapped on each merge.
     */
    static final class Samples {

        private double[] t;
        private double[] v;
        private double[] tNext;
        private double[] vNext;
        private int size;

        Samples(int capacity) {
            t = new double[capacity];
            v = new double[capacity];
            tNext = new double[capacity];
            vNext = new double[capacity];
        }

        /** This thread's samples, emptied, with room for at least {@code capacity} (reused: no allocation a point). */
        static Samples emptyLocal(int capacity) {
            Samples s = LOCAL.get();
            if (s.t.length < capacity) {
                s = new Samples(capacity);
                LOCAL.set(s);
            }
            s.size = 0;
            return s;
        }

        private static final ThreadLocal<Samples> LOCAL = ThreadLocal.withInitial(() -> new Samples(0));

        int size() {
            return size;
        }

        double time(int k) {
            return t[k];
        }

        double value(int k) {
            return v[k];
        }

        /** Relative difference below which two sample times are the same instant. */
        static final double SAME_TIME = 1e-12;

        void add(double[] t2, double[] v2) {
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < size || j < t2.length) {
                boolean same = i < size && j < t2.length
                        && Math.abs(t[i] - t2[j]) <= SAME_TIME * Math.max(t[i], t2[j]);
                if (!same && (j == t2.length || i < size && t[i] < t2[j])) {
                    tNext[n] = t[i];
                    vNext[n++] = v[i++];
                } else {
                    if (same) {
                        i++;
                    }
                    tNext[n] = t2[j];
                    vNext[n++] = v2[j++];
                }
            }
            double[] swap = t;
            t = tNext;
            tNext = swap;
            swap = v;
            v = vNext;
            vNext = swap;
            size = n;
        }

        double[] times() {
            return java.util.Arrays.copyOf(t, size);
        }

        double[] values() {
            return java.util.Arrays.copyOf(v, size);
        }
    }

    /** Σ w_k ρ_k; the state itself for one member of weight 1. */
    static DensityMatrix average(double[] weights, DensityMatrix[] states) {
        if (states.length == 1 && weights[0] == 1.0) {
            return states[0];
        }
        int size = DensityMatrix.DIM * DensityMatrix.DIM;
        double[] re = new double[size];
        double[] im = new double[size];
        for (int k = 0; k < states.length; k++) {
            double[] r = states[k].realParts();
            double[] i = states[k].imaginaryParts();
            for (int e = 0; e < size; e++) {
                re[e] += weights[k] * r[e];
                im[e] += weights[k] * i[e];
            }
        }
        return DensityMatrix.of(re, im);
    }

    /** x/y, NaN (undefined) when y = 0. */
    private static double ratio(double x, double y) {
        return y == 0 ? Double.NaN : x / y;
    }

    /** The fastest rate of the dynamics that matters for entanglement (energy). */
    private static double fastScale(double fastestRate, TwoQubitModel model) {
        BathParameters b = model.bath();
        double coherent = 2 * Math.max(Math.max(Math.abs(b.jPerp()), Math.abs(b.dmi())),
                Math.abs(model.fields().detuning()));
        return Math.max(fastestRate, coherent);
    }

    /** {C_max, t at C_max}. */
    private static double[] maxConcurrence(Ensemble lindblad, DensityMatrix rho0, double fast, double lifetime,
            double steady) {
        double c0 = Entanglement.concurrence(rho0);
        if (!(fast > 0)) {
            return new double[] {c0, 0};
        }
        double lo = 1e-3 / fast;
        double hi = Double.isInfinite(lifetime) ? 1e3 / fast : Math.max(30 * lifetime, 10 * lo);
        // the samples of all decades in time order; a time sampled twice keeps its later value
        int decades = 1;
        for (double end = 10 * lo; end < hi; end *= 10) {
            decades++;
        }
        Samples samples = Samples.emptyLocal(1 + decades * (PER_DECADE + 1));
        samples.add(new double[] {0.0}, new double[] {c0});
        double[] t = new double[PER_DECADE + 1];
        for (double end = 10 * lo; ; end *= 10) {
            double e = Math.min(end, hi);
            for (int k = 0; k <= PER_DECADE; k++) {
                t[k] = k == PER_DECADE ? e : k * e / PER_DECADE;
            }
            samples.add(t, lindblad.concurrences(e, PER_DECADE));
            if (e >= hi) {
                break;
            }
        }
        int bestK = 0;
        for (int k = 1; k < samples.size(); k++) {
            bestK = samples.value(k) > samples.value(bestK) ? k : bestK;
        }
        double best = samples.value(bestK);
        double tBest = samples.time(bestK);
        if (bestK > 0 && bestK < samples.size() - 1) {
            UnivariatePointValuePair p = new BrentOptimizer(1e-10, 1e-14 * tBest).optimize(new MaxEval(200),
                    GoalType.MAXIMIZE, new UnivariateObjectiveFunction(lindblad::concurrenceAt),
                    new SearchInterval(samples.time(bestK - 1), samples.time(bestK + 1), tBest));
            if (p.getValue() >= best) {
                best = p.getValue();
                tBest = p.getPoint();
            }
        }
        if (Double.isInfinite(lifetime) && steady > ENTANGLED && steady >= best - STEADY_ACCURACY) {
            return new double[] {Math.max(steady, best), Double.POSITIVE_INFINITY};
        }
        return new double[] {best, tBest};
    }

    /**
     * {Bell fidelity, concurrence, success probability} of the evolution heralded by no detection at t: for an
     * ensemble the unnormalised heralded states P_k ρ_k are averaged, then normalised by P = Σ w_k P_k.
     */
    private static double[] postselected(double[] weights, TwoQubitModel[] models, DensityMatrix rho0, double t,
            double fast, DetectionEfficiency efficiency) {
        if (t == 0) {
            DensityMatrix r = rho0;
            return new double[] {Entanglement.bellFidelity(r), Entanglement.concurrence(r), 1.0};
        }
        // steps so that one step loses at most ~e^-20 of the no-jump probability (no underflow)
        int steps = (int) Math.min(1_000_000, Math.max(1, Math.ceil(2 * fast * t / 20)));
        DensityMatrix[] states = new DensityMatrix[models.length];
        double[] probability = new double[models.length];
        for (int k = 0; k < models.length; k++) {
            int member = k;
            try {
                if (efficiency.isPerfect()) {
                    // the occupied sectors only, in real coordinates (as PostselectedPropagator to round-off)
                    SectorPropagator.Heralded h = SectorPropagator.postselected(models[k], rho0).heralded(t, steps);
                    states[k] = h.state();
                    probability[k] = h.successProbability();
                    continue;
                }
                MonitoredPropagator.of(models[k], efficiency).evolve(rho0, t, steps, (j, time, state, p) -> {
                    if (j == steps) {
                        states[member] = state;
                        probability[member] = p;
                    }
                });
            } catch (InvalidInputException e) {
                if (!e.parameter().equals("steps")) {
                    throw e;
                }
                // even the finest steps lose all of the no-detection probability (below the smallest double):
                // nothing survives the postselection, and there is no heralded state
                states[k] = rho0;
                probability[k] = 0;
            }
        }
        if (models.length == 1 && probability[0] == 0) {
            return new double[] {Double.NaN, Double.NaN, 0.0};
        }
        if (models.length == 1) {
            return new double[] {Entanglement.bellFidelity(states[0]), Entanglement.concurrence(states[0]),
                probability[0]};
        }
        double total = 0;
        double[] w = new double[models.length];
        for (int k = 0; k < models.length; k++) {
            w[k] = weights[k] * probability[k];
            total += w[k];
        }
        if (!(total > 0)) {
            return new double[] {Double.NaN, Double.NaN, 0.0};
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= total;
        }
        DensityMatrix heralded = average(w, states);
        return new double[] {Entanglement.bellFidelity(heralded), Entanglement.concurrence(heralded), total};
    }
}
