package org.magent.qubits.linalg;

/**
 * LU factorisation with partial pivoting, P·A = L·U, of a small dense real matrix (row-major {@code double[]}),
 * with solves and a 1-norm condition number.
 *
 * <p>Mutable workspace object: not thread-safe.
 */
public final class RealLu {

    private final int n;
    private final double[] lu;
    private final int[] pivot;
    private final double norm1;
    private final boolean singular;

    private RealLu(int n, double[] lu, int[] pivot, double norm1, boolean singular) {
        this.n = n;
        this.lu = lu;
        this.pivot = pivot;
        this.norm1 = norm1;
        this.singular = singular;
    }

    /**
     * Factors A.
     *
     * @param a n×n row-major (copied, not modified)
     * @param n the dimension
     * @return the factorisation; {@link #isSingular()} tells whether a pivot was exactly zero
     * @throws IllegalArgumentException if the array does not hold n×n entries
     */
    public static RealLu factor(double[] a, int n) {
        if (n <= 0 || a.length != n * n) {
            throw new IllegalArgumentException("LU needs an n×n array, got " + a.length + " entries for n = " + n);
        }
        double norm = RealMatrixExponential.norm1(a, n);
        double[] m = a.clone();
        int[] piv = new int[n];
        boolean singular = factorInPlace(m, n, piv);
        return new RealLu(n, m, piv, norm, singular);
    }

    /**
     * Factors A in place by Gaussian elimination with partial pivoting, PA = LU: the unit lower factor below the
     * diagonal, U on and above it (the arithmetic of {@link #factor}, without its copy).
     *
     * @param m n×n row-major; overwritten by the factors
     * @param n the dimension
     * @param pivot receives the row exchanged with row k at step k (n entries)
     * @return whether a pivot was exactly zero or not finite
     */
    static boolean factorInPlace(double[] m, int n, int[] pivot) {
        boolean singular = false;
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.abs(m[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(m[i * n + k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            pivot[k] = p;
            if (p != k) {
                for (int j = 0; j < n; j++) {
                    double t = m[k * n + j];
                    m[k * n + j] = m[p * n + j];
                    m[p * n + j] = t;
                }
            }
            double d = m[k * n + k];
            if (d == 0.0 || !Double.isFinite(d)) {
                singular = true;
                continue;
            }
            for (int i = k + 1; i < n; i++) {
                double f = m[i * n + k] / d;
                m[i * n + k] = f;
                if (f != 0.0) {
                    for (int j = k + 1; j < n; j++) {
                        m[i * n + j] -= f * m[k * n + j];
                    }
                }
            }
        }
        return singular;
    }

    /**
     * Whether a pivot was exactly zero or not finite (then the solves are meaningless).
     *
     * @return true for an exactly singular matrix
     */
    public boolean isSingular() {
        return singular;
    }

    /**
     * Solves A·X = B for a right-hand side of {@code cols} columns, in place.
     *
     * @param b n×cols row-major; overwritten by X
     * @param cols the number of right-hand sides
     */
    public void solveInPlace(double[] b, int cols) {
        solveInPlace(lu, pivot, n, b, cols);
    }

    /**
     * Solves A·X = B in place from factors of {@link #factorInPlace}.
     *
     * @param lu the factors, n×n row-major
     * @param pivot the row exchanges
     * @param n the dimension
     * @param b n×cols row-major; overwritten by X
     * @param cols the number of right-hand sides
     */
    static void solveInPlace(double[] lu, int[] pivot, int n, double[] b, int cols) {
        for (int k = 0; k < n; k++) {
            int p = pivot[k];
            if (p != k) {
                for (int j = 0; j < cols; j++) {
                    double t = b[k * cols + j];
                    b[k * cols + j] = b[p * cols + j];
                    b[p * cols + j] = t;
                }
            }
        }
        for (int i = 1; i < n; i++) {
            for (int k = 0; k < i; k++) {
                double f = lu[i * n + k];
                if (f != 0.0) {
                    for (int j = 0; j < cols; j++) {
                        b[i * cols + j] -= f * b[k * cols + j];
                    }
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int k = i + 1; k < n; k++) {
                double f = lu[i * n + k];
                if (f != 0.0) {
                    for (int j = 0; j < cols; j++) {
                        b[i * cols + j] -= f * b[k * cols + j];
                    }
                }
            }
            double d = lu[i * n + i];
            for (int j = 0; j < cols; j++) {
                b[i * cols + j] /= d;
            }
        }
    }

    /**
     * The reciprocal 1-norm condition number 1/(‖A‖₁‖A⁻¹‖₁), from the explicit inverse (n solves; meant for
     * n ≤ 16). 0 for a singular matrix, 1 for a multiple of the identity.
     *
     * @return rcond in [0, 1]
     */
    public double reciprocalCondition() {
        if (singular || norm1 == 0.0) {
            return 0.0;
        }
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) {
            inv[i * n + i] = 1.0;
        }
        solveInPlace(inv, n);
        double invNorm = RealMatrixExponential.norm1(inv, n);
        double r = 1.0 / (norm1 * invNorm);
        return Double.isFinite(r) ? r : 0.0;
    }
}
