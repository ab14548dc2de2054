package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * The states and concurrences of {@link SectorPropagator} (the sweep's per-point engine) against the general
 * engine: {@link LindbladPropagator#evolveTo} and {@code evolve} (Eq. 2) and the last sample of
 * {@link PostselectedPropagator} (Eq. 12-13), for random models with every coefficient present and initial states
 * in every combination of coherence sectors.
 */
class SectorStatesTest {

    private static final double TOLERANCE = 1e-12;

    private static double maxDifference(DensityMatrix a, DensityMatrix b) {
        double worst = 0;
        for (int i = 0; i < DensityMatrix.DIM; i++) {
            for (int j = 0; j < DensityMatrix.DIM; j++) {
                worst = Math.max(worst, Math.max(Math.abs(a.re(i, j) - b.re(i, j)), Math.abs(a.im(i, j) - b.im(i, j))));
            }
        }
        return worst;
    }

    @Test
    void stateAtAndConcurrenceAtAreThoseOfTheGeneralEngine() {
        for (TwoQubitModel m : SectorPropagatorTest.randomModels(6, 21)) {
            LindbladPropagator general = LindbladPropagator.of(m);
            for (DensityMatrix rho0 : SectorPropagatorTest.initialStates()) {
                SectorPropagator sectors = SectorPropagator.lindblad(m, rho0);
                for (double t : new double[] {0, 1e-3, 0.37, 2.5, 40}) {
                    DensityMatrix expected = general.evolveTo(rho0, t);
                    assertTrue(maxDifference(expected, sectors.stateAt(t)) < TOLERANCE, "state at t = " + t);
                    assertEquals(Entanglement.concurrence(expected), sectors.concurrenceAt(t), TOLERANCE,
                            "C at t = " + t);
                }
            }
        }
    }

    @Test
    void sampledStatesAndConcurrencesAreThoseOfTheGeneralEngine() {
        for (TwoQubitModel m : SectorPropagatorTest.randomModels(6, 22)) {
            LindbladPropagator general = LindbladPropagator.of(m);
            for (DensityMatrix rho0 : SectorPropagatorTest.initialStates()) {
                SectorPropagator sectors = SectorPropagator.lindblad(m, rho0);
                Trajectory expected = general.evolve(rho0, 6.0, 30);
                DensityMatrix[] got = new DensityMatrix[31];
                double[] times = sectors.evolve(6.0, 30, (k, t, state) -> got[k] = state);
                double[] c = sectors.concurrences(6.0, 30);
                assertEquals(31, c.length);
                for (int k = 0; k <= 30; k++) {
                    assertEquals(expected.times()[k], times[k], 0.0);
                    assertTrue(maxDifference(expected.states()[k], got[k]) < TOLERANCE, "sample " + k);
                    assertEquals(Entanglement.concurrence(expected.states()[k]), c[k], TOLERANCE, "C of sample " + k);
                }
            }
        }
    }

    @Test
    void heraldedStateIsTheLastPostselectedSample() {
        for (TwoQubitModel m : SectorPropagatorTest.randomModels(6, 23)) {
            PostselectedPropagator general = PostselectedPropagator.of(m);
            for (DensityMatrix rho0 : SectorPropagatorTest.initialStates()) {
                for (int steps : new int[] {1, 7, 40}) {
                    PostselectedTrajectory expected = general.evolve(rho0, 3.0, steps);
                    SectorPropagator.Heralded h = SectorPropagator.postselected(m, rho0).heralded(3.0, steps);
                    assertTrue(maxDifference(expected.states()[steps], h.state()) < TOLERANCE, steps + " steps");
                    assertEquals(expected.successProbability()[steps], h.successProbability(),
                            TOLERANCE * expected.successProbability()[steps], steps + " steps");
                }
            }
        }
    }

    @Test
    void eachQuestionBelongsToItsEvolution() {
        TwoQubitModel m = SectorPropagatorTest.randomModels(1, 24).get(0);
        DensityMatrix rho0 = SectorPropagatorTest.initialStates().get(0);
        SectorPropagator unmonitored = SectorPropagator.lindblad(m, rho0);
        SectorPropagator postselected = SectorPropagator.postselected(m, rho0);
        assertThrows(IllegalStateException.class, () -> unmonitored.heralded(1.0, 2));
        for (Runnable r : List.<Runnable>of(() -> postselected.stateAt(1.0), () -> postselected.concurrenceAt(1.0),
                () -> postselected.concurrences(1.0, 2), () -> postselected.evolve(1.0, 2, (k, t, s) -> { }))) {
            assertThrows(IllegalStateException.class, r::run);
        }
    }

    @Test
    void badTimesNameTheirParameter() {
        TwoQubitModel m = SectorPropagatorTest.randomModels(1, 25).get(0);
        DensityMatrix rho0 = SectorPropagatorTest.initialStates().get(0);
        SectorPropagator s = SectorPropagator.lindblad(m, rho0);
        assertEquals("t", assertThrows(InvalidInputException.class, () -> s.stateAt(-1)).parameter());
        assertEquals("t", assertThrows(InvalidInputException.class, () -> s.concurrenceAt(Double.NaN)).parameter());
        assertEquals("t-max", assertThrows(InvalidInputException.class, () -> s.concurrences(-2, 3)).parameter());
        assertEquals("steps", assertThrows(InvalidInputException.class, () -> s.concurrences(2, 0)).parameter());
        assertEquals("t-max", assertThrows(InvalidInputException.class,
                () -> SectorPropagator.postselected(m, rho0).heralded(Double.POSITIVE_INFINITY, 3)).parameter());
    }
}
