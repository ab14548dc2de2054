package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.bath.BathReport;
import org.magent.bath.QubitCoupling;
import org.magent.medium.StabilityReport;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.state.NamedState;

/** The per-point physics against the paper's closed forms, each checked against exact evolution here. */
class PointDynamicsTest {

    private static final DensityMatrix UD = NamedState.UD.density();

    private static BathReport bath(double a, double absA, double jPerp) {
        BathParameters b = BathParameters.explicit(a, 0, new Complex(absA, 0), Complex.ZERO, jPerp, 0, 0, 0,
                Complex.ZERO);
        return new BathReport(b, StabilityReport.ok(), StabilityReport.ok(), OptionalDouble.empty(), List.of());
    }

    private static PointResult point(double a, double absA, double jPerp, double delta) {
        return PointDynamics.compute(bath(a, absA, jPerp), new QubitCoupling(3 + delta, 3 - delta, 1), UD,
                List.of(2.0), 1.0, 1.0, Double.NaN);
    }

    /** The slope −d ln C/dt at late times from exact evolution. */
    private static double lateDecayRate(double a, double absA, double delta, double t1, double t2) {
        LindbladPropagator p = LindbladPropagator.of(new TwoQubitModel(new QubitFields(3 + delta, 3 - delta),
                bath(a, absA, 0).bath()));
        double c1 = Entanglement.concurrence(p.evolveTo(UD, t1));
        double c2 = Entanglement.concurrence(p.evolveTo(UD, t2));
        return Math.log(c1 / c2) / (t2 - t1);
    }

    @Test
    void decadeSamplesMergeInTimeOrderAndATimeSampledTwiceKeepsItsLaterValue() {
        PointDynamics.Samples s = new PointDynamics.Samples(12);
        s.add(new double[] {0.0}, new double[] {0.5});
        s.add(new double[] {0.0, 0.1, 0.2, 0.3}, new double[] {0.6, 1, 2, 3});
        s.add(new double[] {0.0, 0.15, 0.3, 0.45, 0.6}, new double[] {0.7, 1.5, 3.5, 4.5, 6});
        assertArrayEquals(new double[] {0.0, 0.1, 0.15, 0.2, 0.3, 0.45, 0.6}, s.times(), 0.0);
        assertArrayEquals(new double[] {0.7, 1, 1.5, 2, 3.5, 4.5, 6}, s.values(), 0.0);
    }

    @Test
    void aThreadsSamplesAreReusedEmptyAndGrowWhenAPointNeedsMore() {
        PointDynamics.Samples first = PointDynamics.Samples.emptyLocal(4);
        first.add(new double[] {0.0, 0.1, 0.2}, new double[] {0.5, 0.6, 0.7});
        assertEquals(3, first.size());
        PointDynamics.Samples again = PointDynamics.Samples.emptyLocal(4);
        assertSame(first, again);
        assertEquals(0, again.size());
        again.add(new double[] {0.0, 0.3}, new double[] {0.1, 0.2});
        assertArrayEquals(new double[] {0.0, 0.3}, again.times(), 0.0);
        assertArrayEquals(new double[] {0.1, 0.2}, again.values(), 0.0);
        PointDynamics.Samples bigger = PointDynamics.Samples.emptyLocal(1000);
        assertNotSame(first, bigger);
        assertEquals(0, bigger.size());
        double[] t = new double[1000];
        for (int k = 0; k < t.length; k++) {
            t[k] = k;
        }
        bigger.add(t, t);
        assertEquals(1000, bigger.size());
        assertEquals(999.0, bigger.time(999), 0.0);
        assertEquals(999.0, bigger.value(999), 0.0);
        // another thread has its own
        PointDynamics.Samples[] other = new PointDynamics.Samples[1];
        Thread th = new Thread(() -> other[0] = PointDynamics.Samples.emptyLocal(4));
        th.start();
        assertDoesNotThrow(() -> th.join());
        assertNotSame(bigger, other[0]);
    }

    @Test
    void timesThatDifferInTheLastBitAreOneSample() {
        // k·e/40 of one decade and the same instant of the next can differ by an ulp: one sample, the later value
        double t = 2.257326990665526E-5;
        PointDynamics.Samples s = new PointDynamics.Samples(8);
        s.add(new double[] {0.0, 2.182082757643342E-5, t}, new double[] {0.1, 0.8518165, 0.8518196});
        s.add(new double[] {0.0, Math.nextUp(t), 2.3325712236877103E-5}, new double[] {0.1, 0.8518197, 0.8495431});
        assertArrayEquals(new double[] {0.0, 2.182082757643342E-5, Math.nextUp(t), 2.3325712236877103E-5},
                s.times(), 0.0);
        assertArrayEquals(new double[] {0.1, 0.8518165, 0.8518197, 0.8495431}, s.values(), 0.0);
    }

    @Test
    void lifetimeIsEqS64InTheOverdampedRegimeAndMatchesTheDecayOfTheConcurrence() {
        double a = 1;
        double absA = 0.8;
        double delta = 0.3;
        double kappa0 = Math.sqrt(absA * absA - delta * delta);
        double tau = 1 / (2 * (a - kappa0)); // Eq. (S64)
        // the closed form first checked against exact evolution: C(t) ∝ e^{−t/τ} at late times
        assertEquals(1 / tau, lateDecayRate(a, absA, delta, 20, 25), 1e-6 / tau);
        assertEquals(tau, point(a, absA, 0, delta).lifetime(), 1e-9 * tau);
    }

    @Test
    void lifetimeAtEqualFieldsIsOneOverTwoTimesAMinusAbsA() {
        double tau = 1 / (2 * (1 - 0.9)); // Eq. (S64) with δ = 0
        assertEquals(1 / tau, lateDecayRate(1, 0.9, 0, 30, 40), 1e-6 / tau);
        assertEquals(tau, point(1, 0.9, 0, 0).lifetime(), 1e-9 * tau);
        // a coherent coupling J⊥ does not change the dark-state decay at δ = 0
        assertEquals(tau, point(1, 0.9, 2.5, 0).lifetime(), 1e-8 * tau);
    }

    @Test
    void darkStateGivesInfiniteLifetimeAndSteadyConcurrenceOneHalf() {
        PointResult p = point(1, 1, 0, 0);
        assertEquals(Double.POSITIVE_INFINITY, p.lifetime());
        // |A| = a: C(∞) = 1/2 (main text after Eq. 9); the engine's kernel projector is accurate to ~1e-8 here
        assertEquals(0.5, p.steadyConcurrence(), 1e-7);
        assertEquals(Double.POSITIVE_INFINITY, p.timeOfMax());
        assertEquals(0.5, p.maxConcurrence(), 1e-7);
    }

    @Test
    void maximumConcurrenceAtEqualFieldsMatchesTheClosedForm() {
        double a = 1;
        double absA = 0.7;
        // δ = 0 in Eq. (S63): C(t) = (e^{−2(a−|A|)t} − e^{−2(a+|A|)t})/2, maximal at t* = ln((a+|A|)/(a−|A|))/(4|A|)
        double tStar = Math.log((a + absA) / (a - absA)) / (4 * absA);
        double cStar = 0.5 * (Math.exp(-2 * (a - absA) * tStar) - Math.exp(-2 * (a + absA) * tStar));
        LindbladPropagator p = LindbladPropagator.of(new TwoQubitModel(new QubitFields(3, 3), bath(a, absA, 0).bath()));
        assertEquals(cStar, Entanglement.concurrence(p.evolveTo(UD, tStar)), 1e-12);
        PointResult r = point(a, absA, 0, 0);
        assertEquals(cStar, r.maxConcurrence(), 1e-10);
        assertEquals(tStar, r.timeOfMax(), 1e-4 * tStar);
        assertEquals(0.0, r.steadyConcurrence(), 1e-12);
        assertTrue(r.concurrenceAtTimes()[0] < cStar);
    }

    @Test
    void ratiosToAZeroRateAreUndefinedNotNaNInTheOutput() {
        PointResult p = point(1, 0.5, 0, 0);
        assertTrue(Double.isNaN(p.couplingTildeRatio())); // ã = 0 at T = 0
        SweepTable table = new SweepTable(new Scenario("x", java.util.Map.of(), 1, 1, 1, 0, List.of(1.0),
                Spacing.linear, java.util.Optional.empty(), "ud", List.of(2.0), 1, false));
        List<String> cells = table.cells(p);
        assertEquals("", cells.get(table.column("|At|/at")));
        assertTrue(cells.stream().noneMatch(c -> c.contains("NaN")));
    }
}
