package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/** Invalid input is refused with messages naming the parameter and the value. */
class RejectionsTest {

    private static final QubitFields FIELDS = new QubitFields(1, 2);

    @Test
    void nonPositiveSemidefiniteBathIsRefusedWithTheInequalityAndAmount() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new TwoQubitModel(FIELDS,
                BathParameters.explicit(1, 0, new Complex(1.25), Complex.ZERO, 0, 0, 0, 0, Complex.ZERO)));
        assertTrue(e.getMessage().contains("a >= |A|"), e.getMessage());
        assertTrue(e.getMessage().contains("0.25"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new TwoQubitModel(FIELDS,
                BathParameters.explicit(1, 0.1, new Complex(0.5), new Complex(0, 0.3), 0, 0, 0, 0, Complex.ZERO)));
        assertTrue(e.getMessage().contains("at >= |At|"), e.getMessage());
        assertTrue(e.getMessage().contains("0.2"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new TwoQubitModel(FIELDS,
                BathParameters.explicit(1, 0, Complex.ZERO, Complex.ZERO, 0, 0, 0, 0.1, new Complex(0.3, 0.4))));
        assertTrue(e.getMessage().contains("d >= |Dd|"), e.getMessage());
        assertTrue(e.getMessage().contains("0.4"), e.getMessage());
    }

    @Test
    void badSamplingIsRefused() {
        TwoQubitModel m = Fixtures.model(0.3, 1, 0, 0.5, 0);
        DensityMatrix rho0 = Fixtures.basis(Fixtures.UD);
        LindbladPropagator lp = LindbladPropagator.of(m);
        PostselectedPropagator pp = PostselectedPropagator.of(m);
        for (double bad : new double[] {-1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> lp.evolve(rho0, bad, 10));
            assertEquals("t-max", e.parameter());
            assertTrue(e.getMessage().contains("t-max") && e.getMessage().contains(String.valueOf(bad)),
                    e.getMessage());
            e = assertThrows(InvalidInputException.class, () -> pp.evolve(rho0, bad, 10));
            assertEquals("t-max", e.parameter());
            assertThrows(InvalidInputException.class, () -> lp.evolveTo(rho0, bad));
        }
        for (int bad : new int[] {0, -3}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> lp.evolve(rho0, 1.0, bad));
            assertEquals("steps", e.parameter());
            assertTrue(e.getMessage().contains("steps = " + bad), e.getMessage());
            e = assertThrows(InvalidInputException.class, () -> pp.evolve(rho0, 1.0, bad));
            assertEquals("steps", e.parameter());
        }
        InvalidInputException huge = assertThrows(InvalidInputException.class, () -> lp.evolve(rho0, 1e307, 2));
        assertEquals("t-max", huge.parameter());
        assertTrue(huge.getMessage().contains("too large"), huge.getMessage());
        assertThrows(InvalidInputException.class, () -> pp.evolve(rho0, 1e307, 2));
        assertThrows(InvalidInputException.class, () -> lp.evolveTo(rho0, 1e307));
        // t-max = 0 is legal: every sample is ρ0
        Trajectory tr = lp.evolve(rho0, 0.0, 4);
        assertEquals(5, tr.size());
        assertEquals(rho0, tr.states()[4]);
    }

    @Test
    void nonFiniteFieldsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new QubitFields(Double.NaN, 1));
        assertEquals("Delta1", e.parameter());
        assertThrows(InvalidInputException.class, () -> QubitFields.ofMeanAndDetuning(1, Double.NEGATIVE_INFINITY));
        assertEquals(-0.5, new QubitFields(1, 2).detuning());
        assertEquals(1.5, new QubitFields(1, 2).mean());
    }

    @Test
    void postselectionNeedsAPositiveTrace() {
        TwoQubitModel m = Fixtures.model(0.3, 1, 0, 0.5, 0);
        DensityMatrix zero = DensityMatrix.of(new double[16], new double[16]);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PostselectedPropagator.of(m).evolve(zero, 1, 1));
        assertEquals("initial state", e.parameter());
    }
}
