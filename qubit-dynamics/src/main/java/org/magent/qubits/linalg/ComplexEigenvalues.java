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
        Complex[][] a = new Complex[n][n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = new Complex(m.re(i, j), m.im(i, j));
                norm = Math.max(norm, a[i][j].abs());
            }
        }
        hessenberg(a);
        Complex[] eig = new Complex[n];
        int hi = n - 1;
        int iter = 0;
        while (hi >= 0) {
            int l = hi;
            while (l > 0) {
                double s = a[l - 1][l - 1].abs() + a[l][l].abs();
                if (a[l][l - 1].abs() <= EPS * (s == 0 ? norm : s)) {
                    a[l][l - 1] = Complex.ZERO;
                    break;
                }
                l--;
            }
            if (l == hi) {
                eig[hi] = a[hi][hi];
                hi--;
                iter = 0;
                continue;
            }
            if (++iter > 200 * n) {
                throw new IllegalStateException("QR iteration did not converge for a " + n + "x" + n + " matrix");
            }
            qrStep(a, l, hi, iter % 11 == 0 ? exceptionalShift(a, hi) : wilkinsonShift(a, hi));
        }
        return eig;
    }

    /** The eigenvalue of the trailing 2×2 block closer to its last diagonal entry. */
    private static Complex wilkinsonShift(Complex[][] a, int hi) {
        Complex p = a[hi - 1][hi - 1];
        Complex q = a[hi - 1][hi];
        Complex r = a[hi][hi - 1];
        Complex s = a[hi][hi];
        Complex half = p.subtract(s).multiply(0.5);
        Complex root = half.multiply(half).add(q.multiply(r)).sqrt();
        Complex mean = p.add(s).multiply(0.5);
        Complex e1 = mean.add(root);
        Complex e2 = mean.subtract(root);
        return e1.subtract(s).abs() <= e2.subtract(s).abs() ? e1 : e2;
    }

    /** A shift that breaks cycles of the Wilkinson iteration. */
    private static Complex exceptionalShift(Complex[][] a, int hi) {
        return a[hi][hi].add(new Complex(0.75 * a[hi][hi - 1].abs(), 0.5 * a[hi][hi - 1].abs()));
    }

    /** One shifted QR step A − μ = QR, A ← RQ + μ on the active window l..hi (Givens rotations). */
    private static void qrStep(Complex[][] a, int l, int hi, Complex mu) {
        for (int i = l; i <= hi; i++) {
            a[i][i] = a[i][i].subtract(mu);
        }
        int m = hi - l;
        Complex[] cs = new Complex[m];
        Complex[] ss = new Complex[m];
        for (int k = l; k < hi; k++) {
            Complex x = a[k][k];
            Complex y = a[k + 1][k];
            double r = Math.hypot(x.abs(), y.abs());
            Complex c = r == 0 ? Complex.ONE : x.divide(r);
            Complex s = r == 0 ? Complex.ZERO : y.divide(r);
            cs[k - l] = c;
            ss[k - l] = s;
            for (int j = k; j <= hi; j++) {
                Complex u = a[k][j];
                Complex w = a[k + 1][j];
                a[k][j] = c.conjugate().multiply(u).add(s.conjugate().multiply(w));
                a[k + 1][j] = c.multiply(w).subtract(s.multiply(u));
            }
        }
        for (int k = l; k < hi; k++) {
            Complex c = cs[k - l];
            Complex s = ss[k - l];
            for (int i = l; i <= Math.min(k + 2, hi); i++) {
                Complex u = a[i][k];
                Complex w = a[i][k + 1];
                a[i][k] = u.multiply(c).add(w.multiply(s));
                a[i][k + 1] = w.multiply(c.conjugate()).subtract(u.multiply(s.conjugate()));
            }
        }
        for (int i = l; i <= hi; i++) {
            a[i][i] = a[i][i].add(mu);
        }
    }

    /** Householder reduction to upper Hessenberg form (a similarity transform, in place). */
    private static void hessenberg(Complex[][] a) {
        int n = a.length;
        for (int k = 0; k < n - 2; k++) {
            int len = n - k - 1;
            double alpha = 0;
            for (int i = 0; i < len; i++) {
                alpha = Math.hypot(alpha, a[k + 1 + i][k].abs());
            }
            if (alpha == 0) {
                continue;
            }
            Complex x0 = a[k + 1][k];
            Complex phase = x0.abs() == 0 ? Complex.ONE : x0.divide(x0.abs());
            // the reflector is scale-free: build it from the column divided by its norm, so that a column of tiny
            // entries (e.g. 1e-217) does not underflow when squared
            Complex[] v = new Complex[len];
            double vnorm2 = 0;
            for (int i = 0; i < len; i++) {
                v[i] = i == 0 ? x0.divide(alpha).add(phase) : a[k + 1 + i][k].divide(alpha);
                vnorm2 += v[i].abs() * v[i].abs();
            }
            double f = 2 / vnorm2;
            for (int j = 0; j < n; j++) {
                Complex t = Complex.ZERO;
                for (int i = 0; i < len; i++) {
                    t = t.add(v[i].conjugate().multiply(a[k + 1 + i][j]));
                }
                for (int i = 0; i < len; i++) {
                    a[k + 1 + i][j] = a[k + 1 + i][j].subtract(v[i].multiply(t).multiply(f));
                }
            }
            for (int i = 0; i < n; i++) {
                Complex t = Complex.ZERO;
                for (int j = 0; j < len; j++) {
                    t = t.add(a[i][k + 1 + j].multiply(v[j]));
                }
                for (int j = 0; j < len; j++) {
                    a[i][k + 1 + j] = a[i][k + 1 + j].subtract(t.multiply(v[j].conjugate()).multiply(f));
                }
            }
        }
    }
}
