package org.magent.linalg;

/**
 * Cyclic Jacobi eigen-solver for small complex Hermitian matrices (n×n, split row-major real/imaginary arrays).
 * Backward stable: the eigenpairs are exact for a matrix within a few ulps (relative to its norm) of the input.
 */
public final class HermitianJacobi {

    private static final int MAX_SWEEPS = 60;

    private HermitianJacobi() {
    }

    /**
     * Diagonalises the Hermitian matrix A in place: on return the diagonal of {@code ar} holds the eigenvalues
     * (unsorted) and the columns of (vr, vi) the orthonormal eigenvectors. Only the Hermitian part of the input is
     * used.
     *
     * @param n the dimension
     * @param ar real parts of A, row-major, overwritten
     * @param ai imaginary parts of A, row-major, overwritten
     * @param vr receives the real parts of the eigenvector matrix (column k = eigenvector k)
     * @param vi receives the imaginary parts of the eigenvector matrix
     */
    public static void diagonalise(int n, double[] ar, double[] ai, double[] vr, double[] vi) {
        for (int i = 0; i < n; i++) {
            ai[i * n + i] = 0;
            for (int j = i + 1; j < n; j++) {
                double re = 0.5 * (ar[i * n + j] + ar[j * n + i]);
                double im = 0.5 * (ai[i * n + j] - ai[j * n + i]);
                ar[i * n + j] = re;
                ai[i * n + j] = im;
                ar[j * n + i] = re;
                ai[j * n + i] = -im;
            }
        }
        for (int k = 0; k < n * n; k++) {
            vr[k] = (k % (n + 1) == 0) ? 1 : 0;
            vi[k] = 0;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += ar[i * n + i] * ar[i * n + i];
                for (int j = i + 1; j < n; j++) {
                    off += ar[i * n + j] * ar[i * n + j] + ai[i * n + j] * ai[i * n + j];
                }
            }
            if (off == 0 || off <= 1e-34 * (diag + 2 * off)) {
                return;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(n, ar, ai, vr, vi, p, q);
                }
            }
        }
    }

    /** One Jacobi rotation annihilating A_pq (phase first, then a real rotation). */
    private static void rotate(int n, double[] ar, double[] ai, double[] vr, double[] vi, int p, int q) {
        double xr = ar[p * n + q];
        double xi = ai[p * n + q];
        double mag = Math.sqrt(xr * xr + xi * xi);
        if (mag == 0) {
            return;
        }
        double app = ar[p * n + p];
        double aqq = ar[q * n + q];
        double cr = xr / mag;
        double ci = xi / mag;
        double theta = (aqq - app) / (2 * mag);
        double t = Math.abs(theta) > 1e150 ? 0.5 / theta
                : Math.copySign(1.0, theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(1 + t * t);
        double s = t * c;
        ar[p * n + p] = app - t * mag;
        ar[q * n + q] = aqq + t * mag;
        ar[p * n + q] = 0;
        ai[p * n + q] = 0;
        ar[q * n + p] = 0;
        ai[q * n + p] = 0;
        for (int r = 0; r < n; r++) {
            if (r != p && r != q) {
                double rpR = ar[r * n + p];
                double rpI = ai[r * n + p];
                double yR = ar[r * n + q] * cr + ai[r * n + q] * ci;
                double yI = ai[r * n + q] * cr - ar[r * n + q] * ci;
                double npR = c * rpR - s * yR;
                double npI = c * rpI - s * yI;
                double nqR = s * rpR + c * yR;
                double nqI = s * rpI + c * yI;
                ar[r * n + p] = npR;
                ai[r * n + p] = npI;
                ar[p * n + r] = npR;
                ai[p * n + r] = -npI;
                ar[r * n + q] = nqR;
                ai[r * n + q] = nqI;
                ar[q * n + r] = nqR;
                ai[q * n + r] = -nqI;
            }
            double vpR = vr[r * n + p];
            double vpI = vi[r * n + p];
            double yR = vr[r * n + q] * cr + vi[r * n + q] * ci;
            double yI = vi[r * n + q] * cr - vr[r * n + q] * ci;
            vr[r * n + p] = c * vpR - s * yR;
            vi[r * n + p] = c * vpI - s * yI;
            vr[r * n + q] = s * vpR + c * yR;
            vi[r * n + q] = s * vpI + c * yI;
        }
    }
}
