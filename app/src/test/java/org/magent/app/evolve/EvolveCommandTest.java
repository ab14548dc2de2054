package org.magent.app.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;
import org.magent.app.input.Numbers;

/** The {@code evolve} contract (README, "magent evolve"), run from outside through {@code Main}. */
class EvolveCommandTest {

    static final String RATES = "a=1,at=0.1,A=0.9+0.1i,At=0.05-0.02i,d=0.01,Dd=0.005i,Jperp=0.2,Jz=-0.1,D=0.05,"
            + "Delta1=1.3,Delta2=0.7";

    @TempDir
    Path dir;

    /** Runs the contract example; an option in {@code extra} replaces the default of the same name. */
    static Cli.Result evolve(String... extra) {
        return Cli.run(Cli.merge(List.of("evolve", "--rates", RATES, "--initial", "ud", "--t-max", "10", "--steps",
                "200"), extra));
    }

    /** Data lines of a CSV: no header, no comments. */
    static List<double[]> csvRows(String text, int columns) {
        List<double[]> rows = new ArrayList<>();
        text.lines().skip(1).filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> {
            String[] cells = l.split(",");
            assertEquals(columns, cells.length, l);
            double[] v = new double[columns];
            for (int c = 0; c < columns; c++) {
                v[c] = Double.parseDouble(cells[c]);
            }
            rows.add(v);
        });
        return rows;
    }

    /** With physical units among the inputs the time column is in seconds; with bare numbers it stays natural. */
    @Test
    void timeColumnUnitFollowsTheInputs() {
        Cli.Result physical = Cli.run("evolve", "--rates", "a=1kHz,A=0.9kHz,Delta1=2.87GHz,Delta2=2.87GHz",
                "--initial", "ud", "--t-max", "2ms", "--steps", "4", "--format", "csv");
        assertEquals(0, physical.code(), physical.err());
        assertTrue(physical.out().contains("# units,t (s);"), physical.out());
        Cli.Result bare = evolve("--format", "csv");
        assertEquals(0, bare.code(), bare.err());
        assertTrue(bare.out().contains("# units,t (natural units; 1/energy);"), bare.out());
    }

    @Test
    void csvHasStepsPlusOneRowsOnTheTimeGrid() {
        Cli.Result r = evolve("--format", "csv");
        assertEquals(0, r.code(), r::toString);
        assertEquals("t,concurrence,eof,purity,bell_fidelity", r.out().lines().findFirst().orElseThrow());
        List<double[]> rows = csvRows(r.out(), 5);
        assertEquals(201, rows.size());
        for (int k = 0; k < rows.size(); k++) {
            double[] row = rows.get(k);
            assertEquals(k * 10.0 / 200, row[0], 1e-12);
            for (int c = 1; c < 5; c++) {
                assertTrue(row[c] >= -1e-12 && row[c] <= 1 + 1e-12, "observable outside [0,1] at row " + k);
            }
            // EoF is a monotone function of concurrence: zero together
            assertEquals(row[1] < 1e-12, row[2] < 1e-9, "EoF and concurrence vanish together at row " + k);
        }
        assertEquals(0.0, rows.get(0)[1], 1e-12, "|ud> is a product state");
        assertEquals(1.0, rows.get(0)[3], 1e-12, "|ud> is pure");
        assertEquals(0.5, rows.get(0)[4], 1e-12, "fidelity of |ud> with the best Bell state is 1/2");
        assertTrue(r.out().contains("# regime_unmonitored,"), r.out());
        assertTrue(rows.stream().anyMatch(row -> row[1] > 0.01), "the dissipative coupling entangles");
    }

    @Test
    void postselectAddsSuccessProbability() {
        Cli.Result r = evolve("--format", "csv", "--postselect");
        assertEquals(0, r.code(), r::toString);
        assertEquals("t,concurrence,eof,purity,bell_fidelity,success_probability",
                r.out().lines().findFirst().orElseThrow());
        List<double[]> rows = csvRows(r.out(), 6);
        assertEquals(201, rows.size());
        assertEquals(1.0, rows.get(0)[5], 1e-12);
        for (int k = 1; k < rows.size(); k++) {
            assertTrue(rows.get(k)[5] <= rows.get(k - 1)[5] + 1e-12, "success probability cannot grow");
            assertTrue(rows.get(k)[5] > 0);
        }
        // without dephasing (whose jumps σᶻ commute with the monitored |σᶻ| and so are not forbidden),
        // the no-jump evolution e^{−iH_nh t}|ψ⟩ keeps a pure state pure
        Cli.Result noDephasing = evolve("--format", "csv", "--postselect", "--rates",
                "a=1,at=0.1,A=0.9+0.1i,At=0.05-0.02i,Jperp=0.2,Jz=-0.1,D=0.05,Delta1=1.3,Delta2=0.7");
        for (double[] row : csvRows(noDephasing.out(), 6)) {
            assertEquals(1.0, row[3], 1e-9, "purity at t = " + row[0]);
        }
        assertTrue(r.out().contains("# regime_postselected,"), r.out());
    }

    @Test
    void jsonParsesBackWithSteadyState() throws IOException {
        Cli.Result r = evolve("--format", "json", "--steady", "--postselect");
        assertEquals(0, r.code(), r::toString);
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(201, n.get("rows").size());
        assertEquals(6, n.get("columns").size());
        assertEquals(10.0, n.get("rows").get(200).get("t").asDouble(), 1e-12);
        assertTrue(n.get("rows").get(3).has("success_probability"));
        assertTrue(n.get("regime").get("unmonitored").isTextual());
        assertTrue(n.get("regime").get("postselected").isTextual());
        JsonNode st = n.get("steady_state");
        JsonNode re = st.get("matrix").get("re");
        assertEquals(4, re.size());
        double trace = 0;
        for (int i = 0; i < 4; i++) {
            assertEquals(4, re.get(i).size());
            trace += re.get(i).get(i).asDouble();
        }
        assertEquals(1.0, trace, 1e-9);
        double c = st.get("concurrence").asDouble();
        assertTrue(c >= 0 && c <= 1);
        assertEquals(RATES, n.get("inputs").get("rates").asText());
        assertEquals(0.9, n.get("inputs").get("bath").get("A").get("re").asDouble(), 0.0);
        assertEquals(0.005, n.get("inputs").get("bath").get("Dd").get("im").asDouble(), 0.0);
    }

    /**
     * |A| = a, δ = 0, T = 0, from |ud⟩ = (|T0⟩ ± |S⟩)/√2: one of the two states is dark (Eq. 10; which one
     * depends on the phase of A), the other decays to |uu⟩, so ρ∞ = ½|dark⟩⟨dark| + ½|uu⟩⟨uu| and, by
     * Wootters' formula for this X state, C∞ = 2(¼ − √(½·0)) = ½ (paper, text after Eq. 10).
     */
    @Test
    void steadyConcurrenceIsOneHalfAtMaximalDissipativeCoupling() {
        for (String format : new String[] {"table", "csv"}) {
            Cli.Result r = Cli.run("evolve", "--rates", "a=1,A=1,Delta1=1,Delta2=1", "--initial", "ud",
                    "--t-max", "5", "--steps", "10", "--steady", "--format", format);
            assertEquals(0, r.code(), r::toString);
            String line = r.out().lines().filter(l -> l.contains("steady") && l.contains("concurrence"))
                    .findFirst().orElseThrow(() -> new AssertionError(r.out()));
            double c = Double.parseDouble(line.replaceAll(".*[,:]\\s*", ""));
            // 1e-7, not machine precision: Wootters' C = 2(|ρ_ud,du| − √(ρ_uu ρ_dd)) turns a round-off
            // ρ_dd ~ 1e-16 into √(½·1e-16) ~ 1e-8
            assertEquals(0.5, c, 1e-7, format);
        }
    }

    @Test
    void csvTrailingBlockParsesBackToTheSteadyState() {
        Cli.Result r = evolve("--format", "csv", "--steady");
        assertEquals(0, r.code(), r::toString);
        List<String> block = r.out().lines().filter(l -> l.startsWith("# steady_state_")).toList();
        assertEquals(4, block.size());
        double trace = 0;
        for (int i = 0; i < 4; i++) {
            String[] cells = block.get(i).split(",");
            assertEquals(5, cells.length, block.get(i));
            for (int j = 0; j < 4; j++) {
                Complex z = Numbers.complex("rho", cells[j + 1], "dimensionless");
                if (i == j) {
                    trace += z.getReal();
                }
            }
        }
        assertEquals(1.0, trace, 1e-9);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("# steady_concurrence,")));
    }

    @Test
    void tableHasAHeaderAndOneLinePerSample() {
        Cli.Result r = evolve();
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertTrue(lines.get(0).trim().matches("t\\s+concurrence\\s+eof\\s+purity\\s+bell_fidelity"), lines.get(0));
        assertEquals(202, lines.size());
        assertTrue(r.out().contains("# regime (unmonitored): "), r.out());
    }

    @Test
    void outputFileHasTheSameContentAsStdout() throws IOException {
        Path file = dir.resolve("run.json");
        Cli.Result toFile = evolve("--format", "json", "--output", file.toString());
        assertEquals(0, toFile.code(), toFile::toString);
        assertEquals("", toFile.out());
        assertEquals(evolve("--format", "json").out(), Files.readString(file));
    }

    @Test
    void badInputsExitTwoWithoutOutputFile() throws IOException {
        Path file = dir.resolve("out.csv");
        String out = file.toString();
        String[][] cases = {
            {"--steps", "0"}, {"--steps", "-5"}, {"--t-max", "-1"},
        };
        for (String[] c : cases) {
            Assertions2.badInput(evolve(c[0], c[1], "--output", out), c[0].substring(2), c[1]);
        }
        assertBad(out, "a=1,Jz=NaN", "ud", "Jz", "NaN");
        assertBad(out, "a=1,Jz=Infinity", "ud", "Jz", "Infinity");
        assertBad(out, "a=1,gamma=2", "ud", "gamma", "Jperp");
        assertBad(out, "a=1,A=0.9+i0.1", "ud", "A", "0.9+i0.1");
        assertBad(out, "a=1,A=0.5+3i", "ud", "a >= |A|");
        assertBad(out, "a=1,A=2nm", "ud", "A", "wrong dimension");
        assertBad(out, "a=1,A=2+1i nm", "ud", "A", "wrong dimension");
        assertBad(out, "a=1", "0,0,0,0", "initial", "zero");
        assertBad(out, "a=1", "bell", "initial", "bell");
        assertFalse(Files.exists(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count(), "temporary files left behind");
        }
    }

    private static void assertBad(String out, String rates, String initial, String... fragments) {
        Cli.Result r = Cli.run("evolve", "--rates", rates, "--initial", initial, "--t-max", "1", "--steps", "10",
                "--output", out);
        Assertions2.badInput(r, fragments);
    }

    @Test
    void nonPsdMessageSaysByHowMuch() {
        Cli.Result r = Cli.run("evolve", "--rates", "a=1,A=1.5", "--initial", "ud", "--t-max", "1", "--steps", "5");
        Assertions2.badInput(r, "a >= |A|", "0.5");
    }

    @Test
    void usageErrorsExitTwo() {
        Assertions2.badInput(Cli.run("evolve", "--rates", "a=1", "--t-max", "1", "--steps", "5"), "--initial");
        Assertions2.badInput(evolve("--format", "xml"), "--format", "xml");
        Assertions2.badInput(evolve("--output", dir.resolve("missing/dir/x.csv").toString()), "does not exist");
        Assertions2.badInput(Cli.run("evolve", "--initial", "ud", "--t-max", "1", "--steps", "5"), "--rates",
                "--medium");
        Assertions2.badInput(evolve("--medium", "ferromagnet"), "--rates", "--medium");
        Assertions2.badInput(Cli.run("frobnicate"), "frobnicate");
        Assertions2.badInput(evolve("--t-max", "1e"), "t-max", "1e");
        Assertions2.badInput(evolve("--steps", "999999999"), "steps", "999999999", "heap");
    }

    @Test
    void debugPrintsTheStackTrace() {
        Cli.Result r = evolve("--steps", "0", "--debug");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\tat "), r::toString);
    }
}
