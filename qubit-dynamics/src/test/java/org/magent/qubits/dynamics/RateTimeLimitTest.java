package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.magent.qubits.dynamics.Fixtures.DU;
import static org.magent.qubits.dynamics.Fixtures.UD;
import static org.magent.qubits.dynamics.Fixtures.UU;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * Past largest coefficient × time = {@link RateTimeLimit#MAX_PRODUCT}: a state that has relaxed by the first sample
 * is the steady state (exact), anything else is refused. Before, exp(L·t) overflowed in its squarings (NaN).
 */
class RateTimeLimitTest {

    /**
     * a = |A| (δ = 0, T = 0) from |↑↓⟩: the singlet is dark and keeps weight ½, the triplet half decays into |↑↑⟩
     * (Eq. (S54)); so ρ(t) = ½|S⟩⟨S| + ½|↑↑⟩⟨↑↑| once 2(a + |A|)t ≫ 1.
     */
    @ParameterizedTest
    @CsvSource({"1, 1e19", "1, 1e17", "1e18, 10", "1e300, 1"})
    void relaxedStateIsTheDarkSteadyState(double a, double tMax) {
        TwoQubitModel m = Fixtures.model(0, a, 0, a, 0);
        assertTrue(RateTimeLimit.exceeded(m, tMax));
        Trajectory tr = LindbladPropagator.of(m).evolve(Fixtures.basis(UD), tMax, 3);
        for (int k = 1; k < tr.size(); k++) {
            DensityMatrix r = tr.states()[k];
            assertEquals(0.5, r.re(UU, UU), 1e-12);
            assertEquals(0.25, r.re(UD, UD), 1e-12);
            assertEquals(0.25, r.re(DU, DU), 1e-12);
            assertEquals(-0.25, r.re(UD, DU), 1e-12);
            assertEquals(1.0, r.trace(), 1e-12);
        }
    }

    /** Just below the limit (direct exponential) and just above it (steady state) agree. */
    @Test
    void bothSidesOfTheLimitAgree() {
        TwoQubitModel m = Fixtures.model(0, 1, 0, 1, 0);
        double limitTime = RateTimeLimit.MAX_PRODUCT / RateTimeLimit.largest(m).value();
        LindbladPropagator p = LindbladPropagator.of(m);
        DensityMatrix below = p.evolveTo(Fixtures.basis(UD), 0.99 * limitTime);
        DensityMatrix above = p.evolveTo(Fixtures.basis(UD), 1.01 * limitTime);
        assertTrue(Fixtures.maxDiff(below, above) < 1e-3, "difference " + Fixtures.maxDiff(below, above));
    }

    /** An undamped (or barely damped) fast oscillation past the limit has no resolvable phase: refused. */
    @Test
    void unrelaxedStatePastTheLimitIsRefused() {
        TwoQubitModel fastExchange = Fixtures.model(QubitFields.ofMeanAndDetuning(0, 0), 1, 0, Complex.ZERO,
                Complex.ZERO, 1e20, 0, 0, 0, Complex.ZERO);
        LindbladPropagator p = LindbladPropagator.of(fastExchange);
        assertFalse(p.relaxedBy(Fixtures.basis(UD), 1.0 / 3));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> p.evolve(Fixtures.basis(UD), 1.0, 3));
        assertEquals("t-max", e.parameter());
        assertTrue(e.getMessage().contains("Jperp"), e.getMessage());
    }

    @Test
    void largestCoefficientIsNamed() {
        TwoQubitModel m = Fixtures.model(QubitFields.ofMeanAndDetuning(2, 0), 1, 0, new Complex(0, -0.5),
                Complex.ZERO, 0.5, -3, 0, 0, Complex.ZERO);
        assertEquals(new RateTimeLimit.Largest("Jz", 3.0), RateTimeLimit.largest(m));
        assertFalse(RateTimeLimit.exceeded(m, RateTimeLimit.MAX_PRODUCT / 3));
        assertTrue(RateTimeLimit.exceeded(m, Double.MAX_VALUE));
    }
}
