package org.magent.qubits.linalg;

/**
 * The exponential of a small dense real matrix (row-major {@code double[]}) by scaling and squaring with the
 * degree-13 Padé approximant (N. J. Higham, SIAM J. Matrix Anal. Appl. 26, 1179 (2005), Algorithm 2.3), the
 * real counterpart of {@link MatrixExponential}. Degree 13 is used at every norm, not only above θ₉: the lower
 * degrees are exact only to a backward error of one unit round-off per step, which a propagator applied a thousand
 * times would accumulate, while degree 13 costs two more n×n products. No diagonalisation: defective matrices
 * (exceptional points) are as accurate as any other.
 *
 * <p>Rows of A that are exactly zero (a conserved coordinate such as tr ρ) give unit rows of exp(A); they are set
 * exactly after the Padé step and after every squaring, so the conserved quantity does not drift.
 *
 * <p>Thread-safe: each thread keeps its own scratch arrays for every dimension up to {@value #CACHED_DIMENSION}, so
 * that a call allocates only its result (the arithmetic is that of a fresh workspace, bit for bit).
 */
public final class RealMatrixExponential {

    /** θ₁₃ of Higham (2005), Table 2.3: the largest ‖A‖₁ for which Padé-13 needs no scaling. */
    private static final double THETA_13 = 5.371920351148152;
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
        Scratch w = Scratch.of(n);
        double[] x = w.x;
        for (int k = 0; k < x.length; k++) {
            x[k] = t * a[k];
        }
        double norm = norm1(x, n);
        if (!Double.isFinite(norm)) {
            throw new IllegalArgumentException("exp: matrix has a non-finite entry");
        }
        boolean[] zeroRows = w.zeroRows;
        markZeroRows(x, n, zeroRows);
        int squarings = 0;
        if (norm > THETA_13) {
            squarings = Math.max(0, (int) Math.ceil(Math.log(norm / THETA_13) / Math.log(2.0)));
            double s = Math.scalb(1.0, -squarings);
            for (int k = 0; k < x.length; k++) {
                x[k] *= s;
            }
        }
        double[] r = pade13(w);
        setUnitRows(r, n, zeroRows);
        double[] work = w.t;
        for (int k = 0; k < squarings; k++) {
            multiply(r, r, work, n);
            double[] swap = r;
            r = work;
            work = swap;
            setUnitRows(r, n, zeroRows);
        }
        return r.clone();
    }

    /** The largest dimension whose scratch arrays a thread keeps between calls. */
    static final int CACHED_DIMENSION = 16;

    /** One thread's work arrays for one dimension n (all n×n but the row flags and the pivots). */
    private static final class Scratch {

        private static final ThreadLocal<Scratch[]> BY_DIMENSION =
                ThreadLocal.withInitial(() -> new Scratch[CACHED_DIMENSION + 1]);

        final int n;
        final double[] x;
        final double[] x2;
        final double[] x4;
        final double[] x6;
        final double[] t;
        final double[] w;
        final double[] u;
        final boolean[] zeroRows;
        final int[] pivot;

        private Scratch(int n) {
            this.n = n;
            int nn = n * n;
            x = new double[nn];
            x2 = new double[nn];
            x4 = new double[nn];
            x6 = new double[nn];
            t = new double[nn];
            w = new double[nn];
            u = new double[nn];
            zeroRows = new boolean[n];
            pivot = new int[n];
        }

        /** This thread's arrays for dimension n (fresh ones above {@value #CACHED_DIMENSION}). */
        static Scratch of(int n) {
            if (n > CACHED_DIMENSION) {
                return new Scratch(n);
            }
            Scratch[] mine = BY_DIMENSION.get();
            if (mine[n] == null) {
                mine[n] = new Scratch(n);
            }
            return mine[n];
        }
    }

    /**
     * r_13(X) by Higham's evaluation scheme (Eq. 2.13 of the reference), X in the scratch's x: the identity terms
     * are added on the diagonal, and U, V are turned into V + U and V − U in place; the result is the scratch's u.
     */
    private static double[] pade13(Scratch s) {
        int n = s.n;
        int nn = n * n;
        double[] x = s.x;
        double[] x2 = s.x2;
        double[] x4 = s.x4;
        double[] x6 = s.x6;
        multiply(x, x, x2, n);
        multiply(x2, x2, x4, n);
        multiply(x4, x2, x6, n);
        double[] t = s.t;
        double[] w = s.w;
        for (int k = 0; k < nn; k++) {
            t[k] = B13[13] * x6[k] + B13[11] * x4[k] + B13[9] * x2[k];
        }
        multiply(x6, t, w, n);
        for (int k = 0; k < nn; k++) {
            w[k] += B13[7] * x6[k] + B13[5] * x4[k] + B13[3] * x2[k];
        }
        addToDiagonal(w, n, B13[1]);
        double[] u = s.u;
        multiply(x, w, u, n);
        for (int k = 0; k < nn; k++) {
            t[k] = B13[12] * x6[k] + B13[10] * x4[k] + B13[8] * x2[k];
        }
        double[] v = w;
        multiply(x6, t, v, n);
        for (int k = 0; k < nn; k++) {
            v[k] += B13[6] * x6[k] + B13[4] * x4[k] + B13[2] * x2[k];
        }
        addToDiagonal(v, n, B13[0]);
        // (V − U)⁻¹(V + U): P = V + U into u, Q = V − U into v
        for (int k = 0; k < nn; k++) {
            double uk = u[k];
            double vk = v[k];
            u[k] = vk + uk;
            v[k] = vk - uk;
        }
        RealLu.factorInPlace(v, n, s.pivot);
        RealLu.solveInPlace(v, s.pivot, n, u, n);
        return u;
    }

    /** a += c·I. */
    private static void addToDiagonal(double[] a, int n, double c) {
        for (int i = 0; i < n; i++) {
            a[i * n + i] += c;
        }
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

    /** The 1-norm (largest column sum of |a_ij|); NaN or infinite if an entry is. */
    static double norm1(double[] a, int n) {
        double best = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.abs(a[i * n + j]);
            }
            if (Double.isNaN(s)) {
                return s;
            }
            best = Math.max(best, s);
        }
        return best;
    }

    /** zero[i] = whether row i of a is exactly zero. */
    private static void markZeroRows(double[] a, int n, boolean[] zero) {
        for (int i = 0; i < n; i++) {
            boolean z = true;
            for (int j = 0; j < n && z; j++) {
                z = a[i * n + j] == 0.0;
            }
            zero[i] = z;
        }
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
