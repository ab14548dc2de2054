package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Cli;
import org.magent.app.media.MediaContext;
import org.magent.app.output.Progress;

/** Interrupted sweeps leave a valid CSV of the finished points, and --resume completes them. */
class ResumeTest {

    private static final String[] ARGS = {"--medium", "ferromagnet", "--set",
        "dim=3,gap=0.2,stiffness=1,spinDensity=1,damping=0.01", "--qubits", "Delta1=1,Delta2=1,lambda=0.5",
        "--separation", "0.2:6:7", "--axis2", "temperature=0,0.4", "--times", "2,5"};

    private static String[] with(String... extra) {
        List<String> all = new ArrayList<>(List.of(ARGS));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    @Test
    void theTemporaryFilesOfAKilledRunAreRemovedAndNothingElse(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("killed");
        Files.createDirectories(dir);
        List<String> leftovers = List.of(".sweep.json4usugg5th0cq.tmp", ".sweep.csv1a.tmp", ".scenario.jsonzz9.tmp",
                ".concurrence.png0.tmp", ".heatmap.png3k2j1h0g9f8e7.tmp");
        List<String> others = List.of(".relaxometry.png4usugg5th0cq.tmp", "notes.tmp", ".sweep.json.tmp",
                ".sweep.jsonABC.tmp", "sweep.json4usugg5th0cq.tmp");
        for (String name : leftovers) {
            Files.writeString(dir.resolve(name), "half-written");
            assertTrue(SweepCommand.LEFTOVER.matcher(name).matches(), name);
        }
        for (String name : others) {
            Files.writeString(dir.resolve(name), "someone else's");
        }
        for (String figure : org.magent.app.sweep.plot.SweepPlots.ALL_NAMES) {
            assertTrue(SweepCommand.LEFTOVER.matcher("." + figure + "0az9.tmp").matches(), figure);
        }
        SweepFiles.run(dir, ARGS);
        for (String name : leftovers) {
            assertTrue(!Files.exists(dir.resolve(name)), name + " is still there");
        }
        for (String name : others) {
            assertEquals("someone else's", Files.readString(dir.resolve(name)), name);
        }
        assertTrue(Files.exists(dir.resolve("sweep.csv")));
    }

    @Test
    void resumeAfterACrashMidRowReproducesTheUninterruptedRun(@TempDir Path tmp) throws Exception {
        Path full = tmp.resolve("full");
        SweepFiles.run(full, ARGS);
        String expected = Files.readString(full.resolve("sweep.csv"));
        Path cut = tmp.resolve("cut");
        SweepFiles.run(cut, ARGS);
        List<String> lines = Files.readAllLines(cut.resolve("sweep.csv"));
        assertEquals(15, lines.size());
        // header, 5 finished points, then half of the 6th line without its newline (a crash while appending)
        String truncated = String.join("\n", lines.subList(0, 6)) + "\n" + lines.get(6).substring(0, 20);
        Files.writeString(cut.resolve("sweep.csv"), truncated);
        SweepFiles.run(cut, with("--resume"));
        assertEquals(expected, Files.readString(cut.resolve("sweep.csv")));
        assertEquals(Files.readString(full.resolve("sweep.json")), Files.readString(cut.resolve("sweep.json")));
    }

    @Test
    void resumeKeepsFinishedRowsAndComputesOnlyTheRest(@TempDir Path tmp) throws Exception {
        SweepFiles.run(tmp, ARGS);
        List<String> lines = Files.readAllLines(tmp.resolve("sweep.csv"));
        // mark a finished row (its rate a, a valid value): if resume recomputed it, the mark would disappear
        String marked = lines.get(2).replaceFirst("^([^,]*,[^,]*,)[^,]*", "$112345.0");
        List<String> kept = new ArrayList<>(lines.subList(0, 4));
        kept.set(2, marked);
        // written as a run writes its rows, checksums included (a row merely edited in the file is refused)
        List<List<String>> keptRows = kept.subList(1, 4).stream().map(l -> List.of(l.split(",", -1))).toList();
        try (CsvLog log = CsvLog.start(tmp.resolve("sweep.csv"), List.of(kept.get(0).split(",", -1)), keptRows)) {
            assertEquals(String.join("\n", kept) + "\n", Files.readString(tmp.resolve("sweep.csv")));
        }
        SweepFiles.run(tmp, with("--resume"));
        List<String> after = Files.readAllLines(tmp.resolve("sweep.csv"));
        assertEquals(marked, after.get(2));
        List<String> expectedRest = new ArrayList<>(lines);
        expectedRest.set(2, marked);
        assertEquals(expectedRest, after);
    }

    @Test
    void stoppingAfterKPointsLeavesAValidCsvThatResumes(@TempDir Path tmp) throws Exception {
        Path full = tmp.resolve("full");
        SweepFiles.run(full, ARGS);
        MediaContext media = new MediaContext(getClass().getClassLoader());
        Scenario s = ScenarioFiles.read(full.resolve("scenario.json")).resolve(media.catalog());
        Path dir = tmp.resolve("stopped");
        Files.createDirectories(dir);
        Files.copy(full.resolve("scenario.json"), dir.resolve("scenario.json"));
        SweepTable table = new SweepTable(s);
        int k = 4;
        int[] done = {0};
        try (CsvLog log = CsvLog.start(dir.resolve("sweep.csv"), table.header(), List.of())) {
            assertThrows(IllegalStateException.class, () -> SweepRunner.run(s, media.catalog(), 0, 2,
                    Progress.NONE, p -> {
                        if (done[0] == k) {
                            throw new IllegalStateException("simulated interruption");
                        }
                        log.append(table.cells(p));
                        done[0]++;
                    }));
        }
        List<List<String>> rows = CsvLog.finishedRows(dir.resolve("sweep.csv"), table);
        assertEquals(k, rows.size());
        List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"), StandardCharsets.UTF_8);
        assertEquals(k + 1, lines.size());
        SweepFiles.run(dir, with("--resume"));
        assertEquals(Files.readString(full.resolve("sweep.csv")), Files.readString(dir.resolve("sweep.csv")));
    }

    @Test
    void resumeRefusesADifferentScenario(@TempDir Path tmp) throws Exception {
        SweepFiles.run(tmp, ARGS);
        String before = Files.readString(tmp.resolve("sweep.csv"));
        List<String> other = new ArrayList<>(List.of(with("--resume", "--output-dir", tmp.toString(), "--no-progress")));
        other.set(other.indexOf("0.2:6:7"), "0.2:6:8");
        other.add(0, "sweep");
        Cli.Result r = Cli.run(other.toArray(String[]::new));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("scenario differs"), r.err());
        assertEquals(before, Files.readString(tmp.resolve("sweep.csv")));
    }
}
