package org.magent.medium.film;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The integral of the stray-field kernel across the resonance along one line of wave vectors,
 * Ψ_m(q) = ∫ dp Φ_m(q, p) over −P ≤ p ≤ P.
 *
 * <p>Near the resonance the kernel has simple poles at complex p_n, a distance ∝ αω/v_g from the real axis. They
 * are located by bracketing the sign changes of the undamped resonance function D0(q, p) on the line and
 * refining by Newton's method on det K(q, p) continued to complex p; each pole's term R_n/(p − p_n) is
 * subtracted and integrated exactly, R_n[Log(P − p_n) − Log(−P − p_n)], and the smooth remainder is integrated by
 * adaptive Gauss–Kronrod quadrature with breakpoints at every pole, at the band minimum and on a geometric grid.
 * A pole that is missed is still integrated correctly (the adaptive quadrature resolves it), only more slowly.
 */
final class LineIntegral {

    private static final int N = 2 * StrayFieldKernel.COMPONENTS;
    private static final int SAMPLES = 48;
    static double RATIO = 1e300;
    static boolean DEBUG;
    static boolean DEBUG2;

    private final StrayFieldKernel kernel;
    private final ResonanceGeometry geometry;
    private final double range;
    private final double relTol;
    private final boolean radial;
    private int evaluations;

    /**
     * An integrator for one kernel.
     *
     * @param kernel the kernel
     * @param geometry where the kernel resonates
     * @param range the half-range P of p (1/m)
     * @param relTol the relative tolerance of each line integral
     */
    LineIntegral(StrayFieldKernel kernel, ResonanceGeometry geometry, double range, double relTol) {
        this(kernel, geometry, range, relTol, false);
    }

    /**
     * An integrator for one kernel, optionally with the polar weight |p|: with q = 0 the line is the ray pair
     * k = ±p(−sin φ_r, cos φ_r), and ∫ dp |p| Φ(0, p) = ∫_0^∞ k dk [Φ(k k̂) + Φ(−k k̂)].
     *
     * @param kernel the kernel
     * @param geometry where the kernel resonates
     * @param range the half-range P of p (1/m)
     * @param relTol the relative tolerance of each line integral
     * @param radial whether to weight by |p| (polar coordinates through the origin)
     */
    LineIntegral(StrayFieldKernel kernel, ResonanceGeometry geometry, double range, double relTol, boolean radial) {
        this.kernel = kernel;
        this.geometry = geometry;
        this.range = range;
        this.relTol = relTol;
        this.radial = radial;
    }

    /** The number of kernel evaluations so far. */
    int evaluations() {
        return evaluations;
    }

    /**
     * Ψ_m(q) for the six basis functions.
     *
     * @param q the component of k along r̂ (1/m)
     * @param absTol an absolute tolerance (same unit as Ψ)
     * @return 12 doubles: re, im of Ψ_0 … Ψ_5
     */
    double[] integrate(double q, double absTol) {
        List<Cx> poles = new ArrayList<>();
        TreeSet<Double> breaks = new TreeSet<>();
        breaks.add(-range);
        breaks.add(range);
        breaks.add(0.0);
        double scale = geometry.scale();
        for (double g = Math.min(scale, range) * 1e-3; g < range; g *= RATIO) {
            breaks.add(g);
            breaks.add(-g);
        }
        double decay = 1 / kernel.heightSum();
        for (double g : new double[] {Math.abs(q) < decay ? Math.abs(q) : 0, decay, 8 * decay}) {
            if (g > 0 && g < range) {
                breaks.add(g);
                breaks.add(-g);
            }
        }
        double cr = kernel.directionCos();
        double sr = kernel.directionSin();
        if (geometry.nearBandBottom()) {
            for (double[] m : geometry.minimumPoints()) {
                double pm = -m[0] * sr + m[1] * cr;
                if (Math.abs(pm) < range) {
                    breaks.add(pm);
                }
            }
        }
        if (geometry.resonant()) {
            double lo = geometry.kLow();
            double hi = geometry.kHigh();
            if (Math.abs(q) < hi) {
                double pa = Math.sqrt(Math.max(0, lo * lo - q * q));
                double pb = Math.sqrt(hi * hi - q * q);
                TreeSet<Double> found = new TreeSet<>();
                for (int side = -1; side <= 1; side += 2) {
                    findPoles(q, side * pa, side * pb, poles, found);
                }
                breaks.addAll(found);
                if (found.isEmpty() && pb > pa) {
                    breaks.add(pa);
                    breaks.add(pb);
                    breaks.add(-pa);
                    breaks.add(-pb);
                }
            }
        }
        Cx[][] residues = new Cx[poles.size()][];
        for (int n = 0; n < poles.size(); n++) {
            residues[n] = residue(q, poles.get(n));
            if (radial) {
                // |p| = p sign(Re p_n) is analytic near the pole: the residue of |p|Φ is sign(Re p_n) p_n R_n
                Cx w = poles.get(n).times(Math.signum(poles.get(n).re()));
                for (int m = 0; m < residues[n].length; m++) {
                    residues[n][m] = residues[n][m].times(w);
                }
            }
        }
        double[] cut = breaks.stream().filter(x -> x >= -range && x <= range).mapToDouble(Double::doubleValue)
                .toArray();
        double[] buf = new double[N];
        GaussKronrod.Result r = GaussKronrod.integrate((p, out) -> {
            evaluations++;
            kernel.evalReal(q, p, out);
            if (radial) {
                double w = Math.abs(p);
                for (int m = 0; m < N; m++) {
                    out[m] *= w;
                }
            }
            for (int n = 0; n < residues.length; n++) {
                Cx pn = poles.get(n);
                double dr = p - pn.re();
                double di = -pn.im();
                double d2 = dr * dr + di * di;
                // R/(p − p_n) = R (dr − i di)/d2
                for (int m = 0; m < StrayFieldKernel.COMPONENTS; m++) {
                    Cx rr = residues[n][m];
                    out[2 * m] -= (rr.re() * dr + rr.im() * di) / d2;
                    out[2 * m + 1] -= (rr.im() * dr - rr.re() * di) / d2;
                }
            }
        }, N, cut, absTol, relTol, 4000);
        if (DEBUG2) {
            System.err.println("LINE " + q + " " + r.intervals() + " " + poles.size() + " " + (cut.length - 1));
        }
        if (DEBUG) {
            System.err.println("line q=" + q + " initial " + (cut.length - 1) + " final " + r.intervals() + " poles "
                    + poles + " err " + r.error() + " conv " + r.converged());
        }
        System.arraycopy(r.values(), 0, buf, 0, N);
        for (int n = 0; n < residues.length; n++) {
            Cx pn = poles.get(n);
            Cx log = new Cx(range - pn.re(), -pn.im()).log().minus(new Cx(-range - pn.re(), -pn.im()).log());
            for (int m = 0; m < StrayFieldKernel.COMPONENTS; m++) {
                Cx term = residues[n][m].times(log);
                buf[2 * m] += term.re();
                buf[2 * m + 1] += term.im();
            }
        }
        return buf;
    }

    /** Brackets the sign changes of D0 on [a, b] (either order), refines them to complex poles. */
    private void findPoles(double q, double a, double b, List<Cx> poles, TreeSet<Double> breaks) {
        if (a == b) {
            return;
        }
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        double step = (hi - lo) / SAMPLES;
        double prevP = lo;
        double prev = kernel.resonance(q, lo);
        double prev2 = Double.NaN;
        for (int i = 1; i <= SAMPLES; i++) {
            double p = lo + i * step;
            double d = kernel.resonance(q, p);
            if ((prev < 0) != (d < 0)) {
                double root = Bisection.root(x -> kernel.resonance(q, x), prevP, p, prev);
                breaks.add(root);
                addPole(q, new Cx(root, 0), poles);
            } else if (!Double.isNaN(prev2) && Math.abs(prev) < Math.abs(prev2) && Math.abs(prev) < Math.abs(d)
                    && (prev < 0) == (prev2 < 0)) {
                // a local extremum of D0 close to zero: a near-tangent pair of complex poles
                double pm = prevP;
                double curv = (d - 2 * prev + prev2) / (step * step);
                if (curv != 0 && prev / curv > 0) {
                    double width = Math.sqrt(2 * prev / curv);
                    if (width < 2 * step) {
                        breaks.add(pm);
                        addPole(q, new Cx(pm, width), poles);
                        addPole(q, new Cx(pm, -width), poles);
                    }
                }
            }
            prev2 = prev;
            prev = d;
            prevP = p;
        }
    }

    /** Newton's method on det K(q, p) from a start point; keeps a new, converged pole near the real axis. */
    private void addPole(double q, Cx start, List<Cx> poles) {
        Cx p = start;
        double tiny = 1e-14 * Math.max(geometry.scale(), Math.abs(q));
        for (int it = 0; it < 40; it++) {
            Cx f = kernel.det(q, p);
            Cx df = derivative(q, p);
            if (df.abs() == 0) {
                return;
            }
            Cx dp = f.div(df);
            p = p.minus(dp);
            if (!Double.isFinite(p.re()) || !Double.isFinite(p.im())) {
                return;
            }
            if (dp.abs() <= 1e-13 * p.abs() + tiny) {
                double near = Math.max(Math.abs(p.re()), Math.abs(q)) * 0.2 + tiny;
                if (Math.abs(p.im()) > near || Math.abs(p.re()) > range) {
                    return;
                }
                for (Cx known : poles) {
                    if (known.minus(p).abs() <= 1e-9 * p.abs() + tiny) {
                        return;
                    }
                }
                poles.add(p);
                return;
            }
        }
    }

    /** d det/dp by a five-point central difference along the real direction (det is analytic in p). */
    private Cx derivative(double q, Cx p) {
        double h = 1e-4 * Math.max(p.abs(), 1e-3 * geometry.scale());
        Cx f1 = kernel.det(q, p.plus(h));
        Cx fm1 = kernel.det(q, p.plus(-h));
        Cx f2 = kernel.det(q, p.plus(2 * h));
        Cx fm2 = kernel.det(q, p.plus(-2 * h));
        return f1.minus(fm1).times(8).minus(f2.minus(fm2)).times(1 / (12 * h));
    }

    private Cx[] residue(double q, Cx pole) {
        Cx[] num = kernel.numerators(q, pole);
        Cx d = derivative(q, pole);
        Cx[] out = new Cx[num.length];
        for (int m = 0; m < num.length; m++) {
            out[m] = num[m].div(d);
        }
        return out;
    }
}
