package org.magent.app.trajectories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** {@code magent trajectories}: files, reproducibility across threads, agreement with the exact no-detection probability, bad input. */
class TrajectoriesCommandTest {

    static final String RATES = "a=1,at=0.1,A=0.9+0.1i,At=0.05-0.02i,d=0.01,Dd=0.005i,Jperp=0.2,Jz=-0.1,D=0.05,"
            + "Delta1=1.3,Delta2=0.7";
    static final String[] FILES = {"trajectories.csv", "heralded.csv", "first_detection.csv", "trajectories.json",
        "trajectories.png"};

    @TempDir
    Path dir;

    private Cli.Result run(Path out, String... extra) {
        return Cli.run(Cli.merge(List.of("trajectories", "--rates", RATES, "--initial", "ud", "--t-max", "4",
                "--steps", "40", "--count", "3000", "--seed", "7", "--efficiency", "0.6", "--output-dir",
                out.toString(), "--no-progress"), extra));
    }

    @Test
    void writesEveryFileWithOneRowPerSampleAndAgreesWithTheExactNoDetectionProbability() throws IOException {
        Path out = dir.resolve("run");
        Cli.Result r = run(out);
        assertEquals(0, r.code(), r::toString);
        for (String f : FILES) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
            assertTrue(r.out().contains("wrote " + out.resolve(f)), r::toString);
        }
        List<String> main = Files.readAllLines(out.resolve("trajectories.csv"));
        assertEquals(42, main.size());
        assertTrue(main.get(0).startsWith("\"t (natural units, 1/energy)\",C_mean_state (1),"), main.get(0));
        // each file, read as CSV: the header names as many columns as every row has cells
        for (String f : new String[] {"trajectories.csv", "heralded.csv", "first_detection.csv"}) {
            List<String[]> rows = new java.util.ArrayList<>();
            try (com.fasterxml.jackson.databind.MappingIterator<String[]> it = new com.fasterxml.jackson.dataformat
                    .csv.CsvMapper().readerForArrayOf(String.class)
                    .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                    .readValues(out.resolve(f).toFile())) {
                it.forEachRemaining(rows::add);
            }
            assertTrue(rows.get(0)[0].startsWith("t") && rows.get(0)[0].contains("natural units, 1/energy"), f);
            for (String[] row : rows) {
                assertEquals(rows.get(0).length, row.length, f);
            }
        }
        List<String> heralded = Files.readAllLines(out.resolve("heralded.csv"));
        assertEquals(1 + 41 * 12, heralded.size());
        assertEquals(1 + 40, Files.readAllLines(out.resolve("first_detection.csv")).size());
        JsonNode json = new ObjectMapper().readTree(out.resolve("trajectories.json").toFile());
        assertEquals(41, json.get("samples").size());
        assertEquals(3000, json.get("trajectories").asLong());
        assertEquals(0.6, json.get("inputs").get("efficiency").asDouble(), 0.0);
        assertEquals(7, json.get("inputs").get("seed").asLong());

        // the no-detection fraction at t = 4 is the exact monitored success probability within 5 SE
        String[] last = main.get(41).split(",", -1);
        double fraction = Double.parseDouble(last[7]);
        double se = Double.parseDouble(last[8]);
        BathParameters bath = BathParameters.explicit(1, 0.1, new Complex(0.9, 0.1), new Complex(0.05, -0.02), 0.2,
                -0.1, 0.05, 0.01, new Complex(0, 0.005));
        double p = MonitoredPropagator.of(new TwoQubitModel(new QubitFields(1.3, 0.7), bath),
                new DetectionEfficiency(0.6)).evolve(NamedState.UD.density(), 4, 40).successProbability()[40];
        assertEquals(p, fraction, 5 * se);
        assertTrue(se > 0 && p < 0.5, "P = " + p);
        // probabilities of each count add up to 1 at every sample
        for (int k = 0; k <= 40; k++) {
            double sum = 0;
            for (int b = 0; b < 12; b++) {
                sum += Double.parseDouble(heralded.get(1 + 12 * k + b).split(",", -1)[3]);
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @Test
    void outputFilesAreTheSameForAnyNumberOfThreads() throws IOException {
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        assertEquals(0, run(one, "--threads", "1").code());
        assertEquals(0, run(three, "--threads", "3").code());
        for (String f : FILES) {
            if (!f.endsWith(".png")) {
                assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f);
            }
        }
        Path otherSeed = dir.resolve("seed8");
        assertEquals(0, run(otherSeed, "--seed", "8").code());
        assertFalse(Files.readString(one.resolve("trajectories.csv"))
                .equals(Files.readString(otherSeed.resolve("trajectories.csv"))));
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() throws IOException {
        Path out = dir.resolve("bad");
        Assertions2.badInput(run(out, "--efficiency", "1.5"), "efficiency", "1.5", "dimensionless");
        Assertions2.badInput(run(out, "--efficiency", "-0.1"), "efficiency", "-0.1");
        Assertions2.badInput(run(out, "--efficiency", "NaN"), "efficiency", "NaN");
        Assertions2.badInput(run(out, "--efficiency", "abc"), "efficiency", "abc");
        Assertions2.badInput(run(out, "--count", "0"), "count", "0", "trajectories");
        Assertions2.badInput(run(out, "--count", "-5"), "count", "-5");
        Assertions2.badInput(run(out, "--seed", "-1"), "seed", "-1", "integer");
        Assertions2.badInput(run(out, "--seed", "1.5"), "seed", "1.5");
        Assertions2.badInput(run(out, "--seed", "99999999999999999999"), "seed");
        Assertions2.badInput(run(out, "--max-count", "-1"), "max-count", "-1");
        Assertions2.badInput(run(out, "--steps", "0"), "steps", "0");
        Assertions2.badInput(run(out, "--t-max", "-1"), "t-max", "-1");
        Assertions2.badInput(run(out, "--initial", "xy"), "initial");
        Assertions2.badInput(run(out, "--rates", "a=1,A=2"), "a >= |A|");
        Assertions2.badInput(run(out, "--threads", "0"), "threads", "0");
        Assertions2.badInput(run(out, "--steps", "60000000"), "steps", "heap");
        // the rule on mixed units, as in evolve: a bare t-max next to rates with units, or the other way round
        Assertions2.badInput(run(out, "--rates", "a=1kHz,A=0.5kHz"), "t-max=4", "bare", "a=1kHz");
        Assertions2.badInput(run(out, "--t-max", "2ms"), "a=1", "bare", "t-max=2ms");
        Assertions2.badInput(Cli.run("trajectories", "--medium", "ferromagnet", "--set",
                "dim=3,gap=20mT,stiffness=1,spinDensity=0.5,damping=0", "--qubits", "Delta1=0.5,Delta2=0.5",
                "--separation", "1", "--initial", "ud", "--t-max", "20", "--steps", "10", "--count", "3",
                "--seed", "1", "--output-dir", out.toString()), "bare", "gap=20mT");
        assertFalse(Files.exists(out), "nothing written for bad input");
    }

    @Test
    void aMediumAndPhysicalUnitsWorkToo() throws IOException {
        Path out = dir.resolve("medium");
        Cli.Result r = Cli.run("trajectories", "--medium", "ferromagnet", "--set",
                "dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=0", "--qubits", "Delta1=0.5,Delta2=0.5",
                "--separation", "1", "--initial", "ud", "--t-max", "20", "--steps", "10", "--count", "300", "--seed",
                "3", "--output-dir", out.toString(), "--no-progress");
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readString(out.resolve("trajectories.json")).contains("\"medium\""), "inputs echoed");
        Path si = dir.resolve("si");
        Cli.Result u = Cli.run("trajectories", "--rates", "a=1kHz,A=0.9kHz,Delta1=2.87GHz,Delta2=2.87GHz",
                "--initial", "ud", "--t-max", "2ms", "--steps", "4", "--count", "200", "--seed", "0", "--output-dir",
                si.toString(), "--no-progress");
        assertEquals(0, u.code(), u::toString);
        assertTrue(Files.readAllLines(si.resolve("trajectories.csv")).get(0).startsWith("t (s),"));
        assertTrue(Files.readAllLines(si.resolve("first_detection.csv")).get(0).contains("density (1/s)"));
    }
}
