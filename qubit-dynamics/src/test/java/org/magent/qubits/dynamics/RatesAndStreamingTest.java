package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.qubits.state.DensityMatrix;

/** Relaxation rates (Eq. (S64)) and the streaming evolve. */
class RatesAndStreamingTest {

    /**
     * Regression: with a strong exchange J⊥ (the built-in sweep example at r ≈ 5 nm, in units of a) the charge-0
     * block has the rates 0, 2(a − |A|), 2a, 2a, 2(a + |A|), 4a. An earlier eigen-solver (commons-math on the real
     * embedding) returned 2a ∓ |A| here, so the lifetime was wrong by a factor of ~100.
     */
    @Test
    void slowestRateWithStrongExchangeIsDarkStateRate() {
        double a = 1;
        double g = 0.99472;
        LindbladPropagator p = LindbladPropagator.of(new TwoQubitModel(new QubitFields(0, 0),
                org.magent.masterequation.BathParameters.explicit(a, 0, new Complex(g, 0), Complex.ZERO, -2.7669, 0, 0, 0,
                        Complex.ZERO)));
        assertEquals(2 * (a - g), p.slowestDecayRate(Fixtures.basis(Fixtures.UD)).orElseThrow(), 1e-12);
        double[] rates = p.relaxationRates();
        assertEquals(4 * a, rates[rates.length - 1], 1e-12);
    }

    /**
     * Eq. (S64): from |↑↓⟩ at T = 0, overdamped, the slowest rate is 1/τ = 2(a − κ0), κ0 = √(|A|² − δ²); checked
     * against the exact evolution too (the singlet-like mode's late-time decay of C(t), Eq. (S63)).
     */
    @Test
    void slowestRateIsInverseLifetimeS64() {
        double a = 1.0;
        double bigA = 0.9;
        double delta = 0.3;
        double k0 = Math.sqrt(bigA * bigA - delta * delta);
        LindbladPropagator p = LindbladPropagator.of(Fixtures.model(delta, a, 0, bigA, 0));
        double rate = p.slowestDecayRate(Fixtures.basis(Fixtures.UD)).orElseThrow();
        assertEquals(2 * (a - k0), rate, 1e-10);
        // late-time C ∝ e^{−2(a−κ0)t}: log-slope of the exact concurrence between t = 20 and 25
        double c1 = Fixtures.xConcurrence(p.evolveTo(Fixtures.basis(Fixtures.UD), 20));
        double c2 = Fixtures.xConcurrence(p.evolveTo(Fixtures.basis(Fixtures.UD), 25));
        assertEquals(rate, -Math.log(c2 / c1) / 5, 1e-6);
        // all 16 rates: 0 once (unique steady state |↑↑⟩), none negative
        double[] rates = p.relaxationRates();
        assertEquals(16, rates.length);
        assertEquals(0.0, rates[0]);
        assertTrue(rates[1] > 0);
    }

    /**
     * At a = |A|, δ = 0, T = 0 the singlet S is dark: four undamped modes — the populations of |↑↑⟩ and S and the
     * coherences |↑↑⟩⟨S|, |S⟩⟨↑↑| (which oscillate at Δ but do not decay); every other mode decays.
     */
    @Test
    void darkStateGivesExtraZeroRates() {
        LindbladPropagator p = LindbladPropagator.of(Fixtures.model(0, 1, 0, 1, 0));
        double[] rates = p.relaxationRates();
        for (int k = 0; k < 4; k++) {
            assertEquals(0.0, rates[k], "rate " + k);
        }
        assertTrue(rates[4] > 0.5, "next rate " + rates[4]);
        // from |↑↓⟩ only the charge-0 sector matters; its slowest decaying mode is at most the T0 population decay
        double slow = p.slowestDecayRate(Fixtures.basis(Fixtures.UD)).orElseThrow();
        DensityMatrix r1 = p.evolveTo(Fixtures.basis(Fixtures.UD), 3);
        DensityMatrix r2 = p.evolveTo(Fixtures.basis(Fixtures.UD), 4);
        double t0a = 0.5 * (r1.re(1, 1) + r1.re(2, 2)) + r1.re(1, 2);
        double t0b = 0.5 * (r2.re(1, 1) + r2.re(2, 2)) + r2.re(1, 2);
        assertTrue(slow <= -Math.log(t0b / t0a) + 1e-6, "slowest rate " + slow + " vs T0 decay "
                + -Math.log(t0b / t0a));
        assertFalse(LindbladPropagator.of(Fixtures.model(new QubitFields(1, 1), 0, 0, Complex.ZERO, Complex.ZERO, 0,
                0, 0, 0, Complex.ZERO)).slowestDecayRate(Fixtures.basis(Fixtures.UD)).isPresent());
    }

    @Test
    void streamingMatchesStoredTrajectories() {
        TwoQubitModel m = InvariantsTest.randomModel(new Random(31));
        DensityMatrix rho0 = InvariantsTest.randomMixedState(new Random(32));
        List<DensityMatrix> seen = new ArrayList<>();
        double[] times = LindbladPropagator.of(m).evolve(rho0, 2.0, 20, (k, t, s) -> {
            assertEquals(seen.size(), k);
            seen.add(s);
        });
        Trajectory tr = LindbladPropagator.of(m).evolve(rho0, 2.0, 20);
        assertArrayEquals(tr.times(), times);
        assertArrayEquals(tr.states(), seen.toArray(new DensityMatrix[0]));
        List<Double> probs = new ArrayList<>();
        PostselectedPropagator.of(m).evolve(rho0, 2.0, 20, (k, t, s, p) -> probs.add(p));
        PostselectedTrajectory ptr = PostselectedPropagator.of(m).evolve(rho0, 2.0, 20);
        for (int k = 0; k <= 20; k++) {
            assertEquals(ptr.successProbability()[k], probs.get(k));
        }
    }
}
