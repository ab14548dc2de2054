package org.magent.qubits.entanglement;

/**
 * Diagonally pivoted outer-product Cholesky factorisation ρ = Σ_k w_k w_k† of a 4×4 complex
 * Hermitian positive semidefinite matrix (split row-major real/imaginary arrays). Backward stable
 * for PSD input and about ten times cheaper than a Jacobi eigendecomposition; it gives up (returns
 * false) when the matrix is indefinite beyond round-off, so the caller can fall back to the
 * eigendecomposition with clipped eigenvalues.
 */
final class PivotedCholesky4 {

    private static final int N = 4;

    private PivotedCholesky4() {
    }

    /**
     * Factorises A (overwritten by the Schur complements) into the columns of (wr, wi).
     *
     * @param ar real parts of A, Hermitian, row-major, overwritten
     * @param ai imaginary parts of A, overwritten
     * @param wr receives the real parts of the factor vectors (column k = w_k; unused columns zero)
     * @param wi receives their imaginary parts
     * @param tiny remainders below this (absolute) are dropped as round-off
     * @return true on success; false if a pivot or remainder is negative or non-negligible beyond {@code tiny}
     */
    static boolean factor(double[] ar, double[] ai, double[] wr, double[] wi, double tiny) {
        java.util.Arrays.fill(wr, 0);
        java.util.Arrays.fill(wi, 0);
        boolean[] done = new boolean[N];
        for (int k = 0; k < N; k++) {
            int p = -1;
            double best = 0;
            for (int i = 0; i < N; i++) {
                if (!done[i]) {
                    double d = ar[i * N + i];
                    if (d < -tiny) {
                        return false;
                    }
                    if (p < 0 || d > best) {
                        p = i;
                        best = d;
                    }
                }
            }
            if (best <= tiny) {
                return remainderNegligible(ar, ai, done, tiny);
            }
            double inv = 1 / Math.sqrt(best);
            for (int i = 0; i < N; i++) {
                if (!done[i]) {
                    wr[i * N + k] = ar[i * N + p] * inv;
                    wi[i * N + k] = ai[i * N + p] * inv;
                }
            }
            done[p] = true;
            wr[p * N + k] = Math.sqrt(best);
            wi[p * N + k] = 0;
            for (int i = 0; i < N; i++) {
                if (done[i]) {
                    continue;
                }
                for (int j = 0; j < N; j++) {
                    if (done[j]) {
                        continue;
                    }
                    // S_ij -= w_i conj(w_j)
                    double xr = wr[i * N + k];
                    double xi = wi[i * N + k];
                    double yr = wr[j * N + k];
                    double yi = wi[j * N + k];
                    ar[i * N + j] -= xr * yr + xi * yi;
                    ai[i * N + j] -= xi * yr - xr * yi;
                }
            }
        }
        return true;
    }

    private static boolean remainderNegligible(double[] ar, double[] ai, boolean[] done, double tiny) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                if (!done[i] && !done[j] && (Math.abs(ar[i * N + j]) > tiny || Math.abs(ai[i * N + j]) > tiny)) {
                    return false;
                }
            }
        }
        return true;
    }
}
