package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.magent.qubits.dynamics.Fixtures.UD;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/** Finite detection efficiency: conditional evolution given no detection (Eq. (12)-(13) with a detector of efficiency η). */
class MonitoredPropagatorTest {

    /** Every coefficient nonzero, complex A, Ã, 𝔇, detuning and different local terms per qubit. */
    static TwoQubitModel general() {
        BathParameters b = BathParameters.explicit(1.0, 0.3, new Complex(0.8, 0.3), new Complex(0.1, -0.15), 0.4,
                -0.2, 0.25, 0.2, new Complex(0.05, 0.1)).withLocal(1.0, 0.9, 0.3, 0.25, 0.2, 0.15);
        return new TwoQubitModel(new QubitFields(1.3, 0.7), b);
    }

    static DensityMatrix generic() {
        return Fixtures.pure(0.3, 0, 0.8, 0.1, 0, -0.4, 0.2, 0);
    }

    @Test
    void perfectEfficiencyIsTodaysPostselectionBitForBit() {
        TwoQubitModel m = general();
        PostselectedTrajectory ideal = PostselectedPropagator.of(m).evolve(generic(), 4.0, 250);
        PostselectedTrajectory eta1 = MonitoredPropagator.of(m, DetectionEfficiency.PERFECT).evolve(generic(), 4.0, 250);
        assertArrayEquals(ideal.times(), eta1.times(), 0.0);
        assertArrayEquals(ideal.successProbability(), eta1.successProbability(), 0.0);
        for (int k = 0; k < ideal.size(); k++) {
            assertEquals(ideal.states()[k], eta1.states()[k], "t = " + ideal.times()[k]);
        }
    }

    @Test
    void zeroEfficiencyIsUnmonitoredWithProbabilityOne() {
        TwoQubitModel m = general();
        Trajectory lindblad = LindbladPropagator.of(m).evolve(generic(), 4.0, 250);
        PostselectedTrajectory eta0 = MonitoredPropagator.of(m, DetectionEfficiency.NONE).evolve(generic(), 4.0, 250);
        for (int k = 0; k < lindblad.size(); k++) {
            assertEquals(lindblad.states()[k], eta0.states()[k], "t = " + lindblad.times()[k]);
            assertEquals(1.0, eta0.successProbability()[k], 0.0);
        }
    }

    @Test
    void nearTheLimitsTheGeneralPathApproachesThem() {
        // η = 1 − 1e-9 and η = 1e-9 go through the interpolated generator, not the exact limits
        TwoQubitModel m = general();
        PostselectedTrajectory ideal = PostselectedPropagator.of(m).evolve(generic(), 3.0, 100);
        PostselectedTrajectory near1 = MonitoredPropagator.of(m, new DetectionEfficiency(1 - 1e-9))
                .evolve(generic(), 3.0, 100);
        Trajectory lindblad = LindbladPropagator.of(m).evolve(generic(), 3.0, 100);
        PostselectedTrajectory near0 = MonitoredPropagator.of(m, new DetectionEfficiency(1e-9))
                .evolve(generic(), 3.0, 100);
        for (int k = 0; k < ideal.size(); k++) {
            assertEquals(0, Fixtures.maxDiff(ideal.states()[k], near1.states()[k]), 1e-8);
            assertEquals(0, Fixtures.maxDiff(lindblad.states()[k], near0.states()[k]), 1e-8);
            assertEquals(1.0, near0.successProbability()[k], 1e-8);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.8})
    void generatorKeepsAFractionOneMinusEtaOfTheTransverseJumps(double eta) {
        TwoQubitModel m = general();
        ComplexMatrix l = Liouvillians.lindbladian(m);
        ComplexMatrix ps = Liouvillians.postselected(m);
        ComplexMatrix g = MonitoredPropagator.generator(m, new DetectionEfficiency(eta));
        int[] diag = {0, 5, 10, 15};
        for (int j = 0; j < 16; j++) {
            for (int i = 0; i < 16; i++) {
                // L_η = L_ps + (1 − η)(L − L_ps): the jump superoperator scaled by 1 − η
                double er = ps.re(i, j) + (1 - eta) * (l.re(i, j) - ps.re(i, j));
                double ei = ps.im(i, j) + (1 - eta) * (l.im(i, j) - ps.im(i, j));
                assertEquals(er, g.re(i, j), 1e-15);
                assertEquals(ei, g.im(i, j), 1e-15);
            }
            // d tr ρ̃/dt = η × (the no-jump generator's trace loss): only detected jumps remove probability
            double lossEta = 0;
            double lossPs = 0;
            for (int d : diag) {
                lossEta += g.re(d, j);
                lossPs += ps.re(d, j);
            }
            assertEquals(eta * lossPs, lossEta, 1e-14);
        }
    }

    /**
     * δ = 0, a = |A| = 2, T = 0 from |↑↓⟩ = (|S⟩ + |T0⟩)/√2. The singlet is dark; the triplet decays at rate 4a
     * to |↑↑⟩, and a fraction 1 − η of those emissions goes undetected. So, exactly,
     * ρ̃ = ½|ψ⟩⟨ψ| + ½(1 − η)(1 − e^{−4at})|↑↑⟩⟨↑↑|, ψ = |S⟩ + e^{−2at}|T0⟩ (main text, Eq. (13) with the
     * undetected jumps kept): P = 1 − η(1 − e^{−4at})/2, heralded Bell fidelity F = 1/(2P) and concurrence
     * C = (1 − e^{−4at})/(2P) (tanh 2at at η = 1, the paper's PT-broken result). Derived by hand; checked here
     * against the exact propagation.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 0.5, 0.9, 1.0})
    void closedFormAtZeroDetuningAndADarkSinglet(double eta) {
        double a = 2.0;
        TwoQubitModel m = Fixtures.model(0, a, 0, a, 0);
        PostselectedTrajectory tr = MonitoredPropagator.of(m, new DetectionEfficiency(eta))
                .evolve(Fixtures.basis(UD), 2.0, 200);
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.times()[k];
            double decayed = 1 - Math.exp(-4 * a * t);
            double p = 1 - eta * decayed / 2;
            assertEquals(p, tr.successProbability()[k], 1e-12, "P, t = " + t);
            assertEquals(1 / (2 * p), Entanglement.bellFidelity(tr.states()[k]), 1e-12, "F, t = " + t);
            assertEquals(decayed / (2 * p), Entanglement.concurrence(tr.states()[k]), 1e-12, "C, t = " + t);
        }
    }

    @Test
    void noDetectionProbabilityFallsAsTheDetectorImproves() {
        TwoQubitModel m = general();
        double previous = 1.0;
        for (double eta : new double[] {0.0, 0.1, 0.4, 0.7, 1.0}) {
            PostselectedTrajectory tr = MonitoredPropagator.of(m, new DetectionEfficiency(eta))
                    .evolve(generic(), 2.0, 50);
            double p = tr.successProbability()[50];
            assertTrue(p <= previous + 1e-15, "η = " + eta + ": P = " + p + " > " + previous);
            previous = p;
        }
        assertTrue(previous < 0.5, "the ideal detector sees most runs jump by t = 2: P = " + previous);
    }

    @Test
    void efficiencyOutsideTheUnitIntervalIsRefused() {
        for (double bad : new double[] {Double.NaN, -0.1, 1.0000001, Double.POSITIVE_INFINITY}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new DetectionEfficiency(bad));
            assertEquals("efficiency", e.parameter());
            assertTrue(e.getMessage().contains(Double.toString(bad)) && e.getMessage().contains("dimensionless"),
                    e.getMessage());
        }
        assertEquals(0.0, new DetectionEfficiency(-0.0).value(), 0.0);
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(new DetectionEfficiency(-0.0).value()));
    }
}
