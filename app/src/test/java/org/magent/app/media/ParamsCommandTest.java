package org.magent.app.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/** {@code params} and {@code models}, and {@code evolve --medium}. */
class ParamsCommandTest {

    static final String FERRO = "dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=0";

    static Cli.Result params(String set, String... extra) {
        List<String> args = List.of("params", "--medium", "ferromagnet", "--set", set,
                "--qubits", "Delta1=0.5,Delta2=0.5,lambda=1", "--temperature", "0.1", "--separation", "2.0");
        return Cli.run(Cli.merge(args, extra));
    }

    @Test
    void jsonHasEveryKeyAndEchoesInputs() throws IOException {
        Cli.Result r = params(FERRO, "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode n = new ObjectMapper().readTree(r.out());
        for (String key : new String[] {"a", "at", "Jperp", "Jz", "D", "d"}) {
            assertTrue(n.get(key).isNumber(), key);
        }
        for (String key : new String[] {"A", "At", "Dd"}) {
            assertTrue(n.get(key).get("re").isNumber() && n.get(key).get("im").isNumber(), key);
        }
        assertTrue(n.get("stable").asBoolean());
        assertTrue(n.get("warnings").isArray());
        JsonNode in = n.get("inputs");
        assertEquals("ferromagnet", in.get("medium").asText());
        assertEquals("0.2", in.get("parameters").get("gap").asText().replaceAll("0+$", "").replaceAll("\\.$", ""));
        assertEquals(0.5, in.get("qubits").get("Delta1").asDouble(), 0.0);
        assertEquals(1.0, in.get("qubits").get("lambda").asDouble(), 0.0);
        assertEquals(0.1, in.get("temperature").asDouble(), 0.0);
        assertEquals(2.0, in.get("separation").get(0).asDouble(), 0.0);
        assertEquals(3, in.get("separation").size());
        double a = n.get("a").asDouble();
        double at = n.get("at").asDouble();
        assertTrue(a > 0, "Δ = 0.5 above the gap 0.2 emits magnons");
        // detailed balance ã/a = e^{−Δ/T} (docs/physics.md)
        assertEquals(Math.exp(-0.5 / 0.1), at / a, 1e-12);
        double absA = Math.hypot(n.get("A").get("re").asDouble(), n.get("A").get("im").asDouble());
        assertTrue(a >= absA);
        // 3-D, α = 0: A/a = sin(qr)/(qr) with q = √((Δ − Ω)/𝒟) (docs/physics.md §4.1)
        double q = Math.sqrt(0.5 - 0.2);
        assertEquals(Math.sin(q * 2) / (q * 2), n.get("A").get("re").asDouble() / a, 1e-6);
        assertEquals(0.0, n.get("D").asDouble(), 0.0, "inversion-symmetric medium: D = 0");
    }

    @Test
    void tableListsTheCoefficients() {
        Cli.Result r = params(FERRO);
        assertEquals(0, r.code(), r::toString);
        for (String key : new String[] {"a ", "at ", "A ", "At ", "Jperp ", "Jz ", "D ", "d ", "Dd ", "stable "}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(key)), key + " missing in\n" + r.out());
        }
    }

    @Test
    void negativeGapIsAVerdictNotACrash() throws IOException {
        Cli.Result r = params("dim=3,gap=-0.1,stiffness=1,spinDensity=0.5,damping=0", "--format", "json");
        assertEquals(1, r.code(), r::toString);
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertFalse(n.get("stable").asBoolean());
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void latticeExampleFromTheIssue() throws IOException {
        Cli.Result r = Cli.run("params", "--medium", "lattice-ferromagnet", "--set",
                "lattice=cubic,exchange=1,spin=0.5,gap=0.2,damping=0.01", "--qubits", "Delta1=0.5,Delta2=0.5",
                "--separation", "3,1,0", "--format", "json");
        assertTrue(r.code() == 0 || r.code() == 1, r::toString);
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(r.code() == 0, n.get("stable").asBoolean());
        assertEquals(1.0, n.get("inputs").get("separation").get(1).asDouble(), 0.0);
        assertEquals(0.0, n.get("inputs").get("temperature").asDouble(), 0.0, "temperature defaults to 0");
        assertEquals(0.0, n.get("at").asDouble(), 0.0, "no thermal excitation at T = 0");
    }

    /** Two components are x, y with z = 0, for every medium: the square lattice takes --separation 3,1. */
    @Test
    void twoComponentSeparationHasZeroZ() throws IOException {
        String[] args = {"params", "--medium", "lattice-ferromagnet", "--set",
            "lattice=square,exchange=1,spin=0.5,gap=0.2,damping=0.01", "--qubits", "Delta1=0.5,Delta2=0.5",
            "--format", "json", "--separation"};
        Cli.Result two = Cli.run(Cli.merge(List.of(args), "3,1"));
        Cli.Result three = Cli.run(Cli.merge(List.of(args), "3,1,0"));
        assertEquals(0, two.code(), two::toString);
        assertEquals(three.out(), two.out());
        JsonNode n = new ObjectMapper().readTree(two.out());
        assertEquals(0.0, n.get("inputs").get("separation").get(2).asDouble(), 0.0);
        Assertions2.badInput(Cli.run("params", "--medium", "lattice-ferromagnet", "--set", "lattice=chain",
                "--qubits", "Delta1=0.5,Delta2=0.5", "--separation", "3,1"), "separation");
    }

    @Test
    void badMediumInputsExitTwo() {
        Assertions2.badInput(Cli.run("params", "--medium", "antiferro", "--qubits", "Delta1=1,Delta2=1",
                "--separation", "1"), "antiferro", "ferromagnet");
        Assertions2.badInput(params("dim=3,gapp=0.2"), "gapp", "stiffness");
        Assertions2.badInput(params("dim=7"), "dim", "7");
        Assertions2.badInput(params("gap=NaN"), "gap", "NaN");
        Assertions2.badInput(params("gap=0.2nm"), "gap", "0.2nm", "wrong dimension");
        Assertions2.badInput(params("damping=0.2meV"), "damping", "0.2meV", "no unit");
        Assertions2.badInput(params(FERRO, "--temperature", "-1"), "temperature", "-1");
        Assertions2.badInput(params(FERRO, "--temperature", "300nm"), "temperature", "300nm");
        Assertions2.badInput(params(FERRO, "--separation", "1,2,3,4"), "separation", "1,2,3,4");
        Assertions2.badInput(params(FERRO, "--qubits", "Delta1=0.5"), "Delta2");
        Assertions2.badInput(Cli.run("params", "--medium", "lattice-ferromagnet", "--set", "lattice=cubic",
                "--qubits", "Delta1=0.5,Delta2=0.5", "--separation", "2.5"), "separation");
        Assertions2.badInput(Cli.run("params", "--medium", "lattice-ferromagnet", "--set", "lattice=hex",
                "--qubits", "Delta1=0.5,Delta2=0.5", "--separation", "2"), "hex", "cubic");
        // a damping this small would need a time grid far beyond the memory budget: refused, not attempted
        Assertions2.badInput(Cli.run("params", "--medium", "lattice-ferromagnet", "--set",
                "lattice=cubic,damping=1e-9", "--qubits", "Delta1=0.5,Delta2=0.5", "--separation", "3,1,0"),
                "damping", "raise");
    }

    @Test
    void modelsListsEveryMediumWithParameters() {
        Cli.Result r = Cli.run("models");
        assertEquals(0, r.code(), r::toString);
        for (String s : new String[] {"ferromagnet", "lattice-ferromagnet", "stiffness", "spinDensity", "lattice",
            "exchange", "default", "range"}) {
            assertTrue(r.out().contains(s), s + " missing in\n" + r.out());
        }
    }

    @Test
    void evolveRunsTheMediumPipelineEndToEnd() throws IOException {
        Cli.Result r = Cli.run("evolve", "--medium", "ferromagnet", "--set", FERRO, "--qubits",
                "Delta1=0.5,Delta2=0.5", "--separation", "1", "--initial", "ud", "--t-max", "10", "--steps", "20",
                "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(21, n.get("rows").size());
        assertEquals("ferromagnet", n.get("inputs").get("medium").asText());
        Cli.Result unstable = Cli.run("evolve", "--medium", "ferromagnet", "--set", "gap=-0.1", "--qubits",
                "Delta1=0.5,Delta2=0.5", "--separation", "1", "--initial", "ud", "--t-max", "10", "--steps", "20");
        assertEquals(1, unstable.code(), unstable::toString);
        assertTrue(unstable.err().startsWith("magent: verdict: "), unstable::toString);
    }
}
