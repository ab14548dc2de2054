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
 * The sweep's CSV log: rows wait in a buffer for at most {@link CsvLog#FLUSH_INTERVAL_NS}, so an interrupted run
 * loses at most the rows of that interval, and every row is in the file once the log is closed.
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
            // the first row after a pause longer than the interval flushes everything before it
            Thread.sleep(CsvLog.FLUSH_INTERVAL_NS / 1_000_000 + 20);
            log.append(List.of("3", "0.125"));
            assertEquals(List.of("r,C", "1,0.5", "2,0.25", "3,0.125"), lines(csv));
            for (int k = 4; k < 1000; k++) {
                log.append(List.of(Integer.toString(k), "0"));
            }
            List<String> partial = lines(csv);
            assertTrue(partial.size() >= 4 && partial.size() <= 1000, "rows so far: " + partial.size());
        }
        List<String> all = lines(csv);
        assertEquals(1000, all.size());
        assertEquals("999,0", all.get(999));
        // what resume reads back: every row, none cut
        assertEquals(999, all.stream().skip(1).filter(l -> l.matches("\\d+,[0-9.]+")).count());
    }
}
