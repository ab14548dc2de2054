package org.magent.qubits.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.PostselectedPropagator;
import org.magent.qubits.dynamics.PostselectedTrajectory;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.SectorPropagator;
import org.magent.qubits.dynamics.Trajectory;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;

/**
 * The engine against QuTiP 4.7.1 (src/test/resources/qutip/, see generate_qutip_fixtures.py): for
 * ≥ 24 random baths with every coefficient nonzero (complex A, Ã, 𝔇; J⊥, Jz, D; Δ1 ≠ Δ2; some at
 * or near |A| = a) and random complex initial states, ρ(t) (max abs element), the concurrence and
 * the postselection success probability agree to 1e-8. The fixtures themselves agree with scipy's
 * expm of the QuTiP Liouvillian to ~1e-11 (header).
 */
class QutipEngineCrossCheckTest {

    private static final double TOL = 1e-8;

    private static TwoQubitModel model(QutipFixtures.Case c) {
        BathParameters bath = BathParameters.explicit(c.a(), c.aTilde(), complex(c.coupling()),
                complex(c.couplingTilde()), c.jPerp(), c.jz(), c.dmi(), c.dephasing(),
                complex(c.dephasingCoupling()));
        return new TwoQubitModel(new QubitFields(c.delta1(), c.delta2()), bath);
    }

    private static Complex complex(double[] z) {
        return new Complex(z[0], z[1]);
    }

    private static Map<Integer, List<QutipFixtures.Sample>> byCase(List<QutipFixtures.Sample> samples) {
        return samples.stream().collect(Collectors.groupingBy(QutipFixtures.Sample::caseId));
    }

    /** The fixtures cover what they claim: every coefficient nonzero, Δ1 ≠ Δ2, h PSD, one exactly saturated case. */
    @Test
    void fixturesExerciseEveryCoefficient() {
        int saturated = 0;
        int nearSaturated = 0;
        for (QutipFixtures.Case c : QutipFixtures.cases()) {
            String where = "case " + c.id();
            for (double x : new double[] {c.a(), c.aTilde(), c.jPerp(), c.jz(), c.dmi(), c.dephasing(),
                c.coupling()[0], c.coupling()[1], c.couplingTilde()[0], c.couplingTilde()[1],
                c.dephasingCoupling()[0], c.dephasingCoupling()[1]}) {
                assertTrue(x != 0, where);
            }
            assertTrue(c.delta1() != c.delta2(), where);
            assertTrue(model(c).bath().isPositiveSemidefinite(), where);
            double ratio = Math.hypot(c.coupling()[0], c.coupling()[1]) / c.a();
            saturated += ratio == 1 ? 1 : 0;
            nearSaturated += ratio >= 0.999 && ratio < 1 ? 1 : 0;
        }
        assertTrue(saturated >= 1, "a case at |A| = a");
        assertTrue(nearSaturated >= 2, "cases at |A| = 0.999 a");
    }

    @Test
    void unmonitoredEvolutionMatchesQutip() {
        List<QutipFixtures.Case> cases = QutipFixtures.cases();
        Map<Integer, List<QutipFixtures.Sample>> ref = byCase(QutipFixtures.unmonitored());
        assertTrue(cases.size() >= 24);
        for (QutipFixtures.Case c : cases) {
            DensityMatrix rho0 = DensityMatrix.pure(c.psi0Re(), c.psi0Im());
            Trajectory traj = LindbladPropagator.of(model(c)).evolve(rho0, c.tMax(), c.steps());
            List<QutipFixtures.Sample> expected = ref.get(c.id());
            assertEquals(expected.size(), traj.size(), "case " + c.id());
            for (QutipFixtures.Sample s : expected) {
                String where = "unmonitored case " + c.id() + ", k = " + s.k();
                assertEquals(s.t(), traj.times()[s.k()], 1e-13, where);
                DensityMatrix rho = traj.states()[s.k()];
                assertTrue(maxAbsDiff(s.rho(), rho) <= TOL, where + ": max |Δρ| = " + maxAbsDiff(s.rho(), rho));
                assertEquals(s.concurrenceSvd(), Entanglement.concurrence(rho), TOL, where);
            }
        }
    }

    @Test
    void postselectedEvolutionMatchesQutip() {
        List<QutipFixtures.Case> cases = QutipFixtures.cases();
        Map<Integer, List<QutipFixtures.Sample>> ref = byCase(QutipFixtures.postselected());
        for (QutipFixtures.Case c : cases) {
            DensityMatrix rho0 = DensityMatrix.pure(c.psi0Re(), c.psi0Im());
            PostselectedTrajectory traj = PostselectedPropagator.of(model(c)).evolve(rho0, c.tMax(), c.steps());
            List<QutipFixtures.Sample> expected = ref.get(c.id());
            assertEquals(expected.size(), traj.size(), "case " + c.id());
            for (QutipFixtures.Sample s : expected) {
                String where = "postselected case " + c.id() + ", k = " + s.k();
                assertEquals(s.t(), traj.times()[s.k()], 1e-13, where);
                DensityMatrix rho = traj.states()[s.k()];
                assertTrue(maxAbsDiff(s.rho(), rho) <= TOL, where + ": max |Δρ| = " + maxAbsDiff(s.rho(), rho));
                assertEquals(s.concurrenceSvd(), Entanglement.concurrence(rho), TOL, where);
                assertEquals(s.success(), traj.successProbability()[s.k()], TOL, where);
            }
        }
    }

    /**
     * The sector propagator (the batch engine) against the same fixtures: final concurrence, largest sampled
     * concurrence and postselection success probability to 1e-8, unmonitored and postselected.
     */
    @Test
    void sectorPropagatorSummariesMatchQutip() {
        Map<Integer, List<QutipFixtures.Sample>> unmonitored = byCase(QutipFixtures.unmonitored());
        Map<Integer, List<QutipFixtures.Sample>> postselected = byCase(QutipFixtures.postselected());
        for (QutipFixtures.Case c : QutipFixtures.cases()) {
            DensityMatrix rho0 = DensityMatrix.pure(c.psi0Re(), c.psi0Im());
            for (boolean post : new boolean[] {false, true}) {
                List<QutipFixtures.Sample> ref = (post ? postselected : unmonitored).get(c.id());
                assertEquals(c.steps() + 1, ref.size(), "every sample is in the fixture");
                SectorPropagator p = post ? SectorPropagator.postselected(model(c), rho0)
                        : SectorPropagator.lindblad(model(c), rho0);
                SectorPropagator.ConcurrenceSummary s = p.concurrenceSummary(c.tMax(), c.steps());
                QutipFixtures.Sample last = ref.stream().filter(x -> x.k() == c.steps()).findFirst().orElseThrow();
                double max = ref.stream().mapToDouble(QutipFixtures.Sample::concurrenceSvd).max().orElseThrow();
                String where = (post ? "postselected" : "unmonitored") + " case " + c.id();
                assertEquals(last.concurrenceSvd(), s.finalConcurrence(), TOL, where);
                assertEquals(max, s.maxConcurrence(), TOL, where);
                if (post) {
                    assertEquals(last.success(), s.finalSuccessProbability(), TOL, where);
                }
            }
        }
    }

    static double maxAbsDiff(DensityMatrix x, DensityMatrix y) {
        double m = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                m = Math.max(m, Math.abs(x.re(i, j) - y.re(i, j)));
                m = Math.max(m, Math.abs(x.im(i, j) - y.im(i, j)));
            }
        }
        return m;
    }
}
