package org.magent.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/** The {@code batch} contract (README, "magent batch"). */
class BatchCommandTest {

    @TempDir
    Path dir;

    private Path cases(String... lines) throws IOException {
        Path f = dir.resolve("cases.csv");
        Files.write(f, List.of(lines));
        return f;
    }

    private Cli.Result batch(Path in, Path out, String... extra) {
        return Cli.run(Cli.merge(List.of("batch", "--input", in.toString(), "--t-max", "5", "--steps", "50",
                "--initial", "ud", "--output", out.toString()), extra));
    }

    /** Many distinct cases, in a column order unlike the canonical one. */
    private Path manyCases() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Delta2,A,a,Jperp,Delta1,at,At");
        for (int k = 0; k < 24; k++) {
            double a = 1 + 0.05 * k;
            double absA = a * (k % 5) / 4.0;
            lines.add((1 + 0.01 * k) + "," + absA + (k % 2 == 0 ? "+" : "-") + "0i," + a + "," + (0.1 * (k % 3))
                    + ",1," + (0.01 * k) + "," + (0.005 * k) + "i");
        }
        return cases(lines.toArray(String[]::new));
    }

    @Test
    void oneRowPerCaseInInputOrderWithSummaryColumns() throws IOException {
        Path in = cases("a,A,Delta1,Delta2", "1,1,1,1", "1,0,1,1", "2,1i,1.1,0.9");
        Path out = dir.resolve("results.csv");
        Cli.Result r = batch(in, out);
        assertEquals(0, r.code(), r::toString);
        List<String> lines = Files.readAllLines(out);
        assertEquals("a,A,Delta1,Delta2,concurrence_final,concurrence_max,\"t_at_max (natural units, 1/energy)\","
                + "concurrence_steady", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("1,1,1,1,"));
        assertTrue(lines.get(2).startsWith("1,0,1,1,"));
        assertTrue(lines.get(3).startsWith("2,1i,1.1,0.9,"));
        double[] first = tail(lines.get(1));
        // |A| = a, δ = 0 from |ud⟩: steady concurrence 1/2 (see EvolveCommandTest)
        assertEquals(0.5, first[3], 1e-7); // round-off in ρ_dd enters C through a square root
        assertTrue(first[1] >= first[0] && first[2] >= 0 && first[2] <= 5);
        double[] second = tail(lines.get(2));
        // no dissipative coupling and no coherent one: the qubits never entangle, everything decays to |uu⟩
        assertEquals(0.0, second[1], 1e-12);
        assertEquals(0.0, second[3], 1e-9);
    }

    @Test
    void postselectReplacesSteadyBySuccessProbability() throws IOException {
        Path in = cases("a,A", "1,1", "1,0.5");
        Path out = dir.resolve("results.csv");
        Cli.Result r = batch(in, out, "--postselect");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = Files.readAllLines(out);
        assertEquals("a,A,concurrence_final,concurrence_max,\"t_at_max (natural units, 1/energy)\","
                + "success_probability_final", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            double p = tail(line)[3];
            assertTrue(p > 0 && p < 1, line);
        }
    }

    @Test
    void parallelResultsEqualSequentialOnes() throws IOException {
        Path in = manyCases();
        Path seq = dir.resolve("seq.csv");
        Path par = dir.resolve("par.csv");
        assertEquals(0, batch(in, seq, "--threads", "1").code());
        Cli.Result r = batch(in, par, "--threads", "4");
        assertEquals(0, r.code(), r::toString);
        List<String> s = Files.readAllLines(seq);
        assertEquals(25, s.size());
        assertEquals(s, Files.readAllLines(par));
        List<String> input = Files.readAllLines(in);
        for (int k = 0; k < input.size(); k++) {
            assertTrue(s.get(k).startsWith(input.get(k) + ","), "row " + k + " keeps its place");
        }
    }

    @Test
    void badFilesExitTwoNamingRowAndColumnAndLeaveNoOutput() throws IOException {
        Path out = dir.resolve("results.csv");
        Assertions2.badInput(batch(dir.resolve("nope.csv"), out), "nope.csv");
        Assertions2.badInput(batch(cases("a,gamma", "1,2"), out), "gamma", "Jperp");
        Assertions2.badInput(batch(cases("a,A,Jz", "1,0.5,0", "1,0.5"), out), "row 2", "Jz");
        Assertions2.badInput(batch(cases("a,A,Jz", "1,0.5,0", "1,0.5,0", "1,0.5+x,0"), out), "row 3", "column A",
                "0.5+x");
        Assertions2.badInput(batch(cases("a,A", "1,0.5", "1,NaN"), out), "row 2", "column A", "NaN");
        Assertions2.badInput(batch(cases("a,A", "1,0.5", "0.1,0.5"), out), "row 2", "a >= |A|");
        Assertions2.badInput(batch(cases("a,A", "1,0.5"), out, "--steps", "-1"), "steps", "-1");
        Assertions2.badInput(batch(cases(), out), "header");
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("cases.csv")), s.toList(), "only the input remains");
        }
    }

    /** The four summary columns at the end of an output line. */
    /** With units the time column is in s, and says so. */
    @Test
    void timeColumnNamesItsUnit() throws IOException {
        Path out = dir.resolve("results.csv");
        Cli.Result r = Cli.run("batch", "--input", cases("a,A", "1kHz,0.5kHz").toString(), "--t-max", "2ms",
                "--steps", "20", "--initial", "ud", "--output", out.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("a,A,concurrence_final,concurrence_max,t_at_max (s),concurrence_steady",
                Files.readAllLines(out).get(0));
    }

    /**
     * Past largest coefficient × t_max = 1e12: a row that has relaxed by the first sample is its steady state (a = |A|
     * from |ud⟩: C = 1/2 from t_1 on); one that has not is refused naming row, line, --t-max, the coefficient and the
     * limit, and no file is left. Before, the first gave "tr rho = NaN … must be positive for a density matrix".
     */
    @Test
    void hugeRateTimesAreExactWhenRelaxedElseRefusedNamingTheRow() throws IOException {
        Path out = dir.resolve("results.csv");
        Cli.Result r = Cli.run("batch", "--input", cases("a,A", "1,0.5", "1e18,1e18").toString(), "--t-max", "10",
                "--steps", "4", "--initial", "ud", "--output", out.toString());
        assertEquals(0, r.code(), r::toString);
        double[] relaxed = tail(Files.readAllLines(out).get(2));
        assertEquals(0.5, relaxed[0], 1e-7);
        assertEquals(2.5, relaxed[2], 1e-12);
        Files.delete(out);
        Cli.Result refused = Cli.run("batch", "--input", cases("a,Jperp", "1,0.5", "1,1e20").toString(),
                "--t-max", "10", "--steps", "4", "--initial", "ud", "--output", out.toString());
        Assertions2.badInput(refused, "row 2 (line 3)", "--t-max = 10", "Jperp = 1e+20", "1e+12");
        assertFalse(Files.exists(out));
    }

    static double[] tail(String line) {
        String[] cells = line.split(",");
        double[] out = new double[4];
        for (int k = 0; k < 4; k++) {
            out[k] = Double.parseDouble(cells[cells.length - 4 + k]);
        }
        return out;
    }
}
