package org.magent.qubits.trajectories;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.magent.qubits.dynamics.Liouvillians;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.linalg.HermitianEigen;
import org.magent.qubits.state.DensityMatrix;

/**
 * The quantum-jump unravelling of one request and the simulation of single trajectories by the exact
 * waiting-time method (Dalibard, Castin and Mølmer, PRL 68, 580 (1992); Dum, Zoller and Ritsch, PRA 45, 4879
 * (1992)): draw r uniform in (0, 1); evolve the unnormalised state with the exact no-jump propagator
 * exp(−iH_nh τ) until ‖ψ‖² = r (root found to round-off, no time step); jump through channel k with
 * probability ‖J_kψ‖²/Σ‖J_lψ‖²; a σ±-type jump is detected with probability η; renormalise and repeat.
 * Averaging |ψ⟩⟨ψ|/‖ψ‖² over trajectories reproduces the Lindblad evolution of Eq. (2) exactly in expectation.
 * Immutable; {@link #simulate} may run on many threads at once.
 */
final class Unravelling {

    private static final int MAX_ROOT_ITERATIONS = 200;
    /** Stop the jump-time search when ln‖ψ‖² is within this of ln r. */
    private static final double ROOT_TOLERANCE = 1e-14;
    /** Initial-state components below this weight are dropped. */
    private static final double NEGLIGIBLE_WEIGHT = 1e-14;

    private final NoJumpEvolution noJump;
    private final double[] step;
    private final double dt;
    private final int steps;
    private final double eta;
    /** Jump operators, 32 doubles each (row-major, re/im interleaved). */
    private final double[][] jumps;
    private final boolean[] detectable;
    /** Initial pure components (8 doubles each) and their cumulative weights. */
    private final double[][] initial;
    private final double[] cumulative;

    Unravelling(TrajectoryRequest request, List<JumpChannel> channels) {
        this.noJump = new NoJumpEvolution(Liouvillians.nonHermitianHamiltonian(request.model()));
        this.steps = request.steps();
        this.dt = request.tMax() / request.steps();
        this.step = new double[12];
        noJump.propagator(dt, step);
        this.eta = request.efficiency().value();
        this.jumps = new double[channels.size()][];
        this.detectable = new boolean[channels.size()];
        for (int c = 0; c < channels.size(); c++) {
            ComplexMatrix j = channels.get(c).operator();
            double[] packed = new double[32];
            for (int i = 0; i < 4; i++) {
                for (int k = 0; k < 4; k++) {
                    packed[2 * (i * 4 + k)] = j.re(i, k);
                    packed[2 * (i * 4 + k) + 1] = j.im(i, k);
                }
            }
            jumps[c] = packed;
            detectable[c] = channels.get(c).detectable();
        }
        List<double[]> parts = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        decompose(request.initial(), parts, weights);
        this.initial = parts.toArray(double[][]::new);
        this.cumulative = new double[weights.size()];
        double acc = 0;
        for (int k = 0; k < cumulative.length; k++) {
            acc += weights.get(k);
            cumulative[k] = acc;
        }
        for (int k = 0; k < cumulative.length; k++) {
            cumulative[k] /= acc;
        }
    }

    /** ρ0/tr ρ0 = Σ p_k |v_k⟩⟨v_k| (eigen-decomposition; weights below 1e-14 dropped). */
    private static void decompose(DensityMatrix rho, List<double[]> parts, List<Double> weights) {
        double tr = rho.trace();
        ComplexMatrix m = ComplexMatrix.zeros(4, 4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                m.set(i, j, rho.re(i, j) / tr, rho.im(i, j) / tr);
            }
        }
        HermitianEigen eig = HermitianEigen.of(m);
        double[] p = eig.values();
        ComplexMatrix v = eig.vectors();
        for (int k = p.length - 1; k >= 0; k--) {
            if (p[k] > NEGLIGIBLE_WEIGHT) {
                double[] psi = new double[8];
                for (int i = 0; i < 4; i++) {
                    psi[2 * i] = v.re(i, k);
                    psi[2 * i + 1] = v.im(i, k);
                }
                double norm = Math.sqrt(NoJumpEvolution.norm2(psi));
                for (int e = 0; e < 8; e++) {
                    psi[e] /= norm;
                }
                parts.add(psi);
                weights.add(p[k]);
            }
        }
    }

    /** Per-thread scratch space of {@link #simulate}. */
    static final class Scratch {
        final double[] psi = new double[8];
        final double[] phi = new double[8];
        final double[] u = new double[12];
        final double[] coords = new double[ChunkAccumulator.COORDS];
        final double[] weights;

        Scratch(int channels) {
            weights = new double[channels];
        }
    }

    /**
     * Runs one trajectory and adds its samples to the accumulator.
     *
     * @param rng the trajectory's own random stream
     * @param acc the chunk's statistics
     * @param s scratch space
     */
    void simulate(SplittableRandom rng, ChunkAccumulator acc, Scratch s) {
        double[] psi = s.psi;
        double[] start = initial[pick(rng)];
        System.arraycopy(start, 0, psi, 0, 8);
        double norm2 = 1.0;
        double r = uniformOpen(rng);
        int detections = 0;
        boolean detectedYet = false;
        record(acc, 0, psi, norm2, detections, s.coords);
        for (int k = 1; k <= steps; k++) {
            double left = dt;
            boolean fullStep = true;
            while (true) {
                double[] u = s.u;
                if (fullStep) {
                    u = step;
                } else {
                    noJump.propagator(left, u);
                }
                NoJumpEvolution.apply(u, psi, s.phi);
                double n2 = NoJumpEvolution.norm2(s.phi);
                if (n2 > r) {
                    System.arraycopy(s.phi, 0, psi, 0, 8);
                    norm2 = n2;
                    break;
                }
                double tau = jumpTime(psi, norm2, r, left, s);
                // s.phi holds U(tau)ψ; jump
                int c = chooseChannel(s.phi, rng, s);
                if (c < 0) { // no channel acts on φ (round-off): no jump, a new threshold
                    System.arraycopy(s.phi, 0, psi, 0, 8);
                } else {
                    applyJump(jumps[c], s.phi, psi);
                    if (detectable[c] && (eta == 1.0 || (eta > 0.0 && rng.nextDouble() < eta))) {
                        detections++;
                        if (!detectedYet) {
                            detectedYet = true;
                            acc.firstDetection[k - 1]++;
                        }
                    }
                }
                double jn = Math.sqrt(NoJumpEvolution.norm2(psi));
                for (int e = 0; e < 8; e++) {
                    psi[e] /= jn;
                }
                norm2 = 1.0;
                r = uniformOpen(rng);
                left -= tau;
                fullStep = false;
                if (!(left > 0)) {
                    break;
                }
            }
            record(acc, k, psi, norm2, detections, s.coords);
        }
    }

    private int pick(SplittableRandom rng) {
        if (cumulative.length == 1) {
            return 0;
        }
        double x = rng.nextDouble();
        for (int k = 0; k < cumulative.length - 1; k++) {
            if (x < cumulative[k]) {
                return k;
            }
        }
        return cumulative.length - 1;
    }

    /** A uniform number in the open interval (0, 1). */
    private static double uniformOpen(SplittableRandom rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    /**
     * The τ in (0, left] at which ‖U(τ)ψ‖² = r, by Newton's method on ln‖U(τ)ψ‖² (derivative −2⟨K⟩, exact)
     * safeguarded by bisection. On return s.phi holds U(τ)ψ.
     */
    private double jumpTime(double[] psi, double norm2, double r, double left, Scratch s) {
        double lnR = Math.log(r);
        double lo = 0;
        double hi = left;
        double fLo = Math.log(norm2) - lnR;
        double fHi = Math.log(NoJumpEvolution.norm2(s.phi)) - lnR; // may be −∞ (underflow)
        double tau = Double.isFinite(fHi) ? left * fLo / (fLo - fHi) : 0.5 * left;
        if (!(tau > lo && tau < hi)) {
            tau = 0.5 * (lo + hi);
        }
        for (int it = 0; it < MAX_ROOT_ITERATIONS; it++) {
            noJump.propagator(tau, s.u);
            NoJumpEvolution.apply(s.u, psi, s.phi);
            double n = NoJumpEvolution.norm2(s.phi);
            double f = Math.log(n) - lnR;
            if (Math.abs(f) <= ROOT_TOLERANCE) {
                return tau;
            }
            if (f > 0) {
                lo = tau;
            } else {
                hi = tau;
            }
            double next = Double.NaN;
            if (n > 0) {
                double slope = -2 * noJump.decay(s.phi) / n;
                if (slope < 0) {
                    next = tau - f / slope;
                }
            }
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (next == tau || hi - lo <= Math.ulp(hi)) {
                break;
            }
            tau = next;
        }
        // bracket exhausted: take its upper end, where ‖ψ‖² ≤ r
        noJump.propagator(hi, s.u);
        NoJumpEvolution.apply(s.u, psi, s.phi);
        return hi;
    }

    /** A channel drawn with probability ‖J_cφ‖²/Σ‖J_lφ‖², or −1 if every weight is zero. */
    private int chooseChannel(double[] phi, SplittableRandom rng, Scratch s) {
        double total = 0;
        for (int c = 0; c < jumps.length; c++) {
            applyJump(jumps[c], phi, s.coords); // coords as scratch (8 of 16 used)
            double w = NoJumpEvolution.norm2(s.coords);
            s.weights[c] = w;
            total += w;
        }
        if (!(total > 0)) {
            return -1;
        }
        double x = rng.nextDouble() * total;
        int last = -1;
        for (int c = 0; c < jumps.length; c++) {
            if (s.weights[c] > 0) {
                last = c;
                x -= s.weights[c];
                if (x < 0) {
                    return c;
                }
            }
        }
        return last;
    }

    /** out = J·psi (4×4 complex, interleaved). */
    private static void applyJump(double[] j, double[] psi, double[] out) {
        for (int i = 0; i < 4; i++) {
            double re = 0;
            double im = 0;
            for (int k = 0; k < 4; k++) {
                double a = j[2 * (i * 4 + k)];
                double b = j[2 * (i * 4 + k) + 1];
                re += a * psi[2 * k] - b * psi[2 * k + 1];
                im += a * psi[2 * k + 1] + b * psi[2 * k];
            }
            out[2 * i] = re;
            out[2 * i + 1] = im;
        }
    }

    /** Adds |ψ⟩⟨ψ|/‖ψ‖², Hermitian-packed, to the accumulator. */
    private static void record(ChunkAccumulator acc, int sample, double[] psi, double norm2, int detections,
            double[] x) {
        double inv = 1.0 / norm2;
        for (int i = 0; i < 4; i++) {
            double ar = psi[2 * i];
            double ai = psi[2 * i + 1];
            x[i * 4 + i] = (ar * ar + ai * ai) * inv;
            for (int j = i + 1; j < 4; j++) {
                double br = psi[2 * j];
                double bi = psi[2 * j + 1];
                // ψ_i ψ_j*
                x[i * 4 + j] = (ar * br + ai * bi) * inv;
                x[j * 4 + i] = (ai * br - ar * bi) * inv;
            }
        }
        acc.add(sample, detections, x);
    }
}
