package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Cli;
import org.magent.app.output.Json;

/** A scenario written by a run repeats that run with --config, as JSON or YAML. */
class ScenarioFilesTest {

    @Test
    void scenarioJsonRoundTripRepeatsTheRun(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("first");
        SweepFiles.run(first, "--medium", "ferromagnet", "--set", "dim=2,gap=0.1,stiffness=2,spinDensity=3",
                "--qubits", "Delta1=1.2,Delta2=1,lambda=0.3", "--separation", "0.5:4:5", "--spacing", "log",
                "--axis2", "detuning=0,0.05", "--initial", "1,0,0,1i", "--times", "3", "--postselect-time", "2");
        Scenario s = ScenarioFiles.read(first.resolve("scenario.json"), QuantityReader.DEFAULT);
        assertEquals(ScenarioFiles.toJson(s), Json.MAPPER.readTree(first.resolve("scenario.json").toFile()));
        assertEquals(Spacing.log, s.spacing());
        assertEquals(Axis2Kind.DETUNING, s.axis2().orElseThrow().kind());
        Path second = tmp.resolve("second");
        SweepFiles.run(second, "--config", first.resolve("scenario.json").toString());
        assertEquals(Files.readString(first.resolve("sweep.csv")), Files.readString(second.resolve("sweep.csv")));
        // the results file holds the scenario too and is accepted as a config
        Path third = tmp.resolve("third");
        SweepFiles.run(third, "--config", first.resolve("sweep.json").toString());
        assertEquals(Files.readString(first.resolve("sweep.csv")), Files.readString(third.resolve("sweep.csv")));
    }

    @Test
    void yamlConfigWithUnitsEqualsTheCommandLine(@TempDir Path tmp) throws Exception {
        Path cli = tmp.resolve("cli");
        SweepFiles.run(cli, "--medium", "ferromagnet", "--set", "dim=3,gap=0.56GHz,stiffness=9.3e-6,spinDensity=7.5e27",
                "--qubits", "Delta1=2.31GHz,Delta2=2.31GHz,lambda=1.7e-18", "--separation", "5nm,50nm,150nm",
                "--axis2", "temperature=0K,50mK", "--times", "100us", "--postselect-time", "50us");
        Path yaml = tmp.resolve("s.yaml");
        Files.writeString(yaml, String.join("\n",
                "units: SI",
                "medium: ferromagnet",
                "parameters: {dim: 3, gap: 3518583772.0205684, stiffness: 9.3e-6, spinDensity: 7.5e27}",
                "qubits: {Delta1: 2.31GHz, Delta2: 2.31GHz, lambda: 1.7e-18}",
                "separations: [5nm, 50nm, 150nm]",
                "axis2: {name: temperature, values: [0K, 50mK]}",
                "times: [100us]",
                "postselect_time: 50us", ""));
        Path fromYaml = tmp.resolve("yaml");
        SweepFiles.run(fromYaml, "--config", yaml.toString());
        SweepFiles.Csv a = SweepFiles.read(cli.resolve("sweep.csv"));
        SweepFiles.Csv b = SweepFiles.read(fromYaml.resolve("sweep.csv"));
        assertEquals(a.header(), b.header());
        for (int r = 0; r < a.rows().size(); r++) {
            for (String col : new String[] {"separation", "temperature", "a (", "|A|/a", "C_max", "C(t=", "lifetime"}) {
                assertEquals(a.value(r, col), b.value(r, col), 1e-9 * Math.abs(a.value(r, col)) + 1e-300,
                        col + " row " + r);
            }
        }
    }

    @Test
    void sweepJsonHasNullForInfiniteAndUndefinedValues(@TempDir Path tmp) throws Exception {
        // Δ below the gap: no magnon is emitted, a = 0 → ratios undefined, lifetime infinite
        SweepFiles.run(tmp, "--medium", "ferromagnet", "--set", "dim=3,gap=2,stiffness=1,spinDensity=1",
                "--qubits", "Delta1=1,Delta2=1", "--separation", "1", "--times", "1");
        JsonNode point = Json.MAPPER.readTree(tmp.resolve("sweep.json").toFile()).get("points").get(0);
        assertEquals(0.0, point.get("a (natural)").asDouble());
        assertTrue(point.get("|A|/a (1)").isNull());
        assertTrue(point.get("lifetime (natural)").isNull());
        String csv = Files.readString(tmp.resolve("sweep.csv"));
        assertTrue(csv.contains(",inf,"), csv);
        assertTrue(!csv.contains("NaN") && !csv.contains("Infinity"), csv);
    }

    @Test
    void configCannotBeMixedWithScenarioOptions(@TempDir Path tmp) {
        Cli.Result r = Cli.run("sweep", "--config", tmp.resolve("x.json").toString(), "--separation", "1",
                "--output-dir", tmp.toString());
        assertEquals(2, r.code(), r::toString);
    }
}
