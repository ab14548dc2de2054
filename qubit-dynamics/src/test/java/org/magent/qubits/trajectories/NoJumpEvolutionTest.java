package org.magent.qubits.trajectories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.qubits.dynamics.Liouvillians;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.linalg.MatrixExponential;

/** The closed-form no-jump propagator against the Padé matrix exponential of −iH_nh τ. */
class NoJumpEvolutionTest {

    private static ComplexMatrix asMatrix(double[] u) {
        ComplexMatrix m = ComplexMatrix.zeros(4, 4);
        m.set(0, 0, u[0], u[1]);
        m.set(1, 1, u[2], u[3]);
        m.set(1, 2, u[4], u[5]);
        m.set(2, 1, u[6], u[7]);
        m.set(2, 2, u[8], u[9]);
        m.set(3, 3, u[10], u[11]);
        return m;
    }

    private static void check(TwoQubitModel m) {
        ComplexMatrix hnh = Liouvillians.nonHermitianHamiltonian(m);
        NoJumpEvolution ev = new NoJumpEvolution(hnh);
        double[] u = new double[12];
        for (double tau : new double[] {0, 1e-9, 1e-3, 0.05, 0.3, 1, 2.5, 7, 30}) {
            ev.propagator(tau, u);
            ComplexMatrix exact = MatrixExponential.exp(ComplexMatrix.zeros(4, 4).addScaledInPlace(0, -tau, hnh));
            assertEquals(0, TrajectoryFixtures.maxDiff(asMatrix(u), exact), 2e-14 * Math.max(1, tau), "τ = " + tau);
        }
        // semigroup: U(0.7)U(1.1) = U(1.8)
        double[] u1 = new double[12];
        double[] u2 = new double[12];
        ev.propagator(0.7, u1);
        ev.propagator(1.1, u2);
        ev.propagator(1.8, u);
        assertEquals(0, TrajectoryFixtures.maxDiff(asMatrix(u1).times(asMatrix(u2)), asMatrix(u)), 1e-14);
        // decay(ψ) = ψ†Kψ with K = (i/2)(H_nh − H_nh†)
        ComplexMatrix k = hnh.combine(1, -1, hnh.adjoint());
        k = ComplexMatrix.zeros(4, 4).addScaledInPlace(0, 0.5, k);
        double[] psi = {0.3, 0.1, -0.5, 0.2, 0.4, -0.7, 0.1, 0.05};
        ComplexMatrix v = ComplexMatrix.zeros(4, 1);
        for (int i = 0; i < 4; i++) {
            v.set(i, 0, psi[2 * i], psi[2 * i + 1]);
        }
        ComplexMatrix kv = v.adjoint().times(k).times(v);
        assertEquals(kv.re(0, 0), ev.decay(psi), 1e-15);
    }

    @Test
    void generalBath() {
        check(TrajectoryFixtures.general());
    }

    @Test
    void exceptionalPointOfTheNoJumpHamiltonian() {
        // δ = |A| = 2 with a = 2.5 at T = 0: the single-excitation block of H_nh is defective (Eq. (15))
        check(TrajectoryFixtures.model(2.0, 2.5, 0, new Complex(2.0), Complex.ZERO, 0, Complex.ZERO));
    }

    @Test
    void stiffAndCoherentExtremes() {
        check(TrajectoryFixtures.model(40.0, 3.0, 0.1, new Complex(0, 2.9), new Complex(0.05, 0), 0.5,
                new Complex(0.1, 0.2)));
        check(TrajectoryFixtures.model(0.0, 0.0, 0.0, Complex.ZERO, Complex.ZERO, 0, Complex.ZERO));
    }
}
