package org.magent.app.nv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magent.app.cli.Cli;

/** {@code magent params} for NV centres above a film: the command of the issue, and every bad input it lists. */
class FilmCliTest {

    static final String SET = "thickness=20nm,magnetisation=142kA/m,exchangeConstant=3.7pJ/m,damping=1e-4";
    static final String NV = "polar=54.7356deg,azimuth=0deg,height=109nm,transition=-1";

    static List<String> command(String set, String nv, String temperature, String separation, String... extra) {
        List<String> a = new ArrayList<>(List.of("params", "--medium", "film", "--set", set, "--field", "25mT",
                "--field-polar", "54.7deg", "--nv", nv, "--temperature", temperature, "--separation", separation));
        a.addAll(List.of(extra));
        return a;
    }

    @Test
    void theIssuesCommandGivesTheBathAndItsParts() throws Exception {
        Cli.Result r = Cli.run(command(SET, NV, "299K", "0nm,200nm", "--format", "json").toArray(String[]::new));
        assertEquals(0, r.code(), r::toString);
        JsonNode n = new ObjectMapper().readTree(r.out());
        for (String key : List.of("a", "at", "A", "At", "Jperp", "Jz", "D", "d", "Dd", "stable", "warnings", "Delta",
                "Jperp_direct", "Jz_direct", "D_direct", "Jperp_medium", "Jz_medium", "D_medium", "markov_ratios",
                "covariance", "inputs", "W")) {
            assertTrue(n.has(key), "key " + key);
        }
        assertEquals(2 * Math.PI * 2.1693752491e9, n.get("Delta").asDouble(), 1e-6 * n.get("Delta").asDouble());
        double a = n.get("a").asDouble();
        assertEquals(2 * a, n.get("W").asDouble(), 0);
        assertEquals(n.get("Jperp").asDouble(), n.get("Jperp_medium").asDouble() + n.get("Jperp_direct").asDouble(),
                1e-12 * Math.abs(n.get("Jperp").asDouble()) + 1e-300);
        // r along y is perpendicular to M: A complex (Damon-Eshbach chirality)
        JsonNode ratio = n.get("covariance").get("A_over_a");
        assertTrue(Math.abs(ratio.get("im").asDouble()) > 0.5, ratio.toString());
        assertTrue(n.get("stable").asBoolean());
        assertTrue(n.get("units").asText().contains("W = 2a"));
    }

    /** The medium's parameters are echoed in one fixed order (alphabetical), in the table and in the JSON. */
    @Test
    void parametersAreEchoedInAFixedOrder() throws Exception {
        Cli.Result table = Cli.run(command(SET, NV, "4K", "30nm").toArray(String[]::new));
        assertEquals(0, table.code(), table::toString);
        String echo = table.out().lines().filter(l -> l.startsWith("# film {")).findFirst().orElseThrow();
        List<String> names = java.util.Arrays.stream(echo.substring(echo.indexOf('{') + 1, echo.indexOf('}'))
                .split(", ")).map(kv -> kv.substring(0, kv.indexOf('='))).toList();
        assertTrue(names.size() >= 5, echo);
        assertEquals(names.stream().sorted().toList(), names, echo);
        Cli.Result json = Cli.run(command(SET, NV, "4K", "30nm", "--format", "json").toArray(String[]::new));
        List<String> keys = new ArrayList<>();
        new ObjectMapper().readTree(json.out()).get("inputs").get("parameters").fieldNames().forEachRemaining(keys::add);
        assertEquals(names, keys);
    }

    @Test
    void noDirectDipolarSwitchesItOff() throws Exception {
        Cli.Result r = Cli.run(command(SET, NV, "4K", "30nm", "--format", "json", "--no-direct-dipolar")
                .toArray(String[]::new));
        assertEquals(0, r.code(), r::toString);
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(0, n.get("Jperp_direct").asDouble(), 0);
        assertEquals(n.get("Jperp").asDouble(), n.get("Jperp_medium").asDouble(), 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "thickness <= 0; thickness=0nm,magnetisation=142kA/m,exchangeConstant=3.7pJ/m,damping=1e-4; " + NV
            + "; 299K; 0nm,200nm; thickness",
        "Ms <= 0; thickness=20nm,magnetisation=-1kA/m,exchangeConstant=3.7pJ/m,damping=1e-4; " + NV
            + "; 299K; 0nm,200nm; magnetisation",
        "A_ex < 0; thickness=20nm,magnetisation=142kA/m,exchangeConstant=-1pJ/m,damping=1e-4; " + NV
            + "; 299K; 0nm,200nm; exchangeConstant",
        "alpha < 0; thickness=20nm,magnetisation=142kA/m,exchangeConstant=3.7pJ/m,damping=-1e-4; " + NV
            + "; 299K; 0nm,200nm; damping",
        "NaN; thickness=NaN,magnetisation=142kA/m,exchangeConstant=3.7pJ/m,damping=1e-4; " + NV
            + "; 299K; 0nm,200nm; thickness",
        "h <= 0; " + SET + "; polar=54.7356deg,azimuth=0deg,height=0nm; 299K; 0nm,200nm; height",
        "T < 0; " + SET + "; " + NV + "; -1K; 0nm,200nm; temperature",
        "transition 0; " + SET + "; polar=54.7356deg,azimuth=0deg,height=109nm,transition=0; 299K; 0nm,200nm;"
            + " transition",
        "three-component separation; " + SET + "; " + NV + "; 299K; 0nm,200nm,0nm; separation",
        "NaN angle; " + SET + "; polar=NaNdeg,azimuth=0deg,height=109nm; 299K; 0nm,200nm; polar",
    })
    void badInputsExitTwoNamingTheParameter(String what, String set, String nv, String t, String r, String name) {
        Cli.Result res = Cli.run(command(set, nv, t, r).toArray(String[]::new));
        assertEquals(2, res.code(), () -> what + ": " + res);
        assertTrue(res.err().contains(name), () -> what + ": " + res.err());
        assertEquals(1, res.err().strip().lines().count(), () -> "one line: " + res.err());
        assertFalse(res.err().contains("Exception"), res.err());
    }

    @Test
    void filmWithoutNvAndQubitsWithNvAreRefused() {
        Cli.Result noNv = Cli.run("params", "--medium", "film", "--set", SET, "--qubits", "Delta1=1,Delta2=1",
                "--separation", "1nm");
        assertEquals(2, noNv.code(), noNv::toString);
        assertTrue(noNv.err().contains("--nv"), noNv.err());
        List<String> both = command(SET, NV, "299K", "0nm,200nm");
        both.addAll(List.of("--qubits", "Delta1=1,Delta2=1"));
        Cli.Result r = Cli.run(both.toArray(String[]::new));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--qubits and --nv"), r.err());
    }

    @Test
    void zeroSeparationWithTheDirectCouplingIsRefused() {
        Cli.Result r = Cli.run(command(SET, NV, "299K", "0nm").toArray(String[]::new));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("separation"), r.err());
        Cli.Result ok = Cli.run(command(SET, NV, "299K", "0nm", "--no-direct-dipolar").toArray(String[]::new));
        assertEquals(0, ok.code(), ok::toString);
    }

    @Test
    void detunedContactQubitsAndOppositeSplittings() {
        // issue 11 A.6: qubit 2 below the gap: the local rates at their own splittings cannot carry the cross term
        Cli.Result below = Cli.run("params", "--medium", "ferromagnet", "--set",
                "dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=0", "--qubits", "Delta1=0.225,Delta2=0.195",
                "--separation", "2", "--format", "json");
        assertEquals(2, below.code(), below::toString);
        assertTrue(below.err().contains("a1 = 0.0125823") && below.err().contains("a2 = 0"), below.err());
        // issue 11 A.7: opposite splittings are refused
        Cli.Result opposite = Cli.run("params", "--medium", "ferromagnet", "--set",
                "dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=0", "--qubits", "Delta1=-0.5,Delta2=0.5",
                "--separation", "2");
        assertEquals(2, opposite.code(), opposite::toString);
        assertTrue(opposite.err().contains("opposite signs"), opposite.err());
    }
}
