package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.state.NamedState;
import org.magent.validation.InvalidInputException;

/**
 * The sector propagator against the general engine ({@link LindbladPropagator}, {@link PostselectedPropagator},
 * {@link Entanglement}): same concurrences, success probabilities and steady states for random models with every
 * coefficient present (complex A, Ã, 𝔇, per-qubit local terms, J⊥, Jz, D, Δ1 ≠ Δ2) and initial states that
 * occupy every combination of coherence sectors; dark states go through the general projector.
 */
class SectorPropagatorTest {

    private static double uniform(Random r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    private static Complex polar(Random r, double modulus) {
        double phase = uniform(r, 0, 2 * Math.PI);
        return new Complex(modulus * Math.cos(phase), modulus * Math.sin(phase));
    }

    /** Random PSD baths with every coefficient present; per-qubit local terms on every other model. */
    static List<TwoQubitModel> randomModels(int n, long seed) {
        Random r = new Random(seed);
        List<TwoQubitModel> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double a1 = uniform(r, 0.5, 2);
            double a2 = k % 2 == 0 ? a1 : uniform(r, 0.5, 2);
            double at1 = a1 * uniform(r, 0.01, 0.3);
            double at2 = k % 2 == 0 ? at1 : a2 * uniform(r, 0.01, 0.3);
            double d1 = uniform(r, 0.01, 0.2);
            double d2 = k % 2 == 0 ? d1 : uniform(r, 0.01, 0.2);
            BathParameters b = BathParameters.explicit(a1, at1, polar(r, Math.sqrt(a1 * a2) * uniform(r, 0.3, 0.99)),
                    polar(r, Math.sqrt(at1 * at2) * uniform(r, 0.1, 0.99)), uniform(r, -0.5, 0.5),
                    uniform(r, -0.5, 0.5), uniform(r, -0.5, 0.5), d1,
                    polar(r, Math.sqrt(d1 * d2) * uniform(r, 0.1, 1))).withLocal(a1, a2, at1, at2, d1, d2);
            out.add(new TwoQubitModel(new QubitFields(uniform(r, 0, 2), uniform(r, 0, 2)), b));
        }
        return out;
    }

    /** Initial states: X states in sector 0, in sectors 0 and 2, and general states in all three. */
    static List<DensityMatrix> initialStates() {
        return List.of(Fixtures.basis(Fixtures.UD),
                Fixtures.pure(0.6, 0, 0, 0, 0, 0, 0.2, 0.77),
                Fixtures.pure(0.3, 0.1, 0.8, -0.2, -0.2, 0.4, 0.1, 0.05),
                Fixtures.pure(0, 0, 0.6, 0.3, 0.5, -0.4, 0, 0));
    }

    /** Sector blocks built from the linear basis equal the general 16×16 Liouvillian (in the same coordinates). */
    @Test
    void linearBasisReproducesTheGeneralLiouvillian() {
        for (TwoQubitModel m : randomModels(8, 1)) {
            for (boolean lindblad : new boolean[] {true, false}) {
                ComplexMatrix l = lindblad ? Liouvillians.lindbladian(m) : Liouvillians.postselected(m);
                double[] p = HermitianSectors.parameters(m);
                for (int s = 0; s < HermitianSectors.SECTORS; s++) {
                    int n = HermitianSectors.DIMENSION[s];
                    double[] g = HermitianSectors.generator(lindblad, s, p);
                    for (int b = 0; b < n; b++) {
                        // column b: L applied to the Hermitian matrix of coordinate b, read back in coordinates
                        double[] unit = new double[n];
                        unit[b] = 1;
                        double[] xRe = new double[16];
                        double[] xIm = new double[16];
                        HermitianSectors.toMatrix(unit, s, xRe, xIm);
                        if (lindblad && s == 0 && b >= 1 && b <= 3) {
                            xRe[0] = -1; // trace coordinate: y_b = 1 with tr ρ fixed means ρ_uu = −1
                        }
                        double[] yRe = new double[16];
                        double[] yIm = new double[16];
                        for (int i = 0; i < 16; i++) {
                            for (int j = 0; j < 16; j++) {
                                yRe[i] += l.re(i, j) * xRe[j] - l.im(i, j) * xIm[j];
                                yIm[i] += l.re(i, j) * xIm[j] + l.im(i, j) * xRe[j];
                            }
                        }
                        double[] col = HermitianSectors.coordinates(DensityMatrix.of(yRe, yIm), s);
                        if (lindblad && s == 0) {
                            col[0] = yRe[0] + yRe[5] + yRe[10] + yRe[15];
                        }
                        for (int a = 0; a < n; a++) {
                            assertEquals(col[a], g[a * n + b], 1e-14, "sector " + s + " entry " + a + "," + b);
                        }
                    }
                }
            }
        }
    }

    /** Concurrence at every sample (final, maximum and its first time) equals the general engine's. */
    @Test
    void unmonitoredSummaryEqualsGeneralEngine() {
        for (TwoQubitModel m : randomModels(12, 2)) {
            for (DensityMatrix rho0 : initialStates()) {
                Trajectory tr = LindbladPropagator.of(m).evolve(rho0, 5.0, 200);
                double[] c = new double[tr.size()];
                for (int k = 0; k < c.length; k++) {
                    c[k] = Entanglement.concurrence(tr.states()[k]);
                }
                SectorPropagator.ConcurrenceSummary s = SectorPropagator.lindblad(m, rho0).concurrenceSummary(5.0, 200);
                assertSummary(c, tr.times(), s, m + " from " + rho0);
                assertTrue(Double.isNaN(s.finalSuccessProbability()));
            }
        }
    }

    /** Postselected: concurrence of the normalised state and the success probability equal the general engine's. */
    @Test
    void postselectedSummaryEqualsGeneralEngine() {
        for (TwoQubitModel m : randomModels(12, 3)) {
            for (DensityMatrix rho0 : initialStates()) {
                PostselectedTrajectory tr = PostselectedPropagator.of(m).evolve(rho0, 3.0, 150);
                double[] c = new double[tr.size()];
                for (int k = 0; k < c.length; k++) {
                    c[k] = Entanglement.concurrence(tr.states()[k]);
                }
                SectorPropagator.ConcurrenceSummary s = SectorPropagator.postselected(m, rho0)
                        .concurrenceSummary(3.0, 150);
                assertSummary(c, tr.times(), s, m + " from " + rho0);
                double p = tr.successProbability()[150];
                assertEquals(p, s.finalSuccessProbability(), 1e-11 * p);
            }
        }
    }

    private static void assertSummary(double[] c, double[] times, SectorPropagator.ConcurrenceSummary s,
            String where) {
        int best = 0;
        for (int k = 1; k < c.length; k++) {
            best = c[k] > c[best] ? k : best;
        }
        assertEquals(c[c.length - 1], s.finalConcurrence(), 1e-12, where);
        assertEquals(c[best], s.maxConcurrence(), 1e-12, where);
        // the first maximum; samples tying within 1e-12 may pick either
        int k = (int) Math.round(s.timeOfMax() / (times[1] - times[0]));
        assertEquals(times[k], s.timeOfMax(), 1e-15, where);
        assertEquals(c[best], c[k], 1e-12, where);
    }

    /** With a unique steady state the trace-constrained LU gives the general engine's P₀ρ0. */
    @Test
    void uniqueSteadyStateEqualsSpectralProjector() {
        for (TwoQubitModel m : randomModels(12, 4)) {
            for (DensityMatrix rho0 : initialStates()) {
                SectorPropagator fast = SectorPropagator.lindblad(m, rho0);
                assertNotNull(fast.uniqueSteadyState(), "unique steady state, LU path: " + m);
                DensityMatrix expected = LindbladPropagator.of(m).steadyState(rho0);
                DensityMatrix steady = fast.steadyState();
                assertTrue(Fixtures.maxDiff(expected, steady) < 1e-12, "steady " + steady + " vs " + expected);
                assertEquals(1.0, steady.trace(), 1e-14);
                assertEquals(Entanglement.concurrence(expected), fast.steadyConcurrence(), 1e-10);
            }
        }
    }

    /**
     * Dark states keep the general engine's exact projector: Eq. (10)/(S65) at T = 0, |A| = a, δ = 0 from
     * |↑↓⟩ (C∞ = 1/2), and the Fig. S1(a) end point a = |A| = 30, ã = |Ã| = 3 (C∞ = 0.3648648…, the ladder formula
     * of {@link SteadyStateTest}).
     */
    @ParameterizedTest
    @CsvSource({"1.0, 0.0, 0.5, 1e-7", "30, 3, 0.36486486486486486, 1e-10"})
    void darkStatesFallBackToTheProjector(double a, double aTilde, double expected, double tol) {
        TwoQubitModel m = Fixtures.model(0, a, aTilde, a, aTilde);
        SectorPropagator fast = SectorPropagator.lindblad(m, Fixtures.basis(Fixtures.UD));
        assertNull(fast.uniqueSteadyState(), "rank-deficient: several stationary states");
        DensityMatrix general = LindbladPropagator.of(m).steadyState(Fixtures.basis(Fixtures.UD));
        assertEquals(0.0, Fixtures.maxDiff(general, fast.steadyState()), 0.0);
        assertEquals(expected, fast.steadyConcurrence(), tol);
    }

    /** An undamped coherence (no dissipation at all on the order-±2 sector) is stationary: general projector. */
    @Test
    void undampedCoherenceFallsBackToTheProjector() {
        TwoQubitModel m = Fixtures.model(0.3, 0, 0, 0, 0);
        DensityMatrix rho0 = Fixtures.pure(0.6, 0, 0, 0, 0, 0, 0.8, 0);
        SectorPropagator fast = SectorPropagator.lindblad(m, rho0);
        assertNull(fast.uniqueSteadyState());
        assertEquals(0.0, Fixtures.maxDiff(LindbladPropagator.of(m).steadyState(rho0), fast.steadyState()), 0.0);
    }

    /**
     * Postselected closed forms (main text after Eq. (15); derivations in {@link PostselectedTest}): at the
     * exceptional point δ = Γ from |↑↓⟩, C(t) = 2Γt√(1+Γ²t²)/(1+2Γ²t²) and the success probability
     * e^{−2(a+ã)t}(1 + 2Γ²t²); PT-exact δ = ηΓ, C_max = 2η/(1+η²) at ωt = π/2, ω = √(δ² − Γ²). Concurrences to
     * 1e-12 after 1000 and 400 steps; the success probability, a product of 1000 step traces, to 1e-11 relative
     * (measured 2e-12 here, against 2e-13 for the complex general path).
     */
    @Test
    void postselectedClosedFormsToRoundOff() {
        double gamma = 2.0;
        double a = 2.5;
        TwoQubitModel ep = Fixtures.model(gamma, a, 0, gamma, 0);
        double t = 10.0;
        SectorPropagator.ConcurrenceSummary s = SectorPropagator.postselected(ep, Fixtures.basis(Fixtures.UD))
                .concurrenceSummary(t, 1000);
        double g2t2 = gamma * gamma * t * t;
        assertEquals(2 * gamma * t * Math.sqrt(1 + g2t2) / (1 + 2 * g2t2), s.finalConcurrence(), 1e-12);
        double p = Math.exp(-2 * a * t) * (1 + 2 * g2t2);
        assertEquals(p, s.finalSuccessProbability(), 1e-11 * p);
        for (double eta : new double[] {1.2, 2.0, 5.0}) {
            double delta = eta * gamma;
            double omega = Math.sqrt(delta * delta - gamma * gamma);
            TwoQubitModel pt = Fixtures.model(delta, a, 0, gamma, 0);
            SectorPropagator.ConcurrenceSummary q = SectorPropagator.postselected(pt, Fixtures.basis(Fixtures.UD))
                    .concurrenceSummary(Math.PI / omega, 400);
            assertEquals(2 * eta / (1 + eta * eta), q.maxConcurrence(), 1e-12, "eta " + eta);
            assertEquals(Math.PI / (2 * omega), q.timeOfMax(), 1e-12, "eta " + eta);
            assertEquals(0.0, q.finalConcurrence(), 1e-12, "eta " + eta);
        }
    }

    /** Constant concurrence: the first sample is the first maximum. */
    @Test
    void firstMaximumOfAConstantIsTimeZero() {
        TwoQubitModel m = Fixtures.model(0, 1, 0, 0, 0);
        SectorPropagator.ConcurrenceSummary s = SectorPropagator.lindblad(m, Fixtures.basis(Fixtures.UD))
                .concurrenceSummary(5, 50);
        assertEquals(0.0, s.maxConcurrence());
        assertEquals(0.0, s.timeOfMax());
    }

    /**
     * A plateau: from |↑↓⟩ at a = |A| the singlet half is dark and C(t) rises to 1/2, reaching it to 1e-12 near
     * t ≈ 7; later samples differ from 1/2 by round-off only. t_at_max is where C first reaches its maximum to within
     * {@link FirstMaximum#TIE}, found from the general engine's samples.
     */
    @Test
    void aPlateauReportsTheFirstTimeItIsReached() {
        TwoQubitModel m = Fixtures.model(0, 1, 0, 1, 0);
        DensityMatrix ud = Fixtures.basis(Fixtures.UD);
        SectorPropagator.ConcurrenceSummary s = SectorPropagator.lindblad(m, ud).concurrenceSummary(20, 200);
        double[] c = new double[201];
        LindbladPropagator.of(m).evolve(ud, 20, 200, (k, t, state) -> c[k] = Entanglement.concurrence(state));
        double max = Arrays.stream(c).max().getAsDouble();
        int first = 0;
        while (c[first] < max - FirstMaximum.TIE) {
            first++;
        }
        assertEquals(0.5, max, 1e-7);
        assertTrue(first > 50 && first < 100, "first sample within the tie: " + first);
        assertEquals(first * 0.1, s.timeOfMax(), 1e-12);
        assertEquals(max, s.maxConcurrence(), 1e-12);
    }

    /**
     * The conditional state's trace: one step whose no-jump probability underflows (|↓↓⟩ held by a = 1 for 178
     * units in one step: e^{-4·178} ≈ 1e-309, subnormal) names "steps"; a state lost to round-off (the singlet,
     * which decays faster than the dark T0 at A = −a, after P ≈ 1e-17) names "t-max". Neither gives NaN.
     */
    @Test
    void aLostConditionalStateIsRefusedWithTheReason() {
        TwoQubitModel one = Fixtures.model(0, 1, 0, 0, 0);
        DensityMatrix dd = Fixtures.basis(Fixtures.DD);
        InvalidInputException under = assertThrows(InvalidInputException.class,
                () -> SectorPropagator.postselected(one, dd).concurrenceSummary(178, 1));
        assertEquals("steps", under.parameter());
        assertTrue(under.getMessage().contains("underflows"), under.getMessage());
        assertEquals("steps", assertThrows(InvalidInputException.class,
                () -> PostselectedPropagator.of(one).evolve(dd, 178, 1)).parameter());

        TwoQubitModel dark = Fixtures.model(QubitFields.ofMeanAndDetuning(0.5, 0), 1, 0.1, new Complex(-1),
                Complex.ZERO, 0.3, 0, 0, 0, Complex.ZERO);
        DensityMatrix singlet = NamedState.SINGLET.density();
        InvalidInputException lost = assertThrows(InvalidInputException.class,
                () -> SectorPropagator.postselected(dark, singlet).concurrenceSummary(20, 200));
        assertEquals("t-max", lost.parameter());
        assertTrue(lost.getMessage().contains("lost to round-off") && lost.getMessage().contains("shorter"),
                lost.getMessage());
        assertEquals("t-max", assertThrows(InvalidInputException.class,
                () -> PostselectedPropagator.of(dark).evolve(singlet, 20, 200)).parameter());
        // a shorter run is fine, and the singlet stays maximally entangled
        assertEquals(1.0, SectorPropagator.postselected(dark, singlet).concurrenceSummary(5, 50).finalConcurrence(),
                1e-9);
    }

    @Test
    void refusesBadInput() {
        TwoQubitModel m = randomModels(1, 5).get(0);
        double[] re = new double[16];
        double[] im = new double[16];
        re[5] = 1;
        im[6] = 0.1; // ρ_ud,du = 0.1i but ρ_du,ud = 0: not Hermitian
        assertThrows(InvalidInputException.class, () -> SectorPropagator.lindblad(m, DensityMatrix.of(re, im)));
        assertThrows(InvalidInputException.class, () -> SectorPropagator.lindblad(m, DensityMatrix.of(new double[16],
                new double[16])));
        SectorPropagator p = SectorPropagator.lindblad(m, Fixtures.basis(Fixtures.UD));
        assertEquals("t-max", assertThrows(InvalidInputException.class, () -> p.concurrenceSummary(-1, 10))
                .parameter());
        assertEquals("steps", assertThrows(InvalidInputException.class, () -> p.concurrenceSummary(1, 0))
                .parameter());
        assertEquals("t-max", assertThrows(InvalidInputException.class, () -> p.concurrenceSummary(1e306, 10))
                .parameter());
        assertThrows(IllegalStateException.class,
                () -> SectorPropagator.postselected(m, Fixtures.basis(Fixtures.UD)).steadyState());
    }
}
