package org.magent.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.MonitoredPropagator;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.state.NamedState;

/** {@code batch --postselect --efficiency η}: the no-detection probability of an imperfect detector, per case. */
class BatchEfficiencyTest {

    @TempDir
    Path dir;

    private Cli.Result batch(Path out, String... extra) throws IOException {
        Path in = dir.resolve("cases.csv");
        Files.write(in, List.of("a,A,Delta1,Delta2,at", "1,0.9,1.2,0.8,0.1", "2,2,1,1,0"));
        return Cli.run(Cli.merge(List.of("batch", "--input", in.toString(), "--t-max", "3", "--steps", "60",
                "--initial", "ud", "--output", out.toString(), "--postselect"), extra));
    }

    private static double last(String line) {
        String[] c = line.split(",");
        return Double.parseDouble(c[c.length - 1]);
    }

    @Test
    void efficiencyOneIsTheIdealBatchAndOtherValuesMatchTheEngine() throws IOException {
        Path ideal = dir.resolve("ideal.csv");
        Path one = dir.resolve("one.csv");
        Path half = dir.resolve("half.csv");
        assertEquals(0, batch(ideal).code());
        assertEquals(0, batch(one, "--efficiency", "1").code());
        assertEquals(0, batch(half, "--efficiency", "0.5").code());
        assertEquals(Files.readString(ideal), Files.readString(one));
        List<String> rows = Files.readAllLines(half);
        double[][] cases = {{1, 0.9, 1.2, 0.8, 0.1}, {2, 2, 1, 1, 0}};
        for (int k = 0; k < 2; k++) {
            double[] c = cases[k];
            BathParameters b = BathParameters.explicit(c[0], c[4], new Complex(c[1]), Complex.ZERO, 0, 0, 0, 0,
                    Complex.ZERO);
            double p = MonitoredPropagator.of(new TwoQubitModel(new QubitFields(c[2], c[3]), b),
                    new DetectionEfficiency(0.5)).evolve(NamedState.UD.density(), 3, 60).successProbability()[60];
            assertEquals(p, last(rows.get(k + 1)), 1e-12, "case " + (k + 1));
        }
        // dark singlet, δ = 0: P = 1 − η(1 − e^{−4at})/2 (see MonitoredPropagatorTest)
        assertEquals(1 - 0.5 * (1 - Math.exp(-4 * 2 * 3.0)) / 2, last(rows.get(2)), 1e-12);
    }

    @Test
    void efficiencyNeedsPostselectAndTheUnitInterval() throws IOException {
        Path out = dir.resolve("bad.csv");
        Path in = dir.resolve("cases.csv");
        Files.write(in, List.of("a,A", "1,0.5"));
        Assertions2.badInput(Cli.run("batch", "--input", in.toString(), "--t-max", "3", "--steps", "6", "--initial",
                "ud", "--output", out.toString(), "--efficiency", "0.5"), "efficiency", "--postselect");
        Assertions2.badInput(batch(out, "--efficiency", "1.5"), "efficiency", "1.5", "dimensionless");
        Assertions2.badInput(batch(out, "--efficiency", "NaN"), "efficiency", "NaN");
        assertFalse(Files.exists(out));
    }
}
