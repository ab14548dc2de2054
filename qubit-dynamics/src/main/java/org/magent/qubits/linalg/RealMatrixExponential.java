package org.magent.qubits.linalg;

/**
 * The exponential of a small dense real matrix (row-major {@code double[]}) by scaling and squaring with the
 * Padé approximant of the lowest degree m ∈ {3, 5, 7, 9, 13} whose backward error bound is below the unit
 * round-off for the matrix's 1-norm (N. J. Higham, SIAM J. Matrix Anal. Appl. 26, 1179 (2005), Algorithm 2.3
 * and Table 2.3). No diagonalisation: defective matrices (exceptional points) are as accurate as any other.
 *
 * <p>Rows of A that are exactly zero (a conserved coordinate such as tr ρ) give unit rows of exp(A); they are set
 * exactly after the Padé step and after every squaring, so the conserved quantity does not drift.
 *
 * <p>Stateless; each call allocates its own workspace.
 */
public final class RealMatrixExponential {

    /** θ_m of Higham (2005), Table 2.3, for m = 3, 5, 7, 9, 13. */
    private static final double[] THETA = {1.495585217958292e-2, 2.539398330063230e-1, 9.504178996162932e-1,
        2.097847961257068e0, 5.371920351148152e0};
    private static final double[] B3 = {120, 60, 12, 1};
    private static final double[] B5 = {30240, 15120, 3360, 420, 30, 1};
    private static final double[] B7 = {17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1};
    private static final double[] B9 = {17643225600.0, 8821612800.0, 2075673600.0, 302702400, 30270240, 2162160,
        110880, 3960, 90, 1};
    private static final double[] B13 = {64764752532480000.0, 32382376266240000.0, 7771770303897600.0,
        1187353796428800.0, 129060195264000.0, 10559470521600.0, 670442572800.0, 33522128640.0, 1323241920.0,
        40840800.0, 960960.0, 16380.0, 182.0, 1.0};

    private RealMatrixExponential() {
    }

    /**
     * exp(t·A).
     *
     * @param a an n×n matrix, row-major, finite entries (not modified)
     * @param n the dimension
     * @param t the factor (e.g. a time step), finite
     * @return a new n×n row-major array holding exp(t·A)
     * @throws IllegalArgumentException if the array does not hold n×n entries or t·A has a non-finite entry
     */
    public static double[] exp(double[] a, int n, double t) {
        if (n <= 0 || a.length != n * n) {
            throw new IllegalArgumentException("exp needs an n×n array, got " + a.length + " entries for n = " + n);
        }
        double[] x = new double[n * n];
        for (int k = 0; k < x.length; k++) {
            x[k] = t * a[k];
        }
        double norm = norm1(x, n);
        if (!Double.isFinite(norm)) {
            throw new IllegalArgumentException("exp: matrix has a non-finite entry");
        }
        boolean[] zeroRows = zeroRows(x, n);
        double[] r;
        int squarings = 0;
        if (norm <= THETA[0]) {
            r = pade(x, n, B3);
        } else if (norm <= THETA[1]) {
            r = pade(x, n, B5);
        } else if (norm <= THETA[2]) {
            r = pade(x, n, B7);
        } else if (norm <= THETA[3]) {
            r = pade(x, n, B9);
        } else {
            squarings = Math.max(0, (int) Math.ceil(Math.log(norm / THETA[4]) / Math.log(2.0)));
            double s = Math.scalb(1.0, -squarings);
            for (int k = 0; k < x.length; k++) {
                x[k] *= s;
            }
            r = pade13(x, n);
        }
        setUnitRows(r, n, zeroRows);
        double[] work = new double[n * n];
        for (int k = 0; k < squarings; k++) {
            multiply(r, r, work, n);
            double[] swap = r;
            r = work;
            work = swap;
            setUnitRows(r, n, zeroRows);
        }
        return r;
    }

    /** r_m(X) = (V − U)⁻¹(V + U) for m ∈ {3, 5, 7, 9}, b the Padé coefficients b_0..b_m. */
    private static double[] pade(double[] x, int n, double[] b) {
        int m = b.length - 1;
        int nn = n * n;
        // powers X^2, X^4, ..., X^(m-1)
        int half = (m - 1) / 2;
        double[][] pow = new double[half + 1][];
        pow[0] = identity(n);
        if (half >= 1) {
            pow[1] = new double[nn];
            multiply(x, x, pow[1], n);
        }
        for (int j = 2; j <= half; j++) {
            pow[j] = new double[nn];
            multiply(pow[j - 1], pow[1], pow[j], n);
        }
        double[] uInner = new double[nn];
        double[] v = new double[nn];
        for (int j = 0; j <= half; j++) {
            double[] p = pow[j];
            double bu = b[2 * j + 1];
            double bv = b[2 * j];
            for (int k = 0; k < nn; k++) {
                uInner[k] += bu * p[k];
                v[k] += bv * p[k];
            }
        }
        double[] u = new double[nn];
        multiply(x, uInner, u, n);
        return solvePade(u, v, n);
    }

    /** r_13(X) by Higham's evaluation scheme (Eq. 2.13 of the reference). */
    private static double[] pade13(double[] x, int n) {
        int nn = n * n;
        double[] id = identity(n);
        double[] x2 = new double[nn];
        double[] x4 = new double[nn];
        double[] x6 = new double[nn];
        multiply(x, x, x2, n);
        multiply(x2, x2, x4, n);
        multiply(x4, x2, x6, n);
        double[] t = new double[nn];
        double[] w = new double[nn];
        for (int k = 0; k < nn; k++) {
            t[k] = B13[13] * x6[k] + B13[11] * x4[k] + B13[9] * x2[k];
        }
        multiply(x6, t, w, n);
        for (int k = 0; k < nn; k++) {
            w[k] += B13[7] * x6[k] + B13[5] * x4[k] + B13[3] * x2[k] + B13[1] * id[k];
        }
        double[] u = new double[nn];
        multiply(x, w, u, n);
        for (int k = 0; k < nn; k++) {
            t[k] = B13[12] * x6[k] + B13[10] * x4[k] + B13[8] * x2[k];
        }
        double[] v = new double[nn];
        multiply(x6, t, v, n);
        for (int k = 0; k < nn; k++) {
            v[k] += B13[6] * x6[k] + B13[4] * x4[k] + B13[2] * x2[k] + B13[0] * id[k];
        }
        return solvePade(u, v, n);
    }

    /** (V − U)⁻¹(V + U). */
    private static double[] solvePade(double[] u, double[] v, int n) {
        int nn = n * n;
        double[] p = new double[nn];
        double[] q = new double[nn];
        for (int k = 0; k < nn; k++) {
            p[k] = v[k] + u[k];
            q[k] = v[k] - u[k];
        }
        RealLu lu = RealLu.factor(q, n);
        lu.solveInPlace(p, n);
        return p;
    }

    /** c = a·b, n×n row-major; c must not alias a or b. */
    static void multiply(double[] a, double[] b, double[] c, int n) {
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                c[row + j] = 0;
            }
            for (int k = 0; k < n; k++) {
                double aik = a[row + k];
                if (aik == 0.0) {
                    continue;
                }
                int brow = k * n;
                for (int j = 0; j < n; j++) {
                    c[row + j] += aik * b[brow + j];
                }
            }
        }
    }

    private static double[] identity(int n) {
        double[] id = new double[n * n];
        for (int i = 0; i < n; i++) {
            id[i * n + i] = 1.0;
        }
        return id;
    }

    /** The 1-norm (largest column sum of |a_ij|); NaN or infinite if an entry is. */
    static double norm1(double[] a, int n) {
        double best = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.abs(a[i * n + j]);
            }
            if (!(s <= best)) {
                best = s;
            }
        }
        return best;
    }

    private static boolean[] zeroRows(double[] a, int n) {
        boolean[] zero = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean z = true;
            for (int j = 0; j < n && z; j++) {
                z = a[i * n + j] == 0.0;
            }
            zero[i] = z;
        }
        return zero;
    }

    private static void setUnitRows(double[] r, int n, boolean[] rows) {
        for (int i = 0; i < n; i++) {
            if (rows[i]) {
                for (int j = 0; j < n; j++) {
                    r[i * n + j] = i == j ? 1.0 : 0.0;
                }
            }
        }
    }
}
