package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;
import org.magent.app.media.MediaContext;
import org.magent.app.output.DirectoryLock;

/**
 * The sweep's defences against lost or mixed-up work: unsorted separations, two runs into one directory, rows
 * edited between a run and its --resume, failures that would leave debris, sizes beyond reason.
 */
class SweepHardeningTest {

    private static final List<String> SMALL = List.of("sweep", "--medium", "ferromagnet", "--set",
            "dim=3,gap=0.2,stiffness=1,spinDensity=1,damping=1e-3", "--qubits", "Delta1=0.5,Delta2=0.5", "--times",
            "10", "--separation", "1:4:4", "--no-progress");

    private static Cli.Result sweep(Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of(Cli.merge(SMALL, extra)));
        args.addAll(List.of("--output-dir", dir.toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void unsortedSeparationsFinishWithPlots(@TempDir Path tmp) throws Exception {
        // the issue's command: a descending range used to exit 3 in the plots after CSV and JSON were written
        Cli.Result r = Cli.run("sweep", "--medium", "ferromagnet", "--set", "gap=0.2,damping=1e-3", "--qubits",
                "Delta1=0.5,Delta2=0.5", "--times", "10", "--separation", "10:1:5", "--output-dir", tmp.toString(),
                "--no-progress");
        assertEquals(0, r.code(), r::toString);
        for (String png : List.of("concurrence.png", "coupling.png", "lifetime.png")) {
            assertTrue(Files.size(tmp.resolve(png)) > 1000, png);
        }
        SweepFiles.Csv csv = SweepFiles.read(tmp.resolve("sweep.csv"));
        assertEquals(10.0, csv.value(0, "separation"), 0, "the CSV keeps the order asked for");
        assertEquals(1.0, csv.value(4, "separation"), 0);
        // an unordered list too, on a log axis
        Cli.Result list = sweep(tmp.resolve("list"), "--separation", "3,1,2", "--spacing", "log");
        assertEquals(0, list.code(), list::toString);
    }

    @Test
    void aSecondRunIntoALockedDirectoryIsRefused(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp);
        Path lock = tmp.resolve(DirectoryLock.NAME);
        // a live holder: this very process (a run in another thread of it would hold the lock the same way)
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(lock, "pid=" + self.pid() + "\nhost=" + java.net.InetAddress.getLocalHost().getHostName()
                + "\nstarted=" + self.info().startInstant().map(Object::toString).orElse("unknown") + "\n");
        Cli.Result r = sweep(tmp);
        Assertions2.badInput(r, "output-dir", "in use", lock.toString(), "process " + self.pid());
        assertFalse(Files.exists(tmp.resolve("sweep.csv")), "nothing written next to the other run's files");
        assertTrue(Files.exists(lock), "the other run's lock is left alone");
    }

    @Test
    void aStaleLockIsTakenOverAndReleased(@TempDir Path tmp) throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long dead = p.pid();
        Path lock = tmp.resolve(DirectoryLock.NAME);
        Files.writeString(lock, "pid=" + dead + "\nhost=" + java.net.InetAddress.getLocalHost().getHostName()
                + "\nstarted=2000-01-01T00:00:00Z\n");
        Cli.Result r = sweep(tmp);
        assertEquals(0, r.code(), r::toString);
        assertFalse(Files.exists(lock), "the lock is removed when the run ends");
        assertTrue(Files.exists(tmp.resolve("sweep.csv")));
    }

    @Test
    void resumeRefusesATamperedRowUpFrontAndSaysWhatItReused(@TempDir Path tmp) throws Exception {
        assertEquals(0, sweep(tmp).code());
        List<String> lines = Files.readAllLines(tmp.resolve("sweep.csv"), StandardCharsets.UTF_8);
        // keep header + 2 rows, the second with its separation changed by hand
        List<String> kept = new ArrayList<>(lines.subList(0, 3));
        kept.set(2, kept.get(2).replaceFirst("^[^,]*", "2.5"));
        Files.writeString(tmp.resolve("sweep.csv"), String.join("\n", kept) + "\n");
        Cli.Result r = sweep(tmp, "--resume");
        Assertions2.badInput(r, "--resume", "line 3", "separation = 2.5", "2.0");
        assertEquals(String.join("\n", kept) + "\n", Files.readString(tmp.resolve("sweep.csv")), "left as it was");
        // a value out of range is refused the same way
        kept.set(2, lines.get(2).replaceFirst("^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)[^,]*", "$17.5"));
        Files.writeString(tmp.resolve("sweep.csv"), String.join("\n", kept) + "\n");
        Assertions2.badInput(sweep(tmp, "--resume"), "line 3", "C_max", "7.5", "out of range");
        // the genuine rows are reused, and the count is reported
        kept.set(2, lines.get(2));
        Files.writeString(tmp.resolve("sweep.csv"), String.join("\n", kept) + "\n");
        Cli.Result ok = sweep(tmp, "--resume");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("reused 2 of 4 points"), ok::toString);
        assertEquals(lines, Files.readAllLines(tmp.resolve("sweep.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void failedValidationLeavesNoDirectory(@TempDir Path tmp) {
        Path dir = tmp.resolve("new");
        // refused while reading the options
        Assertions2.badInput(sweep(dir, "--separation", "1:2:0"), "separation");
        // refused by --resume: nothing to resume
        Assertions2.badInput(sweep(dir, "--resume"), "resume");
        // refused by the medium while the baths are computed (a lattice separation that is not a lattice vector)
        Assertions2.badInput(Cli.run("sweep", "--medium", "lattice-ferromagnet", "--qubits", "Delta1=0.5,Delta2=0.5",
                "--separation", "1.5", "--times", "1", "--output-dir", dir.toString()), "lattice vector");
        Assertions2.badInput(sweep(dir, "--heatmap-time", "3"), "heatmap-time", "--times");
        assertFalse(Files.exists(dir));
    }

    @Test
    void hugeCountsNameTheRealReason(@TempDir Path tmp) {
        Assertions2.badInput(sweep(tmp, "--separation", "1:2:10000000000"), "separation", "too many", "1000000");
        Assertions2.badInput(sweep(tmp, "--separation", "1:2:1000000", "--axis2", "temperature=0:1:1000"),
                "1000000 x 1000", "too many");
        Assertions2.badInput(sweep(tmp, "--threads", "99999999999"), "threads", "too large");
    }

    @Test
    void mixedUnitsInTheIssuesCommandAreRefused(@TempDir Path tmp) {
        // used to give |A|/a = 1 and an infinite lifetime: bare gap and splittings with separations in metres
        Assertions2.badInput(Cli.run("sweep", "--medium", "ferromagnet", "--set", "gap=0.2", "--qubits",
                "Delta1=0.5,Delta2=0.5", "--separation", "10nm:1um:5", "--times", "1", "--output-dir",
                tmp.toString()), "gap=0.2", "separation=10nm:1um:5", "bare");
        // dimensionless inputs never count: units everywhere else, damping and dim bare
        Cli.Result ok = Cli.run("sweep", "--medium", "ferromagnet", "--set",
                "dim=3,gap=20mT,exchangeConstant=3.7pJ/m,magnetisation=140kA/m,damping=1e-3,gFactor=2",
                "--qubits", "Delta1=2.3GHz,Delta2=2.3GHz,T1=50us", "--separation", "5nm,50nm", "--times", "10us",
                "--output-dir", tmp.resolve("ok").toString(), "--no-plots", "--no-progress");
        assertEquals(0, ok.code(), ok::toString);
        // T1 = 1/(2a): the coupling handle gives a = 1/(2 · 50 µs) = 1e4 1/s
        assertEquals(1e4, csvValue(tmp.resolve("ok"), "a ("), 1e4 * 1e-12);
    }

    private static double csvValue(Path dir, String column) {
        try {
            return SweepFiles.read(dir.resolve("sweep.csv")).value(0, column);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Values with units are named as typed, not in the SI-based units they were converted to (1 K = 1.3e11). */
    @Test
    void badAxisValuesAreNamedAsTyped(@TempDir Path tmp) {
        Path dir = tmp.resolve("out");
        Cli.Result negative = Cli.run("sweep", "--axis2", "temperature=-1K,0K", "--no-progress", "--output-dir",
                dir.toString());
        Assertions2.badInput(negative, "--axis2 'temperature=-1K,0K'", "temperature must not be negative");
        assertFalse(negative.err().contains("E11"), negative::toString);
        Cli.Result log = Cli.run("sweep", "--separation", "0nm:1um:3", "--spacing", "log", "--no-progress",
                "--output-dir", dir.toString());
        Assertions2.badInput(log, "separation", "log range", "0nm", "1um");
        assertFalse(log.err().contains("1.0E-6"), log::toString);
        assertFalse(Files.exists(dir), "nothing created");
    }

    /**
     * A reused row must be byte for byte the one the run wrote: a plausible value changed by hand, or a number
     * re-formatted by a spreadsheet, is refused; a row whose checksum never reached the disk is computed again.
     */
    @Test
    void resumeRefusesARowChangedWithinItsRange(@TempDir Path tmp) throws Exception {
        assertEquals(0, sweep(tmp).code());
        Path csv = tmp.resolve("sweep.csv");
        Path sums = tmp.resolve(".sweep.csv.sums");
        String whole = Files.readString(csv, StandardCharsets.UTF_8);
        String allSums = Files.readString(sums, StandardCharsets.US_ASCII);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(lines.size() - 1, allSums.lines().count(), "one checksum a row");
        // a last digit changed: a valid row, in range, but not the one written
        List<String> edited = new ArrayList<>(lines.subList(0, 3));
        String row = edited.get(2);
        int last = row.length() - 1;
        while (!Character.isDigit(row.charAt(last))) {
            last--;
        }
        char d = row.charAt(last);
        edited.set(2, row.substring(0, last) + (d == '9' ? '8' : (char) (d + 1)) + row.substring(last + 1));
        assertNull(new SweepTable(scenarioOf(tmp)).problem(Arrays.asList(edited.get(2).split(",", -1)), 1),
                "the edited row is still a valid row");
        Files.writeString(csv, String.join("\n", edited) + "\n");
        Assertions2.badInput(sweep(tmp, "--resume"), "--resume", "line 3", "is not the row the run wrote");
        // only the checksums of the first row reached the disk: one row reused, the rest computed again
        Files.writeString(csv, whole);
        Files.writeString(sums, allSums.lines().findFirst().orElseThrow() + "\n");
        Cli.Result partly = sweep(tmp, "--resume");
        assertEquals(0, partly.code(), partly::toString);
        assertTrue(partly.out().contains("reused 1 of 4 points"), partly::toString);
        assertEquals(whole, Files.readString(csv, StandardCharsets.UTF_8), "the same CSV as the uninterrupted run");
        assertEquals(allSums, Files.readString(sums, StandardCharsets.US_ASCII), "and the same checksums");
        // no checksums at all: nothing can be checked
        Files.delete(sums);
        Assertions2.badInput(sweep(tmp, "--resume"), "--resume", ".sweep.csv.sums", "missing");
    }

    private static Scenario scenarioOf(Path dir) {
        return ScenarioFiles.read(dir.resolve("scenario.json"))
                .resolve(new MediaContext(SweepHardeningTest.class.getClassLoader()).catalog());
    }

    /**
     * A postselection time so long that the no-detection probability underflows even on the finest steps: nothing
     * survives the postselection (P = 0) and there is no heralded state (empty cells), instead of an error that
     * named --t-max, an option sweep does not have.
     */
    @Test
    void aPostselectionNothingSurvivesHasProbabilityZero(@TempDir Path tmp) throws Exception {
        Cli.Result r = sweep(tmp, "--postselect-time", "1e15");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = Files.readAllLines(tmp.resolve("sweep.csv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int c = header.indexOf("C_ps (1)");
        int p = header.indexOf("success_probability_ps (1)");
        assertTrue(c >= 0 && p >= 0, header::toString);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals("", cells[c], line);
            assertEquals(0.0, Double.parseDouble(cells[p]), line);
        }
    }
}
