package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;

/** Structure of the generator: sectors, Eq. (S54) entries, and complex A without gauging. */
class LiouvillianStructureTest {

    /** Total σᶻ is conserved by every term: blocks are the coherence-order sectors 6 + 4 + 4 + 1 + 1. */
    @Test
    void blocksAreCoherenceOrderSectors() {
        TwoQubitModel m = InvariantsTest.randomModel(new Random(7));
        int[] sizes = Arrays.stream(LindbladPropagator.of(m).blocks()).mapToInt(b -> b.length).sorted().toArray();
        assertArrayEquals(new int[] {1, 1, 4, 4, 6}, sizes);
        assertArrayEquals(new int[] {0, 5, 6, 9, 10, 15}, Arrays.stream(LindbladPropagator.of(m).blocks())
                .filter(b -> b.length == 6).findFirst().orElseThrow());
    }

    /**
     * The generators are built from operators shared between calls and threads: what a caller does to the matrices
     * it is handed (jump operators, Hamiltonians, generators) does not reach the next build.
     */
    @Test
    void sharedOperatorsDoNotLeakIntoLaterBuilds() {
        TwoQubitModel m = InvariantsTest.randomModel(new Random(11));
        ComplexMatrix l = Liouvillians.lindbladian(m);
        ComplexMatrix post = Liouvillians.postselected(m);
        ComplexMatrix nh = Liouvillians.nonHermitianHamiltonian(m);
        ComplexMatrix h = Liouvillians.hamiltonian(m);
        ComplexMatrix[] before = {l.copy(), post.copy(), nh.copy(), h.copy()};
        for (ComplexMatrix handed : new ComplexMatrix[] {l, post, nh, h}) {
            scribble(handed);
        }
        for (ComplexMatrix o : Liouvillians.jumpOperators()) {
            scribble(o);
        }
        assertSame(before[0], Liouvillians.lindbladian(m));
        assertSame(before[1], Liouvillians.postselected(m));
        assertSame(before[2], Liouvillians.nonHermitianHamiltonian(m));
        assertSame(before[3], Liouvillians.hamiltonian(m));
        ComplexMatrix[] jumps = Liouvillians.jumpOperators();
        assertEquals(1.0, jumps[0].re(2, 0), 0.0); // σ1⁻ maps |↑·⟩ (index 0) to |↓·⟩ (index 2)
        assertEquals(1.0, jumps[3].re(0, 1), 0.0); // σ2⁺ maps |·↓⟩ (index 1) to |·↑⟩ (index 0)
    }

    private static void scribble(ComplexMatrix m) {
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                m.set(i, j, 1e9 + i, -1e9 - j);
            }
        }
    }

    /** Two builds hold the same numbers, bit for bit. */
    private static void assertSame(ComplexMatrix a, ComplexMatrix b) {
        assertEquals(a.rows(), b.rows());
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                assertEquals(a.re(i, j), b.re(i, j), 0.0, "re " + i + "," + j);
                assertEquals(a.im(i, j), b.im(i, j), 0.0, "im " + i + "," + j);
            }
        }
    }

    /** Eq. (S54) at real A, Ã: dρ/dt from the generator reproduces the printed right-hand sides. */
    @Test
    void generatorReproducesS54() {
        double a = 1.1;
        double at = 0.4;
        double bigA = 0.7;
        double bigAt = 0.3;
        double delta = 0.6;
        double gamma = bigA + bigAt;
        TwoQubitModel m = Fixtures.model(delta, a, at, bigA, bigAt);
        DensityMatrix rho = InvariantsTest.randomMixedState(new Random(9));
        DensityMatrix d = UnmonitoredClosedFormsTest.derivative(m, rho);
        double s12 = 2 * rho.re(1, 2); // ρ12 + ρ21
        assertEquals(-4 * at * rho.re(0, 0) + 2 * a * (rho.re(1, 1) + rho.re(2, 2)) + 2 * bigA * s12, d.re(0, 0),
                1e-13);
        assertEquals(-2 * (a + at) * rho.re(1, 1) + 2 * at * rho.re(0, 0) + 2 * a * rho.re(3, 3) - gamma * s12,
                d.re(1, 1), 1e-13);
        assertEquals(-4 * a * rho.re(3, 3) + 2 * at * (rho.re(1, 1) + rho.re(2, 2)) + 2 * bigAt * s12, d.re(3, 3),
                1e-13);
        Complex r12 = new Complex(rho.re(1, 2), rho.im(1, 2));
        Complex expected = new Complex(-2 * (a + at), 2 * delta).multiply(r12)
                .subtract(gamma * (rho.re(1, 1) + rho.re(2, 2))).add(2 * bigAt * rho.re(0, 0) + 2 * bigA * rho.re(3, 3));
        assertEquals(expected.getReal(), d.re(1, 2), 1e-13);
        assertEquals(expected.getImaginary(), d.im(1, 2), 1e-13);
    }

    /**
     * Complex A = |A|e^{iφ}, Ã = |Ã|e^{iφ} is the real case seen through the local rotation U = e^{iφσ2ᶻ/2}
     * (σ2⁻ → e^{iφ}σ2⁻): ρ_φ(t) = U ρ_0(t) U† when ρ_φ(0) = U ρ_0(0) U†. Checks that the phase enters correctly
     * without any gauging in the engine.
     */
    @Test
    void complexCouplingEqualsRotatedRealCoupling() {
        double phi = 0.9;
        QubitFields f = QubitFields.ofMeanAndDetuning(3, 0.4);
        TwoQubitModel real = Fixtures.model(f, 1.0, 0.2, new Complex(0.8), new Complex(0.1), 0, 0.3, 0, 0.2,
                new Complex(0.05));
        TwoQubitModel rotated = Fixtures.model(f, 1.0, 0.2, new Complex(0.8 * Math.cos(phi), 0.8 * Math.sin(phi)),
                new Complex(0.1 * Math.cos(phi), 0.1 * Math.sin(phi)), 0, 0.3, 0, 0.2, new Complex(0.05));
        DensityMatrix rho0 = InvariantsTest.randomMixedState(new Random(4));
        // U = diag over qubit 2: |↑⟩ → e^{iφ/2}, |↓⟩ → e^{−iφ/2}; try both signs, exactly one must work
        double best = Double.MAX_VALUE;
        for (double sign : new double[] {1, -1}) {
            DensityMatrix a = rotate(LindbladPropagator.of(real).evolveTo(rotate(rho0, -sign * phi), 2.0), sign * phi);
            DensityMatrix b = LindbladPropagator.of(rotated).evolveTo(rho0, 2.0);
            best = Math.min(best, Fixtures.maxDiff(a, b));
        }
        assertTrue(best < 1e-13, "complex A equals rotated real A: " + best);
    }

    /**
     * Eq. (2)-(4) evaluated directly with 4×4 matrix products, −i[H, ρ] − Σ h_nm(O_m†O_nρ + ρO_m†O_n − 2O_nρO_m†),
     * equals the superoperator applied to vec(ρ); the postselected generator differs exactly by the σ± jump terms.
     */
    @Test
    void superoperatorsMatchDirectEvaluation() {
        Random rnd = new Random(17);
        TwoQubitModel m = InvariantsTest.randomModel(rnd);
        DensityMatrix rho = InvariantsTest.randomMixedState(rnd);
        ComplexMatrix r = ComplexMatrix.of(4, 4, rho.realParts(), rho.imaginaryParts());
        ComplexMatrix h = Liouvillians.hamiltonian(m);
        ComplexMatrix[] o = Liouvillians.jumpOperators();
        ComplexMatrix c = Liouvillians.coefficientMatrix(m.bath());
        ComplexMatrix direct = h.times(r).combine(1, -1, r.times(h));
        direct = ComplexMatrix.zeros(4, 4).addScaledInPlace(0, -1, direct);
        ComplexMatrix jumpsTransverse = ComplexMatrix.zeros(4, 4);
        for (int n = 0; n < 6; n++) {
            for (int k = 0; k < 6; k++) {
                ComplexMatrix ok = o[k].adjoint();
                ComplexMatrix anti = ok.times(o[n]).times(r).combine(1, 1, r.times(ok).times(o[n]));
                ComplexMatrix jump = o[n].times(r).times(ok);
                direct.addScaledInPlace(-c.re(n, k), -c.im(n, k), anti);
                direct.addScaledInPlace(2 * c.re(n, k), 2 * c.im(n, k), jump);
                if (n < 4 && k < 4) {
                    jumpsTransverse.addScaledInPlace(2 * c.re(n, k), 2 * c.im(n, k), jump);
                }
            }
        }
        ComplexMatrix vec = ComplexMatrix.of(16, 1, rho.realParts(), rho.imaginaryParts());
        ComplexMatrix viaL = Liouvillians.lindbladian(m).times(vec);
        ComplexMatrix viaP = Liouvillians.postselected(m).times(vec);
        ComplexMatrix expectedP = direct.combine(1, -1, jumpsTransverse);
        for (int i = 0; i < 16; i++) {
            assertEquals(direct.reArray()[i], viaL.reArray()[i], 1e-14);
            assertEquals(direct.imArray()[i], viaL.imArray()[i], 1e-14);
            assertEquals(expectedP.reArray()[i], viaP.reArray()[i], 1e-14);
            assertEquals(expectedP.imArray()[i], viaP.imArray()[i], 1e-14);
        }
        // H_nh = H − iK with K Hermitian PSD: the no-jump generator loses trace, never gains it
        assertTrue(expectedP.re(0, 0) + expectedP.re(1, 1) + expectedP.re(2, 2) + expectedP.re(3, 3) <= 1e-15);
    }

    /** U ρ U† with U = diag(e^{iφ/2}, e^{−iφ/2}) on qubit 2. */
    private static DensityMatrix rotate(DensityMatrix r, double phi) {
        double[] ph = {phi / 2, -phi / 2, phi / 2, -phi / 2};
        double[] re = new double[16];
        double[] im = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double ang = ph[i] - ph[j];
                double c = Math.cos(ang);
                double s = Math.sin(ang);
                re[4 * i + j] = r.re(i, j) * c - r.im(i, j) * s;
                im[4 * i + j] = r.re(i, j) * s + r.im(i, j) * c;
            }
        }
        return DensityMatrix.of(re, im);
    }
}
