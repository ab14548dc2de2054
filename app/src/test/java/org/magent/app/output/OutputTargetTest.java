package org.magent.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    /** A symbolic link is written through: its target gets the output, and the link stays a link. */
    @Test
    void aSymbolicLinkIsFollowedAndKept() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("real"));
        Path real = sub.resolve("data.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        try (OutputTarget t = OutputTarget.open("--output", link, null)) {
            t.write(w -> w.print("new"));
        }
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a plain file");
        assertEquals("new", Files.readString(real));
        assertEquals(1, count(sub), "no temporary file left beside the target");
        InvalidInputException dangling = assertThrows(InvalidInputException.class, () -> OutputTarget.open(
                "--output", Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("gone.csv")), null));
        assertTrue(dangling.getMessage().contains("--output") && dangling.getMessage().contains("symbolic link"),
                dangling.getMessage());
    }

    /** A FIFO (like a device) is not replaced by the rename: it is refused before anything is written. */
    @Test
    void aPipeIsRefusedAndLeftInPlace() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo is available");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OutputTarget.open("--output", fifo, null));
        assertTrue(e.getMessage().contains("--output " + fifo) && e.getMessage().contains("not a regular file"),
                e.getMessage());
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
        assertTrue(Files.exists(fifo));
        assertEquals(1, count(dir), "no temporary file");
    }

    /** A write failure says why (the exception's own message is often only the path). */
    @Test
    void failuresAreGivenInWords() {
        assertEquals("permission denied", TempFiles.reason(new java.nio.file.AccessDeniedException("/sys/x")));
        assertEquals("no such file or directory", TempFiles.reason(new java.nio.file.NoSuchFileException("/a")));
        assertEquals("Read-only file system",
                TempFiles.reason(new java.nio.file.FileSystemException("/x", null, "Read-only file system")));
    }
}
