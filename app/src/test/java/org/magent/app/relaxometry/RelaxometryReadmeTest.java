package org.magent.app.relaxometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Cli;

/**
 * The relaxometry numbers of the README ("NV centres above a film"), at the precision it quotes them, and the
 * command's files and bad inputs.
 */
class RelaxometryReadmeTest {

    private static final String SET = "thickness=20nm,magnetisation=142kA/m,exchangeConstant=3.7pJ/m,damping=1e-4";
    private static final String NV = "polar=54.7356deg,azimuth=0deg,height=109nm";

    private static List<String[]> rows(Path csv) throws Exception {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")).toList();
    }

    private static double w(List<String[]> rows, double fieldMt) {
        for (String[] r : rows) {
            if (Math.abs(Double.parseDouble(r[0]) - fieldMt) < 1e-9) {
                return Double.parseDouble(r[4]);
            }
        }
        throw new AssertionError("no row at " + fieldMt + " mT");
    }

    @Test
    void theReadmesRatesAndCrossings(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("relaxometry", "--medium", "film", "--set", SET, "--field",
                "0mT,21mT,21.5mT,22mT,25mT,30.5mT,31.5mT", "--field-polar", "54.7deg", "--nv", NV, "--temperature",
                "299K", "--output-dir", dir.toString());
        assertEquals(0, r.code(), r::toString);
        List<String[]> rows = rows(dir.resolve("relaxometry.csv"));
        assertEquals("field_mT", Files.readAllLines(dir.resolve("relaxometry.csv")).get(0).split(",")[0]);
        assertTrue(Files.size(dir.resolve("relaxometry.png")) > 1000);
        assertEquals(8.94e4, w(rows, 0), 0.005e4);
        assertEquals(3.60e5, w(rows, 21.5), 0.005e5);
        assertTrue(w(rows, 21.5) > w(rows, 21) && w(rows, 21.5) > w(rows, 22), "the peak is near 21.5 mT");
        assertEquals(3.15e5, w(rows, 25), 0.005e5);
        assertEquals(2.3e2, w(rows, 31.5), 0.05e2);
        // W = 2a and Wt = 2at columns
        for (String[] row : rows) {
            assertEquals(2 * Double.parseDouble(row[6]), Double.parseDouble(row[4]), 1e-6 * Double.parseDouble(row[4]));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "band bottom at B = ([0-9.]+) mT; = Kittel \\(k = 0\\) frequency at B = ([0-9.]+) mT").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(31.00, Double.parseDouble(m.group(1)), 0.005);
        assertEquals(30.87, Double.parseDouble(m.group(2)), 0.005);
    }

    @Test
    void heightScanAndBadInputs(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("relaxometry", "--medium", "film", "--set", SET, "--field", "25mT", "--field-polar",
                "54.7deg", "--nv", NV, "--temperature", "299K", "--height", "50nm:200nm:4", "--output-dir",
                dir.toString(), "--no-plots");
        assertEquals(0, r.code(), r::toString);
        List<String[]> rows = rows(dir.resolve("relaxometry.csv"));
        assertEquals(4, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Double.parseDouble(rows.get(i)[4]) < Double.parseDouble(rows.get(i - 1)[4]),
                    "the rate falls with height");
        }
        for (String[] bad : new String[][] {{"--field", "25"}, {"--height", "0nm:10nm:2"}, {"--temperature", "-1K"},
            {"--nv", "polar=1,height=109nm,transition=2"}}) {
            String field = bad[0].equals("--field") ? bad[1] : "25mT";
            String nv = bad[0].equals("--nv") ? bad[1] : NV;
            String temperature = bad[0].equals("--temperature") ? bad[1] : "299K";
            String height = bad[0].equals("--height") ? bad[1] : null;
            List<String> args = new java.util.ArrayList<>(List.of("relaxometry", "--medium", "film", "--set", SET,
                    "--field", field, "--nv", nv, "--temperature", temperature, "--output-dir",
                    dir.resolve("bad").toString()));
            if (height != null) {
                args.addAll(List.of("--height", height));
            }
            Cli.Result b = Cli.run(args.toArray(String[]::new));
            assertEquals(2, b.code(), () -> String.join(" ", bad) + ": " + b);
            assertEquals(1, b.err().strip().lines().count(), b::toString);
        }
        assertTrue(!Files.exists(dir.resolve("bad")), "no output directory after bad input");
    }
}
