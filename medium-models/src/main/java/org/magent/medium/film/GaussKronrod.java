package org.magent.medium.film;

import java.util.PriorityQueue;

/**
 * Globally adaptive 7/15-point Gauss–Kronrod quadrature of a vector-valued function on a partition of an
 * interval: the interval with the largest error estimate (max over components of |K15 − G7|) is bisected until
 * the sum of the estimates falls below the tolerance or the interval budget is spent.
 */
final class GaussKronrod {

    /** A vector-valued integrand. */
    interface VectorFunction {
        /**
         * Evaluates the function.
         *
         * @param x the abscissa
         * @param out receives the components
         */
        void eval(double x, double[] out);
    }

    /** The result: the integral of every component and the summed error estimate. */
    record Result(double[] values, double error, int intervals, boolean converged) {
    }

    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.000000000000000000000000000000000};
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    private GaussKronrod() {
    }

    private record Piece(double a, double b, double[] value, double error) {
    }

    /**
     * Integrates f over the partition given by the sorted breakpoints.
     *
     * @param f the integrand
     * @param n the number of components
     * @param breakpoints the sorted partition (at least two points)
     * @param absTol the absolute tolerance on the summed error
     * @param relTol the tolerance relative to max over components of |integral|
     * @param maxIntervals the interval budget
     * @return the integrals and error
     */
    static Result integrate(VectorFunction f, int n, double[] breakpoints, double absTol, double relTol,
            int maxIntervals) {
        PriorityQueue<Piece> queue = new PriorityQueue<>((x, y) -> Double.compare(y.error, x.error));
        double[] total = new double[n];
        double err = 0;
        double[] scratch = new double[2 * n];
        for (int i = 0; i + 1 < breakpoints.length; i++) {
            if (breakpoints[i + 1] > breakpoints[i]) {
                Piece p = rule(f, n, breakpoints[i], breakpoints[i + 1], scratch);
                queue.add(p);
                add(total, p.value, 1);
                err += p.error;
            }
        }
        int count = queue.size();
        while (!queue.isEmpty() && err > Math.max(absTol, relTol * norm(total)) && count < maxIntervals) {
            Piece worst = queue.poll();
            double mid = 0.5 * (worst.a + worst.b);
            if (!(mid > worst.a && mid < worst.b)) {
                queue.add(new Piece(worst.a, worst.b, worst.value, 0)); // cannot split further
                err -= worst.error;
                continue;
            }
            Piece left = rule(f, n, worst.a, mid, scratch);
            Piece right = rule(f, n, mid, worst.b, scratch);
            add(total, worst.value, -1);
            add(total, left.value, 1);
            add(total, right.value, 1);
            err += left.error + right.error - worst.error;
            queue.add(left);
            queue.add(right);
            count++;
        }
        // re-sum to avoid drift
        double[] sum = new double[n];
        double e = 0;
        for (Piece p : queue) {
            add(sum, p.value, 1);
            e += p.error;
        }
        return new Result(sum, e, count, e <= Math.max(absTol, relTol * norm(sum)));
    }

    private static Piece rule(VectorFunction f, int n, double a, double b, double[] scratch) {
        double c = 0.5 * (a + b);
        double hw = 0.5 * (b - a);
        double[] k = new double[n];
        double[] g = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        f.eval(c, hi);
        for (int m = 0; m < n; m++) {
            k[m] = WGK[7] * hi[m];
            g[m] = WG[3] * hi[m];
        }
        for (int j = 0; j < 7; j++) {
            double dx = hw * XGK[j];
            f.eval(c - dx, lo);
            f.eval(c + dx, hi);
            for (int m = 0; m < n; m++) {
                double s = lo[m] + hi[m];
                k[m] += WGK[j] * s;
                if (j % 2 == 1) {
                    g[m] += WG[j / 2] * s;
                }
            }
        }
        double err = 0;
        for (int m = 0; m < n; m++) {
            k[m] *= hw;
            err = Math.max(err, Math.abs(k[m] - g[m] * hw));
        }
        return new Piece(a, b, k, err);
    }

    private static void add(double[] acc, double[] v, double s) {
        for (int m = 0; m < acc.length; m++) {
            acc[m] += s * v[m];
        }
    }

    private static double norm(double[] v) {
        double x = 0;
        for (double d : v) {
            x = Math.max(x, Math.abs(d));
        }
        return x;
    }
}
