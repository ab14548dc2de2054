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
import org.magent.app.cli.Assertions2;
import org.magent.app.cli.Cli;
import org.magent.validation.InvalidInputException;

class OutputDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aNewDirectoryIsMadeAndLeftEmpty() throws IOException {
        Path out = dir.resolve("a/b");
        OutputDirectory.prepare(out);
        assertTrue(Files.isDirectory(out));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.count(), "the probe file is removed");
        }
    }

    @Test
    void aFileIsNoDirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OutputDirectory.prepare(file));
        assertEquals("output-dir", e.parameter());
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    /**
     * /proc says it is writable to root ({@code Files.isWritable}) but takes no new file, like /sys: the command
     * stops before it computes anything, naming the reason.
     */
    @Test
    void aDirectoryThatTakesNoFileIsRefusedBeforeTheWork() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "a Linux /proc");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OutputDirectory.prepare(proc));
        assertTrue(e.getMessage().startsWith("--output-dir /proc is not writable: "), e.getMessage());
        Cli.Result r = Cli.run("trajectories", "--rates", "a=1,A=0.5", "--initial", "ud", "--t-max", "1", "--steps",
                "3", "--count", "100", "--seed", "1", "--output-dir", "/proc");
        Assertions2.badInput(r, "--output-dir /proc", "not writable");
        assertFalse(r.out().contains("trajectories"), "nothing computed first: " + r.out());
    }
}
