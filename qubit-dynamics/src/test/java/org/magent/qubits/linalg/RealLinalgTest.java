package org.magent.qubits.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real dense kernels: Padé-13 exponential and LU with condition number. */
class RealLinalgTest {

    private static double[] random(Random rnd, int n, double norm1) {
        double[] a = new double[n * n];
        for (int k = 0; k < a.length; k++) {
            a[k] = rnd.nextGaussian();
        }
        double s = norm1 / RealMatrixExponential.norm1(a, n);
        for (int k = 0; k < a.length; k++) {
            a[k] *= s;
        }
        return a;
    }

    private static ComplexMatrix complex(double[] a, int n) {
        return ComplexMatrix.of(n, n, a, new double[n * n]);
    }

    /** Σ_k A^k/k! to convergence (accurate to round-off for ‖A‖₁ ≲ 2). */
    static double[] taylor(double[] a, int n) {
        double[] sum = new double[n * n];
        double[] term = new double[n * n];
        for (int i = 0; i < n; i++) {
            sum[i * n + i] = 1;
            term[i * n + i] = 1;
        }
        double[] next = new double[n * n];
        for (int k = 1; k < 60; k++) {
            RealMatrixExponential.multiply(term, a, next, n);
            for (int e = 0; e < next.length; e++) {
                term[e] = next[e] / k;
                sum[e] += term[e];
            }
        }
        return sum;
    }

    /**
     * For ‖A‖₁ from 1e-3 to 2 the exponential agrees with the Taylor series to 1e-14 relative to ‖exp(A)‖; at
     * larger norms (scaling and squaring, up to 40) exp(A)·exp(−A) = 1 and the result agrees with the complex
     * exponential of the same matrix.
     */
    @Test
    void everyDegreeAgreesWithIndependentEvaluations() {
        Random rnd = new Random(5);
        for (double norm : new double[] {1e-3, 0.1, 0.5, 1.5, 2.0}) {
            for (int n : new int[] {2, 6, 8}) {
                double[] a = random(rnd, n, norm);
                double[] e = RealMatrixExponential.exp(a, n, 1.0);
                double[] ref = taylor(a, n);
                for (int k = 0; k < e.length; k++) {
                    assertEquals(ref[k], e[k], 1e-14 * Math.exp(norm), "norm " + norm + ", n " + n);
                }
            }
        }
        for (double norm : new double[] {4.0, 40.0}) {
            int n = 6;
            double[] a = random(rnd, n, norm);
            double[] e = RealMatrixExponential.exp(a, n, 1.0);
            double[] inv = RealMatrixExponential.exp(a, n, -1.0);
            double[] prod = new double[n * n];
            RealMatrixExponential.multiply(e, inv, prod, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(i == j ? 1.0 : 0.0, prod[i * n + j], 1e-12 * Math.exp(norm), "norm " + norm);
                }
            }
            ComplexMatrix ref = MatrixExponential.exp(complex(a, n));
            for (int k = 0; k < e.length; k++) {
                assertEquals(ref.re(k / n, k % n), e[k], 1e-13 * ref.maxAbs(), "norm " + norm);
            }
        }
    }

    /** The complex exponential agrees with the Taylor series of a complex matrix. */
    @Test
    void complexExponentialAgreesWithTaylor() {
        Random rnd = new Random(6);
        int n = 6;
        for (double norm : new double[] {1e-3, 0.1, 0.5, 1.5, 2.0}) {
            double[] re = random(rnd, n, norm / 2);
            double[] im = random(rnd, n, norm / 2);
            ComplexMatrix a = ComplexMatrix.of(n, n, re, im);
            ComplexMatrix e = MatrixExponential.exp(a);
            // Taylor series in complex arithmetic
            ComplexMatrix sum = ComplexMatrix.identity(n);
            ComplexMatrix term = ComplexMatrix.identity(n);
            for (int k = 1; k < 60; k++) {
                term = term.times(a).scaleInPlace(1.0 / k);
                sum.addScaledInPlace(1, 0, term);
            }
            assertTrue(e.combine(1, -1, sum).maxAbs() < 1e-14 * Math.exp(a.norm1()), "norm " + norm);
        }
    }

    /** exp(t·J) of a real Jordan block (defective) is e^{λt}(1 + tN + t²N²/2), at small and large t. */
    /**
     * The per-thread scratch arrays: every result is a fresh array that a later call does not touch, and threads
     * that exponentiate at once get exactly the results of one thread, at the cached dimensions and above them.
     */
    @Test
    void resultsAreFreshAndThreadsDoNotShareWork() throws Exception {
        Random rnd = new Random(5);
        int[] dims = {2, 6, 8, RealMatrixExponential.CACHED_DIMENSION, RealMatrixExponential.CACHED_DIMENSION + 3};
        double[][] a = new double[dims.length * 4][];
        double[][] expected = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            int n = dims[k % dims.length];
            a[k] = random(rnd, n, 0.5 + 10 * rnd.nextDouble());
            expected[k] = RealMatrixExponential.exp(a[k], n, 1.0);
        }
        double[] first = expected[0].clone();
        RealMatrixExponential.exp(a[dims.length], dims[0], 1.0);
        assertTrue(Arrays.equals(first, expected[0]), "a later call changed an earlier result");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                same.add(pool.submit(() -> {
                    for (int rep = 0; rep < 200; rep++) {
                        for (int k = 0; k < a.length; k++) {
                            double[] got = RealMatrixExponential.exp(a[k], dims[k % dims.length], 1.0);
                            if (!Arrays.equals(got, expected[k])) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : same) {
                assertTrue(f.get(), "a thread got another result than the sequential one");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void jordanBlock() {
        double lambda = -0.7;
        double[] j = {lambda, 1, 0, 0, lambda, 1, 0, 0, lambda};
        for (double t : new double[] {0.01, 1.0, 30.0}) {
            double[] e = RealMatrixExponential.exp(j, 3, t);
            double g = Math.exp(lambda * t);
            double[] coef = {1, t, t * t / 2};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    double expected = c >= r ? g * coef[c - r] : 0;
                    assertEquals(expected, e[r * 3 + c], 1e-14 * Math.max(1, t * t) * Math.max(g, 1e-300), "t " + t);
                }
            }
        }
    }

    /** A zero row (a conserved coordinate) stays an exact unit row through Padé and squaring. */
    @Test
    void zeroRowsGiveExactUnitRows() {
        Random rnd = new Random(9);
        int n = 6;
        double[] a = random(rnd, n, 60.0);
        for (int j = 0; j < n; j++) {
            a[j] = 0.0;
        }
        double[] e = RealMatrixExponential.exp(a, n, 1.0);
        assertEquals(1.0, e[0]);
        for (int j = 1; j < n; j++) {
            assertEquals(0.0, e[j]);
        }
    }

    @Test
    void exponentialRefusesNonFiniteAndMisshapenInput() {
        assertThrows(IllegalArgumentException.class, () -> RealMatrixExponential.exp(new double[] {1, 2, 3}, 2, 1));
        assertThrows(IllegalArgumentException.class,
                () -> RealMatrixExponential.exp(new double[] {1, Double.NaN, 0, 1}, 2, 1));
        // a NaN in an early column is not hidden by a finite later one
        assertThrows(IllegalArgumentException.class,
                () -> RealMatrixExponential.exp(new double[] {Double.NaN, 2, 0, 1}, 2, 1));
        assertThrows(IllegalArgumentException.class,
                () -> RealMatrixExponential.exp(new double[] {1e300, 0, 0, 1}, 2, 1e10));
    }

    /** LU solves random systems to round-off; rcond is 1 for a multiple of the identity, 0 when singular. */
    @Test
    void luSolvesAndEstimatesCondition() {
        Random rnd = new Random(13);
        int n = 6;
        double[] a = random(rnd, n, 3.0);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian();
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] += a[i * n + j] * x[j];
            }
        }
        RealLu lu = RealLu.factor(a, n);
        double rcond = lu.reciprocalCondition();
        assertTrue(rcond > 0 && rcond <= 1, "rcond " + rcond);
        lu.solveInPlace(b, 1);
        for (int i = 0; i < n; i++) {
            assertEquals(x[i], b[i], 1e-12 / rcond);
        }
        assertEquals(1.0, RealLu.factor(new double[] {3, 0, 0, 3}, 2).reciprocalCondition(), 1e-15);
        RealLu singular = RealLu.factor(new double[] {1, 2, 2, 4}, 2);
        assertTrue(singular.isSingular());
        assertEquals(0.0, singular.reciprocalCondition());
        // nearly singular: rcond of [[1, 1], [1, 1 + ε]] is about ε/4
        double eps = 1e-10;
        double r = RealLu.factor(new double[] {1, 1, 1, 1 + eps}, 2).reciprocalCondition();
        assertTrue(r > eps / 10 && r < eps, "rcond " + r);
    }
}
