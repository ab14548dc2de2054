package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.masterequation.BathParameters;
import org.magent.bath.BathReport;
import org.magent.bath.NvPairBath;
import org.magent.medium.StabilityReport;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.MonitoredPropagator;
import org.magent.qubits.dynamics.PostselectedTrajectory;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.state.NamedState;

/**
 * {@code --nuclear-average}: the dynamics of the nine equally likely ¹⁴N configurations (m_I1, m_I2), each shifting
 * its NV's splitting by 2π·2.16 MHz·m_I, is the weighted average of nine separate engine runs (the state is
 * averaged, then the concurrence taken), and with a zero shift it is one run.
 */
class NuclearAverageTest {

    private static final DensityMatrix UD = NamedState.UD.density();

    @TempDir
    Path tmp;

    /** Σ w_k ρ_k. */
    private static DensityMatrix mean(List<DensityMatrix> states) {
        double[] re = new double[16];
        double[] im = new double[16];
        for (DensityMatrix s : states) {
            double[] r = s.realParts();
            double[] i = s.imaginaryParts();
            for (int e = 0; e < 16; e++) {
                re[e] += r[e] / states.size();
                im[e] += i[e] / states.size();
            }
        }
        return DensityMatrix.of(re, im);
    }

    @Test
    void theNineConfigurationsHaveTheWeightsOfTheirDetunings() {
        FieldEnsemble e = FieldEnsemble.nitrogen14(10, 10);
        assertEquals(9, e.members().size());
        double[] weight = new double[5];
        for (FieldEnsemble.Member m : e.members()) {
            long k = Math.round((m.delta1() - m.delta2()) / FieldEnsemble.N14_HYPERFINE);
            weight[(int) k + 2] += m.weight();
        }
        // Δ1 − Δ2 ∈ {0, ±A, ±2A}: 3/9, 2/9, 2/9, 1/9, 1/9
        assertEquals(1.0 / 9, weight[0], 1e-15);
        assertEquals(2.0 / 9, weight[1], 1e-15);
        assertEquals(3.0 / 9, weight[2], 1e-15);
        assertEquals(2.0 / 9, weight[3], 1e-15);
        assertEquals(1.0 / 9, weight[4], 1e-15);
        assertEquals(2 * Math.PI * 2.16e6, FieldEnsemble.N14_HYPERFINE, 1e-6);
    }

    @Test
    void aSweepWithTheNuclearAverageIsTheMeanStateOfNineEngineRuns() throws Exception {
        SweepFiles.Csv avg = FilmSweepTest.run(tmp, "avg", FilmSweepTest.with("--nuclear-average",
                "--temperature", "50mK", "--separation", "20nm,50nm", "--times", "2us,20us"));
        SweepFiles.Csv plain = FilmSweepTest.run(tmp, "plain", FilmSweepTest.with("--temperature", "50mK",
                "--separation", "20nm,50nm", "--times", "2us,20us"));
        List<NvPairBath.Point> points = FilmSweepTest.bath(0.02, 0, 0.05, FilmSweepTest.NV, FilmSweepTest.SET,
                List.of(20e-9, 50e-9));
        for (int i = 0; i < 2; i++) {
            NvPairBath.Point p = points.get(i);
            BathParameters b = p.report().bath();
            double[] f = p.shiftedSplittings();
            List<DensityMatrix> at2 = new java.util.ArrayList<>();
            List<DensityMatrix> at20 = new java.util.ArrayList<>();
            List<DensityMatrix> steady = new java.util.ArrayList<>();
            double success = 0;
            double[] heraldedRe = new double[16];
            double[] heraldedIm = new double[16];
            for (int m1 = -1; m1 <= 1; m1++) {
                for (int m2 = -1; m2 <= 1; m2++) {
                    TwoQubitModel model = new TwoQubitModel(new QubitFields(f[0] + m1 * FieldEnsemble.N14_HYPERFINE,
                            f[1] + m2 * FieldEnsemble.N14_HYPERFINE), b);
                    LindbladPropagator l = LindbladPropagator.of(model);
                    at2.add(l.evolveTo(UD, 2e-6));
                    at20.add(l.evolveTo(UD, 20e-6));
                    steady.add(l.steadyState(UD));
                    PostselectedTrajectory ps = MonitoredPropagator.of(model, DetectionEfficiency.PERFECT)
                            .evolve(UD, 20e-6, 2000);
                    double pk = ps.successProbability()[2000];
                    success += pk / 9;
                    double[] r = ps.states()[2000].realParts();
                    double[] im = ps.states()[2000].imaginaryParts();
                    for (int e = 0; e < 16; e++) {
                        heraldedRe[e] += pk / 9 * r[e];
                        heraldedIm[e] += pk / 9 * im[e];
                    }
                }
            }
            for (int e = 0; e < 16; e++) {
                heraldedRe[e] /= success;
                heraldedIm[e] /= success;
            }
            DensityMatrix heralded = DensityMatrix.of(heraldedRe, heraldedIm);
            assertEquals(Entanglement.concurrence(mean(at2)), avg.value(i, "C(t=0.000002"), 1e-9, "row " + i);
            assertEquals(Entanglement.concurrence(mean(at20)), avg.value(i, "C(t=0.00002"), 1e-9, "row " + i);
            assertEquals(Entanglement.concurrence(mean(steady)), avg.value(i, "C_steady"), 1e-8, "row " + i);
            assertEquals(success, avg.value(i, "success_probability_ps"), 1e-9, "row " + i);
            assertEquals(Entanglement.concurrence(heralded), avg.value(i, "C_ps"), 1e-8, "row " + i);
            assertEquals(Entanglement.bellFidelity(heralded), avg.value(i, "bell_fidelity_ps"), 1e-8, "row " + i);
            // the bath is that of the NVs' own frequencies, untouched by the average
            assertEquals(plain.value(i, "a ("), avg.value(i, "a ("), 0.0);
        }
        // 2/3 of the pairs are detuned by >= 2.16 MHz, far above |A|: the average entangles less
        assertTrue(avg.value(0, "C(t=0.000002") < plain.value(0, "C(t=0.000002"));
        assertNotEquals(plain.text(0, "C_ps"), avg.text(0, "C_ps"));
    }

    @Test
    void withAZeroShiftTheAverageIsOneRun() {
        BathParameters b = BathParameters.explicit(3.0, 0.4, new Complex(2.1, 0.7), new Complex(0.2, 0.05), 0.3,
                -0.2, 0.15, 0.05, new Complex(0.01, 0.02)).withLocal(3.0, 2.6, 0.4, 0.35, 0.05, 0.07);
        BathReport report = new BathReport(b, StabilityReport.ok(), StabilityReport.ok(), OptionalDouble.empty(),
                List.of());
        List<Double> times = List.of(0.1, 0.7);
        PointResult one = PointDynamics.compute(report, FieldEnsemble.single(40.2, 39.9), UD, times, 0.3, 1, 2,
                new DetectionEfficiency(0.8));
        PointResult nine = PointDynamics.compute(report, FieldEnsemble.nuclearAverage(40.2, 39.9, 0), UD, times, 0.3,
                1, 2, new DetectionEfficiency(0.8));
        assertEquals(one.maxConcurrence(), nine.maxConcurrence(), 1e-10);
        assertEquals(one.timeOfMax(), nine.timeOfMax(), 1e-6 * one.timeOfMax());
        for (int k = 0; k < times.size(); k++) {
            assertEquals(one.concurrenceAtTimes()[k], nine.concurrenceAtTimes()[k], 1e-10);
        }
        assertEquals(one.steadyConcurrence(), nine.steadyConcurrence(), 1e-10);
        assertEquals(one.lifetime(), nine.lifetime(), 1e-10 * one.lifetime());
        assertEquals(one.bellFidelity(), nine.bellFidelity(), 1e-10);
        assertEquals(one.postselectedConcurrence(), nine.postselectedConcurrence(), 1e-10);
        assertEquals(one.successProbability(), nine.successProbability(), 1e-10);
        assertEquals(one.regime(), nine.regime());
        assertTrue(one.concurrenceAtTimes()[0] > 0.01, "a case with entanglement to compare");
    }
}
