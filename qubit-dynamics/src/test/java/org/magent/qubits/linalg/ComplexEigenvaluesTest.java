package org.magent.qubits.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.Liouvillians;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;

/** The QR eigenvalue solver used for the Liouvillian's relaxation rates. */
class ComplexEigenvaluesTest {

    @Test
    void chargeZeroBlockWithExchangeHasRates2aPlusMinus2AbsA() {
        // a = 1, A = 0.9947, J⊥ = −2.7669, δ = 0 (the built-in example at r ≈ 5 nm, in units of a). Closed form:
        // the charge-0 block (populations and the ud–du coherence) has the rates 0 (|↑↑⟩), 2(a − |A|) (dark),
        // 2(a + |A|) (bright), 2a twice (dark–bright coherence, rotating at 4J⊥) and 4a (|↓↓⟩); numpy.linalg.eigvals
        // of the engine's block agrees. The commons-math EigenDecomposition of the real 2n×2n embedding (used
        // before) gave 2a ∓ |A| = 1.0053 and 2.9947 instead of 2(a ∓ |A|).
        double a = 1;
        double g = 0.99472;
        BathParameters b = BathParameters.explicit(a, 0, new Complex(g, 0), Complex.ZERO, -2.7669, 0, 0, 0,
                Complex.ZERO);
        BlockDecomposition blocks = BlockDecomposition.of(Liouvillians.lindbladian(
                new TwoQubitModel(new QubitFields(0, 0), b)));
        int six = -1;
        for (int k = 0; k < blocks.blockCount(); k++) {
            six = blocks.block(k).rows() == 6 ? k : six;
        }
        Complex[] eig = ComplexEigenvalues.of(blocks.block(six));
        double[] rates = Arrays.stream(eig).mapToDouble(z -> -z.getReal()).sorted().toArray();
        double[] expected = {0, 2 * (a - g), 2 * a, 2 * a, 2 * (a + g), 4 * a};
        for (int k = 0; k < 6; k++) {
            assertEquals(expected[k], rates[k], 1e-12, Arrays.toString(rates));
        }
    }

    @Test
    void randomMatricesKeepTraceDeterminantAndEigenEquation() {
        Random rnd = new Random(7);
        for (int n = 1; n <= 16; n += 3) {
            double[][] re = new double[n][n];
            double[][] im = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    re[i][k] = rnd.nextGaussian();
                    im[i][k] = rnd.nextGaussian();
                }
            }
            ComplexMatrix m = matrix(re, im);
            Complex[] eig = ComplexEigenvalues.of(m);
            Complex trace = Complex.ZERO;
            Complex sum = Complex.ZERO;
            for (int i = 0; i < n; i++) {
                trace = trace.add(new Complex(re[i][i], im[i][i]));
                sum = sum.add(eig[i]);
            }
            assertEquals(0, trace.subtract(sum).abs(), 1e-10 * n);
            for (Complex z : eig) {
                // smallest singular value of (M − z) ≈ 0: det via LU of the shifted matrix, relative to ‖M‖^n
                assertEquals(0, determinant(m, z).abs() / Math.pow(4 * Math.sqrt(n), n), 1e-9);
            }
        }
    }

    @Test
    void triangularMatrixGivesItsDiagonal() {
        double[][] re = {{1, 5, 7}, {0, -2, 3}, {0, 0, 0.5}};
        double[][] im = {{0.5, 1, 1}, {0, 0, 2}, {0, 0, -1}};
        Complex[] eig = ComplexEigenvalues.of(matrix(re, im));
        Arrays.sort(eig, Comparator.comparingDouble(Complex::getReal));
        assertEquals(0, eig[0].subtract(new Complex(-2, 0)).abs(), 1e-14);
        assertEquals(0, eig[1].subtract(new Complex(0.5, -1)).abs(), 1e-14);
        assertEquals(0, eig[2].subtract(new Complex(1, 0.5)).abs(), 1e-14);
    }

    private static ComplexMatrix matrix(double[][] re, double[][] im) {
        int n = re.length;
        double[] r = new double[n * n];
        double[] i = new double[n * n];
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                r[p * n + q] = re[p][q];
                i[p * n + q] = im[p][q];
            }
        }
        return ComplexMatrix.of(n, n, r, i);
    }

    /** det(M − z) by Gaussian elimination with partial pivoting. */
    private static Complex determinant(ComplexMatrix m, Complex z) {
        int n = m.rows();
        Complex[][] a = new Complex[n][n];
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                a[p][q] = new Complex(m.re(p, q), m.im(p, q)).subtract(p == q ? z : Complex.ZERO);
            }
        }
        Complex det = Complex.ONE;
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int p = c + 1; p < n; p++) {
                if (a[p][c].abs() > a[piv][c].abs()) {
                    piv = p;
                }
            }
            if (piv != c) {
                Complex[] t = a[piv];
                a[piv] = a[c];
                a[c] = t;
                det = det.negate();
            }
            det = det.multiply(a[c][c]);
            if (a[c][c].abs() == 0) {
                return Complex.ZERO;
            }
            for (int p = c + 1; p < n; p++) {
                Complex f = a[p][c].divide(a[c][c]);
                for (int q = c; q < n; q++) {
                    a[p][q] = a[p][q].subtract(f.multiply(a[c][q]));
                }
            }
        }
        return det;
    }

    /**
     * A column of tiny entries (1e-200: squared, they underflow) reduces to Hessenberg form without NaNs: the
     * eigenvalues equal those of the matrix with the column zeroed (its corner entry and the lower-right block's)
     * to round-off. Before the reflector was scaled, this threw "QR iteration did not converge".
     */
    @Test
    void tinyColumnDoesNotUnderflow() {
        Random rnd = new Random(21);
        int n = 6;
        ComplexMatrix m = ComplexMatrix.zeros(n, n);
        ComplexMatrix zeroed = ComplexMatrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double re = rnd.nextGaussian();
                double im = rnd.nextGaussian();
                double scale = j == 0 && i > 0 ? 1e-200 : 1;
                m.set(i, j, re * scale, im * scale);
                zeroed.set(i, j, j == 0 && i > 0 ? 0 : re, j == 0 && i > 0 ? 0 : im);
            }
        }
        Comparator<Complex> order = Comparator.comparingDouble(Complex::getReal).thenComparingDouble(Complex::getImaginary);
        Complex[] got = ComplexEigenvalues.of(m);
        Complex[] ref = ComplexEigenvalues.of(zeroed);
        Arrays.sort(got, order);
        Arrays.sort(ref, order);
        for (int k = 0; k < n; k++) {
            assertEquals(0, got[k].subtract(ref[k]).abs(), 1e-12, Arrays.toString(got) + " vs " + Arrays.toString(ref));
        }
    }

    /**
     * The sweep point that stopped a 100 × 100 temperature sweep (ferromagnet, r = 0.5, T = 0.00101: ã = 4.6e-217):
     * the relaxation rates are 0, 2(a − |A|) and the rest, computed without error.
     */
    @Test
    void excitationRateOf1eMinus217() {
        double a = 0.04358639136908632;
        double g = 0.04303377838026811;
        BathParameters b = BathParameters.explicit(a, 4.6087417375846506e-217, new Complex(g, 0),
                new Complex(4.550309496091398e-217, 0), -0.07659443652398004, 0, 0, 0, Complex.ZERO);
        double[] rates = org.magent.qubits.dynamics.LindbladPropagator.of(new TwoQubitModel(new QubitFields(0, 0), b))
                .relaxationRates();
        assertEquals(0.0, rates[0], 0.0);
        assertEquals(2 * (a - g), rates[3], 1e-15);
        assertEquals(4 * a, rates[15], 1e-15);
    }
}
