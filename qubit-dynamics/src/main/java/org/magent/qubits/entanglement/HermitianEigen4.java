package org.magent.qubits.entanglement;

/**
 * Cyclic Jacobi eigen-solver for 4×4 complex Hermitian matrices stored as split row-major
 * real/imaginary arrays. Backward stable: the eigenpairs are exact for a matrix within a few
 * ulps (relative to its norm) of the input, which is what the concurrence needs.
 */
final class HermitianEigen4 {

    private static final int N = 4;
    private static final int MAX_SWEEPS = 50;

    private HermitianEigen4() {
    }

    /**
     * Diagonalises the Hermitian matrix A in place: on return the diagonal of {@code ar} holds the
     * eigenvalues and the columns of (vr, vi) the orthonormal eigenvectors. Only the Hermitian part
     * of the input is used.
     *
     * @param ar real parts of A, row-major, overwritten
     * @param ai imaginary parts of A, row-major, overwritten
     * @param vr receives the real parts of the eigenvector matrix (column k = eigenvector k)
     * @param vi receives the imaginary parts of the eigenvector matrix
     */
    static void diagonalise(double[] ar, double[] ai, double[] vr, double[] vi) {
        for (int i = 0; i < N; i++) {
            ai[i * N + i] = 0;
            for (int j = i + 1; j < N; j++) {
                double re = 0.5 * (ar[i * N + j] + ar[j * N + i]);
                double im = 0.5 * (ai[i * N + j] - ai[j * N + i]);
                ar[i * N + j] = re;
                ai[i * N + j] = im;
                ar[j * N + i] = re;
                ai[j * N + i] = -im;
            }
        }
        for (int k = 0; k < N * N; k++) {
            vr[k] = (k % (N + 1) == 0) ? 1 : 0;
            vi[k] = 0;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < N; i++) {
                diag += ar[i * N + i] * ar[i * N + i];
                for (int j = i + 1; j < N; j++) {
                    off += ar[i * N + j] * ar[i * N + j] + ai[i * N + j] * ai[i * N + j];
                }
            }
            if (off == 0 || off <= 1e-34 * (diag + 2 * off)) {
                return;
            }
            for (int p = 0; p < N - 1; p++) {
                for (int q = p + 1; q < N; q++) {
                    rotate(ar, ai, vr, vi, p, q);
                }
            }
        }
    }

    /** One Jacobi rotation annihilating A_pq (phase first, then a real rotation). */
    private static void rotate(double[] ar, double[] ai, double[] vr, double[] vi, int p, int q) {
        double xr = ar[p * N + q];
        double xi = ai[p * N + q];
        double mag = Math.sqrt(xr * xr + xi * xi);
        if (mag == 0) {
            return;
        }
        double app = ar[p * N + p];
        double aqq = ar[q * N + q];
        // e^{iφ} = A_pq / |A_pq|; after the phase change P = diag(.., e^{-iφ} at q, ..) the element is real.
        double cr = xr / mag;
        double ci = xi / mag;
        double theta = (aqq - app) / (2 * mag);
        double t;
        if (Math.abs(theta) > 1e150) {
            t = 0.5 / theta;
        } else {
            t = Math.copySign(1.0, theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        }
        double c = 1 / Math.sqrt(1 + t * t);
        double s = t * c;
        ar[p * N + p] = app - t * mag;
        ar[q * N + q] = aqq + t * mag;
        ar[p * N + q] = 0;
        ai[p * N + q] = 0;
        ar[q * N + p] = 0;
        ai[q * N + p] = 0;
        for (int r = 0; r < N; r++) {
            if (r != p && r != q) {
                double rpR = ar[r * N + p];
                double rpI = ai[r * N + p];
                // y = A_rq e^{-iφ}
                double yR = ar[r * N + q] * cr + ai[r * N + q] * ci;
                double yI = ai[r * N + q] * cr - ar[r * N + q] * ci;
                double npR = c * rpR - s * yR;
                double npI = c * rpI - s * yI;
                double nqR = s * rpR + c * yR;
                double nqI = s * rpI + c * yI;
                ar[r * N + p] = npR;
                ai[r * N + p] = npI;
                ar[p * N + r] = npR;
                ai[p * N + r] = -npI;
                ar[r * N + q] = nqR;
                ai[r * N + q] = nqI;
                ar[q * N + r] = nqR;
                ai[q * N + r] = -nqI;
            }
            double vpR = vr[r * N + p];
            double vpI = vi[r * N + p];
            double yR = vr[r * N + q] * cr + vi[r * N + q] * ci;
            double yI = vi[r * N + q] * cr - vr[r * N + q] * ci;
            vr[r * N + p] = c * vpR - s * yR;
            vi[r * N + p] = c * vpI - s * yI;
            vr[r * N + q] = s * vpR + c * yR;
            vi[r * N + q] = s * vpI + c * yI;
        }
    }
}
