package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;
import org.magent.app.media.MediaContext;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.MonitoredPropagator;
import org.magent.qubits.dynamics.PostselectedTrajectory;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.NamedState;

/** {@code sweep --efficiency} and {@code --axis2 efficiency}: postselected columns for an imperfect detector. */
class SweepEfficiencyTest {

    private static final String SET = "dim=3,gap=0.2,stiffness=1,spinDensity=1,damping=0.05";
    private static final String[] BASE = {"--medium", "ferromagnet", "--set", SET, "--qubits",
        "Delta1=1.1,Delta2=0.9,lambda=0.7", "--separation", "0.3,1.5", "--times", "1", "--postselect-time", "1.5"};

    private static String[] with(String... extra) {
        String[] out = java.util.Arrays.copyOf(BASE, BASE.length + extra.length);
        System.arraycopy(extra, 0, out, BASE.length, extra.length);
        return out;
    }

    @Test
    void efficiencyOneIsTheIdealSweepAndTheAxisMatchesTheEngine(@TempDir Path dir) throws Exception {
        SweepFiles.run(dir.resolve("ideal"), BASE);
        SweepFiles.run(dir.resolve("one"), with("--efficiency", "1"));
        assertEquals(Files.readString(dir.resolve("ideal/sweep.csv")), Files.readString(dir.resolve("one/sweep.csv")));

        SweepFiles.run(dir.resolve("axis"), with("--axis2", "efficiency=0,0.5,1"));
        SweepFiles.Csv csv = SweepFiles.read(dir.resolve("axis/sweep.csv"));
        SweepFiles.Csv ideal = SweepFiles.read(dir.resolve("ideal/sweep.csv"));
        assertTrue(csv.header().contains("efficiency (1)"), csv.header()::toString);
        assertEquals(6, csv.rows().size());
        assertTrue(Files.exists(dir.resolve("axis/heatmap.png")));
        Medium medium = new MediaContext(getClass().getClassLoader()).catalog().get("ferromagnet")
                .configure(Map.of("dim", "3", "gap", "0.2", "stiffness", "1", "spinDensity", "1", "damping", "0.05"));
        QubitCoupling q = new QubitCoupling(1.1, 0.9, 0.7);
        int row = 0;
        for (double eta : List.of(0.0, 0.5, 1.0)) {
            for (int ir = 0; ir < 2; ir++) {
                double r = List.of(0.3, 1.5).get(ir);
                assertEquals(eta, csv.value(row, "efficiency"), 0.0);
                // unmonitored columns do not depend on the detector
                assertEquals(ideal.value(ir, "C_max"), csv.value(row, "C_max"), 0.0);
                assertEquals(ideal.value(ir, "C_steady"), csv.value(row, "C_steady"), 0.0);
                BathReport rep = FluctuationDissipation.compute(medium, q, 0, Separation.alongX(r));
                TwoQubitModel m = new TwoQubitModel(new QubitFields(1.1, 0.9), rep.bath());
                PostselectedTrajectory tr = MonitoredPropagator.of(m, new DetectionEfficiency(eta))
                        .evolve(NamedState.UD.density(), 1.5, 300);
                assertEquals(tr.successProbability()[300], csv.value(row, "success_probability_ps"), 1e-9);
                assertEquals(Entanglement.bellFidelity(tr.states()[300]), csv.value(row, "bell_fidelity_ps"), 1e-9);
                assertEquals(Entanglement.concurrence(tr.states()[300]), csv.value(row, "C_ps"), 1e-9);
                if (eta == 1.0) {
                    assertEquals(ideal.value(ir, "success_probability_ps"), csv.value(row, "success_probability_ps"),
                            0.0);
                }
                if (eta == 0.0) {
                    assertEquals(1.0, csv.value(row, "success_probability_ps"), 0.0);
                }
                row++;
            }
        }
        // a better detector heralds more entanglement, less often
        for (int ir = 0; ir < 2; ir++) {
            assertTrue(csv.value(ir, "success_probability_ps") > csv.value(2 + ir, "success_probability_ps"));
            assertTrue(csv.value(2 + ir, "success_probability_ps") > csv.value(4 + ir, "success_probability_ps"));
            assertTrue(csv.value(ir, "bell_fidelity_ps") < csv.value(4 + ir, "bell_fidelity_ps"));
        }
    }

    @Test
    void efficiencyIsKeptInTheScenarioAndRepeatedByConfig(@TempDir Path dir) throws Exception {
        SweepFiles.run(dir.resolve("a"), with("--efficiency", "0.7"));
        String scenario = Files.readString(dir.resolve("a/scenario.json"));
        assertTrue(scenario.contains("\"efficiency\" : \"0.7\""), scenario);
        SweepFiles.run(dir.resolve("b"), "--config", dir.resolve("a/scenario.json").toString());
        assertEquals(Files.readString(dir.resolve("a/sweep.csv")), Files.readString(dir.resolve("b/sweep.csv")));
        SweepFiles.Csv ideal = SweepFiles.read(dir.resolve("a/sweep.csv"));
        assertTrue(ideal.value(0, "success_probability_ps") < 1);
        // an option overrides the file's efficiency, as any other scenario option
        SweepFiles.run(dir.resolve("c"), "--config", dir.resolve("a/scenario.json").toString(), "--efficiency", "1");
        assertTrue(Files.readString(dir.resolve("c/scenario.json")).contains("\"efficiency\" : \"1\""));
        SweepFiles.run(dir.resolve("d"), BASE);
        assertEquals(Files.readString(dir.resolve("d/sweep.csv")), Files.readString(dir.resolve("c/sweep.csv")));
        assertTrue(!Files.readString(dir.resolve("d/scenario.json")).contains("efficiency"), "written only when given");
    }

    @Test
    void badEfficienciesAreRefused(@TempDir Path dir) {
        List<String> base = List.of(with("--output-dir", dir.resolve("x").toString(), "--no-progress"));
        List<String> args = new java.util.ArrayList<>(List.of("sweep"));
        args.addAll(base);
        Assertions2.badInput(Cli.run(Cli.merge(args, "--efficiency", "1.2")), "efficiency", "1.2", "dimensionless");
        Assertions2.badInput(Cli.run(Cli.merge(args, "--efficiency", "nan")), "efficiency", "nan");
        Assertions2.badInput(Cli.run(Cli.merge(args, "--axis2", "efficiency=0,1.5")), "efficiency", "1.5");
        Assertions2.badInput(Cli.run(Cli.merge(args, "--axis2", "efficiency=-0.5:1:3")), "efficiency", "-0.5");
        assertTrue(!Files.exists(dir.resolve("x/sweep.csv")));
    }
}
