package org.magent.qubits.linalg;

/**
 * The matrix exponential of a dense complex matrix by scaling and squaring with the degree-13
 * Padé approximant (N. J. Higham, SIAM J. Matrix Anal. Appl. 26, 1179 (2005), Algorithm 2.3).
 *
 * <p>No diagonalisation is involved, so defective matrices (exceptional points) are handled as
 * accurately as any other; the backward error is of the order of the unit round-off relative to ‖A‖₁.
 *
 * <p>Rows of A that are exactly zero (a conserved coordinate, e.g. the trace of ρ in a suitable basis) give unit
 * rows of exp(A); they are set exactly after the Padé step and after every squaring. Otherwise the round-off
 * of the eigenvalue 1 would be raised to the power 2^s and a conserved quantity would drift by ~u·‖A‖₁.
 */
public final class MatrixExponential {

    /** θ₁₃ of Higham (2005), Table 2.3: the largest ‖A‖₁ for which Padé-13 needs no scaling. */
    private static final double THETA_13 = 5.371920351148152;

    private static final double[] B = {64764752532480000.0, 32382376266240000.0, 7771770303897600.0,
        1187353796428800.0, 129060195264000.0, 10559470521600.0, 670442572800.0, 33522128640.0,
        1323241920.0, 40840800.0, 960960.0, 16380.0, 182.0, 1.0};

    private MatrixExponential() {
    }

    /**
     * exp(A).
     *
     * @param a a square matrix with finite entries (not modified)
     * @return a new matrix exp(A)
     * @throws IllegalArgumentException if A is not square or has a non-finite entry
     */
    public static ComplexMatrix exp(ComplexMatrix a) {
        int n = a.rows();
        if (a.cols() != n) {
            throw new IllegalArgumentException("exp needs a square matrix, got " + a.rows() + "x" + a.cols());
        }
        double norm = a.norm1();
        if (!Double.isFinite(norm)) {
            throw new IllegalArgumentException("exp: matrix has a non-finite entry");
        }
        int s = 0;
        if (norm > THETA_13) {
            s = Math.max(0, (int) Math.ceil(Math.log(norm / THETA_13) / Math.log(2.0)));
        }
        ComplexMatrix x = a.copy().scaleInPlace(Math.scalb(1.0, -s));
        ComplexMatrix id = ComplexMatrix.identity(n);
        ComplexMatrix x2 = x.times(x);
        ComplexMatrix x4 = x2.times(x2);
        ComplexMatrix x6 = x4.times(x2);

        ComplexMatrix u1 = x6.combine(B[13], B[11], x4).addScaledInPlace(B[9], 0, x2);
        ComplexMatrix u2 = x6.times(u1).addScaledInPlace(B[7], 0, x6).addScaledInPlace(B[5], 0, x4)
                .addScaledInPlace(B[3], 0, x2).addScaledInPlace(B[1], 0, id);
        ComplexMatrix u = x.times(u2);

        ComplexMatrix v1 = x6.combine(B[12], B[10], x4).addScaledInPlace(B[8], 0, x2);
        ComplexMatrix v = x6.times(v1).addScaledInPlace(B[6], 0, x6).addScaledInPlace(B[4], 0, x4)
                .addScaledInPlace(B[2], 0, x2).addScaledInPlace(B[0], 0, id);

        ComplexMatrix p = v.combine(1.0, 1.0, u);
        ComplexMatrix q = v.combine(1.0, -1.0, u);
        ComplexMatrix r = ComplexLinearSolver.solve(q, p);
        int[] zeroRows = zeroRows(a);
        setUnitRows(r, zeroRows);
        for (int k = 0; k < s; k++) {
            r = r.times(r);
            setUnitRows(r, zeroRows);
        }
        return r;
    }

    private static int[] zeroRows(ComplexMatrix a) {
        int n = a.rows();
        int[] rows = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            boolean zero = true;
            for (int j = 0; j < n && zero; j++) {
                zero = a.re(i, j) == 0.0 && a.im(i, j) == 0.0;
            }
            if (zero) {
                rows[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(rows, count);
    }

    private static void setUnitRows(ComplexMatrix r, int[] rows) {
        int n = r.cols();
        for (int i : rows) {
            for (int j = 0; j < n; j++) {
                r.set(i, j, i == j ? 1.0 : 0.0, 0.0);
            }
        }
    }
}
