package org.magent.app.nv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/**
 * The film's Gilbert damping must be positive: α = 0 (poles on the real k axis) and α below 1e-10 (their offset lost
 * in round-off) are refused with the reason; α = 1e-10 gives the undamped limit, with positive rates.
 */
class FilmDampingTest {

    private static final String NV = "polar=54.7356deg,azimuth=0deg,height=109nm";

    @TempDir
    Path tmp;

    private Cli.Result relaxometry(String damping, String field) {
        return Cli.run("relaxometry", "--medium", "film", "--set", "damping=" + damping, "--nv", NV, "--field", field,
                "--field-polar", "54.7deg", "--temperature", "299K", "--output-dir", tmp.resolve(damping).toString());
    }

    private double rate(String damping) throws Exception {
        Cli.Result r = relaxometry(damping, "20mT");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = Files.readAllLines(tmp.resolve(damping).resolve("relaxometry.csv"));
        assertTrue(lines.get(0).split(",")[4].startsWith("W_2a"), lines.get(0));
        return Double.parseDouble(lines.get(1).split(",")[4]);
    }

    @Test
    void zeroAndTinyDampingAreRefusedSayingWhy() {
        Assertions2.badInput(Cli.run("params", "--medium", "film", "--set", "damping=0", "--field", "20mT",
                "--field-polar", "54.7deg", "--nv", NV, "--temperature", "4K", "--separation", "100nm"),
                "damping = 0 ", "1e-10", "damping -> 0+");
        Assertions2.badInput(relaxometry("0", "10mT:30mT:3"), "damping = 0 ", "give damping >= 1e-10");
        Assertions2.badInput(relaxometry("1e-12", "10mT:30mT:3"), "damping = 1e-12", "give damping >= 1e-10");
        Assertions2.badInput(Cli.run("sweep", "--set", "damping=0", "--output-dir", tmp.resolve("s").toString(),
                "--no-progress"), "damping = 0 ", "1e-10");
        Assertions2.badInput(Cli.run("sweep", "--axis2", "damping=0,1e-4", "--output-dir",
                tmp.resolve("s").toString(), "--no-progress"), "damping", "1e-10");
        // a negative damping keeps the range message
        Assertions2.badInput(relaxometry("-1e-4", "20mT"), "damping = -1e-4", "out of range");
        assertFalse(Files.exists(tmp.resolve("0")), "nothing written for bad input");
        assertFalse(Files.exists(tmp.resolve("s")), "nothing written for bad input");
    }

    @Test
    void theSmallestDampingGivesTheUndampedLimitWithPositiveRates() throws Exception {
        double smallest = rate("1e-10");
        double small = rate("1e-7");
        assertTrue(smallest > 0, "W = " + smallest);
        // the Lorentzian line tends to a delta line: W converges as alpha -> 0+
        assertEquals(small, smallest, 1e-5 * small);
    }
}
