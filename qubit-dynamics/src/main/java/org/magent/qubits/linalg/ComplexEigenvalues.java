package org.magent.qubits.linalg;

import org.apache.commons.math3.complex.Complex;

/**
 * Eigenvalues of a small complex matrix: Householder reduction to Hessenberg form, then the shifted QR algorithm
 * (Wilkinson shifts, Givens rotations, deflation at negligible subdiagonals). It replaces commons-math's
 * EigenDecomposition of the real 2n×2n embedding, which returned wrong real parts for some Lindbladian blocks
 * (e.g. 2a ± |A| instead of 2(a ± |A|) for the charge-0 block with J⊥ ≠ 0; checked against numpy.linalg.eigvals,
 * see ComplexEigenvaluesTest).
 */
public final class ComplexEigenvalues {

    private static final double EPS = 1e-15;

    private ComplexEigenvalues() {
    }

    /**
     * The eigenvalues, with multiplicity, in no particular order.
     *
     * @param m a square matrix
     * @return its n eigenvalues
     * @throws IllegalStateException if the QR iteration does not converge (not observed for n ≤ 16)
     */
    public static Complex[] of(ComplexMatrix m) {
        int n = m.rows();
        if (m.cols() != n) {
            throw new IllegalArgumentException("eigenvalues need a square matrix, got " + n + "x" + m.cols());
        }
        Work w = new Work(n);
        double norm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w.re[i * n + j] = m.re(i, j);
                w.im[i * n + j] = m.im(i, j);
                norm = Math.max(norm, abs(m.re(i, j), m.im(i, j)));
            }
        }
        w.hessenberg();
        Complex[] eig = new Complex[n];
        int hi = n - 1;
        int iter = 0;
        while (hi >= 0) {
            int l = hi;
            while (l > 0) {
                double s = w.abs(l - 1, l - 1) + w.abs(l, l);
                if (w.abs(l, l - 1) <= EPS * (s == 0 ? norm : s)) {
                    w.re[l * n + l - 1] = 0.0;
                    w.im[l * n + l - 1] = 0.0;
                    break;
                }
                l--;
            }
            if (l == hi) {
                eig[hi] = new Complex(w.re[hi * n + hi], w.im[hi * n + hi]);
                hi--;
                iter = 0;
                continue;
            }
            if (++iter > 200 * n) {
                throw new IllegalStateException("QR iteration did not converge for a " + n + "x" + n + " matrix");
            }
            if (iter % 11 == 0) {
                w.exceptionalShift(hi);
            } else {
                w.wilkinsonShift(hi);
            }
            w.qrStep(l, hi);
        }
        return eig;
    }

    /** |x + iy| without undue overflow or underflow. */
    private static double abs(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax < ay) {
            double q = x / y;
            return ay * Math.sqrt(1 + q * q);
        }
        if (ax == 0) {
            return 0.0;
        }
        double q = y / x;
        return ax * Math.sqrt(1 + q * q);
    }

    /** The matrix (row-major real and imaginary parts), the current shift μ and the rotations' workspace. */
    private static final class Work {
        final int n;
        final double[] re;
        final double[] im;
        double muRe;
        double muIm;
        final double[] cRe;
        final double[] cIm;
        final double[] sRe;
        final double[] sIm;

        Work(int n) {
            this.n = n;
            re = new double[n * n];
            im = new double[n * n];
            cRe = new double[n];
            cIm = new double[n];
            sRe = new double[n];
            sIm = new double[n];
        }

        double abs(int i, int j) {
            return ComplexEigenvalues.abs(re[i * n + j], im[i * n + j]);
        }

        /** μ = the eigenvalue of the trailing 2×2 block closer to its last diagonal entry (Wilkinson). */
        void wilkinsonShift(int hi) {
            int pp = (hi - 1) * n + hi - 1;
            int qq = (hi - 1) * n + hi;
            int rr = hi * n + hi - 1;
            int ss = hi * n + hi;
            double halfRe = 0.5 * (re[pp] - re[ss]);
            double halfIm = 0.5 * (im[pp] - im[ss]);
            // root = √(half² + q r), the principal square root
            double dRe = halfRe * halfRe - halfIm * halfIm + (re[qq] * re[rr] - im[qq] * im[rr]);
            double dIm = 2 * halfRe * halfIm + (re[qq] * im[rr] + im[qq] * re[rr]);
            double rootRe;
            double rootIm;
            if (dRe == 0 && dIm == 0) {
                rootRe = 0;
                rootIm = 0;
            } else {
                double t = Math.sqrt((Math.abs(dRe) + ComplexEigenvalues.abs(dRe, dIm)) / 2);
                if (dRe >= 0) {
                    rootRe = t;
                    rootIm = dIm / (2 * t);
                } else {
                    rootRe = Math.abs(dIm) / (2 * t);
                    rootIm = Math.copySign(1.0, dIm) * t;
                }
            }
            double meanRe = 0.5 * (re[pp] + re[ss]);
            double meanIm = 0.5 * (im[pp] + im[ss]);
            double e1Re = meanRe + rootRe;
            double e1Im = meanIm + rootIm;
            double e2Re = meanRe - rootRe;
            double e2Im = meanIm - rootIm;
            boolean first = ComplexEigenvalues.abs(e1Re - re[ss], e1Im - im[ss])
                    <= ComplexEigenvalues.abs(e2Re - re[ss], e2Im - im[ss]);
            muRe = first ? e1Re : e2Re;
            muIm = first ? e1Im : e2Im;
        }

        /** μ = a shift that breaks cycles of the Wilkinson iteration. */
        void exceptionalShift(int hi) {
            double sub = abs(hi, hi - 1);
            muRe = re[hi * n + hi] + 0.75 * sub;
            muIm = im[hi * n + hi] + 0.5 * sub;
        }

        /** One shifted QR step A − μ = QR, A ← RQ + μ on the active window l..hi (Givens rotations). */
        void qrStep(int l, int hi) {
            for (int i = l; i <= hi; i++) {
                re[i * n + i] -= muRe;
                im[i * n + i] -= muIm;
            }
            for (int k = l; k < hi; k++) {
                int x = k * n + k;
                int y = (k + 1) * n + k;
                double r = ComplexEigenvalues.abs(abs(k, k), abs(k + 1, k));
                double cr = r == 0 ? 1.0 : re[x] / r;
                double ci = r == 0 ? 0.0 : im[x] / r;
                double sr = r == 0 ? 0.0 : re[y] / r;
                double si = r == 0 ? 0.0 : im[y] / r;
                cRe[k] = cr;
                cIm[k] = ci;
                sRe[k] = sr;
                sIm[k] = si;
                for (int j = k; j <= hi; j++) {
                    int u = k * n + j;
                    int v = (k + 1) * n + j;
                    double uRe = re[u];
                    double uIm = im[u];
                    double vRe = re[v];
                    double vIm = im[v];
                    // a[k][j] = conj(c) u + conj(s) w; a[k+1][j] = c w − s u
                    re[u] = cr * uRe + ci * uIm + sr * vRe + si * vIm;
                    im[u] = cr * uIm - ci * uRe + sr * vIm - si * vRe;
                    re[v] = cr * vRe - ci * vIm - (sr * uRe - si * uIm);
                    im[v] = cr * vIm + ci * vRe - (sr * uIm + si * uRe);
                }
            }
            for (int k = l; k < hi; k++) {
                double cr = cRe[k];
                double ci = cIm[k];
                double sr = sRe[k];
                double si = sIm[k];
                for (int i = l; i <= Math.min(k + 2, hi); i++) {
                    int u = i * n + k;
                    int v = i * n + k + 1;
                    double uRe = re[u];
                    double uIm = im[u];
                    double vRe = re[v];
                    double vIm = im[v];
                    // a[i][k] = u c + w s; a[i][k+1] = w conj(c) − u conj(s)
                    re[u] = uRe * cr - uIm * ci + (vRe * sr - vIm * si);
                    im[u] = uRe * ci + uIm * cr + (vRe * si + vIm * sr);
                    re[v] = vRe * cr + vIm * ci - (uRe * sr + uIm * si);
                    im[v] = vIm * cr - vRe * ci - (uIm * sr - uRe * si);
                }
            }
            for (int i = l; i <= hi; i++) {
                re[i * n + i] += muRe;
                im[i * n + i] += muIm;
            }
        }

        /** Householder reduction to upper Hessenberg form (a similarity transform, in place). */
        void hessenberg() {
            double[] vRe = new double[n];
            double[] vIm = new double[n];
            for (int k = 0; k < n - 2; k++) {
                int len = n - k - 1;
                double alpha = 0;
                for (int i = 0; i < len; i++) {
                    alpha = Math.hypot(alpha, abs(k + 1 + i, k));
                }
                if (alpha == 0) {
                    continue;
                }
                int x0 = (k + 1) * n + k;
                double x0Abs = abs(k + 1, k);
                double phRe = x0Abs == 0 ? 1.0 : re[x0] / x0Abs;
                double phIm = x0Abs == 0 ? 0.0 : im[x0] / x0Abs;
                // the reflector is scale-free: built from the column divided by its norm, so that a column of
                // tiny entries (e.g. 1e-217) does not underflow when squared
                double vnorm2 = 0;
                for (int i = 0; i < len; i++) {
                    int e = (k + 1 + i) * n + k;
                    vRe[i] = re[e] / alpha + (i == 0 ? phRe : 0.0);
                    vIm[i] = im[e] / alpha + (i == 0 ? phIm : 0.0);
                    double a = ComplexEigenvalues.abs(vRe[i], vIm[i]);
                    vnorm2 += a * a;
                }
                double f = 2 / vnorm2;
                for (int j = 0; j < n; j++) {
                    double tRe = 0;
                    double tIm = 0;
                    for (int i = 0; i < len; i++) {
                        int e = (k + 1 + i) * n + j;
                        // t += conj(v_i) a_ij
                        tRe += vRe[i] * re[e] + vIm[i] * im[e];
                        tIm += vRe[i] * im[e] - vIm[i] * re[e];
                    }
                    for (int i = 0; i < len; i++) {
                        int e = (k + 1 + i) * n + j;
                        re[e] -= (vRe[i] * tRe - vIm[i] * tIm) * f;
                        im[e] -= (vRe[i] * tIm + vIm[i] * tRe) * f;
                    }
                }
                for (int i = 0; i < n; i++) {
                    double tRe = 0;
                    double tIm = 0;
                    for (int j = 0; j < len; j++) {
                        int e = i * n + k + 1 + j;
                        // t += a_ij v_j
                        tRe += re[e] * vRe[j] - im[e] * vIm[j];
                        tIm += re[e] * vIm[j] + im[e] * vRe[j];
                    }
                    for (int j = 0; j < len; j++) {
                        int e = i * n + k + 1 + j;
                        // a_ij −= t conj(v_j) f
                        re[e] -= (tRe * vRe[j] + tIm * vIm[j]) * f;
                        im[e] -= (tIm * vRe[j] - tRe * vIm[j]) * f;
                    }
                }
            }
        }
    }
}
