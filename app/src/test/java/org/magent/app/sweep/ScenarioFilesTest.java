package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;
import org.magent.app.output.Json;

/** A scenario written by a run repeats that run with --config, as JSON or YAML; options override it. */
class ScenarioFilesTest {

    @Test
    void scenarioJsonRoundTripRepeatsTheRun(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("first");
        SweepFiles.run(first, "--medium", "ferromagnet", "--set", "dim=2,gap=0.1,stiffness=2,spinDensity=3",
                "--qubits", "Delta1=1.2,Delta2=1,lambda=0.3", "--separation", "0.5:4:5", "--spacing", "log",
                "--axis2", "detuning=0,0.05", "--initial", "1,0,0,1i", "--times", "3", "--postselect-time", "2");
        ScenarioSpec s = ScenarioFiles.read(first.resolve("scenario.json"));
        assertEquals(s.toJson(), Json.MAPPER.readTree(first.resolve("scenario.json").toFile()));
        assertEquals("log", s.spacing());
        assertEquals("detuning=0,0.05", s.axis2());
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
        SweepFiles.run(cli, "--medium", "ferromagnet", "--set",
                "dim=3,gap=0.56GHz,stiffness=9.3e-6 rad/s m^2,spinDensity=7.5e27 m^-3",
                "--qubits", "Delta1=2.31GHz,Delta2=2.31GHz,lambda=1.7e-18 rad/s m^3/2", "--separation",
                "5nm,50nm,150nm", "--axis2", "temperature=0K,50mK", "--times", "100us", "--postselect-time", "50us");
        Path yaml = tmp.resolve("s.yaml");
        Files.writeString(yaml, String.join("\n",
                "# the same scenario, written by hand",
                "medium: ferromagnet",
                "parameters: {dim: 3, gap: 0.56GHz, stiffness: 9.3e-6 rad/s m^2, spinDensity: 7.5e27 m^-3}",
                "qubits: {Delta1: 2.31GHz, Delta2: 2.31GHz, lambda: 1.7e-18 rad/s m^3/2}",
                "separation: [5nm, 50nm, 150nm]",
                "axis2: {name: temperature, values: [0K, 50mK]}",
                "times: [100us]",
                "postselect_time: 50us", ""));
        Path fromYaml = tmp.resolve("yaml");
        SweepFiles.run(fromYaml, "--config", yaml.toString());
        assertEquals(Files.readString(cli.resolve("sweep.csv")), Files.readString(fromYaml.resolve("sweep.csv")));
    }

    @Test
    void optionsOverrideTheConfigAndTheBuiltInExample(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("first");
        SweepFiles.run(first, "--medium", "ferromagnet", "--set", "dim=3,gap=0.2,stiffness=1,spinDensity=1",
                "--qubits", "Delta1=1,Delta2=1,lambda=0.5", "--separation", "0.5:4:4", "--times", "2");
        Path second = tmp.resolve("second");
        SweepFiles.run(second, "--config", first.resolve("scenario.json").toString(), "--separation", "1,2",
                "--set", "damping=0.01", "--qubits", "Delta2=1.1");
        JsonNode written = Json.MAPPER.readTree(second.resolve("scenario.json").toFile());
        assertEquals("1,2", written.get("separation").asText());
        assertEquals("0.01", written.get("parameters").get("damping").asText());
        assertEquals("0.2", written.get("parameters").get("gap").asText(), "kept from the config");
        assertEquals("1.1", written.get("qubits").get("Delta2").asText());
        assertEquals("0.5", written.get("qubits").get("lambda").asText(), "kept from the config");
        assertEquals(2, SweepFiles.read(second.resolve("sweep.csv")).rows().size());
        // one option changed on the built-in example (NV centres above a film, two directions, four temperatures)
        Path example = tmp.resolve("example");
        SweepFiles.run(example, "--separation", "100nm:400nm:2", "--no-plots");
        SweepFiles.Csv csv = SweepFiles.read(example.resolve("sweep.csv"));
        assertEquals(16, csv.rows().size(), "2 separations along x and y at the example's 4 temperatures");
        assertEquals(400.0, csv.value(1, "separation"), 1e-9);
        assertEquals(90.0, csv.value(2, "direction"), 0.0);
        assertEquals(0.05, csv.value(0, "temperature"), 1e-12);
        // a bare number among the example's units is a mix, refused
        Assertions2.badInput(Cli.run("sweep", "--separation", "2:400:4", "--output-dir", tmp.resolve("x").toString()),
                "separation=2:400:4", "bare", "field=20mT");
        assertFalse(Files.exists(tmp.resolve("x")), "refused before creating the output directory");
        // axis2 none and one direction make the example one-dimensional
        Path flat = tmp.resolve("flat");
        SweepFiles.run(flat, "--separation", "50nm,100nm", "--axis2", "none", "--direction", "x", "--no-plots");
        assertEquals(2, SweepFiles.read(flat.resolve("sweep.csv")).rows().size());
    }

    @Test
    void theExampleScenarioFileIsInTheUnitsAUserTypes(@TempDir Path tmp) throws Exception {
        SweepFiles.run(tmp, "--separation", "50nm,100nm", "--direction", "y", "--no-plots");
        String text = Files.readString(tmp.resolve("scenario.json"));
        JsonNode n = Json.MAPPER.readTree(text);
        assertEquals(BuiltInExample.THICKNESS, n.get("parameters").get("thickness").asText());
        assertEquals(BuiltInExample.FIELD, n.get("field").asText());
        assertEquals(BuiltInExample.FIELD_POLAR, n.get("field_polar").asText());
        assertEquals(BuiltInExample.NV, n.get("nv").get(0).asText());
        assertEquals(BuiltInExample.AXIS2, n.get("axis2").asText());
        assertEquals("y", n.get("direction").asText(), "the option given replaces the example's");
        assertEquals("50nm,100nm", n.get("separation").asText());
        // no number in rad/s or metres: every quantity is written as typed, with its unit
        Matcher big = Pattern.compile("\\d\\.?\\d*[eE]\\+?(\\d+)").matcher(text);
        while (big.find()) {
            assertTrue(Integer.parseInt(big.group(1)) < 6, "a number in SI base units: " + big.group() + "\n" + text);
        }
        assertFalse(text.contains("\"units\""), text);
    }

    @Test
    void unknownKeysAreRefusedWithTheNearestValidName(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("typo.json");
        Files.writeString(file, "{\"medium\": \"ferromagnet\", \"temprature\": 5, \"qubits\": {\"Delta1\": 1,"
                + " \"Delta2\": 1}, \"separation\": \"1,2\", \"times\": \"1\"}");
        Assertions2.badInput(Cli.run("sweep", "--config", file.toString(), "--output-dir", tmp.resolve("o").toString()),
                file.toString(), "temprature", "did you mean 'temperature'");
        Files.writeString(file, "{\"medium\": \"ferromagnet\", \"qubits\": {\"Delta1\": 1, \"Detla2\": 1},"
                + " \"separation\": \"1,2\", \"times\": \"1\"}");
        Assertions2.badInput(Cli.run("sweep", "--config", file.toString(), "--output-dir", tmp.resolve("o").toString()),
                "Detla2", "did you mean 'Delta2'");
        Files.writeString(file, "{\"medium\": \"ferromagnet\", \"parameters\": {\"stifness\": 1}, \"qubits\":"
                + " {\"Delta1\": 1, \"Delta2\": 1}, \"separation\": \"1,2\", \"times\": \"1\"}");
        Assertions2.badInput(Cli.run("sweep", "--config", file.toString(), "--output-dir", tmp.resolve("o").toString()),
                "stifness", "did you mean 'stiffness'");
        assertFalse(Files.exists(tmp.resolve("o")));
        // a scenario.json of the earlier format (numbers in rad/s) is named as such
        Files.writeString(file, "{\"units\": \"SI\", \"medium\": \"ferromagnet\", \"separations\": [2e-9]}");
        Assertions2.badInput(Cli.run("sweep", "--config", file.toString()), "earlier magent");
    }

    @Test
    void syntaxErrorsAreOneLineWithLineAndColumn(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("bad.json");
        Files.writeString(json, "{\"medium\": \"ferromagnet\",\n \"qubits\": {\"Delta1\": 0.5,, }\n}");
        Cli.Result r = Cli.run("sweep", "--config", json.toString());
        Assertions2.badInput(r, json.toString(), "line 2, column");
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        // a file cut short: Jackson's message names where the array began, without its internal "Source" text
        Files.writeString(json, "{\"medium\": \"ferromagnet\", \"separation\": [1,2");
        Cli.Result cut = Cli.run("sweep", "--config", json.toString());
        Assertions2.badInput(cut, "invalid JSON at line 1", "expected close marker", "[line: 1, column: 41]");
        assertFalse(cut.err().contains("Source") || cut.err().contains("REDACTED"), cut::toString);
        Path yaml = tmp.resolve("bad.yaml");
        Files.writeString(yaml, "medium: ferromagnet\nqubits: [\n  a: b\n");
        Cli.Result y = Cli.run("sweep", "--config", yaml.toString());
        Assertions2.badInput(y, yaml.toString(), "line", "column", "YAML");
        assertEquals(1, y.err().strip().lines().count(), y::toString);
        Path dup = tmp.resolve("dup.json");
        Files.writeString(dup, "{\"medium\": \"ferromagnet\", \"medium\": \"tabulated\"}");
        Assertions2.badInput(Cli.run("sweep", "--config", dup.toString()), "line 1", "medium");
    }

    @Test
    void binaryFilesAndDirectoriesAreRefusedInPlainWords(@TempDir Path tmp) throws Exception {
        Path binary = tmp.resolve("image.bin");
        byte[] bytes = new byte[256];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) (k * 37 + 11);
        }
        Files.write(binary, bytes);
        Assertions2.badInput(Cli.run("sweep", "--config", binary.toString()), binary.toString(), "not a text file");
        Assertions2.badInput(Cli.run("sweep", "--config", tmp.toString()), tmp.toString(), "directory");
    }

    @Test
    void sweepJsonHasNullForInfiniteAndUndefinedValues(@TempDir Path tmp) throws Exception {
        // Δ below the gap: no magnon is emitted, a = 0 → ratios undefined, lifetime infinite
        SweepFiles.run(tmp, "--medium", "ferromagnet", "--set", "dim=3,gap=2,stiffness=1,spinDensity=1",
                "--qubits", "Delta1=1,Delta2=1", "--separation", "1", "--times", "1");
        JsonNode point = Json.MAPPER.readTree(tmp.resolve("sweep.json").toFile()).get("points").get(0);
        assertEquals(0.0, point.get("a (natural; master-equation coefficient; W = 2a)").asDouble());
        assertTrue(point.has("at (natural; master-equation coefficient; Wt = 2at)"), point::toString);
        assertTrue(point.get("|A|/a (1)").isNull());
        assertTrue(point.get("lifetime (natural)").isNull());
        String csv = Files.readString(tmp.resolve("sweep.csv"));
        assertTrue(csv.contains(",inf,"), csv);
        assertTrue(!csv.contains("NaN") && !csv.contains("Infinity"), csv);
    }
}
