package org.magent.qubits.entanglement;

/**
 * Singular values of a 4×4 complex matrix by one-sided (Hestenes) Jacobi: the columns are rotated
 * pairwise until mutually orthogonal, and their norms are the singular values. The result has an
 * absolute error of a few ulps of the matrix norm, with no square-root loss for small singular
 * values (unlike eigenvalues of M M†).
 */
final class SingularValues4 {

    private static final int N = 4;
    private static final int MAX_SWEEPS = 60;
    private static final double TOL = 1e-15;

    private SingularValues4() {
    }

    /**
     * Computes the singular values of M (overwritten) into {@code out}, in decreasing order.
     *
     * @param mr real parts of M, row-major, overwritten
     * @param mi imaginary parts of M, row-major, overwritten
     * @param out receives the 4 singular values, largest first (also used as workspace)
     */
    static void compute(double[] mr, double[] mi, double[] out) {
        // out holds the squared column norms during the sweeps: recomputed at the start of each
        // sweep, updated in closed form after each rotation
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            columnNormsSquared(mr, mi, out);
            boolean rotated = false;
            for (int p = 0; p < N - 1; p++) {
                for (int q = p + 1; q < N; q++) {
                    rotated |= orthogonalise(mr, mi, out, p, q);
                }
            }
            if (!rotated) {
                break;
            }
        }
        columnNormsSquared(mr, mi, out);
        for (int j = 0; j < N; j++) {
            out[j] = Math.sqrt(out[j]);
        }
        sortDescending(out);
    }

    private static void columnNormsSquared(double[] mr, double[] mi, double[] out) {
        for (int j = 0; j < N; j++) {
            double s = 0;
            for (int r = 0; r < N; r++) {
                s += mr[r * N + j] * mr[r * N + j] + mi[r * N + j] * mi[r * N + j];
            }
            out[j] = s;
        }
    }

    /** Rotates columns p and q to be orthogonal; returns whether they were not already. */
    private static boolean orthogonalise(double[] mr, double[] mi, double[] norms2, int p, int q) {
        double alpha = norms2[p];
        double beta = norms2[q];
        double gr = 0;
        double gi = 0;
        for (int r = 0; r < N; r++) {
            double pr = mr[r * N + p];
            double pi = mi[r * N + p];
            double qr = mr[r * N + q];
            double qi = mi[r * N + q];
            // γ = m_p† m_q
            gr += pr * qr + pi * qi;
            gi += pr * qi - pi * qr;
        }
        double g = Math.sqrt(gr * gr + gi * gi);
        if (g == 0 || g <= TOL * Math.sqrt(alpha * beta)) {
            return false;
        }
        double cr = gr / g;
        double ci = gi / g;
        double zeta = (beta - alpha) / (2 * g);
        double t;
        if (Math.abs(zeta) > 1e150) {
            t = 0.5 / zeta;
        } else {
            t = Math.copySign(1.0, zeta) / (Math.abs(zeta) + Math.sqrt(zeta * zeta + 1));
        }
        double c = 1 / Math.sqrt(1 + t * t);
        double s = t * c;
        for (int r = 0; r < N; r++) {
            double pr = mr[r * N + p];
            double pi = mi[r * N + p];
            // q̂ = e^{-iφ} m_q, so that m_p† q̂ = |γ| is real
            double qr = mr[r * N + q] * cr + mi[r * N + q] * ci;
            double qi = mi[r * N + q] * cr - mr[r * N + q] * ci;
            mr[r * N + p] = c * pr - s * qr;
            mi[r * N + p] = c * pi - s * qi;
            mr[r * N + q] = s * pr + c * qr;
            mi[r * N + q] = s * pi + c * qi;
        }
        norms2[p] = Math.max(0, alpha - t * g);
        norms2[q] = beta + t * g;
        return true;
    }

    private static void sortDescending(double[] x) {
        for (int i = 1; i < x.length; i++) {
            double v = x[i];
            int j = i - 1;
            while (j >= 0 && x[j] < v) {
                x[j + 1] = x[j];
                j--;
            }
            x[j + 1] = v;
        }
    }
}
