package org.magent.app.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/** {@code magent stability} end to end: verdicts, the point named, exit statuses. */
class StabilityCommandTest {

    private static final List<String> CHECKS = List.of("medium", "a_ge_abs_A", "at_ge_abs_At", "detailed_balance");

    private static JsonNode json(Cli.Result r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void theIssueExampleIsUnstableBecauseTheGapIsNegative() throws IOException {
        Cli.Result r = Cli.run("stability", "--medium", "ferromagnet", "--set",
                "dim=3,gap=-0.1,stiffness=1,spinDensity=0.5,damping=0.01");
        assertEquals(1, r.code(), r::toString);
        String verdict = r.out().lines().filter(l -> l.startsWith("verdict:")).findFirst().orElseThrow();
        assertTrue(verdict.contains("UNSTABLE"), verdict);
        assertTrue(verdict.contains("gap = -0.1 < 0"), verdict);
        assertTrue(verdict.contains("soft mode"), verdict);
        assertTrue(verdict.contains("the ferromagnet is unstable"), verdict);
        assertFalse(r.err().contains("Exception"), r::toString);
        Cli.Result j = Cli.run("stability", "--medium", "ferromagnet", "--set",
                "dim=3,gap=-0.1,stiffness=1,spinDensity=0.5,damping=0.01", "--format", "json");
        assertEquals(1, j.code(), j::toString);
        JsonNode n = json(j);
        assertFalse(n.get("stable").asBoolean());
        assertFalse(n.get("checks").get(0).get("passed").asBoolean());
        assertTrue(n.get("checks").get(0).get("findings").get(0).asText().contains("soft mode"));
        // the bath of the unstable medium is still evaluated at ω > 0 (and is itself positive there)
        assertTrue(n.get("checks").get(1).get("evaluated").asInt() > 0);
    }

    @Test
    void stableMediaExitZeroWithEveryCheckListed() throws IOException {
        Cli.Result ferro = Cli.run("stability", "--medium", "ferromagnet", "--set",
                "dim=3,gap=0.1,stiffness=1,spinDensity=0.5,damping=0.01", "--temperature", "0.2");
        assertEquals(0, ferro.code(), ferro::toString);
        for (String check : CHECKS) {
            assertTrue(ferro.out().lines().anyMatch(l -> l.startsWith(check + " ") && l.contains(" ok ")),
                    check + " not listed as ok:\n" + ferro.out());
        }
        assertTrue(ferro.out().contains("verdict: stable"), ferro::toString);
        Cli.Result lattice = Cli.run("stability", "--medium", "lattice-ferromagnet", "--set",
                "lattice=square,exchange=1,spin=0.5,gap=0.2,damping=0.02", "--temperature", "0.5", "--format", "json");
        assertEquals(0, lattice.code(), lattice::toString);
        JsonNode n = json(lattice);
        assertTrue(n.get("stable").asBoolean());
        List<String> names = new ArrayList<>();
        n.get("checks").forEach(c -> {
            names.add(c.get("name").asText());
            assertTrue(c.get("passed").asBoolean(), c.toString());
        });
        assertEquals(CHECKS, names);
        assertEquals(DefaultGrids.LATTICE_SEPARATIONS, n.get("grid").get("separation_x").size());
        assertEquals(DefaultGrids.LATTICE_OMEGA_POINTS * DefaultGrids.LATTICE_SEPARATIONS,
                n.get("checks").get(1).get("evaluated").asInt());
        // detailed balance at T = 0.5 holds to machine precision in the FDT layer
        assertTrue(n.get("checks").get(3).get("worst").get("relative_deviation").asDouble() < 1e-12);
    }

    @Test
    void aTestMediumWithTooLargeACouplingIsCaughtAtItsPoint() throws IOException {
        // |A|/a = 1.5·exp(−[(ω − 1)² + (r − 2)²]/(2·0.3²)) exceeds 1 only near (ω, r) = (1, 2)
        Cli.Result r = Cli.run("stability", "--medium", "test-bump", "--omega-range", "0.5:1.5:11",
                "--separation-range", "1:3:9", "--format", "json");
        assertEquals(1, r.code(), r::toString);
        JsonNode a = json(r).get("checks").get(1);
        assertEquals("a_ge_abs_A", a.get("name").asText());
        assertFalse(a.get("passed").asBoolean());
        assertEquals(1.0, a.get("worst").get("omega").asDouble(), 1e-12);
        assertEquals(2.0, a.get("worst").get("separation").get(0).asDouble(), 1e-12);
        assertEquals(-0.5 / 1.5, a.get("worst").get("relative_margin").asDouble(), 1e-12);
        assertTrue(json(r).get("verdict").asText().contains("a < |A| at omega = 1.00000"), r::toString);
        assertTrue(json(r).get("verdict").asText().contains("r = (2.00000"), r::toString);

        Cli.Result table = Cli.run("stability", "--medium", "test-bump", "--omega-range", "0.5:1.5:11",
                "--separation-range", "1:3:9", "--temperature", "1");
        assertEquals(1, table.code(), table::toString);
        // at T = 1: a = (λ²/2)(1 + n(1))·𝒜_11 = 1 + 1/(e − 1), and |A| = 1.5 a at the peak: short by a/2
        String shortBy = String.format(java.util.Locale.ROOT, "short by %.3g", 0.5 * (1 + 1 / (Math.E - 1)));
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("a_ge_abs_A") && l.contains("FAIL")
                && l.contains("omega = 1.00000") && l.contains(shortBy)), table::toString);
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("at_ge_abs_At") && l.contains("FAIL")),
                table::toString);

        Cli.Result fine = Cli.run("stability", "--medium", "test-bump", "--set", "excess=-0.1", "--omega-range",
                "0.5:1.5:11", "--separation-range", "1:3:9");
        assertEquals(0, fine.code(), fine::toString);
    }

    @Test
    void anUndampedBandEdgeIsSkippedWithANote() throws IOException {
        // d = 2, α = 0: G^R diverges at ω = Ω = 0.1, which the default grid (ω_max = 8·0.1, 40 points) hits
        Cli.Result r = Cli.run("stability", "--medium", "ferromagnet", "--set", "dim=2,gap=0.1,damping=0",
                "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode n = json(r);
        assertEquals(1, n.get("skipped").size(), r::toString);
        assertTrue(n.get("skipped").get(0).asText().startsWith("omega = 0.1"), r::toString);
        assertEquals((DefaultGrids.OMEGA_POINTS - 1) * DefaultGrids.SEPARATION_POINTS,
                n.get("checks").get(1).get("evaluated").asInt());
        // only that frequency: nothing can be evaluated, and the refusal is the user's input
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", "dim=2,gap=0.1,damping=0",
                "--omega-range", "0.1:0.1:1"), "omega");
    }

    @Test
    void unitsAreAccepted() throws IOException {
        Cli.Result r = Cli.run("stability", "--medium", "ferromagnet", "--set",
                "dim=3,gap=20mT,exchangeConstant=3.7pJ/m,magnetisation=140kA/m,damping=1e-3", "--temperature", "300mK",
                "--omega-range", "1GHz:20GHz:10", "--separation-range", "10nm:1um:10", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode n = json(r);
        assertEquals("rad/s", n.get("units").get("energy").asText());
        assertEquals("m", n.get("units").get("length").asText());
        assertEquals(2 * Math.PI * 1e9, n.get("grid").get("omega").get(0).asDouble(), 1e-3);
        assertEquals(1e-6, n.get("grid").get("separation_x").get(9).asDouble(), 1e-18);
        assertEquals(0, n.get("warnings").size(), n.toString());
        // a unit on the gap, the stiffness left at its bare default: a mix, refused
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", "dim=3,gap=20mT", "--format",
                "json"), "stiffness=1 (default)", "gap=20mT");
    }

    @Test
    void badInputExitsTwo() {
        String set = "dim=3,gap=0.1";
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", set, "--omega-range", "0:1:5"),
                "omega-range", "omega > 0");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", set, "--omega-range", "1:2"),
                "omega-range", "1:2");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", set, "--omega-range", "2:1:5"),
                "omega-range", "below");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", set, "--omega-range",
                "1nm:2nm:5"), "omega-range start", "1nm");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", set, "--separation-range",
                "1:2:0"), "separation-range points");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", set, "--separation-range",
                "1:2:100000"), "separation-range", "2000");
        Assertions2.badInput(Cli.run("stability", "--medium", "lattice-ferromagnet", "--separation-range",
                "1nm:2nm:2"), "separation-range", "lattice constants");
        Assertions2.badInput(Cli.run("stability", "--medium", "lattice-ferromagnet", "--separation-range",
                "1:2:3"), "separation", "lattice vector");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--format", "csv"), "csv");
        Assertions2.badInput(Cli.run("stability", "--medium", "antiferro"), "antiferro");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", "gap=NaN"), "gap", "NaN");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--temperature", "-1"), "temperature");
        Assertions2.badInput(Cli.run("stability", "--set", set), "--medium");
        Assertions2.badInput(Cli.run("stability", "--medium", "ferromagnet", "--set", "gap=0"), "omega-range",
                "no frequency scale");
    }

    @Test
    void roundOffOfAZeroRateIsNotAnInstability() throws IOException {
        // the undamped chain above its band: a = 0 exactly, |A| ~ 1e-16 from G_12 - G_21*
        String chain = "lattice=chain,gap=0.2,damping=0,exchange=1";
        Cli.Result r = Cli.run("stability", "--medium", "lattice-ferromagnet", "--set", chain, "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode a = json(r).get("checks").get(1);
        assertTrue(a.get("passed").asBoolean(), a.toString());
        // the closest point is a real one, not a round-off pair with margin -1
        assertTrue(a.get("worst").get("lhs").asDouble() > 1e-3, a.toString());
        Cli.Result above = Cli.run("stability", "--medium", "lattice-ferromagnet", "--set", chain, "--omega-range",
                "5:6:3");
        assertEquals(0, above.code(), above::toString);
        assertTrue(above.out().contains("both sides are round-off"), above::toString);
        Cli.Result params = Cli.run("params", "--medium", "lattice-ferromagnet", "--set", chain, "--qubits",
                "Delta1=5,Delta2=5", "--separation", "1");
        assertEquals(0, params.code(), params::toString);
        assertTrue(params.out().contains("stable      true"), params::toString);
    }

    @Test
    void aSweepAboveTheBandHasStablePointsAndDynamics(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        Cli.Result r = Cli.run("sweep", "--medium", "lattice-ferromagnet", "--set",
                "lattice=chain,gap=0.2,damping=0,exchange=1", "--qubits", "Delta1=5,Delta2=5", "--separation",
                "1:5:5", "--times", "1", "--output-dir", dir.toString(), "--no-progress", "--no-plots");
        assertEquals(0, r.code(), r::toString);
        List<String> rows = java.nio.file.Files.readAllLines(dir.resolve("sweep.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int stable = header.indexOf("stable");
        int cMax = header.indexOf("C_max (1)");
        assertTrue(stable >= 0 && cMax >= 0, rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            assertEquals("true", cells[stable], row);
            assertFalse(cells[cMax].isEmpty(), "dynamics computed: " + row);
        }
    }

    @Test
    void aReversedRangeQuotesTheEndsAsGiven() {
        Cli.Result bare = Cli.run("stability", "--medium", "ferromagnet", "--set",
                "dim=3,gap=0.2,stiffness=1,spinDensity=0.5", "--omega-range", "2:1:5");
        Assertions2.badInput(bare, "--omega-range = '2:1:5'", "the end 1 is below the start 2", "end >= start");
        assertFalse(bare.err().contains("rad/s"), "bare numbers are natural units: " + bare);
        Cli.Result units = Cli.run("stability", "--medium", "ferromagnet", "--set",
                "dim=3,gap=20mT,stiffness=1e-17 T m^2,spinDensity=1e27m^-3", "--omega-range", "2GHz:1GHz:5");
        Assertions2.badInput(units, "the end 1GHz is below the start 2GHz", "rad/s");
    }
}
