package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.media.MediaContext;
import org.magent.masterequation.BathParameters;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.PostselectedPropagator;
import org.magent.qubits.dynamics.PostselectedTrajectory;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.Regimes;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.state.NamedState;

/** The sweep's columns against direct calls of the FDT layer and the engine, for a few points. */
class SweepColumnsTest {

    private static final Map<String, String> PARAMS = Map.of("dim", "3", "gap", "0.2", "stiffness", "1",
            "spinDensity", "1", "damping", "0.05");

    @Test
    void columnsEqualDirectEngineCalls(@TempDir Path dir) throws Exception {
        SweepFiles.run(dir, "--medium", "ferromagnet", "--set", "dim=3,gap=0.2,stiffness=1,spinDensity=1,damping=0.05",
                "--qubits", "Delta1=1.1,Delta2=0.9,lambda=0.7", "--separation", "0.5,2.5",
                "--axis2", "temperature=0,0.3", "--times", "1,3", "--postselect-time", "1.5");
        SweepFiles.Csv csv = SweepFiles.read(dir.resolve("sweep.csv"));
        assertEquals(4, csv.rows().size());
        // a damped ferromagnet at T > 0 does not compute Jz, d, Dd: the sweep's JSON must say so
        String json = Files.readString(dir.resolve("sweep.json"));
        assertTrue(json.contains("Jz, d, Dd not computed by ferromagnet"), json);
        Medium medium = new MediaContext(getClass().getClassLoader()).catalog().get("ferromagnet").configure(PARAMS);
        QubitCoupling q = new QubitCoupling(1.1, 0.9, 0.7);
        DensityMatrix ud = NamedState.UD.density();
        int row = 0;
        for (double t : List.of(0.0, 0.3)) {
            for (double r : List.of(0.5, 2.5)) {
                BathReport rep = FluctuationDissipation.compute(medium, q, t, Separation.alongX(r));
                BathParameters b = rep.bath();
                assertEquals(r, csv.value(row, "separation"), 0);
                assertEquals(t, csv.value(row, "temperature"), 0);
                assertEquals(b.a(), csv.value(row, "a ("), 0);
                assertEquals(b.aTilde(), csv.value(row, "at ("), 0);
                // cross terms are normalised by √(a1 a2): each qubit's local rates are at its own splitting
                double a12 = Math.sqrt(b.a() * b.a2());
                assertEquals(b.coupling().abs() / a12, csv.value(row, "|A|/a"), 1e-15);
                assertEquals(b.jPerp() / a12, csv.value(row, "Jperp/a"), 1e-15);
                assertEquals(b.dmi() / a12, csv.value(row, "D/a"), 1e-15);
                if (t > 0) {
                    // detailed balance of the FDT layer: ã_i/a_i = e^{−Δ_i/T}, |Ã|/|A| = e^{−Δ/T}
                    assertEquals(Math.exp(-1.1 / t), b.aTilde() / b.a(), 1e-12);
                    assertEquals(Math.exp(-0.9 / t), b.aTilde2() / b.a2(), 1e-12);
                    assertEquals(Math.exp(-1.0 / t), b.couplingTilde().abs() / b.coupling().abs(), 1e-12);
                    // and so |Ã|/√(ã1 ã2) = |A|/√(a1 a2)
                    assertEquals(csv.value(row, "|A|/a"), csv.value(row, "|At|/at"), 1e-12);
                }
                TwoQubitModel model = new TwoQubitModel(new QubitFields(1.1, 0.9), b);
                LindbladPropagator p = LindbladPropagator.of(model);
                assertEquals(Entanglement.concurrence(p.evolveTo(ud, 1)), csv.value(row, "C(t=1)"), 1e-12);
                assertEquals(Entanglement.concurrence(p.evolveTo(ud, 3)), csv.value(row, "C(t=3)"), 1e-12);
                assertEquals(Entanglement.concurrence(p.steadyState(ud)), csv.value(row, "C_steady"), 1e-12);
                double tMax = csv.value(row, "t_at_C_max");
                assertEquals(Entanglement.concurrence(p.evolveTo(ud, tMax)), csv.value(row, "C_max"), 1e-12);
                for (double probe = 0.01; probe < 40; probe *= 1.05) {
                    // no sampled time beats the reported maximum
                    assertEquals(true, Entanglement.concurrence(p.evolveTo(ud, probe))
                            <= csv.value(row, "C_max") + 1e-9, "t = " + probe);
                }
                PostselectedTrajectory ps = PostselectedPropagator.of(model).evolve(ud, 1.5, 200);
                DensityMatrix last = ps.states()[ps.size() - 1];
                assertEquals(Entanglement.bellFidelity(last), csv.value(row, "bell_fidelity_ps"), 1e-9);
                assertEquals(Entanglement.concurrence(last), csv.value(row, "C_ps"), 1e-9);
                assertEquals(ps.successProbability()[ps.size() - 1], csv.value(row, "success_probability_ps"),
                        1e-9);
                assertEquals(Regimes.postselected(model).name(), csv.text(row, "regime_ps"));
                assertEquals(Boolean.toString(rep.stable()), csv.text(row, "stable"));
                row++;
            }
        }
    }

    @Test
    void headerNamesUnitsInSiAndNaturalScenarios(@TempDir Path dir) throws Exception {
        SweepFiles.run(dir, "--medium", "ferromagnet", "--set", "dim=3,gap=0.2,stiffness=1,spinDensity=1",
                "--qubits", "Delta1=1,Delta2=1", "--separation", "1:2:3", "--times", "1");
        List<String> natural = SweepFiles.read(dir.resolve("sweep.csv")).header();
        assertEquals("separation (natural)", natural.get(0));
        assertEquals("a (natural; master-equation coefficient; W = 2a)", natural.get(1));
        Path si = dir.resolve("si");
        SweepFiles.run(si, "--medium", "ferromagnet", "--set", "dim=3,gap=3.5GHz,stiffness=5.3e-17 T m^2,"
                + "spinDensity=7.5e27m^-3", "--qubits", "Delta1=2.3GHz,Delta2=2.3GHz,lambda=1e-18 rad/s m^3/2",
                "--separation", "10nm:100nm:2", "--axis2", "temperature=0K,50mK", "--times", "100us");
        List<String> h = SweepFiles.read(si.resolve("sweep.csv")).header();
        assertEquals(List.of("separation (nm)", "temperature (K)", "a (1/s; master-equation coefficient; W = 2a)",
                "at (1/s; master-equation coefficient; Wt = 2at)"), h.subList(0, 4));
        assertEquals("lifetime (s)", h.get(h.indexOf("C_steady (1)") + 1));
        SweepFiles.Csv csv = SweepFiles.read(si.resolve("sweep.csv"));
        assertEquals(10.0, csv.value(0, "separation"), 1e-12);
        assertEquals(0.05, csv.value(2, "temperature"), 1e-15);
    }

    /** Times in column names read as a person writes them: 10, not 1E+1. */
    @Test
    void timesInColumnNamesArePlain() {
        assertEquals("10", SweepTable.shortNumber(10));
        assertEquals("100", SweepTable.shortNumber(100));
        assertEquals("0.0002", SweepTable.shortNumber(2e-4));
        assertEquals("2.5", SweepTable.shortNumber(2.5));
        assertEquals("1e12", SweepTable.shortNumber(1e12));
        assertEquals("2.5e-9", SweepTable.shortNumber(2.5e-9));
    }
}
