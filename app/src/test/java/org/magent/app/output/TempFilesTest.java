package org.magent.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files: new, distinct, named after the target, readable like any user file, never over a link. */
class TempFilesTest {

    @TempDir
    Path dir;

    @Test
    void distinctEmptyFilesWithTheGivenNameParts() throws IOException {
        Set<Path> seen = new HashSet<>();
        for (int k = 0; k < 200; k++) {
            Path p = TempFiles.create(dir, ".out.csv.", ".tmp");
            assertTrue(seen.add(p), "distinct names");
            assertEquals(dir, p.getParent());
            assertTrue(p.getFileName().toString().startsWith(".out.csv.") && p.toString().endsWith(".tmp"));
            assertEquals(0, Files.size(p));
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(seen.iterator().next());
            assertTrue(perms.contains(PosixFilePermission.OWNER_READ) && perms.contains(PosixFilePermission.OWNER_WRITE));
            assertTrue(!perms.contains(PosixFilePermission.OTHERS_WRITE), "not writable by others: " + perms);
        }
    }

    /** A run stopped by a signal (Ctrl-C, SIGTERM: the JVM shuts down) leaves no temporary file behind. */
    @Test
    void aStoppedProcessLeavesNoTemporaryFile() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), TempFileHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        Path temp;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            temp = Path.of(out.readLine());
            assertTrue(Files.exists(temp), "created: " + temp);
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped");
        }
        assertFalse(Files.exists(temp), "removed on shutdown: " + temp);
    }
}
