package org.magent.qubits.linalg;

/**
 * Eigen-decomposition of a small complex Hermitian matrix by the cyclic Jacobi method: M = V·diag(λ)·V†, V
 * unitary. A rotation acts only on a pair (p, q) whose entry m_pq is nonzero, so an exactly block-diagonal M
 * (e.g. the coefficient matrix h of Eq. (4)) yields eigenvectors confined to its blocks, even when eigenvalues
 * of different blocks coincide. Backward stable: the eigenpairs are exact for a matrix within a few ulps of M
 * (relative to its largest entry).
 */
public final class HermitianEigen {

    private static final int MAX_SWEEPS = 60;

    private final double[] values;
    private final ComplexMatrix vectors;

    private HermitianEigen(double[] values, ComplexMatrix vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * Diagonalises the Hermitian part (M + M†)/2 of a square matrix.
     *
     * @param m the matrix (not modified)
     * @return eigenvalues in ascending order and the matching orthonormal eigenvectors
     * @throws IllegalArgumentException if m is not square or has a non-finite entry
     */
    public static HermitianEigen of(ComplexMatrix m) {
        int n = m.rows();
        if (m.cols() != n) {
            throw new IllegalArgumentException("eigen-decomposition needs a square matrix, got " + n + "x" + m.cols());
        }
        double[] ar = new double[n * n];
        double[] ai = new double[n * n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double re = 0.5 * (m.re(i, j) + m.re(j, i));
                double im = i == j ? 0.0 : 0.5 * (m.im(i, j) - m.im(j, i));
                if (!Double.isFinite(re) || !Double.isFinite(im)) {
                    throw new IllegalArgumentException("matrix entry (" + i + "," + j + ") is not finite");
                }
                ar[i * n + j] = re;
                ai[i * n + j] = im;
                scale = Math.max(scale, Math.hypot(re, im));
            }
        }
        double[] vr = new double[n * n];
        double[] vi = new double[n * n];
        for (int i = 0; i < n; i++) {
            vr[i * n + i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(ar, ai, n) > 1e-34 * scale * scale; sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(ar, ai, vr, vi, n, p, q);
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(ar[x * n + x], ar[y * n + y]));
        double[] values = new double[n];
        ComplexMatrix v = ComplexMatrix.zeros(n, n);
        for (int k = 0; k < n; k++) {
            int c = order[k];
            values[k] = ar[c * n + c];
            for (int i = 0; i < n; i++) {
                v.set(i, k, vr[i * n + c], vi[i * n + c]);
            }
        }
        return new HermitianEigen(values, v);
    }

    /**
     * The eigenvalues, ascending.
     *
     * @return a copy
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * The eigenvectors: column k belongs to {@code values()[k]}.
     *
     * @return a copy of the unitary matrix V
     */
    public ComplexMatrix vectors() {
        return vectors.copy();
    }

    private static double offDiagonal(double[] ar, double[] ai, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    s += ar[i * n + j] * ar[i * n + j] + ai[i * n + j] * ai[i * n + j];
                }
            }
        }
        return s;
    }

    /**
     * One Jacobi rotation that zeroes m_pq: U = diag(1, e^{−iφ})·[[c, s],[−s, c]] on (p, q), with φ = arg m_pq
     * and t = s/c the smaller root of t² + 2τt − 1 = 0, τ = (m_qq − m_pp)/(2|m_pq|); M ← U†MU, V ← VU.
     */
    private static void rotate(double[] ar, double[] ai, double[] vr, double[] vi, int n, int p, int q) {
        double xr = ar[p * n + q];
        double xi = ai[p * n + q];
        double mod = Math.hypot(xr, xi);
        if (mod == 0.0) {
            return;
        }
        double tau = (ar[q * n + q] - ar[p * n + p]) / (2 * mod);
        double t = (tau >= 0 ? 1.0 : -1.0) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        double c = 1 / Math.sqrt(1 + t * t);
        double s = t * c;
        // e^{−iφ} = conj(m_pq)/|m_pq|
        double er = xr / mod;
        double ei = -xi / mod;
        // U = [[u_pp, u_pq],[u_qp, u_qq]] = [[c, s],[−s e^{−iφ}, c e^{−iφ}]]
        double upp = c;
        double upq = s;
        double uqpR = -s * er;
        double uqpI = -s * ei;
        double uqqR = c * er;
        double uqqI = c * ei;
        // columns: M ← M U (and V ← V U)
        columns(ar, ai, n, p, q, upp, upq, uqpR, uqpI, uqqR, uqqI);
        columns(vr, vi, n, p, q, upp, upq, uqpR, uqpI, uqqR, uqqI);
        // rows: M ← U† M
        for (int j = 0; j < n; j++) {
            double pr = ar[p * n + j];
            double pi = ai[p * n + j];
            double qr = ar[q * n + j];
            double qi = ai[q * n + j];
            // row p' = conj(u_pp) row p + conj(u_qp) row q ; row q' = conj(u_pq) row p + conj(u_qq) row q
            ar[p * n + j] = upp * pr + (uqpR * qr + uqpI * qi);
            ai[p * n + j] = upp * pi + (uqpR * qi - uqpI * qr);
            ar[q * n + j] = upq * pr + (uqqR * qr + uqqI * qi);
            ai[q * n + j] = upq * pi + (uqqR * qi - uqqI * qr);
        }
        ar[p * n + q] = 0;
        ai[p * n + q] = 0;
        ar[q * n + p] = 0;
        ai[q * n + p] = 0;
        ai[p * n + p] = 0;
        ai[q * n + q] = 0;
    }

    /** Columns p, q of (xr, xi) ← (column p, column q)·U. */
    private static void columns(double[] xr, double[] xi, int n, int p, int q, double upp, double upq,
            double uqpR, double uqpI, double uqqR, double uqqI) {
        for (int i = 0; i < n; i++) {
            double pr = xr[i * n + p];
            double pi = xi[i * n + p];
            double qr = xr[i * n + q];
            double qi = xi[i * n + q];
            xr[i * n + p] = upp * pr + (qr * uqpR - qi * uqpI);
            xi[i * n + p] = upp * pi + (qr * uqpI + qi * uqpR);
            xr[i * n + q] = upq * pr + (qr * uqqR - qi * uqqI);
            xi[i * n + q] = upq * pi + (qr * uqqI + qi * uqqR);
        }
    }
}
