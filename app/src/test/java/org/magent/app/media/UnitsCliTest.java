package org.magent.app.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/**
 * docs/units.md: a scenario given with physical units equals the same scenario given in bare SI-based natural
 * numbers (rad/s, m, s). The bare numbers are computed here from conversion factors quoted independently of
 * the code (CODATA 2018: 1 eV ↔ 2.417989242e14 Hz, k_B/h = 2.083661912e10 Hz/K, γ_e/2π = 28.024951 GHz/T,
 * μ_B = 9.2740100783e-24 J/T).
 */
class UnitsCliTest {

    private static final double TWO_PI = 2 * Math.PI;
    private static final double GAMMA = TWO_PI * 28.024951e9;

    private static JsonNode params(int expectedCode, String set, String qubits, String temperature, String separation)
            throws IOException {
        Cli.Result r = Cli.run("params", "--medium", "ferromagnet", "--set", set, "--qubits", qubits,
                "--temperature", temperature, "--separation", separation, "--format", "json");
        assertEquals(expectedCode, r.code(), r::toString);
        return new ObjectMapper().readTree(r.out());
    }

    private static void sameBath(JsonNode expected, JsonNode actual, double rel) {
        for (String key : new String[] {"a", "at", "Jperp"}) {
            double e = expected.get(key).asDouble();
            assertEquals(e, actual.get(key).asDouble(), rel * Math.abs(e), key);
        }
        for (String key : new String[] {"A", "At"}) {
            for (String part : new String[] {"re", "im"}) {
                double e = expected.get(key).get(part).asDouble();
                double scale = Math.abs(expected.get("a").asDouble());
                assertEquals(e, actual.get(key).get(part).asDouble(), rel * scale, key + "." + part);
            }
        }
    }

    @Test
    void paramsWithUnitsEqualsBareSiNumbers() throws IOException {
        JsonNode withUnits = params(0, "dim=3,gap=20mT,stiffness=5.3e-17 T m^2,spinDensity=7.5e-3nm^-3,damping=0",
                "Delta1=2.87GHz,Delta2=2.87GHz,lambda=1e-20 rad/s m^3/2", "300mK", "50nm");
        double gap = GAMMA * 0.02;
        double stiffness = GAMMA * 5.3e-17;
        double delta = TWO_PI * 2.87e9;
        double t = TWO_PI * 0.3 * 2.083661912e10;
        JsonNode bare = params(0, "dim=3,gap=" + gap + ",stiffness=" + stiffness + ",spinDensity=7.5e24,damping=0",
                "Delta1=" + delta + ",Delta2=" + delta + ",lambda=1e-20", Double.toString(t), "5e-8");
        sameBath(bare, withUnits, 1e-6);
        assertTrue(withUnits.get("a").asDouble() > 0, "2.87 GHz lies above the 20 mT gap (0.56 GHz): magnons emitted");
        assertEquals("rad/s", withUnits.get("units").asText());
        assertEquals("m", withUnits.get("inputs").get("units").get("length").asText());
        assertEquals(5e-8, withUnits.get("inputs").get("separation").get(0).asDouble(), 1e-22);
        assertEquals(delta, withUnits.get("inputs").get("qubits").get("Delta1").asDouble(), 1e-6 * delta);
        assertEquals("natural units, energy", bare.get("units").asText(), "no unit given: natural units");
        assertFalse(bare.get("warnings").toString().contains("SI-based"), bare.toString());
        assertFalse(withUnits.get("warnings").toString().contains("SI-based"), "every dimensional input has a unit");
        JsonNode mixed = params(0, "dim=3,gap=20mT,damping=0", "Delta1=2.87GHz,Delta2=2.87GHz", "300mK", "50nm");
        String mixWarning = mixed.get("warnings").toString();
        assertTrue(mixWarning.contains("stiffness, spinDensity, lambda") && mixWarning.contains("SI-based"),
                mixWarning);
        // detailed balance in physical units: ã/a = exp(−ħΔ/k_B T) = exp(−2.87 GHz/(0.3 K · 20.8366 GHz/K))
        assertEquals(Math.exp(-2.87e9 / (0.3 * 2.083661912e10)),
                withUnits.get("at").asDouble() / withUnits.get("a").asDouble(), 1e-9);
    }

    @Test
    void micromagneticInputsEqualStiffnessAndSpinDensity() throws IOException {
        JsonNode micro = params(0, "dim=3,gap=10mT,exchangeConstant=3.7pJ/m,magnetisation=140kA/m,gFactor=2",
                "Delta1=1GHz,Delta2=1GHz,lambda=1e-20", "0", "100nm");
        double gammaG2 = TWO_PI * 2 * 13.996245e9; // g μ_B/ħ for g = 2 (μ_B/h = 13.996245 GHz/T)
        double stiffness = gammaG2 * 2 * 3.7e-12 / 1.4e5;
        double density = 1.4e5 / (2 * 9.2740100783e-24);
        JsonNode direct = params(0, "dim=3,gap=10mT,stiffness=" + stiffness + ",spinDensity=" + density,
                "Delta1=1GHz,Delta2=1GHz,lambda=1e-20", "0", "100nm");
        sameBath(direct, micro, 1e-6);
        double echoed = Double.parseDouble(micro.get("inputs").get("parameters").get("stiffness").asText());
        assertEquals(stiffness, echoed, 1e-6 * stiffness);
    }

    @Test
    void evolveWithUnitsEqualsBareSiNumbers() throws IOException {
        Cli.Result withUnits = Cli.run("evolve", "--rates", "a=1kHz,A=0.5+0.1i kHz,Jperp=2 1/ms,Delta1=1MHz,"
                + "Delta2=1MHz", "--initial", "ud", "--t-max", "0.5ms", "--steps", "5", "--format", "json");
        double k = TWO_PI * 1e3;
        Cli.Result bare = Cli.run("evolve", "--rates", "a=" + k + ",A=" + 0.5 * k + "+" + 0.1 * k + "i,Jperp=2000,"
                + "Delta1=" + TWO_PI * 1e6 + ",Delta2=" + TWO_PI * 1e6, "--initial", "ud", "--t-max", "5e-4",
                "--steps", "5", "--format", "json");
        assertEquals(0, withUnits.code(), withUnits::toString);
        assertEquals(0, bare.code(), bare::toString);
        JsonNode u = new ObjectMapper().readTree(withUnits.out()).get("rows");
        JsonNode b = new ObjectMapper().readTree(bare.out()).get("rows");
        assertEquals(6, u.size());
        for (int i = 0; i < u.size(); i++) {
            assertEquals(b.get(i).get("t").asDouble(), u.get(i).get("t").asDouble(), 1e-18);
            assertEquals(b.get(i).get("concurrence").asDouble(), u.get(i).get("concurrence").asDouble(), 1e-9);
        }
        assertTrue(u.get(5).get("concurrence").asDouble() > 0, "the ud state under A ≠ 0 becomes entangled");
    }

    @Test
    void unitErrorsExitTwoNamingTheParameter() {
        String set = "dim=3,gap=20mT,stiffness=5.3e-17 T m^2,spinDensity=7.5e-3nm^-3";
        String[] base = {"params", "--medium", "ferromagnet", "--set", set, "--qubits", "Delta1=2.87GHz,Delta2=2.87GHz",
            "--temperature", "300mK", "--separation", "50nm"};
        Assertions2.badInput(Cli.run(Cli.merge(java.util.List.of(base), "--temperature", "5nm")), "temperature",
                "5nm", "K");
        Assertions2.badInput(Cli.run(Cli.merge(java.util.List.of(base), "--qubits", "Delta1=3..2GHz,Delta2=1GHz")),
                "Delta1", "3..2GHz");
        Assertions2.badInput(Cli.run(Cli.merge(java.util.List.of(base), "--qubits", "Delta1=NaN,Delta2=1GHz")),
                "Delta1", "NaN");
        Assertions2.badInput(Cli.run(Cli.merge(java.util.List.of(base), "--separation", "50 parsec")),
                "separation", "parsec");
        Assertions2.badInput(Cli.run(Cli.merge(java.util.List.of(base), "--set", "dim=3,spinDensity=2nm^-2")),
                "spinDensity", "d = 3");
        Assertions2.badInput(Cli.run(Cli.merge(java.util.List.of(base), "--set",
                "dim=2,exchangeConstant=3.7pJ/m,magnetisation=140kA/m")), "magnetisation", "d = 2");
        Assertions2.badInput(Cli.run("params", "--medium", "lattice-ferromagnet", "--qubits",
                "Delta1=0.5,Delta2=0.5", "--separation", "3nm"), "separation", "lattice constants");
        Assertions2.badInput(Cli.run("params", "--medium", "lattice-ferromagnet", "--set",
                "exchangeConstant=3.7pJ/m,magnetisation=140kA/m", "--qubits", "Delta1=0.5,Delta2=0.5",
                "--separation", "3"), "exchangeConstant", "lattice-ferromagnet");
        Assertions2.badInput(Cli.run("evolve", "--rates", "a=1 nm", "--initial", "ud", "--t-max", "1",
                "--steps", "2"), "a", "1 nm");
        Assertions2.badInput(Cli.run("evolve", "--rates", "a=1", "--initial", "ud", "--t-max", "1GHz",
                "--steps", "2"), "t-max", "1GHz");
    }

    @Test
    void helpExplainsMixingUnits() {
        Cli.Result r = Cli.run("params", "--help");
        assertEquals(0, r.code());
        String flat = r.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("SI-based natural units"), r.out());
        assertFalse(flat.contains("units are not supported"), r.out());
    }

    @Test
    void modelsListTheUnitsEachParameterAccepts() {
        Cli.Result r = Cli.run("models");
        assertEquals(0, r.code(), r::toString);
        java.util.List<String> lines = r.out().lines().toList();
        int gap = lines.indexOf(lines.stream().filter(l -> l.startsWith("  gap (")).findFirst().orElseThrow());
        assertTrue(lines.get(gap + 1).contains("units:") && lines.get(gap + 1).contains("GHz"), r.out());
        int damping = lines.indexOf(lines.stream().filter(l -> l.startsWith("  damping (")).findFirst().orElseThrow());
        assertFalse(lines.get(damping + 1).contains("units:"), "a dimensionless parameter takes no unit:\n" + r.out());
        assertTrue(r.out().contains("exchangeConstant"), r.out());
    }
}
