package org.magent.qubits.trajectories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.Liouvillians;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.MonitoredPropagator;
import org.magent.qubits.dynamics.PostselectedPropagator;
import org.magent.qubits.dynamics.PostselectedTrajectory;
import org.magent.qubits.dynamics.Trajectory;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * Quantum-jump trajectories against the exact master equation, Eq. (2)-(4), and the exact conditional evolution
 * given no detection (Eq. (12)-(13) with efficiency η). Statistical checks use fixed seeds, so they are
 * deterministic; the 5-standard-error bound is what a correct unravelling meets with overwhelming probability.
 */
class QuantumJumpsTest {

    private static final int M = 10_000;

    private static EnsembleStatistics run(TwoQubitModel m, DensityMatrix rho0, double eta, double tMax, int steps,
            long count, long seed, int threads) {
        return QuantumJumps.run(new TrajectoryRequest(m, rho0, new DetectionEfficiency(eta), tMax, steps, count,
                seed, TrajectoryRequest.DEFAULT_MAX_COUNT), threads);
    }

    /** The largest |deviation|/SE over all entries, asserting |deviation| ≤ max(5 SE, 1e-12) for each. */
    private static double assertWithin5Se(DensityMatrix expected, DensityMatrix mean, double[][] se, String where) {
        double worst = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double dRe = Math.abs(mean.re(i, j) - expected.re(i, j));
                double dIm = Math.abs(mean.im(i, j) - expected.im(i, j));
                double seRe = se[0][i * 4 + j];
                double seIm = se[1][i * 4 + j];
                assertTrue(dRe <= Math.max(5 * seRe, 1e-12), where + ": Re ρ_" + i + j + " off by " + dRe
                        + " with SE " + seRe);
                assertTrue(dIm <= Math.max(5 * seIm, 1e-12), where + ": Im ρ_" + i + j + " off by " + dIm
                        + " with SE " + seIm);
                worst = Math.max(worst, seRe > 0 ? dRe / seRe : 0);
                worst = Math.max(worst, seIm > 0 ? dIm / seIm : 0);
            }
        }
        return worst;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.6, 1.0})
    void ensembleAverageConvergesToTheLindbladStateAtEverySample(double eta) {
        TwoQubitModel m = TrajectoryFixtures.general();
        EnsembleStatistics s = run(m, TrajectoryFixtures.generic(), eta, 3.0, 200, M, 20240611L, 2);
        Trajectory exact = LindbladPropagator.of(m).evolve(TrajectoryFixtures.generic(), 3.0, 200);
        double worst = 0;
        for (int k = 0; k < s.samples(); k++) {
            assertEquals(exact.times()[k], s.times()[k], 0.0);
            worst = Math.max(worst, assertWithin5Se(exact.states()[k], s.meanState(k), s.meanStateStandardErrors(k),
                    "η = " + eta + ", t = " + s.times()[k]));
        }
        System.out.printf(java.util.Locale.ROOT, "trajectories, M = %d, η = %.1f: max |ρ̄ − ρ|/SE = %.3f%n", M, eta,
                worst);
        assertTrue(worst > 1, "deviations of a few SE are expected, not an exact match: " + worst);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.5, 0.8, 1.0})
    void noDetectionFractionIsTheMonitoredSuccessProbability(double eta) {
        TwoQubitModel m = TrajectoryFixtures.general();
        EnsembleStatistics s = run(m, TrajectoryFixtures.generic(), eta, 3.0, 100, M, 99L + (long) (100 * eta), 2);
        PostselectedTrajectory exact = MonitoredPropagator.of(m, new DetectionEfficiency(eta))
                .evolve(TrajectoryFixtures.generic(), 3.0, 100);
        for (int k = 0; k < s.samples(); k++) {
            double p = exact.successProbability()[k];
            double se = Math.sqrt(p * (1 - p) / M);
            assertEquals(p, s.fraction(k, 0), Math.max(5 * se, 1e-12), "η = " + eta + ", t = " + s.times()[k]);
        }
        assertTrue(exact.successProbability()[100] < 0.9, "the test must see detections");
    }

    @Test
    void perfectDetectorZeroDetectionAverageIsTodaysPostselectedState() {
        // with dephasing jumps (never detected) the zero-click trajectories differ: a statistical check
        TwoQubitModel m = TrajectoryFixtures.general();
        EnsembleStatistics s = run(m, TrajectoryFixtures.generic(), 1.0, 2.0, 100, M, 5L, 2);
        PostselectedTrajectory ps = PostselectedPropagator.of(m).evolve(TrajectoryFixtures.generic(), 2.0, 100);
        for (int k = 0; k < s.samples(); k++) {
            assertWithin5Se(ps.states()[k], s.heraldedState(k, 0), s.heraldedStandardErrors(k, 0),
                    "t = " + s.times()[k]);
        }
        // without dephasing every zero-click trajectory is the same no-jump state: agreement to round-off
        TwoQubitModel noDephasing = TrajectoryFixtures.model(0.7, 1.0, 0.2, new Complex(0.6, 0.5),
                new Complex(0.1, 0.05), 0, Complex.ZERO);
        EnsembleStatistics s0 = run(noDephasing, TrajectoryFixtures.generic(), 1.0, 2.0, 100, 2000, 6L, 2);
        PostselectedTrajectory ps0 = PostselectedPropagator.of(noDephasing).evolve(TrajectoryFixtures.generic(),
                2.0, 100);
        for (int k = 0; k < s0.samples(); k++) {
            DensityMatrix h = s0.heraldedState(k, 0);
            DensityMatrix e = ps0.states()[k];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    assertEquals(e.re(i, j), h.re(i, j), 1e-12, "t = " + s0.times()[k]);
                    assertEquals(e.im(i, j), h.im(i, j), 1e-12, "t = " + s0.times()[k]);
                }
            }
        }
    }

    @Test
    void zeroDetectionAverageIsTheHeraldedStateAtFiniteEfficiency() {
        TwoQubitModel m = TrajectoryFixtures.general();
        double eta = 0.5;
        EnsembleStatistics s = run(m, TrajectoryFixtures.generic(), eta, 2.0, 100, M, 77L, 2);
        PostselectedTrajectory ex = MonitoredPropagator.of(m, new DetectionEfficiency(eta))
                .evolve(TrajectoryFixtures.generic(), 2.0, 100);
        for (int k = 0; k < s.samples(); k++) {
            assertWithin5Se(ex.states()[k], s.heraldedState(k, 0), s.heraldedStandardErrors(k, 0),
                    "t = " + s.times()[k]);
        }
    }

    @Test
    void meanDetectionCountIsEtaTimesTheIntegratedJumpRate() {
        // E[N(t)] = η ∫₀ᵗ tr(Σ_σ± J ρ(s) J†) ds, the trace loss of L_ps applied to the Lindblad state
        TwoQubitModel m = TrajectoryFixtures.general();
        double eta = 0.7;
        int steps = 50;
        double tMax = 2.0;
        EnsembleStatistics s = run(m, TrajectoryFixtures.generic(), eta, tMax, steps, M, 3L, 2);
        ComplexMatrix ps = Liouvillians.postselected(m);
        int fine = 200; // Simpson sub-intervals per sample interval
        Trajectory rho = LindbladPropagator.of(m).evolve(TrajectoryFixtures.generic(), tMax, steps * fine);
        double integral = 0;
        double[] rate = new double[rho.size()];
        for (int k = 0; k < rho.size(); k++) {
            double[] re = rho.states()[k].realParts();
            double[] im = rho.states()[k].imaginaryParts();
            double loss = 0;
            for (int d : new int[] {0, 5, 10, 15}) {
                for (int j = 0; j < 16; j++) {
                    loss += ps.re(d, j) * re[j] - ps.im(d, j) * im[j];
                }
            }
            rate[k] = -loss;
        }
        double h = tMax / (steps * fine);
        for (int k = 1; k <= steps; k++) {
            for (int q = (k - 1) * fine; q < k * fine; q += 2) {
                integral += h / 3 * (rate[q] + 4 * rate[q + 1] + rate[q + 2]);
            }
            double expected = eta * integral;
            assertEquals(expected, s.meanDetections(k), Math.max(5 * s.meanDetectionsStandardError(k), 1e-12),
                    "t = " + s.times()[k]);
        }
    }

    @Test
    void outputIsBitwiseTheSameForAnyNumberOfThreads() {
        TwoQubitModel m = TrajectoryFixtures.general();
        int count = 1000; // not a multiple of the chunk size
        EnsembleStatistics one = run(m, TrajectoryFixtures.generic(), 0.6, 2.0, 40, count, 42L, 1);
        for (int threads : new int[] {2, 3, 5}) {
            EnsembleStatistics other = run(m, TrajectoryFixtures.generic(), 0.6, 2.0, 40, count, 42L, threads);
            for (int k = 0; k < one.samples(); k++) {
                assertEquals(one.meanState(k), other.meanState(k));
                assertArrayEquals(one.meanStateStandardErrors(k)[0], other.meanStateStandardErrors(k)[0], 0.0);
                assertEquals(one.meanDetections(k), other.meanDetections(k), 0.0);
                for (int b = 0; b <= one.maxCount() + 1; b++) {
                    assertEquals(one.trajectoriesWith(k, b), other.trajectoriesWith(k, b));
                    assertEquals(one.heraldedState(k, b), other.heraldedState(k, b));
                }
                if (k < one.samples() - 1) {
                    assertEquals(one.firstDetections(k), other.firstDetections(k));
                }
            }
        }
        EnsembleStatistics otherSeed = run(m, TrajectoryFixtures.generic(), 0.6, 2.0, 40, count, 43L, 1);
        assertNotEquals(one.meanState(40), otherSeed.meanState(40));
    }

    @Test
    void countsHeraldedStatesAndFirstDetectionsAreConsistent() {
        TwoQubitModel m = TrajectoryFixtures.general();
        EnsembleStatistics s = QuantumJumps.run(new TrajectoryRequest(m, TrajectoryFixtures.generic(),
                new DetectionEfficiency(0.9), 4.0, 40, 3000, 8L, 2), 2);
        assertEquals(2, s.maxCount());
        long cumulative = 0;
        for (int k = 0; k < s.samples(); k++) {
            long total = 0;
            double[] weighted = new double[32];
            for (int b = 0; b <= 3; b++) {
                long n = s.trajectoriesWith(k, b);
                total += n;
                DensityMatrix h = s.heraldedState(k, b);
                if (n == 0) {
                    assertNull(h);
                    continue;
                }
                for (int e = 0; e < 16; e++) {
                    weighted[e] += n * h.re(e / 4, e % 4);
                    weighted[16 + e] += n * h.im(e / 4, e % 4);
                }
            }
            assertEquals(3000, total);
            DensityMatrix mean = s.meanState(k);
            for (int e = 0; e < 16; e++) {
                assertEquals(mean.re(e / 4, e % 4), weighted[e] / 3000, 1e-14);
                assertEquals(mean.im(e / 4, e % 4), weighted[16 + e] / 3000, 1e-14);
            }
            // every trajectory with a click by t_k had its first click in one of the intervals before
            if (k > 0) {
                cumulative += s.firstDetections(k - 1);
            }
            assertEquals(3000 - s.trajectoriesWith(k, 0), cumulative);
        }
        assertTrue(s.trajectoriesWith(40, 3) > 0, "counts above max-count are pooled");
        assertEquals(1.0, s.meanState(0).trace(), 1e-15);
    }

    @Test
    void mixedInitialStatesAreUnravelledIntoTheirEigenvectors() {
        TwoQubitModel m = TrajectoryFixtures.general();
        double[] re = new double[16];
        double[] im = new double[16];
        // 0.5|ud⟩⟨ud| + 0.3|ψ⟩⟨ψ| + 0.2|dd⟩⟨dd| with ψ the generic superposition
        DensityMatrix g = TrajectoryFixtures.generic();
        for (int e = 0; e < 16; e++) {
            re[e] = 0.3 * g.re(e / 4, e % 4);
            im[e] = 0.3 * g.im(e / 4, e % 4);
        }
        re[5] += 0.5;
        re[15] += 0.2;
        DensityMatrix rho0 = DensityMatrix.of(re, im);
        EnsembleStatistics s = run(m, rho0, 0.5, 2.0, 40, 4000, 11L, 2);
        Trajectory exact = LindbladPropagator.of(m).evolve(rho0, 2.0, 40);
        for (int k = 0; k < s.samples(); k++) {
            assertWithin5Se(exact.states()[k], s.meanState(k), s.meanStateStandardErrors(k), "t = " + s.times()[k]);
        }
    }

    @Test
    void aMillionTrajectoriesRunInBoundedMemory() {
        TwoQubitModel m = TrajectoryFixtures.general();
        EnsembleStatistics s = run(m, TrajectoryFixtures.generic(), 0.5, 1.0, 2, 1_000_000, 1L, 2);
        assertEquals(1_000_000, s.trajectories());
        assertTrue(s.peakChunksInFlight() <= 4, "accumulators alive: " + s.peakChunksInFlight());
        long total = 0;
        for (int b = 0; b <= s.maxCount() + 1; b++) {
            total += s.trajectoriesWith(2, b);
        }
        assertEquals(1_000_000, total);
        PostselectedTrajectory exact = MonitoredPropagator.of(m, new DetectionEfficiency(0.5))
                .evolve(TrajectoryFixtures.generic(), 1.0, 2);
        double p = exact.successProbability()[2];
        assertEquals(p, s.fraction(2, 0), 5 * Math.sqrt(p * (1 - p) / 1e6));
    }

    @Test
    void badRequestsAreRefusedNamingTheParameter() {
        TwoQubitModel m = TrajectoryFixtures.general();
        DensityMatrix r = TrajectoryFixtures.generic();
        DetectionEfficiency e = DetectionEfficiency.PERFECT;
        assertEquals("count", assertThrows(InvalidInputException.class,
                () -> new TrajectoryRequest(m, r, e, 1, 10, 0, 1, 3)).parameter());
        assertEquals("seed", assertThrows(InvalidInputException.class,
                () -> new TrajectoryRequest(m, r, e, 1, 10, 5, -1, 3)).parameter());
        assertEquals("steps", assertThrows(InvalidInputException.class,
                () -> new TrajectoryRequest(m, r, e, 1, 0, 5, 1, 3)).parameter());
        assertEquals("max-count", assertThrows(InvalidInputException.class,
                () -> new TrajectoryRequest(m, r, e, 1, 10, 5, 1, -1)).parameter());
        assertEquals("t-max", assertThrows(InvalidInputException.class,
                () -> new TrajectoryRequest(m, r, e, Double.NaN, 10, 5, 1, 3)).parameter());
        TrajectoryRequest ok = new TrajectoryRequest(m, r, e, 1, 10, 5, 1, 3);
        assertEquals("threads", assertThrows(InvalidInputException.class, () -> QuantumJumps.run(ok, 0))
                .parameter());
        TrajectoryRequest huge = new TrajectoryRequest(m, r, e, 1, 50_000_000, 5, 1, 3);
        assertEquals("steps", assertThrows(InvalidInputException.class, () -> QuantumJumps.run(huge, 2))
                .parameter());
    }
}
