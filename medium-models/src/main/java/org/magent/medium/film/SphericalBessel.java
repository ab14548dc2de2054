package org.magent.medium.film;

/**
 * Spherical Bessel functions of the first kind j_0 … j_{n−1} at one argument: upward recurrence where it is stable
 * (z ≥ n), Miller's downward recurrence normalised by j_0 or j_1 otherwise, and the power series for small z.
 * They give the Fourier moments of Legendre polynomials, ∫_{−1}^{1} P_n(x) e^{izx} dx = 2 iⁿ j_n(z).
 */
final class SphericalBessel {

    private SphericalBessel() {
    }

    /**
     * Fills out[0 … n−1] with j_0(z) … j_{n−1}(z).
     *
     * @param z the argument, ≥ 0
     * @param n how many orders
     * @param out the destination (length ≥ n)
     */
    static void values(double z, int n, double[] out) {
        values(z, n, out, new double[n + 64]);
    }

    /**
     * Fills out[0 … n−1] with j_0(z) … j_{n−1}(z), using a caller's scratch array (no allocation).
     *
     * @param z the argument, ≥ 0
     * @param n how many orders
     * @param out the destination (length ≥ n)
     * @param scratch work space, length ≥ n + 21 + z (n + 64 suffices whenever z &lt; n, the only case it is used)
     */
    static void values(double z, int n, double[] out, double[] scratch) {
        if (z < 0.5) {
            series(z, n, out);
            return;
        }
        double s = Math.sin(z);
        double c = Math.cos(z);
        double j0 = s / z;
        double j1 = s / (z * z) - c / z;
        if (z >= n) {
            out[0] = j0;
            if (n > 1) {
                out[1] = j1;
            }
            for (int k = 1; k + 1 < n; k++) {
                out[k + 1] = (2 * k + 1) / z * out[k] - out[k - 1];
            }
            return;
        }
        int start = n + 20 + (int) z;
        double next = 0;
        double cur = 1e-280;
        double[] tmp = scratch.length > start ? scratch : new double[start + 1];
        tmp[start] = cur;
        for (int k = start; k > 0; k--) {
            double prev = (2 * k + 1) / z * cur - next;
            next = cur;
            cur = prev;
            tmp[k - 1] = cur;
            if (Math.abs(cur) > 1e250) { // rescale to avoid overflow
                for (int m = k - 1; m <= start; m++) {
                    tmp[m] *= 1e-250;
                }
                cur *= 1e-250;
                next *= 1e-250;
            }
        }
        double norm = Math.abs(j0) >= Math.abs(j1) ? j0 / tmp[0] : j1 / tmp[1];
        for (int k = 0; k < n; k++) {
            out[k] = tmp[k] * norm;
        }
    }

    private static void series(double z, int n, double[] out) {
        double z2 = z * z;
        double lead = 1; // z^k/(2k+1)!!
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                lead *= z / (2 * k + 1);
            }
            // Σ_m (−z²/2)^m / (m! (2k+3)(2k+5)…(2k+2m+1))
            double term = 1;
            double sum = 1;
            for (int m = 1; m < 30; m++) {
                term *= -0.5 * z2 / (m * (2.0 * k + 2 * m + 1));
                sum += term;
                if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            out[k] = lead * sum;
        }
    }
}
