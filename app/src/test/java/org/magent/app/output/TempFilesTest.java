package org.magent.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;
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
}
