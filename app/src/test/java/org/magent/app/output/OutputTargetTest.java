package org.magent.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magent.validation.InvalidInputException;

class OutputTargetTest {

    @TempDir
    Path dir;

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");
        try (OutputTarget t = OutputTarget.open("--output", file, null)) {
            assertEquals("old", Files.readString(file), "nothing replaced before write");
            t.write(w -> w.println("new"));
        }
        assertEquals("new" + System.lineSeparator(), Files.readString(file));
        assertEquals(1, count(dir));
    }

    @Test
    void failureInsideLeavesNeitherTargetNorTemporary() throws IOException {
        Path file = dir.resolve("out.csv");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputTarget t = OutputTarget.open("--output", file, null)) {
                t.write(w -> {
                    w.println("partial");
                    throw new IllegalStateException("boom");
                });
            }
        });
        assertFalse(Files.exists(file));
        assertEquals(0, count(dir));
    }

    @Test
    void unwritablePathsAreRefusedUpFront() {
        InvalidInputException missingDir = assertThrows(InvalidInputException.class,
                () -> OutputTarget.open("--output", dir.resolve("no/such/dir/out.csv"), null));
        assertTrue(missingDir.getMessage().contains("does not exist"), missingDir.getMessage());
        InvalidInputException isDir = assertThrows(InvalidInputException.class,
                () -> OutputTarget.open("--output", dir, null));
        assertTrue(isDir.getMessage().contains("directory"), isDir.getMessage());
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
