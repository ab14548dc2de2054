package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Cli;

/**
 * Every number of the README's section on the built-in example, at the precision the README quotes it: from the
 * example itself ({@link BuiltInExampleRun}) and, for "what it would take", from one-point sweeps of the example
 * with one thing changed.
 */
class BuiltInExampleReadmeTest {

    private static final double[] TEMPERATURES = {0.05, 1, 4, 300};

    /** The row of the example at a direction (deg), separation (nm) and temperature (K). */
    private static int row(SweepFiles.Csv csv, double direction, double separationNm, double temperature) {
        for (int i = 0; i < csv.rows().size(); i++) {
            if (csv.value(i, "direction") == direction && Math.abs(csv.value(i, "separation") / separationNm - 1) < 1e-9
                    && Math.abs(csv.value(i, "temperature") / temperature - 1) < 1e-9) {
                return i;
            }
        }
        throw new AssertionError("no row at " + direction + " deg, " + separationNm + " nm, " + temperature + " K");
    }

    @Test
    void theExamplesNumbers() {
        SweepFiles.Csv c = BuiltInExampleRun.get().csv();
        assertEquals(2.3095, c.value(0, "Delta1/2pi"), 5e-5);
        int cold = row(c, 0, 10, 0.05);
        double[] a = {91.6, 775, 2.97e3, 2.20e5};
        double[] tol = {0.05, 0.5, 0.005e3, 0.005e5};
        for (int k = 0; k < 4; k++) {
            assertEquals(a[k], c.value(row(c, 0, 10, TEMPERATURES[k]), "a ("), tol[k], "a at " + TEMPERATURES[k] + " K");
        }
        assertEquals(183, c.value(cold, "W ("), 0.5);
        // intrinsic T1 = 1 s: a_int = 1/(2 T1 (1 + e^{-ħΔ/k_BT})) at 50 mK
        double boltzmann = Math.exp(-6.62607015e-34 * 2.3095e9 / (1.380649e-23 * 0.05));
        assertEquals(0.45, 0.5 / (1 + boltzmann), 0.005);
        assertEquals(139, c.value(cold, "d ("), 0.5);
        assertEquals(555, 4 * c.value(cold, "d ("), 1);
        // chirality
        assertEquals(0.729, c.value(row(c, 0, 100, 0.05), "|A|/a"), 5e-4);
        assertEquals(0.013, c.value(row(c, 0, 1000, 0.05), "|A|/a"), 5e-4);
        assertEquals(0.983, c.value(row(c, 90, 100, 0.05), "|A|/a"), 5e-4);
        assertEquals(0.855, c.value(row(c, 90, 1000, 0.05), "|A|/a"), 5e-4);
        assertEquals(0.287, c.value(row(c, 90, 10000, 0.05), "|A|/a"), 5e-4);
        // where entanglement survives
        assertEquals(8.18e4, c.value(row(c, 0, 10, 0.05), "Jperp ("), 0.005e4);
        assertEquals(0.996, c.value(row(c, 0, 10, 0.05), "C_max"), 5e-4);
        assertEquals(0.996, c.value(row(c, 90, 10, 0.05), "C_max"), 5e-4);
        int y1 = row(c, 90, 1000, 0.05);
        assertEquals(0.062, c.value(y1, "C_max"), 5e-4);
        assertEquals(0.82e-3, c.value(y1, "t_at_C_max"), 0.005e-3);
        assertEquals(0, c.value(row(c, 0, 1000, 0.05), "C_max"), 0);
        for (int i = 0; i < c.rows().size(); i++) {
            assertEquals(0, c.value(i, "C_steady"), 0, "C_steady, row " + i);
            if (c.value(i, "temperature") >= 1 && c.value(i, "separation") >= 100) {
                assertEquals(0, c.value(i, "C_max"), 0, "C_max at 1 K and above beyond 100 nm, row " + i);
            }
        }
        assertEquals(0.955, c.value(cold, "bell_fidelity_ps"), 5e-4);
        assertEquals(0.98, c.value(cold, "success_probability_ps"), 5e-3);
        assertEquals(3e-28, c.value(row(c, 90, 10000, 300), "success_probability_ps"), 0.5e-28);
        // the Born–Markov diagnostics
        assertTrue(BuiltInExampleRun.get().warnings().stream().noneMatch(w -> w.contains("Born-Markov")),
                BuiltInExampleRun.get().warnings()::toString);
        double worst = 0;
        for (int i = 0; i < c.rows().size(); i++) {
            worst = Math.max(worst, c.value(i, "markov_rate_over_linewidth"));
        }
        assertEquals(0.15, worst, 0.005);
        assertEquals(0.15, c.value(row(c, 0, 1000, 300), "markov_rate_over_linewidth"), 0.005);
    }

    private static SweepFiles.Csv onePoint(Path dir, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", "-q", "--separation", "1um", "--direction", "y",
                "--axis2", "none", "--temperature", "50mK", "--no-plots", "--output-dir", dir.toString()));
        args.addAll(List.of(extra));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r::toString);
        return SweepFiles.read(dir.resolve("sweep.csv"));
    }

    @Test
    void whatItWouldTake(@TempDir Path dir) throws Exception {
        SweepFiles.Csv base = onePoint(dir.resolve("base"));
        assertEquals(0.062, base.value(0, "C_max"), 5e-4);
        SweepFiles.Csv decoupled = onePoint(dir.resolve("t2"), "--nv",
                "polar=54.7356deg,azimuth=0deg,height=100nm,transition=-1,t1=1s,t2=0.6s");
        assertEquals(0.43, decoupled.value(0, "C_max"), 5e-3);
        SweepFiles.Csv low = onePoint(dir.resolve("h20"), "--nv",
                "polar=54.7356deg,azimuth=0deg,height=20nm,transition=-1,t1=1s,t2=1.8ms");
        assertEquals(689, low.value(0, "a ("), 0.5);
        assertEquals(0.157, low.value(0, "C_max"), 5e-4);
        SweepFiles.Csv nuclei = onePoint(dir.resolve("n14"), "--nuclear-average");
        assertTrue(nuclei.value(0, "C_max") < 1e-4, "C_max with unpolarised 14N: " + nuclei.value(0, "C_max"));
    }
}
