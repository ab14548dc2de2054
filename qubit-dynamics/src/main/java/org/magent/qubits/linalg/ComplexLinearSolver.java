package org.magent.qubits.linalg;

/**
 * Solves A·X = B for a square complex A by LU decomposition with partial pivoting.
 */
public final class ComplexLinearSolver {

    private ComplexLinearSolver() {
    }

    /**
     * Solves A·X = B.
     *
     * @param a square coefficient matrix (not modified)
     * @param b right-hand sides, one per column (not modified)
     * @return X, a new matrix of the shape of b
     * @throws ArithmeticException if A is singular to working precision (a zero pivot)
     */
    public static ComplexMatrix solve(ComplexMatrix a, ComplexMatrix b) {
        int n = a.rows();
        if (a.cols() != n || b.rows() != n) {
            throw new IllegalArgumentException("solve needs a square A and matching B, got " + a.rows() + "x"
                    + a.cols() + " and " + b.rows() + "x" + b.cols());
        }
        int m = b.cols();
        double[] lr = a.reArray().clone();
        double[] li = a.imArray().clone();
        ComplexMatrix x = b.copy();
        double[] xr = x.reArray();
        double[] xi = x.imArray();
        double scale = Math.max(a.maxAbs(), Double.MIN_NORMAL);
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.hypot(lr[k * n + k], li[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.hypot(lr[i * n + k], li[i * n + k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (best <= 1e-300 * scale || best == 0.0) {
                throw new ArithmeticException("singular matrix: zero pivot in column " + k);
            }
            if (p != k) {
                swapRows(lr, li, n, n, p, k);
                swapRows(xr, xi, m, n, p, k);
            }
            double pr = lr[k * n + k];
            double pi = li[k * n + k];
            double den = pr * pr + pi * pi;
            double invR = pr / den;
            double invI = -pi / den;
            for (int i = k + 1; i < n; i++) {
                double er = lr[i * n + k];
                double ei = li[i * n + k];
                if (er == 0.0 && ei == 0.0) {
                    continue;
                }
                double fr = er * invR - ei * invI;
                double fi = er * invI + ei * invR;
                for (int j = k + 1; j < n; j++) {
                    double ur = lr[k * n + j];
                    double ui = li[k * n + j];
                    lr[i * n + j] -= fr * ur - fi * ui;
                    li[i * n + j] -= fr * ui + fi * ur;
                }
                for (int j = 0; j < m; j++) {
                    double ur = xr[k * m + j];
                    double ui = xi[k * m + j];
                    xr[i * m + j] -= fr * ur - fi * ui;
                    xi[i * m + j] -= fr * ui + fi * ur;
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double pr = lr[k * n + k];
            double pi = li[k * n + k];
            double den = pr * pr + pi * pi;
            double invR = pr / den;
            double invI = -pi / den;
            for (int j = 0; j < m; j++) {
                double sr = xr[k * m + j];
                double si = xi[k * m + j];
                for (int l = k + 1; l < n; l++) {
                    double ur = lr[k * n + l];
                    double ui = li[k * n + l];
                    double vr = xr[l * m + j];
                    double vi = xi[l * m + j];
                    sr -= ur * vr - ui * vi;
                    si -= ur * vi + ui * vr;
                }
                xr[k * m + j] = sr * invR - si * invI;
                xi[k * m + j] = sr * invI + si * invR;
            }
        }
        return x;
    }

    private static void swapRows(double[] r, double[] i, int width, int n, int p, int k) {
        for (int j = 0; j < width; j++) {
            double t = r[p * width + j];
            r[p * width + j] = r[k * width + j];
            r[k * width + j] = t;
            t = i[p * width + j];
            i[p * width + j] = i[k * width + j];
            i[k * width + j] = t;
        }
    }
}
