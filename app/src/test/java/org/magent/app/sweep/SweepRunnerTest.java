package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magent.app.media.MediaContext;
import org.magent.app.output.Progress;
import org.magent.validation.InvalidInputException;

/**
 * The point pipeline of {@link SweepRunner}: points go to the workers in chunks and come back in order, whatever the
 * number of threads, the chunk boundaries or the points skipped on resume; a point that fails stops the run after
 * exactly the points before it, and is named.
 */
class SweepRunnerTest {

    private static SweepRunner.Prepared prepared;
    private static SweepTable table;
    private static List<List<String>> reference;

    @BeforeAll
    static void sequentialReference() {
        MediaContext media = new MediaContext(SweepRunnerTest.class.getClassLoader());
        Scenario s = BuiltInExample.spec().resolve(media.catalog());
        prepared = SweepRunner.prepare(s, media.catalog(), 2);
        table = new SweepTable(s);
        reference = rows(0, 1);
        assertEquals(s.size(), reference.size());
    }

    private static List<List<String>> rows(int skip, int threads) {
        List<List<String>> out = new ArrayList<>();
        SweepRunner.run(prepared, skip, threads, Progress.NONE, table::cells, out::add);
        return out;
    }

    @Test
    void chunksHoldAtMost32PointsAndEveryThreadGetsAtLeastEightOfThem() {
        assertEquals(32, SweepRunner.chunkSize(40_000, 2));
        assertEquals(20, SweepRunner.chunkSize(320, 2));
        assertEquals(2, SweepRunner.chunkSize(40, 2));
        assertEquals(1, SweepRunner.chunkSize(5, 4));
        assertEquals(1, SweepRunner.chunkSize(0, 1));
        assertEquals(1, SweepRunner.chunkSize(3, 0));
    }

    @Test
    void anyThreadCountGivesThePointsInOrderAsOneThreadDoes() {
        assertEquals(reference, rows(0, 2));
        assertEquals(reference, rows(0, 3));
    }

    @Test
    void aResumedRunGivesTheRemainingPointsAcrossChunkBoundaries() {
        int skip = 37; // not a multiple of the chunk size
        assertEquals(reference.subList(skip, reference.size()), rows(skip, 2));
        assertEquals(List.of(reference.get(reference.size() - 1)), rows(reference.size() - 1, 2));
        assertEquals(List.of(), rows(reference.size(), 2));
    }

    @Test
    void aPointThatFailsIsNamedAndTheRunStopsAfterThePointsBeforeIt() {
        int failing = 100; // inside a chunk, not at its start
        List<String> bad = reference.get(failing);
        List<List<String>> received = new ArrayList<>();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SweepRunner.run(prepared, 0, 2,
                Progress.NONE, p -> {
                    List<String> cells = table.cells(p);
                    if (cells.equals(bad)) {
                        throw new InvalidInputException("test", "refused");
                    }
                    return cells;
                }, received::add));
        assertEquals("test", e.parameter());
        double r = prepared.scenario().separations().get(failing % prepared.scenario().separations().size());
        // an SI scenario: the separation in nm, as the CSV gives it
        assertTrue(prepared.scenario().si());
        assertTrue(e.getMessage().startsWith("point " + (failing + 1) + " (separation "
                + String.format(java.util.Locale.ROOT, "%.6g nm", r * 1e9) + "): "), e.getMessage());
        assertTrue(e.getMessage().endsWith("refused"), e.getMessage());
        assertEquals(reference.subList(0, failing), received);
    }

    @Test
    void aFailureThatIsNotAnInputErrorComesOutUnchanged() {
        List<String> bad = reference.get(5);
        AtomicReference<RuntimeException> thrown = new AtomicReference<>();
        RuntimeException e = assertThrows(IllegalStateException.class, () -> SweepRunner.run(prepared, 0, 2,
                Progress.NONE, p -> {
                    List<String> cells = table.cells(p);
                    if (cells.equals(bad)) {
                        thrown.set(new IllegalStateException("broken"));
                        throw thrown.get();
                    }
                    return cells;
                }, cells -> { }));
        assertSame(thrown.get(), e);
    }
}
