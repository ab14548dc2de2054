package org.magent.app.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;

/**
 * Large but finite inputs to evolve and trajectories: exact answers where the state has relaxed, else one message
 * naming the options, their values and units and the limit (before: NaN, exit 3, or a run that never ended).
 */
class LargeInputsCliTest {

    @TempDir
    Path dir;

    private static Cli.Result evolve(String rates, String tMax, String... extra) {
        return Cli.run(Cli.merge(List.of("evolve", "--rates", rates, "--initial", "ud", "--t-max", tMax, "--steps",
                "3", "--format", "csv"), extra));
    }

    /** Concurrence column of the CSV rows after t = 0. */
    private static double[] laterConcurrences(Cli.Result r) {
        return r.out().lines().filter(l -> !l.startsWith("#") && !l.startsWith("t,")).skip(1)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[1])).toArray();
    }

    /** a = |A| from |ud⟩: the singlet is dark, C = 1/2 once the triplet half has decayed. */
    @Test
    void relaxedRunsPastTheLimitAreTheSteadyState() {
        for (String[] c : new String[][] {{"a=1e18,A=1e18", "10"}, {"a=1,A=1", "1e19"}, {"a=1,A=1", "1e17"},
            {"a=1e300,A=1e300", "1"}}) {
            Cli.Result r = evolve(c[0], c[1]);
            assertEquals(0, r.code(), r::toString);
            double[] cs = laterConcurrences(r);
            assertEquals(3, cs.length, r::toString);
            for (double x : cs) {
                assertEquals(0.5, x, 1e-7, r::toString);
            }
        }
    }

    @Test
    void unresolvableRunsAreRefusedNamingOptionsAndLimit() {
        Assertions2.badInput(evolve("a=1,Jperp=1e20", "1"), "--t-max = 1 (natural units, 1/energy)",
                "Jperp = 1e+20 (natural units, energy)", "1e+12", "--t-max <= 1e-08");
        Assertions2.badInput(evolve("a=1,Jperp=1e300", "1", "--postselect"), "--t-max = 1", "Jperp = 1e+300",
                "postselected", "1e+12");
        Assertions2.badInput(evolve("a=1kHz,Jperp=1e20Hz", "1ms"), "--t-max = 1ms = 0.001 s", "(1/s)", "1e+12");
    }

    @Test
    void regimeAtHugeRatesIsThatOfTheRatios() {
        Cli.Result r = evolve("a=1e160,A=1e160", "1");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("# regime_unmonitored,overdamped"), r::toString);
    }

    @Test
    void unitsLineListsOnlyTheColumnsPresent() {
        Cli.Result plain = evolve("a=1,A=0.5", "1");
        assertEquals(0, plain.code(), plain::toString);
        assertFalse(plain.out().contains("success_probability"), plain::toString);
        Cli.Result post = evolve("a=1,A=0.5", "1", "--postselect");
        assertTrue(post.out().lines().anyMatch(l -> l.startsWith("# units,") && l.contains("success_probability")),
                post::toString);
    }

    private Cli.Result trajectories(String rates, String tMax, Path out, String... extra) {
        return Cli.run(Cli.merge(List.of("trajectories", "--rates", rates, "--initial", "ud", "--t-max", tMax,
                "--steps", "3", "--count", "10", "--seed", "1", "--no-progress", "--output-dir", out.toString()),
                extra));
    }

    /**
     * Γ_max·t_max above 1e6 jumps per trajectory is refused before anything is written (it used to run forever:
     * the timeout only guards against that hang).
     */
    @Test
    @Timeout(300)
    void trajectoriesWithTooManyJumpsAreRefusedUpFront() {
        Path out = dir.resolve("out");
        Assertions2.badInput(trajectories("a=1,A=0.5", "1e100", out), "--t-max = 1e100", "jump rate", "4e+100",
                "1e+06", "--t-max <= 250000");
        Assertions2.badInput(trajectories("a=1e300,A=1e300", "1", out), "--t-max = 1", "4e+300");
        assertFalse(Files.exists(out));
        assertEquals(0, trajectories("a=1,A=0.5", "2", out).code());
    }

    @Test
    void maxCountMessageMatchesItsCheck() {
        Path out = dir.resolve("out");
        Assertions2.badInput(trajectories("a=1,A=0.5", "1", out, "--max-count", "-1"), "max-count = -1",
                "must not be negative");
        assertEquals(0, trajectories("a=1,A=0.5", "1", out, "--max-count", "00").code());
    }
}
