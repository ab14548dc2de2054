package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.magent.qubits.dynamics.Fixtures.UD;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magent.qubits.state.DensityMatrix;

/** Postselected no-jump evolution, Eq. (13)-(15) and Fig. 3, checked against exact evolution. */
class PostselectedTest {

    /** PT-broken, δ = 0 from |↑↓⟩: C(t) = tanh(2Γt), Γ = |A| + |Ã| (main text after Eq. (15)), at T = 0 and T &gt; 0. */
    @ParameterizedTest
    @CsvSource({"1.5, 0.0, 1.0, 0.0", "1.0, 0.3, 0.8, 0.2", "2.0, 0.5, 2.0, 0.5"})
    void ptBrokenConcurrenceIsTanh(double a, double aTilde, double bigA, double bigATilde) {
        double gamma = bigA + bigATilde;
        PostselectedTrajectory tr = PostselectedPropagator.of(Fixtures.model(0, a, aTilde, bigA, bigATilde))
                .evolve(Fixtures.basis(UD), 3.0, 300);
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.times()[k];
            assertEquals(Math.tanh(2 * gamma * t), Fixtures.xConcurrence(tr.states()[k]), 1e-12, "t = " + t);
            // success probability e^{−2κt} cosh 2Γt, κ = a + ã (pure no-jump amplitude (cosh Γt, −sinh Γt) e^{−κt})
            double p = Math.exp(-2 * (a + aTilde) * t) * Math.cosh(2 * gamma * t);
            assertEquals(p, tr.successProbability()[k], 1e-12 * Math.max(p, 1e-300) + 1e-300, "t = " + t);
        }
    }

    /** Exceptional point δ = Γ from |↑↓⟩: C(t) = 2Γt√(1+Γ²t²)/(1+2Γ²t²) (main text), to 1e-12. */
    @ParameterizedTest
    @CsvSource({"2.0, 2.5, 0.0", "1.0, 1.0, 0.3"})
    void exceptionalPointConcurrence(double gamma, double a, double aTilde) {
        double bigATilde = aTilde * gamma / (a + aTilde);
        double bigA = gamma - bigATilde;
        TwoQubitModel m = Fixtures.model(gamma, a, aTilde, bigA, bigATilde);
        assertEquals(PostselectedRegime.EXCEPTIONAL_POINT, Regimes.postselected(m));
        PostselectedTrajectory tr = PostselectedPropagator.of(m).evolve(Fixtures.basis(UD), 10.0, 1000);
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.times()[k];
            double g2t2 = gamma * gamma * t * t;
            double expected = 2 * gamma * t * Math.sqrt(1 + g2t2) / (1 + 2 * g2t2);
            assertEquals(expected, Fixtures.xConcurrence(tr.states()[k]), 1e-12, "t = " + t);
            double p = Math.exp(-2 * (a + aTilde) * t) * (1 + 2 * g2t2);
            assertEquals(p, tr.successProbability()[k], 1e-12 * p, "success probability, t = " + t);
        }
    }

    /**
     * PT-exact δ &gt; Γ from |↑↓⟩. The no-jump state is (cos ωt + iδ sin ωt/ω)|↑↓⟩ − (Γ sin ωt/ω)|↓↑⟩ up to norm,
     * ω = √(δ² − Γ²), so C(t) = 2Γ|s|√(1+Γ²s²)/(1+2Γ²s²), s = sin ωt/ω, and the maximum over t (at ωt = π/2) is
     * 2η/(1+η²), η = δ/Γ. The paper's C_max(η) = √(2 − 1/η²)/η (after Eq. (15)) does NOT match the dynamics from
     * |↑↓⟩ for η &gt; 1 (e.g. η = 2: 0.661 vs the exact 0.8); both give 1 at η = 1. The success probability is
     * e^{−2κt}(1 + 2Γ²s²).
     */
    @ParameterizedTest
    @CsvSource({"1.2", "2.0", "3.0", "5.0"})
    void ptExactMaximumConcurrence(double eta) {
        double gamma = 2.0;
        double delta = eta * gamma;
        double a = 2.5;
        double omega = Math.sqrt(delta * delta - gamma * gamma);
        TwoQubitModel m = Fixtures.model(delta, a, 0, gamma, 0);
        assertEquals(PostselectedRegime.PT_EXACT, Regimes.postselected(m));
        PostselectedTrajectory tr = PostselectedPropagator.of(m).evolve(Fixtures.basis(UD), Math.PI / omega, 400);
        double max = 0;
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.times()[k];
            double s = Math.sin(omega * t) / omega;
            double u = gamma * gamma * s * s;
            DensityMatrix r = tr.states()[k];
            double c = Fixtures.xConcurrence(r);
            assertEquals(2 * Math.sqrt(u * (1 + u)) / (1 + 2 * u), c, 1e-12, "t = " + t);
            double p = Math.exp(-2 * a * t) * (1 + 2 * u);
            assertEquals(p, tr.successProbability()[k], 1e-10 * p, "success probability, t = " + t);
            max = Math.max(max, c);
        }
        double exact = 2 * eta / (1 + eta * eta);
        double paper = Math.sqrt(2 - 1 / (eta * eta)) / eta;
        assertEquals(exact, max, 1e-12);
        assertTrue(Math.abs(paper - max) > 0.025, "paper's C_max = " + paper + " vs dynamics " + max);
    }

    /** Reported states are normalised and pure (d = 𝔇 = 0), confined to the single-excitation sector. */
    @Test
    void conditionalStatesAreNormalisedAndStayInSector() {
        PostselectedTrajectory tr = PostselectedPropagator.of(Fixtures.model(0.7, 1.0, 0.2, 0.9, 0.1))
                .evolve(Fixtures.basis(UD), 5.0, 50);
        for (DensityMatrix r : tr.states()) {
            assertEquals(1.0, r.trace(), 1e-14);
            assertEquals(0.0, r.re(0, 0), 1e-15);
            assertEquals(0.0, r.re(3, 3), 1e-15);
            // purity of a rank-one 2×2 block: |ρ12|² = ρ11ρ22
            double c2 = r.re(1, 2) * r.re(1, 2) + r.im(1, 2) * r.im(1, 2);
            assertEquals(r.re(1, 1) * r.re(2, 2), c2, 1e-13);
        }
        for (int k = 1; k < tr.size(); k++) {
            assertTrue(tr.successProbability()[k] <= tr.successProbability()[k - 1]);
        }
    }

    /** Normalising at every step keeps the conditional state defined when the success probability underflows. */
    @Test
    void conditionalStateSurvivesUnderflowOfSuccessProbability() {
        PostselectedTrajectory tr = PostselectedPropagator.of(Fixtures.model(0, 50, 0, 40, 0))
                .evolve(Fixtures.basis(UD), 50.0, 200);
        assertEquals(0.0, tr.successProbability()[200]);
        // the slowest no-jump mode, the singlet (rate 2(a − |A|) = 20), wins: p ~ e^{-1000} underflows
        DensityMatrix last = tr.states()[200];
        assertEquals(0.5, last.re(1, 1), 1e-12);
        assertEquals(-0.5, last.re(1, 2), 1e-12);
    }
}
