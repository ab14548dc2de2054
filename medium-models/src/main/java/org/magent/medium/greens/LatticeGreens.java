package org.magent.medium.greens;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.complex.Complex;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * Retarded Green's function of the infinite hypercubic-lattice ferromagnet (docs/physics.md)
 * <pre>
 *   G^R(n, ω) = 2S ∫_BZ d^dk/(2π)^d e^{ik·n} / ((1+iα)ω − ω_k),   ω_k = Ω + 2JS Σ_μ (1 − cos k_μ).
 * </pre>
 * <b>Chain</b>: closed form ∫dk/2π e^{ikn}/(w + b cos k) = ξ^{|n|}/√(w² − b²), with w = (1+iα)ω − Ω − 2JS,
 * b = 2JS, ξ = (−w + √(w² − b²))/b and the branch of the root chosen so that |ξ| &lt; 1 (ξ is the root of
 * bz² + 2wz + b inside the unit circle, the residue there gives the formula). At α = 0 inside the band the
 * limit α → 0⁺ is taken ({@link #undampedChainKernel}).
 * <b>Square, cubic</b>: time-domain form
 * G(n) = −2iS ∫₀^∞ dt e^{i((1+iα)ω − Ω − 2JSd)t} Π_μ i^{|n_μ|} J_{|n_μ|}(2JSt), all displacements at once
 * (one Bessel sequence per time node), composite 16-point Gauss–Legendre on half-periods of the fastest
 * oscillation, truncated where the e^{−αωt} envelope has fallen below 1e-10 of the scale of G.
 * For ω &lt; 0 (Im of (1+iα)ω negative) G(W) = conj G(W*) is used. G(0) is finite, including its real part
 * (the Lamb shift).
 */
public final class LatticeGreens {

    private static final int NODES = 16;
    private static final double ENVELOPE_CUT = 1e-10;
    private static final long MAX_TIME_NODES = 40_000_000L;
    /** The Bessel order from which a site counts as far (|J_n| ≤ 2^−n on the whole time window). */
    private static final int FAR_ORDER = 64;
    /** The bound 2^−64 on a far site's Bessel product. */
    private static final double FAR_BOUND = 0x1p-64;

    private final LatticeType type;
    private final double exchange;
    private final double spin;
    private final double gap;
    private final double damping;

    /**
     * Creates the lattice Green's function.
     *
     * @param type the lattice (chain, square, cubic)
     * @param exchange the nearest-neighbour exchange J (natural units, energy), positive (ferromagnet)
     * @param spin the spin per site S (dimensionless), positive
     * @param gap the gap Ω (natural units, energy), finite
     * @param damping the Gilbert damping α (dimensionless), ≥ 0; square and cubic need α·ω ≠ 0
     */
    public LatticeGreens(LatticeType type, double exchange, double spin, double gap, double damping) {
        if (type == null) {
            throw new InvalidInputException("lattice", "lattice type must be given (CHAIN, SQUARE or CUBIC)");
        }
        this.type = type;
        this.exchange = Checks.positive("exchange", exchange, "natural units, energy");
        this.spin = Checks.positive("spin", spin, "dimensionless");
        this.gap = Checks.finite("gap", gap, "natural units, energy");
        this.damping = Checks.nonNegative("damping", damping, "dimensionless");
    }

    /**
     * Evaluates G^R(n, ω) at lattice displacements n.
     *
     * @param omega the frequency ω (natural units, energy)
     * @param displacements lattice vectors (integers within 1e-9, lattice constants) within the lattice dimension
     * @return the values, the estimated relative accuracy and the method
     * @throws InvalidInputException naming "separation" for a non-lattice displacement, "damping" when the
     *     integral does not exist or is out of reach (α·ω = 0 inside the band, or too small for the time domain)
     */
    public GreensValues evaluate(double omega, List<Displacement> displacements) {
        Checks.finite("omega", omega, "natural units, energy");
        int d = type.dimension();
        int[][] sites = new int[displacements.size()][];
        for (int k = 0; k < sites.length; k++) {
            int[] n = displacements.get(k).latticeVector(d, type.name().toLowerCase());
            sites[k] = new int[] {Math.abs(n[0]), Math.abs(n[1]), Math.abs(n[2])};
        }
        double b = 2 * exchange * spin;
        Complex w = new Complex(omega - gap - b * d, damping * omega);
        boolean advanced = w.getImaginary() < 0;
        Complex wRet = advanced ? w.conjugate() : w;
        List<Complex> values = new ArrayList<>(sites.length);
        double accuracy;
        String method;
        if (type == LatticeType.CHAIN) {
            boolean inBand = wRet.getImaginary() == 0 && Math.abs(wRet.getReal()) <= b;
            if (inBand && (omega == 0 || Math.abs(wRet.getReal()) == b)) {
                throw new InvalidInputException("omega", "omega = " + omega + " (natural units, energy) with damping = "
                        + damping + (omega == 0 ? " is 0 inside the band [" : " is a band edge of [") + gap + ", "
                        + (gap + 2 * b) + "]: G^R diverges there without damping");
            }
            for (int[] n : sites) {
                values.add((inBand ? undampedChainKernel(wRet.getReal(), b, n[0])
                        : chainKernel(wRet, b, n[0])).multiply(2 * spin));
            }
            // ω < 0 without damping: the retarded limit (1+i0)ω approaches the axis from below
            advanced |= inBand && omega < 0;
            accuracy = 1e-13;
            method = inBand ? "closed form, chain lattice, undamped limit alpha -> 0+" : "closed form, chain lattice";
        } else {
            accuracy = timeDomain(wRet, b, sites, values);
            method = "time-domain Bessel sum, infinite " + type.name().toLowerCase() + " lattice";
        }
        if (advanced) {
            values.replaceAll(Complex::conjugate);
        }
        return new GreensValues(values, accuracy, method);
    }

    /**
     * The chain integral ∫_{−π}^{π} dk/2π e^{ikn}/(w + b cos k) = ξ^{|n|}/√(w² − b²), |ξ| &lt; 1.
     *
     * @param w the complex offset (natural units, energy), not in [−b, b]
     * @param b the hopping amplitude (natural units, energy), positive
     * @param n the site index
     * @return the integral (1/energy)
     */
    static Complex chainKernel(Complex w, double b, int n) {
        Complex root = w.multiply(w).subtract(b * b).sqrt();
        Complex xi = root.subtract(w).divide(b);
        if (xi.abs() > 1) {
            root = root.negate();
            xi = root.subtract(w).divide(b);
        }
        int m = Math.abs(n);
        Complex power = m == 0 ? Complex.ONE : xi.pow((double) m);
        if (xi.abs() == 0) {
            power = m == 0 ? Complex.ONE : Complex.ZERO;
        }
        return power.divide(root);
    }

    /**
     * The chain integral in the band without damping, the limit w → w + i0 of {@link #chainKernel}: with
     * cos θ = −w/b, θ ∈ (0, π), ∫dk/2π e^{ikn}/(w + i0 + b cos k) = −i e^{iθ|n|}/(b sin θ) (ξ = e^{iθ} on the unit
     * circle, √(w² − b²) = i b sin θ).
     *
     * @param w the real offset, −b &lt; w &lt; b (natural units, energy)
     * @param b the hopping amplitude (natural units, energy), positive
     * @param n the site index
     * @return the integral (1/energy)
     */
    static Complex undampedChainKernel(double w, double b, int n) {
        double cos = -w / b;
        double sin = Math.sqrt((1 - cos) * (1 + cos));
        double theta = Math.atan2(sin, cos);
        double phase = theta * Math.abs(n);
        return new Complex(Math.sin(phase), -Math.cos(phase)).divide(b * sin);
    }

    /** Time-domain sum; fills values and returns the estimated relative accuracy (worst displacement). */
    private double timeDomain(Complex c, double b, int[][] sites, List<Complex> values) {
        double gamma = c.getImaginary();
        if (gamma <= 0) {
            throw new InvalidInputException("damping", "damping = " + damping + " (dimensionless): the "
                    + type.name().toLowerCase() + " lattice needs damping > 0 and omega != 0 (decay rate α·ω = 0)");
        }
        int d = type.dimension();
        double bandwidth = Math.abs(c.getReal()) + b * d;
        double scale = 1 / (bandwidth + gamma);
        // tail of ∫ e^{−γt} dt beyond T is e^{−γT}/γ; cut when it is below ENVELOPE_CUT of the scale of G
        double end = Math.max(0, Math.log(1 / (ENVELOPE_CUT * scale * gamma))) / gamma;
        double h = Math.PI / bandwidth;
        long panels = (long) Math.ceil(end / h);
        if (panels * NODES > MAX_TIME_NODES) {
            throw new InvalidInputException("damping", "damping = " + damping + " (dimensionless): decay rate α·ω = "
                    + gamma + " (natural units, energy) needs " + panels * NODES + " time nodes for the "
                    + type.name().toLowerCase() + " lattice, more than " + MAX_TIME_NODES + "; raise the damping");
        }
        // |J_n(x)| ≤ (x/2)^n/n! ≤ (e x/2n)^n ≤ 2^−n for n ≥ e·x: a site with a component n ≥ max(e·b·T, 64) has
        // |Π J| ≤ 2^−64 over the whole window, so G there is 0 within FAR_BOUND/γ (no Bessel orders beyond it are
        // needed: a separation of 10^6 lattice constants used to take minutes)
        double reach = Math.max(Math.E * b * end, FAR_ORDER);
        boolean[] far = new boolean[sites.length];
        int maxOrder = 0;
        for (int k = 0; k < sites.length; k++) {
            for (int axis = 0; axis < d; axis++) {
                far[k] |= sites[k][axis] >= reach;
            }
            for (int axis = 0; axis < d && !far[k]; axis++) {
                maxOrder = Math.max(maxOrder, sites[k][axis]);
            }
        }
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(NODES, 0, h);
        double[] nodes = new double[NODES];
        double[] weights = new double[NODES];
        for (int j = 0; j < NODES; j++) {
            nodes[j] = rule.getPoint(j);
            weights[j] = rule.getWeight(j);
        }
        double[] bessel = new double[maxOrder + 1];
        double[] re = new double[sites.length];
        double[] im = new double[sites.length];
        double absoluteIntegral = 0;
        for (long p = 0; p < panels; p++) {
            double t0 = p * h;
            for (int j = 0; j < NODES; j++) {
                double t = t0 + nodes[j];
                Bessel.besselJSequence(b * t, maxOrder, bessel);
                double envelope = weights[j] * Math.exp(-gamma * t);
                double phase = c.getReal() * t;
                double wr = envelope * Math.cos(phase);
                double wi = envelope * Math.sin(phase);
                // |J_n(x)| ≲ min(1, √(2/πx)): bound of the integrand magnitude for the round-off estimate
                absoluteIntegral += envelope * Math.pow(Math.min(1, Math.sqrt(2 / (Math.PI * b * t))), d);
                for (int k = 0; k < sites.length; k++) {
                    if (far[k]) {
                        continue;
                    }
                    int[] n = sites[k];
                    double prod = bessel[n[0]] * bessel[n[1]];
                    if (d == 3) {
                        prod *= bessel[n[2]];
                    }
                    re[k] += wr * prod;
                    im[k] += wi * prod;
                }
            }
        }
        double tail = Math.exp(-gamma * end) / gamma;
        // errors: truncation tail, Bessel values (~1e-15 absolute each), cancellation in the sum
        double absoluteError = tail + 1e-15 * d / gamma + 1e-15 * absoluteIntegral;
        double worst = 0;
        double largest = 0;
        for (int k = 0; k < sites.length; k++) {
            // G = −2iS Σ i^{Σ|n|} (…): multiply by −2iS·i^{m}
            int m = sites[k][0] + sites[k][1] + sites[k][2];
            Complex phaseFactor = new Complex(0, -2 * spin).multiply(iPower(m));
            Complex g = far[k] ? Complex.ZERO : new Complex(re[k], im[k]).multiply(phaseFactor);
            values.add(g);
            double magnitude = g.abs() / (2 * spin);
            largest = Math.max(largest, magnitude);
            if (!far[k]) {
                worst = Math.max(worst, magnitude > 0 ? absoluteError / magnitude : 1);
            }
        }
        for (boolean f : far) {
            // a far site's value is 0 within FAR_BOUND/γ + the tail: relative to the largest value computed
            if (f) {
                worst = Math.max(worst, largest > 0 ? (FAR_BOUND / gamma + absoluteError) / largest : 1);
            }
        }
        return Math.min(worst, 1);
    }

    private static Complex iPower(int m) {
        switch (m % 4) {
            case 0: return Complex.ONE;
            case 1: return Complex.I;
            case 2: return new Complex(-1, 0);
            default: return Complex.I.negate();
        }
    }
}
