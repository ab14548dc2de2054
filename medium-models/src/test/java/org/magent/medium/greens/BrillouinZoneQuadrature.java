package org.magent.medium.greens;

import org.apache.commons.math3.complex.Complex;

/**
 * Direct k-space quadrature of the hypercubic-lattice Green's function, the independent reference of the lattice
 * tests: with w = (1+iα)ω − Ω − 2JS·d and B = 2JS,
 * <pre>
 *   G(n) = 2S ∫_BZ d^dk/(2π)^d e^{ik·n}/(w + B Σ_μ cos k_μ) = (2S/π^d) ∫_{[0,π]^d} d^dk Π_μ cos(k_μ n_μ)/(w + B Σ_μ cos k_μ)
 * </pre>
 * (the band is even in every k_μ), integrated by nested adaptive Gauss–Kronrod (7/15) rules, one level per axis.
 * No closed form of the chain, no time domain, no Bessel function: only the defining integral.
 */
final class BrillouinZoneQuadrature {

    /** Gauss–Kronrod 7/15 nodes and weights, shared with {@link Quadrature}. */
    private static final double[] XK = Quadrature.XK;
    private static final double[] WK = Quadrature.WK;
    private static final double[] WG = Quadrature.WG;

    /** Initial panels per axis. */
    private static final int PANELS = 8;

    private final double b;
    private final double spin;

    /**
     * @param exchange J (natural units, energy)
     * @param spin S
     */
    BrillouinZoneQuadrature(double exchange, double spin) {
        this.b = 2 * exchange * spin;
        this.spin = spin;
    }

    /**
     * G(n) for the lattice of dimension n.length.
     *
     * @param w (1+iα)ω − Ω − 2JS·d (natural units, energy)
     * @param tolerance the absolute error allowed on G (1/energy)
     * @param n the lattice vector (one component per axis)
     * @return G(n) (1/energy)
     */
    Complex value(Complex w, double tolerance, int... n) {
        double factor = 2 * spin / Math.pow(Math.PI, n.length);
        double[] out = new double[2];
        level(n.length - 1, n, w.getReal(), w.getImaginary(), tolerance / factor, out);
        return new Complex(out[0] * factor, out[1] * factor);
    }

    /**
     * ∫_0^π dk cos(k n_axis) · (the integral over the lower axes with w shifted by B cos k), added to out:
     * adaptive to the absolute error tol.
     */
    private void level(int axis, int[] n, double wr, double wi, double tol, double[] out) {
        double h = Math.PI / PANELS;
        for (int p = 0; p < PANELS; p++) {
            adapt(axis, n, wr, wi, p * h, (p + 1) * h, tol / PANELS, tol / Math.PI, 0, out);
        }
    }

    /** The integrand of one axis; innerTol is the absolute tolerance of the integral over the lower axes. */
    private void integrand(int axis, int[] n, double wr, double wi, double k, double innerTol, double[] out) {
        double c = Math.cos(k * n[axis]);
        double shifted = wr + b * Math.cos(k);
        if (axis == 0) {
            double den = shifted * shifted + wi * wi;
            out[0] = c * shifted / den;
            out[1] = -c * wi / den;
            return;
        }
        double[] inner = new double[2];
        level(axis - 1, n, shifted, wi, innerTol, inner);
        out[0] = c * inner[0];
        out[1] = c * inner[1];
    }

    /**
     * Adaptive bisection to the absolute error tol; the lower axes are integrated to innerTol (their errors add up
     * to at most π·innerTol). Error estimate of QUADPACK's QK15 from the Kronrod–Gauss difference.
     */
    private void adapt(int axis, int[] n, double wr, double wi, double a, double bEnd, double tol, double innerTol,
            int depth, double[] sum) {
        double[] kronrod = new double[4];
        double[] gauss = new double[2];
        rule(axis, n, wr, wi, a, bEnd, innerTol, kronrod, gauss);
        double err = Math.hypot(kronrod[0] - gauss[0], kronrod[1] - gauss[1]);
        double spread = kronrod[2];
        if (spread > 0 && err > 0) {
            err = spread * Math.min(1, Math.pow(200 * err / spread, 1.5));
        }
        if (err <= tol || err <= 1e-14 * kronrod[3] || depth > 40) {
            sum[0] += kronrod[0];
            sum[1] += kronrod[1];
            return;
        }
        double c = 0.5 * (a + bEnd);
        adapt(axis, n, wr, wi, a, c, tol / 2, innerTol, depth + 1, sum);
        adapt(axis, n, wr, wi, c, bEnd, tol / 2, innerTol, depth + 1, sum);
    }

    /**
     * The 15-point Kronrod sum over [a, b] added to kronrod[0..1]; with gauss given, also the 7-point Gauss sum
     * into gauss, and into kronrod[2] and kronrod[3] the Kronrod sums of |f − mean| and |f| (QUADPACK's resasc
     * and resabs).
     */
    private void rule(int axis, int[] n, double wr, double wi, double a, double bEnd, double innerTol,
            double[] kronrod, double[] gauss) {
        double c = 0.5 * (a + bEnd);
        double h = 0.5 * (bEnd - a);
        double[] fr = new double[15];
        double[] fi = new double[15];
        double[] v = new double[2];
        for (int j = 0; j < 7; j++) {
            integrand(axis, n, wr, wi, c - h * XK[j], innerTol, v);
            fr[j] = v[0];
            fi[j] = v[1];
            integrand(axis, n, wr, wi, c + h * XK[j], innerTol, v);
            fr[14 - j] = v[0];
            fi[14 - j] = v[1];
        }
        integrand(axis, n, wr, wi, c, innerTol, v);
        fr[7] = v[0];
        fi[7] = v[1];
        double kr = 0;
        double ki = 0;
        double gr = 0;
        double gi = 0;
        for (int j = 0; j < 15; j++) {
            int m = j < 8 ? j : 14 - j;
            kr += WK[m] * fr[j];
            ki += WK[m] * fi[j];
            if (m % 2 == 1 || m == 7) {
                double wg = m == 7 ? WG[3] : WG[m / 2];
                gr += wg * fr[j];
                gi += wg * fi[j];
            }
        }
        kronrod[0] += kr * h;
        kronrod[1] += ki * h;
        if (gauss != null) {
            gauss[0] = gr * h;
            gauss[1] = gi * h;
            double meanR = kr / 2;
            double meanI = ki / 2;
            double spread = 0;
            double magnitude = 0;
            for (int j = 0; j < 15; j++) {
                int m = j < 8 ? j : 14 - j;
                spread += WK[m] * Math.hypot(fr[j] - meanR, fi[j] - meanI);
                magnitude += WK[m] * Math.hypot(fr[j], fi[j]);
            }
            kronrod[2] = spread * h;
            kronrod[3] = magnitude * h;
        }
    }
}
