package org.magent.app.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The launcher's start-up training runs every command it trains on successfully and leaves nothing behind. */
class StartupTrainingTest {

    @Test
    void everyTrainingCommandSucceedsAndTheTemporaryDirectoryIsRemoved() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = count(tmp);
        assertDoesNotThrow(() -> StartupTraining.main(new String[0]));
        assertEquals(before, count(tmp), "no magent-startup directory left in " + tmp);
    }

    private static long count(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("magent-startup")).count();
        }
    }
}
