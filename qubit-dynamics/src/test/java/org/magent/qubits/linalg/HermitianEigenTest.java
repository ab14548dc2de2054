package org.magent.qubits.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Jacobi eigen-solver: reconstruction, unitarity, and block confinement of eigenvectors. */
class HermitianEigenTest {

    private static ComplexMatrix randomHermitian(int n, long seed) {
        Random rnd = new Random(seed);
        ComplexMatrix m = ComplexMatrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.set(i, i, rnd.nextGaussian(), 0);
            for (int j = i + 1; j < n; j++) {
                double re = rnd.nextGaussian();
                double im = rnd.nextGaussian();
                m.set(i, j, re, im);
                m.set(j, i, re, -im);
            }
        }
        return m;
    }

    private static double maxDiff(ComplexMatrix x, ComplexMatrix y) {
        double d = 0;
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                d = Math.max(d, Math.hypot(x.re(i, j) - y.re(i, j), x.im(i, j) - y.im(i, j)));
            }
        }
        return d;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 6, 9})
    void reconstructsTheMatrixWithAUnitaryBasis(int n) {
        for (long seed = 0; seed < 20; seed++) {
            ComplexMatrix m = randomHermitian(n, seed + 31L * n);
            HermitianEigen e = HermitianEigen.of(m);
            ComplexMatrix v = e.vectors();
            double[] w = e.values();
            ComplexMatrix lambda = ComplexMatrix.zeros(n, n);
            for (int k = 0; k < n; k++) {
                lambda.set(k, k, w[k], 0);
                if (k > 0) {
                    assertTrue(w[k] >= w[k - 1], "ascending");
                }
            }
            assertEquals(0, maxDiff(v.times(lambda).times(v.adjoint()), m), 1e-13 * n);
            assertEquals(0, maxDiff(v.adjoint().times(v), ComplexMatrix.identity(n)), 1e-14 * n);
        }
    }

    @Test
    void knownSpectrumOfA2x2Block() {
        // [[a, A*],[A, a]] has eigenvalues a ∓ |A| (Eq. (4) block): a = 1, A = 0.6 + 0.8i, |A| = 1
        ComplexMatrix m = ComplexMatrix.of(2, 2, new double[] {1, 0.6, 0.6, 1}, new double[] {0, -0.8, 0.8, 0});
        assertArrayEquals(new double[] {0, 2}, HermitianEigen.of(m).values(), 1e-15);
    }

    @Test
    void eigenvectorsStayInTheirBlockEvenWhenEigenvaluesCoincide() {
        // two identical blocks: every eigenvalue is doubly degenerate across blocks
        ComplexMatrix m = ComplexMatrix.zeros(6, 6);
        for (int b = 0; b < 3; b++) {
            int o = 2 * b;
            m.set(o, o, 1.5, 0);
            m.set(o + 1, o + 1, 1.5, 0);
            m.set(o, o + 1, 0.5, 0.3);
            m.set(o + 1, o, 0.5, -0.3);
        }
        HermitianEigen e = HermitianEigen.of(m);
        ComplexMatrix v = e.vectors();
        for (int k = 0; k < 6; k++) {
            int blocks = 0;
            for (int b = 0; b < 3; b++) {
                boolean any = false;
                for (int i = 2 * b; i < 2 * b + 2; i++) {
                    any |= v.re(i, k) != 0.0 || v.im(i, k) != 0.0;
                }
                blocks += any ? 1 : 0;
            }
            assertEquals(1, blocks, "eigenvector " + k + " lies in one block");
        }
    }

    @Test
    void refusesNonSquareOrNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> HermitianEigen.of(ComplexMatrix.zeros(2, 3)));
        ComplexMatrix m = ComplexMatrix.zeros(2, 2);
        m.set(0, 1, Double.NaN, 0);
        assertThrows(IllegalArgumentException.class, () -> HermitianEigen.of(m));
    }
}
