package org.magent.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep's CSV log: rows wait in a buffer for at most about {@link CsvLog#FLUSH_INTERVAL_MS}, even when no
 * further row comes, so an interrupted run loses at most the rows of that interval; every row is in the file once
 * the log is closed, and the flushing thread is gone.
 */
class CsvLogTest {

    private static List<String> lines(Path csv) throws Exception {
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }

    @Test
    void rowsReachTheFileWithinTheFlushIntervalAndAllOfThemOnClose(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("sweep.csv");
        try (CsvLog log = CsvLog.start(csv, List.of("r", "C"), List.of(List.of("1", "0.5")))) {
            assertEquals(List.of("r,C", "1,0.5"), lines(csv)); // header and kept rows at once
            log.append(List.of("2", "0.25"));
            log.append(CsvLog.bytes(List.of("3", "0.125")));
            // no further row comes (a slow point): the rows still reach the file within the interval
            long deadline = System.nanoTime() + 20 * CsvLog.FLUSH_INTERVAL_MS * 1_000_000;
            while (lines(csv).size() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(CsvLog.FLUSH_INTERVAL_MS / 4);
            }
            assertEquals(List.of("r,C", "1,0.5", "2,0.25", "3,0.125"), lines(csv));
            for (int k = 4; k < 1000; k++) {
                log.append(List.of(Integer.toString(k), "0"));
            }
        }
        List<String> all = lines(csv);
        assertEquals(1000, all.size());
        assertEquals("999,0", all.get(999));
        // what resume reads back: every row, none cut
        assertEquals(999, all.stream().skip(1).filter(l -> l.matches("\\d+,[0-9.]+")).count());
    }

    @Test
    void textThatIsNotAsciiIsWrittenAsUtf8(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("sweep.csv");
        try (CsvLog log = CsvLog.start(csv, List.of("medium", "r"), List.of(List.of("Fe₃O₄", "1")))) {
            log.append(List.of("µ-film", "2"));
            log.append(CsvLog.bytes(List.of("YIG (Y₃Fe₅O₁₂)", "3")));
        }
        assertEquals(List.of("medium,r", "Fe₃O₄,1", "µ-film,2", "YIG (Y₃Fe₅O₁₂),3"), lines(csv));
    }

    @Test
    void theFlushingThreadStopsWhenTheLogIsClosed(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("sweep.csv");
        try (CsvLog log = CsvLog.start(csv, List.of("r"), List.of())) {
            log.append(List.of("1"));
            assertTrue(flushers() >= 1);
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (flushers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, flushers());
        assertEquals(List.of("r", "1"), lines(csv));
    }

    private static long flushers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("magent-csv-flush"))
                .filter(Thread::isAlive).count();
    }
}
