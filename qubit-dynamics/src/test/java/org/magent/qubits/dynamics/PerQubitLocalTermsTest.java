package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.state.NamedState;
import org.magent.validation.InvalidInputException;

/** Different local terms per qubit: h block [[a_1, A*],[A, a_2]] (the generalisation of Eq. (4)). */
class PerQubitLocalTermsTest {

    private static BathParameters bath(double a1, double a2, double at1, double at2, Complex coupling) {
        return BathParameters.explicit(a1, at1, coupling, Complex.ZERO, 0, 0, 0, 0, Complex.ZERO)
                .withLocal(a1, a2, at1, at2, 0, 0);
    }

    @Test
    void eachQubitDecaysAtTwiceItsOwnRate() {
        // Uncoupled qubits from |↓↓⟩: P(qubit i in |↓⟩) = e^{−2 a_i t} at T = 0 (the dissipator carries 2h).
        double a1 = 0.7;
        double a2 = 0.2;
        TwoQubitModel m = new TwoQubitModel(new QubitFields(1.1, 0.9), bath(a1, a2, 0, 0, Complex.ZERO));
        LindbladPropagator p = LindbladPropagator.of(m);
        for (double t : new double[] {0.1, 0.5, 1.3, 3.0}) {
            DensityMatrix rho = p.evolveTo(NamedState.DD.density(), t);
            double down1 = rho.re(2, 2) + rho.re(3, 3);
            double down2 = rho.re(1, 1) + rho.re(3, 3);
            assertEquals(Math.exp(-2 * a1 * t), down1, 1e-12);
            assertEquals(Math.exp(-2 * a2 * t), down2, 1e-12);
        }
    }

    @Test
    void detailedBalancePerQubit() {
        // Each qubit relaxes to its own Gibbs ratio ã_i/a_i.
        TwoQubitModel m = new TwoQubitModel(new QubitFields(1, 1), bath(1.0, 0.5, 0.25, 0.05, Complex.ZERO));
        DensityMatrix ss = LindbladPropagator.of(m).steadyState(NamedState.UD.density());
        double up1 = ss.re(0, 0) + ss.re(1, 1);
        double up2 = ss.re(0, 0) + ss.re(2, 2);
        assertEquals(1.0 / 1.25, up1, 1e-10);
        assertEquals(0.5 / 0.55, up2, 1e-10);
    }

    @Test
    void positivityUsesTheGeometricMean() {
        // [[a1, A*],[A, a2]] ⪰ 0 ⟺ a1, a2 ≥ 0 and |A| ≤ √(a1 a2)
        assertTrue(bath(1.0, 0.25, 0, 0, new Complex(0.3, 0.4)).isPositiveSemidefinite()); // |A| = 0.5 = √0.25
        BathParameters bad = bath(1.0, 0.25, 0, 0, new Complex(0.31, 0.4));
        assertFalse(bad.isPositiveSemidefinite());
        assertTrue(bad.positivityViolations().get(0).contains("sqrt(a1 a2) >= |A|"), bad.positivityViolations()::toString);
        assertThrows(InvalidInputException.class, () -> new TwoQubitModel(new QubitFields(1, 1), bad));
    }

    @Test
    void symmetricConstructorKeepsEqualLocalTerms() {
        BathParameters b = BathParameters.explicit(1, 0.1, Complex.ONE, Complex.ZERO, 0, 0, 0, 0.2, Complex.ZERO);
        assertTrue(b.locallySymmetric());
        assertEquals(1, b.a2());
        assertEquals(0.1, b.aTilde2());
        assertEquals(0.2, b.dephasing2());
    }
}
