package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.magent.qubits.dynamics.Fixtures.DD;
import static org.magent.qubits.dynamics.Fixtures.DU;
import static org.magent.qubits.dynamics.Fixtures.UD;
import static org.magent.qubits.dynamics.Fixtures.UU;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.qubits.state.DensityMatrix;

/** Exactness for stiff rates (ratio 1e6) and at defective generators, against analytic exponentials. */
class StiffAndExactnessTest {

    /**
     * Stiff collective decay, T = 0, δ = 0, a = 1e6, |A| = a − 1: from |↑↓⟩ the singlet weight decays as
     * ½e^{−2(a−|A|)t} = ½e^{−2t}, the triplet T0 as ½e^{−2(a+|A|)t}, both into |↑↑⟩ (Eq. (S54) at T = 0).
     * The slow rate is a cancellation of two rates of 1e6, so a backward-stable exponential carries a rate error
     * ~1e-16·‖L‖: the relative error grows like 1e-16·‖L‖₁·t (measured: 3e-11 at t = 0.1, 1.5e-9 at t = 5).
     * Within the first 0.5 (a quarter of the slow lifetime) it is below 1e-10.
     */
    @Test
    void stiffCollectiveDecay() {
        double a = 1e6;
        double bigA = a - 1;
        TwoQubitModel m = Fixtures.model(0, a, 0, bigA, 0);
        LindbladPropagator p = LindbladPropagator.of(m);
        assertTrue(worstCollectiveError(p.evolve(Fixtures.basis(UD), 0.5, 200), a, bigA) < 1e-10);
        double bound = 10 * 0x1p-52 * Liouvillians.lindbladian(m).norm1() * 20.0;
        double longRun = worstCollectiveError(p.evolve(Fixtures.basis(UD), 20.0, 200), a, bigA);
        assertTrue(longRun < bound, "relative error " + longRun + " vs backward-error bound " + bound);
    }

    private static double worstCollectiveError(Trajectory tr, double a, double bigA) {
        double worst = 0;
        for (int k = 1; k < tr.size(); k++) {
            double t = tr.times()[k];
            DensityMatrix r = tr.states()[k];
            double singlet = 0.5 * (r.re(UD, UD) + r.re(DU, DU)) - r.re(UD, DU);
            double pS = 0.5 * Math.exp(-2 * (a - bigA) * t);
            double pT = 0.5 * Math.exp(-2 * (a + bigA) * t);
            worst = Math.max(worst, Math.abs(singlet / pS - 1));
            worst = Math.max(worst, Math.abs(r.re(UU, UU) / (1 - pS - pT) - 1));
            assertEquals(1.0, r.trace(), 1e-15, "trace");
        }
        return worst;
    }

    /**
     * Stiff thermalisation of independent qubits: a = 1e6, ã = 1 (A = Ã = 0). Each qubit's |↓⟩ population is
     * q(1 − e^{−2(a+ã)t}) from |↑⟩, q = ã/(a+ã) (Gibbs ratio ã/a = e^{−Δ/T}); the two-qubit populations are
     * products. Local dephasing d = 1 (a second slow channel) leaves populations alone and kills the coherence
     * of (|↑↑⟩+|↑↓⟩)/√2 at rate (a + ã + 4d).
     */
    @Test
    void stiffSingleQubitThermalisation() {
        double a = 1e6;
        double aTilde = 1.0;
        double d = 1.0;
        TwoQubitModel m = Fixtures.model(new QubitFields(3.0, 3.0), a, aTilde, Complex.ZERO, Complex.ZERO, 0, 0, 0,
                d, Complex.ZERO);
        Trajectory tr = LindbladPropagator.of(m).evolve(Fixtures.basis(UU), 1e-5, 200);
        double q = aTilde / (a + aTilde);
        double worst = 0;
        for (int k = 1; k < tr.size(); k++) {
            double t = tr.times()[k];
            double down = q * (1 - Math.exp(-2 * (a + aTilde) * t));
            double up = 1 - down;
            DensityMatrix r = tr.states()[k];
            worst = Math.max(worst, Math.abs(r.re(UU, UU) / (up * up) - 1));
            worst = Math.max(worst, Math.abs(r.re(UD, UD) / (up * down) - 1));
            worst = Math.max(worst, Math.abs(r.re(DD, DD) / (down * down) - 1));
        }
        assertTrue(worst < 1e-10, "worst relative error of populations " + worst);

        DensityMatrix late = LindbladPropagator.of(m).evolveTo(Fixtures.basis(DD), 3.0);
        assertEquals(1.0, late.re(UU, UU) / ((1 - q) * (1 - q)), 1e-12, "Gibbs population uu");
        assertEquals(1.0, late.re(UD, UD) / ((1 - q) * q), 1e-10, "Gibbs population ud");
        assertEquals(1.0, late.re(DD, DD) / (q * q), 1e-10, "Gibbs population dd");

        // coherence ρ_{uu,ud} of (|uu⟩+|ud⟩)/√2: modulus ½e^{−(a+ã+4d)t}·(qubit-1 factor 1) at short times
        DensityMatrix rho0 = Fixtures.pure(1, 0, 1, 0, 0, 0, 0, 0);
        double t = 2e-6;
        DensityMatrix r = LindbladPropagator.of(m).evolveTo(rho0, t);
        double expected = 0.5 * Math.exp(-(a + aTilde + 4 * d) * t);
        // qubit 1 stays in |↑⟩ up to its own relaxation; the coherence is ⟨↑|ρ1|↑⟩-weighted: include it
        double up1 = 1 - q * (1 - Math.exp(-2 * (a + aTilde) * t));
        assertEquals(1.0, Math.hypot(r.re(UU, UD), r.im(UU, UD)) / (expected * up1), 1e-10);
    }

    /**
     * Steady state of the stiff Gibbs case (a = 1e6, ã = 1, d = 1) from the kernel projector: the tiny |↓↓⟩ weight
     * q² ≈ 1e-12 comes out to 1e-9 relative, the others to 1e-12; and a stiff dark-state case (a = |A| = 1e6,
     * ã = |Ã| = 1e5) reproduces the triplet-ladder weights of Fig. S1(a).
     */
    @Test
    void stiffSteadyStates() {
        double a = 1e6;
        double aTilde = 1.0;
        TwoQubitModel m = Fixtures.model(new QubitFields(3.0, 3.0), a, aTilde, Complex.ZERO, Complex.ZERO, 0, 0, 0,
                1.0, Complex.ZERO);
        double q = aTilde / (a + aTilde);
        DensityMatrix s = LindbladPropagator.of(m).steadyState(Fixtures.basis(DD));
        assertEquals(1.0, s.re(UU, UU) / ((1 - q) * (1 - q)), 1e-12);
        assertEquals(1.0, s.re(UD, UD) / ((1 - q) * q), 1e-12);
        assertEquals(1.0, s.re(DD, DD) / (q * q), 1e-9);
        TwoQubitModel dark = Fixtures.model(0, 1e6, 1e5, 1e6, 1e5);
        DensityMatrix s2 = LindbladPropagator.of(dark).steadyState(Fixtures.basis(UD));
        double r = 0.1;
        double n = 1 + r + r * r;
        assertEquals(1.0, s2.re(UU, UU) / (0.5 / n), 1e-12);
        assertEquals(1.0, s2.re(DD, DD) / (0.5 * r * r / n), 1e-12);
        assertEquals(SteadyStateTest.ladderConcurrence(r), Fixtures.xConcurrence(s2), 1e-12);
    }

    /** Defective generator: the postselected sector at δ = Γ and the unmonitored critical point δ = |A|,
     *  repeated here with evolveTo (a single exponential, no stepping) at long times, to 1e-12. */
    @Test
    void exceptionalPointsWithSingleExponential() {
        double gamma = 1.0;
        TwoQubitModel m = Fixtures.model(gamma, 1.0, 0, gamma, 0);
        LindbladPropagator lp = LindbladPropagator.of(m);
        for (double t : new double[] {0.5, 3.0, 7.0}) {
            double c = 2 * gamma * t * Math.sqrt(1 + gamma * gamma * t * t) * Math.exp(-2 * t);
            assertEquals(c, Fixtures.xConcurrence(lp.evolveTo(Fixtures.basis(UD), t)), 1e-12);
        }
        PostselectedTrajectory tr = PostselectedPropagator.of(m).evolve(Fixtures.basis(UD), 40.0, 4);
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.times()[k];
            double g2t2 = gamma * gamma * t * t;
            assertEquals(2 * gamma * t * Math.sqrt(1 + g2t2) / (1 + 2 * g2t2),
                    Fixtures.xConcurrence(tr.states()[k]), 1e-12);
        }
    }
}
