package org.magent.medium.film;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The Fourier transforms I_m(ρ) = ∫ dq e^{iqρ} Ψ_m(q) of a vector of functions on [−Q, Q] at many ρ at once.
 *
 * <p>Ψ is sampled once on an adaptive partition into panels, n = 16 Gauss–Legendre nodes each, and expanded on
 * every panel in Legendre polynomials, Ψ(c + w x) ≈ Σ_j a_j P_j(x). A panel is bisected while the tail of its
 * expansion says the interpolant misses Ψ by more than the tolerance in the L¹ norm. Each panel's transform is
 * then exact for the interpolant (Filon-type quadrature):
 * <pre>
 * ∫ e^{iqρ} Ψ dq ≈ w e^{icρ} Σ_j a_j · 2 i^j j_j(wρ)
 * </pre>
 * so the error is at most the L¹ interpolation error for every ρ, and the cost of a further ρ is one pass over the
 * panels. At ρ = 0 the result is the Gauss–Legendre quadrature of the samples.
 */
final class FilonTransform {

    /** A vector of functions of q. */
    interface Sampler {
        /**
         * Samples Ψ(q).
         *
         * @param q the abscissa (1/m)
         * @param panelWidth the width of the panel being sampled (for tolerances)
         * @return the components
         */
        double[] sample(double q, double panelWidth);
    }

    static final int NODES = 16;
    private static final double[] X = new double[NODES];
    private static final double[] W = new double[NODES];
    private static final double[][] PJ = new double[NODES][NODES]; // P_j(x_i)

    static {
        for (int i = 0; i < NODES; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (NODES + 0.5));
            for (int it = 0; it < 100; it++) {
                double[] p = legendre(x);
                double dx = p[1] / derivative(x, p);
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    break;
                }
            }
            X[i] = x;
            double d = derivative(x, legendre(x));
            W[i] = 2 / ((1 - x * x) * d * d);
            double p0 = 1;
            double p1 = x;
            PJ[i][0] = 1;
            if (NODES > 1) {
                PJ[i][1] = x;
            }
            for (int k = 2; k < NODES; k++) {
                double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                PJ[i][k] = p2;
                p0 = p1;
                p1 = p2;
            }
        }
    }

    /** {P_{N−1}(x), P_N(x)} for N = NODES, by the three-term recurrence. */
    private static double[] legendre(double x) {
        double p0 = 1;
        double p1 = x;
        for (int k = 2; k <= NODES; k++) {
            double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        return new double[] {p0, p1};
    }

    /** P_N'(x) = N (x P_N − P_{N−1}) / (x² − 1), from {P_{N−1}(x), P_N(x)}. */
    private static double derivative(double x, double[] p) {
        return NODES * (x * p[1] - p[0]) / (x * x - 1);
    }

    /** One panel: its centre, half-width, Legendre coefficients [j][component] and error estimate. */
    private record Panel(double a, double b, double[][] coefficients, double error, double l1) {
        double centre() {
            return 0.5 * (a + b);
        }

        double halfWidth() {
            return 0.5 * (b - a);
        }
    }

    private final List<Panel> panels;
    private final int components;
    private final double error;
    private final double l1;
    private final boolean converged;

    private FilonTransform(List<Panel> panels, int components, double error, double l1, boolean converged) {
        this.panels = panels;
        this.components = components;
        this.error = error;
        this.l1 = l1;
        this.converged = converged;
    }

    /**
     * Samples Ψ adaptively.
     *
     * @param f the functions
     * @param components how many (real) components Ψ has
     * @param breakpoints the initial partition, sorted
     * @param relTol the tolerance on the summed L¹ interpolation error, relative to ∫|Ψ|
     * @param maxPanels the panel budget
     * @return the sampled transform
     */
    static FilonTransform build(Sampler f, int components, double[] breakpoints, double relTol, int maxPanels) {
        PriorityQueue<Panel> queue = new PriorityQueue<>((x, y) -> Double.compare(y.error, x.error));
        double err = 0;
        double norm = 0;
        for (int i = 0; i + 1 < breakpoints.length; i++) {
            if (breakpoints[i + 1] > breakpoints[i]) {
                Panel p = panel(f, components, breakpoints[i], breakpoints[i + 1]);
                queue.add(p);
                err += p.error;
                norm += p.l1;
            }
        }
        int count = queue.size();
        while (err > relTol * norm && count < maxPanels && !queue.isEmpty()) {
            Panel worst = queue.poll();
            double mid = worst.centre();
            if (!(mid > worst.a && mid < worst.b) || worst.b - worst.a < 1e-13 * Math.max(Math.abs(worst.a),
                    Math.abs(worst.b))) {
                queue.add(new Panel(worst.a, worst.b, worst.coefficients, 0, worst.l1));
                err -= worst.error;
                continue;
            }
            Panel left = panel(f, components, worst.a, mid);
            Panel right = panel(f, components, mid, worst.b);
            err += left.error + right.error - worst.error;
            norm += left.l1 + right.l1 - worst.l1;
            queue.add(left);
            queue.add(right);
            count++;
        }
        List<Panel> list = new ArrayList<>(queue);
        list.sort((x, y) -> Double.compare(x.a, y.a));
        double e = 0;
        double n = 0;
        for (Panel p : list) {
            e += p.error;
            n += p.l1;
        }
        return new FilonTransform(list, components, e, n, e <= relTol * n);
    }

    private static Panel panel(Sampler f, int components, double a, double b) {
        double c = 0.5 * (a + b);
        double hw = 0.5 * (b - a);
        double[][] values = new double[NODES][];
        for (int i = 0; i < NODES; i++) {
            values[i] = f.sample(c + hw * X[i], b - a);
        }
        double[][] coef = new double[NODES][components];
        double l1 = 0;
        for (int i = 0; i < NODES; i++) {
            double mag = 0;
            for (int m = 0; m < components; m += 2) {
                mag = Math.max(mag, Math.hypot(values[i][m], values[i][m + 1]));
            }
            l1 += hw * W[i] * mag;
            for (int j = 0; j < NODES; j++) {
                double f0 = (2 * j + 1) / 2.0 * W[i] * PJ[i][j];
                for (int m = 0; m < components; m++) {
                    coef[j][m] += f0 * values[i][m];
                }
            }
        }
        double tail = 0;
        for (int m = 0; m < components; m += 2) {
            double t = Math.hypot(coef[NODES - 1][m], coef[NODES - 1][m + 1])
                    + Math.hypot(coef[NODES - 2][m], coef[NODES - 2][m + 1]);
            tail = Math.max(tail, t);
        }
        return new Panel(a, b, coef, 2 * hw * tail, l1);
    }

    /** The summed L¹ interpolation error estimate. */
    double error() {
        return error;
    }

    /** ∫|Ψ| dq (max over components). */
    double l1() {
        return l1;
    }

    /** Whether the tolerance was met within the panel budget. */
    boolean converged() {
        return converged;
    }

    /** The number of panels. */
    int panels() {
        return panels.size();
    }

    /**
     * The transforms at +ρ and −ρ: out[0] = I(+ρ) = ∫ e^{+iqρ}Ψ dq, out[1] = I(−ρ), each as re/im pairs.
     *
     * @param rho ρ ≥ 0 (m)
     * @return two arrays of the components
     */
    double[][] transform(double rho) {
        double[] plus = new double[components];
        double[] minus = new double[components];
        double[] jn = new double[NODES];
        double[] scratch = new double[NODES + 64];
        double[] even = new double[components];
        double[] odd = new double[components];
        for (Panel p : panels) {
            double hw = p.halfWidth();
            double c = p.centre();
            SphericalBessel.values(hw * rho, NODES, jn, scratch);
            java.util.Arrays.fill(even, 0);
            java.util.Arrays.fill(odd, 0);
            double[][] a = p.coefficients;
            // Σ_j a_j 2 i^j j_j: even j → ±2 a j (real factor ±), odd j → ±2i a j
            for (int j = 0; j < NODES; j++) {
                double f = 2 * jn[j] * ((j & 2) == 0 ? 1 : -1);
                double[] aj = a[j];
                double[] target = (j & 1) == 0 ? even : odd;
                for (int m = 0; m < components; m++) {
                    target[m] += f * aj[m];
                }
            }
            double cs = Math.cos(c * rho);
            double sn = Math.sin(c * rho);
            for (int m = 0; m < components; m += 2) {
                // S± = even ± i·odd  (odd holds Σ a_j 2 j_j (−1)^{(j−1)/2}, times i)
                double eRe = even[m];
                double eIm = even[m + 1];
                double oRe = -odd[m + 1]; // i·odd
                double oIm = odd[m];
                double spRe = eRe + oRe;
                double spIm = eIm + oIm;
                double smRe = eRe - oRe;
                double smIm = eIm - oIm;
                plus[m] += hw * (cs * spRe - sn * spIm);
                plus[m + 1] += hw * (cs * spIm + sn * spRe);
                minus[m] += hw * (cs * smRe + sn * smIm);
                minus[m + 1] += hw * (cs * smIm - sn * smRe);
            }
        }
        return new double[][] {plus, minus};
    }
}
