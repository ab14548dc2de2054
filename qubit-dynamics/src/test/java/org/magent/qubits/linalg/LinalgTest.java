package org.magent.qubits.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The complex dense kernels: exponential, solver, kernel projector, block decomposition. */
class LinalgTest {

    /** exp of a Jordan block J = λ + N (defective): e^{λ}(1 + N + N²/2) exactly, for small and huge ‖J‖. */
    @Test
    void exponentialOfJordanBlock() {
        for (double scale : new double[] {0.1, 3.0, 40.0}) {
            double lr = -0.7 * scale;
            double li = 0.4 * scale;
            ComplexMatrix j = ComplexMatrix.zeros(3, 3);
            for (int i = 0; i < 3; i++) {
                j.set(i, i, lr, li);
            }
            j.set(0, 1, scale, 0);
            j.set(1, 2, scale, 0);
            ComplexMatrix e = MatrixExponential.exp(j);
            double er = Math.exp(lr) * Math.cos(li);
            double ei = Math.exp(lr) * Math.sin(li);
            double[] coef = {1, scale, scale * scale / 2};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    double k = c >= r ? coef[c - r] : 0;
                    double tol = 1e-13 * Math.exp(lr) * Math.max(1, scale * scale);
                    assertEquals(k * er, e.re(r, c), tol, "scale " + scale);
                    assertEquals(k * ei, e.im(r, c), tol, "scale " + scale);
                }
            }
        }
    }

    /** exp(iθσx) = cos θ + i sin θ σx, and exp(A)·exp(−A) = 1 for a random complex A. */
    @Test
    void exponentialIdentities() {
        double theta = 7.3;
        ComplexMatrix a = ComplexMatrix.zeros(2, 2);
        a.set(0, 1, 0, theta);
        a.set(1, 0, 0, theta);
        ComplexMatrix e = MatrixExponential.exp(a);
        assertEquals(Math.cos(theta), e.re(0, 0), 1e-14);
        assertEquals(Math.sin(theta), e.im(0, 1), 1e-14);
        assertEquals(0, e.im(0, 0), 1e-14);
        Random rnd = new Random(3);
        ComplexMatrix m = ComplexMatrix.zeros(6, 6);
        for (int i = 0; i < 6; i++) {
            for (int k = 0; k < 6; k++) {
                m.set(i, k, rnd.nextGaussian(), rnd.nextGaussian());
            }
        }
        ComplexMatrix prod = MatrixExponential.exp(m).times(MatrixExponential.exp(m.copy().scaleInPlace(-1)));
        assertTrue(prod.combine(1, -1, ComplexMatrix.identity(6)).maxAbs() < 1e-11);
    }

    /** An exactly zero row stays an exactly unit row (conserved coordinate). */
    @Test
    void zeroRowGivesExactUnitRow() {
        ComplexMatrix m = ComplexMatrix.zeros(3, 3);
        m.set(1, 0, 2e6, 0);
        m.set(1, 1, -3e6, 1);
        m.set(2, 1, 1e6, 0);
        m.set(2, 2, -1, 0);
        m.set(1, 2, 0.5, 0);
        ComplexMatrix e = MatrixExponential.exp(m.copy().scaleInPlace(10));
        assertArrayEquals(new double[] {1, 0, 0}, new double[] {e.re(0, 0), e.re(0, 1), e.re(0, 2)});
    }

    @Test
    void solverSolvesAndRejectsSingular() {
        ComplexMatrix a = ComplexMatrix.of(2, 2, new double[] {0, 2, 1, 1}, new double[] {1, 0, 0, -1});
        ComplexMatrix b = ComplexMatrix.of(2, 1, new double[] {1, 0}, new double[] {0, 1});
        ComplexMatrix x = ComplexLinearSolver.solve(a, b);
        assertTrue(a.times(x).combine(1, -1, b).maxAbs() < 1e-15);
        ComplexMatrix s = ComplexMatrix.of(2, 2, new double[] {1, 2, 2, 4}, new double[4]);
        assertThrows(ArithmeticException.class, () -> ComplexLinearSolver.solve(s, b));
    }

    /** Kernel projector of a non-normal matrix with a 2-dim kernel: P² = P, LP = PL = 0, and rank 2. */
    @Test
    void kernelProjectorIsTheSpectralProjector() {
        Random rnd = new Random(5);
        int n = 5;
        // L = S D S⁻¹ with D = diag(0, 0, −1, −2+i, −3)
        ComplexMatrix s = ComplexMatrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                s.set(i, k, rnd.nextGaussian() + (i == k ? 3 : 0), rnd.nextGaussian());
            }
        }
        ComplexMatrix d = ComplexMatrix.zeros(n, n);
        d.set(2, 2, -1, 0);
        d.set(3, 3, -2, 1);
        d.set(4, 4, -3, 0);
        ComplexMatrix sInv = ComplexLinearSolver.solve(s, ComplexMatrix.identity(n));
        ComplexMatrix l = s.times(d).times(sInv);
        ComplexMatrix p = KernelProjector.of(l, KernelProjector.DEFAULT_RELATIVE_TOLERANCE);
        assertTrue(p.times(p).combine(1, -1, p).maxAbs() < 1e-12);
        assertTrue(l.times(p).maxAbs() < 1e-12);
        assertTrue(p.times(l).maxAbs() < 1e-12);
        ComplexMatrix d0 = ComplexMatrix.zeros(n, n);
        d0.set(0, 0, 1, 0);
        d0.set(1, 1, 1, 0);
        ComplexMatrix expected = s.times(d0).times(sInv);
        assertTrue(p.combine(1, -1, expected).maxAbs() < 1e-11);
        assertEquals(0.0, KernelProjector.of(ComplexMatrix.identity(3), 1e-10).maxAbs());
    }

    @Test
    void blocksFollowSparsity() {
        ComplexMatrix m = ComplexMatrix.zeros(5, 5);
        m.set(0, 3, 1, 0);
        m.set(4, 1, 0, 2);
        m.set(2, 2, 5, 0);
        BlockDecomposition b = BlockDecomposition.of(m);
        assertArrayEquals(new int[][] {{0, 3}, {1, 4}, {2}}, b.blocks());
        // exp block by block equals exp of the whole
        ComplexMatrix whole = MatrixExponential.exp(m);
        assertTrue(b.exp(1.0).toDense().combine(1, -1, whole).maxAbs() < 1e-13);
    }

    /**
     * exp on the support of a vector acts on it exactly as the full block exponential: the blocks left out hold
     * zeros, which exp(tM) maps to zeros.
     */
    @Test
    void exponentialOnSupportEqualsFullExponential() {
        Random rnd = new Random(8);
        ComplexMatrix m = ComplexMatrix.zeros(7, 7);
        int[][] groups = {{0, 3, 5}, {1, 6}, {2, 4}};
        for (int[] g : groups) {
            for (int i : g) {
                for (int j : g) {
                    m.set(i, j, rnd.nextGaussian(), rnd.nextGaussian());
                }
            }
        }
        BlockDecomposition d = BlockDecomposition.of(m);
        double[] re = new double[7];
        double[] im = new double[7];
        re[3] = 0.7;
        im[6] = -0.2; // support in blocks {0,3,5} and {1,6}
        double[] fullRe = re.clone();
        double[] fullIm = im.clone();
        d.exp(0.3).applyInPlace(fullRe, fullIm);
        d.expOnSupport(0.3, re, im).applyInPlace(re, im);
        assertArrayEquals(fullRe, re, 0.0);
        assertArrayEquals(fullIm, im, 0.0);
        assertEquals(0.0, re[2] + re[4] + im[2] + im[4], 0.0);
    }
}
