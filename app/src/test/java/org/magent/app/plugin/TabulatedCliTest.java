package org.magent.app.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/**
 * The medium "tabulated" on the command line (registered by {@link org.magent.app.media.MediaContext} beside the
 * built-ins): {@code params --medium tabulated --set file=…}, its stability verdict and its file errors.
 */
class TabulatedCliTest {

    @TempDir
    Path dir;

    /** A flat band of weight w on ω ∈ [0, 4] (zero at the ends), 𝒜_12 = c·𝒜_11 at r = 1 and 2. */
    private Path table(double c) throws IOException {
        StringBuilder csv = new StringBuilder("# test table\nomega,r,A11,A12_re,A12_im\n");
        for (int i = 0; i <= 40; i++) {
            double w = i * 0.1;
            double a11 = (i == 0 || i == 40) ? 0 : 1;
            csv.append(w).append(",1,").append(a11).append(',').append(c * a11).append(",0\n");
            csv.append(w).append(",2,").append(a11).append(',').append(0.5 * c * a11).append(",0\n");
        }
        return Files.writeString(dir.resolve("table.csv"), csv);
    }

    private static Cli.Result params(Path file, String delta, String r) {
        return Cli.run("params", "--medium", "tabulated", "--set", "file=" + file, "--qubits",
                "Delta1=" + delta + ",Delta2=" + delta, "--separation", r);
    }

    @Test
    void paramsFromATable() throws IOException {
        Cli.Result r = params(table(0.8), "2", "1");
        assertEquals(0, r.code(), r::toString);
        // a = 𝒜_11/2 = 0.5, A = 𝒜_12/2 = 0.4 at T = 0, λ = 1 (docs/physics.md)
        assertTrue(r.out().contains("a           0.5000000000"), r.out());
        assertTrue(r.out().contains("A           0.4000000000"), r.out());
        assertTrue(Cli.run("models").out().contains("tabulated — "), "listed by models");
    }

    @Test
    void aNonPositiveTableIsAVerdictNamingOmegaAndR() throws IOException {
        Cli.Result r = params(table(1.5), "2", "2");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("stable      false"), r.out());
        assertTrue(r.out().contains("omega = 0.1") && r.out().contains("r = 1"), r.out());
    }

    @Test
    void fileAndRangeErrorsExitTwo() throws IOException {
        Path good = table(0.8);
        Assertions2.badInput(params(good, "5", "1"), "omega", "5", "[0.0, 4.0]");
        Assertions2.badInput(params(good, "2", "3"), "separation", "3", "[1.0, 2.0]");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "omega,r,A11,A12_re\n0,1,0,0\n0.1,1,x,0\n");
        Assertions2.badInput(params(bad, "2", "1"), "bad.csv", "line 3", "column A11");
        Assertions2.badInput(params(dir.resolve("none.csv"), "2", "1"), "none.csv", "no such file");
        Assertions2.badInput(Cli.run("params", "--medium", "tabulated", "--qubits", "Delta1=1,Delta2=1",
                "--separation", "1"), "file");
    }

    @Test
    void stabilityFilesATableThatIsNotSemidefiniteUnderTheTablesOwnCondition() throws IOException {
        Path bad = table(1.5);
        Cli.Result r = Cli.run("stability", "--medium", "tabulated", "--set", "file=" + bad, "--omega-range",
                "0.5:3:6", "--separation-range", "1:2:2");
        assertEquals(1, r.code(), r::toString);
        String medium = r.out().lines().filter(l -> l.startsWith("medium ")).findFirst().orElseThrow();
        assertTrue(medium.contains("A11 >= |A12| in the table") && medium.contains("FAIL"), medium);
        assertTrue(!r.out().contains("omega_k"), "a table has no band omega_k: " + r.out());
        Cli.Result ok = Cli.run("stability", "--medium", "tabulated", "--set", "file=" + table(0.5), "--omega-range",
                "0.5:3:6", "--separation-range", "1:2:2");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(!ok.out().contains("omega_k") && ok.out().contains("holds at every grid point"), ok.out());
    }
}
