package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/** Every printed rate says whether it is a coefficient a or a decay rate W = 2a, for contact media too. */
class RateHeadersTest {

    private static final String[] ARGS = {"--medium", "ferromagnet", "--set",
        "dim=3,gap=0.2,stiffness=1,spinDensity=1,damping=0.01", "--qubits", "Delta1=1,Delta2=1", "--separation",
        "1,2", "--times", "1"};

    @Test
    void contactSweepHeadersSayWhichRate(@TempDir Path tmp) throws Exception {
        Cli.Result r = SweepFiles.run(tmp, ARGS);
        assertEquals(0, r.code(), r::toString);
        List<String> header = List.of(Files.readAllLines(tmp.resolve("sweep.csv")).get(0).split(","));
        assertTrue(header.contains("a (natural; master-equation coefficient; W = 2a)"), header::toString);
        assertTrue(header.contains("at (natural; master-equation coefficient; Wt = 2at)"), header::toString);
    }

    @Test
    void aRunStartedWithTheOldHeaderIsRefusedClearlyOnResume(@TempDir Path tmp) throws Exception {
        SweepFiles.run(tmp, ARGS);
        Path csv = tmp.resolve("sweep.csv");
        List<String> lines = Files.readAllLines(csv);
        String old = lines.get(0).replace("a (natural; master-equation coefficient; W = 2a)", "a (natural)")
                .replace("at (natural; master-equation coefficient; Wt = 2at)", "at (natural)");
        Files.writeString(csv, old + "\n" + lines.get(1) + "\n");
        String[] resume = new String[ARGS.length + 5];
        System.arraycopy(ARGS, 0, resume, 1, ARGS.length);
        resume[0] = "sweep";
        resume[ARGS.length + 1] = "--resume";
        resume[ARGS.length + 2] = "--output-dir";
        resume[ARGS.length + 3] = tmp.toString();
        resume[ARGS.length + 4] = "--no-progress";
        Assertions2.badInput(Cli.run(resume), "--resume", "a (natural)", "not those of this scenario");
    }

    @Test
    void contactParamsSaysWhichRate() {
        Cli.Result r = Cli.run("params", ARGS[0], ARGS[1], ARGS[2], ARGS[3], ARGS[4], ARGS[5], "--separation", "1");
        assertEquals(0, r.code(), r::toString);
        String line = r.out().lines().filter(l -> l.startsWith("# bath parameters")).findFirst().orElseThrow();
        assertTrue(line.contains("W = 2a") && line.contains("Wt = 2at") && line.contains("4d"), line);
    }
}
