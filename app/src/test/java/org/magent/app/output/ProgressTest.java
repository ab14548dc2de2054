package org.magent.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Cli;

/** Progress on a non-terminal is plain lines, few of them; --quiet silences it. */
class ProgressTest {

    @Test
    void plainLinesWithoutEscapesAtMostOnePerTenthAndFiveSeconds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        long[] now = {0};
        Progress p = Progress.lines(err, "sweep", 100, () -> now[0]);
        now[0] = 500_000_000L; // 0.5 s: too early to show anything
        p.stepTo(50);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        now[0] = 2_000_000_000L;
        p.stepTo(51);
        now[0] = 3_000_000_000L; // the next tenth, but within 5 s of the last line
        p.stepTo(62);
        now[0] = 8_000_000_000L;
        p.stepTo(75);
        p.stepTo(76); // same tenth: nothing
        now[0] = 9_000_000_000L;
        p.stepTo(100);
        p.close();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("sweep: 51/100 points (51%), 0:02 elapsed, about 0:01 left",
                "sweep: 75/100 points (75%), 0:08 elapsed, about 0:02 left",
                "sweep: 100/100 points (100%), 0:09 elapsed"), lines);
        assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("\u001b"), "no terminal escape codes");
    }

    @Test
    void onlyStandardErrorOnATerminalIsATerminal() {
        assertFalse(Progress.isTerminal(new PrintStream(new ByteArrayOutputStream())));
        assertFalse(Progress.isTerminal(null));
    }

    @Test
    void quietPrintsNothingAndRedirectedErrorGetsNoEscapes(@TempDir Path tmp) {
        String[] args = {"sweep", "--medium", "ferromagnet", "--set", "dim=3,gap=0.2,stiffness=1,spinDensity=1",
            "--qubits", "Delta1=0.5,Delta2=0.5", "--separation", "1:40:300", "--axis2", "temperature=0,0.1",
            "--times", "10", "--no-plots", "--threads", "1"};
        Cli.Result quiet = Cli.run(Cli.merge(List.of(args), "--output-dir", tmp.resolve("q").toString(), "--quiet"));
        assertEquals(0, quiet.code(), quiet::toString);
        assertEquals("", quiet.err(), "--quiet prints nothing on standard error");
        Cli.Result loud = Cli.run(Cli.merge(List.of(args), "--output-dir", tmp.resolve("l").toString()));
        assertEquals(0, loud.code(), loud::toString);
        assertFalse(loud.err().contains("\u001b"), "no escape codes into a redirected stream: " + loud.err());
        for (String line : loud.err().lines().toList()) {
            assertTrue(line.matches("sweep: \\d+/600 points \\(\\d+%\\), \\d+:\\d\\d elapsed.*"), line);
        }
    }
}
