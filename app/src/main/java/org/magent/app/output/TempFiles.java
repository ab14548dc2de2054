package org.magent.app.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Temporary files for atomic writes (write, then ATOMIC_MOVE onto the target). They are created with the
 * ordinary permissions of a user file (rw-r--r-- on POSIX file systems), not the owner-only permissions of
 * {@link Files#createTempFile}, so the moved result looks like any other file the user writes.
 */
public final class TempFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<Set<PosixFilePermission>> PERMISSIONS =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

    private TempFiles() {
    }

    /**
     * Creates an empty temporary file in a directory.
     *
     * @param dir the directory (the target's, so that the final move is atomic)
     * @param prefix the file name prefix
     * @param suffix the file name suffix
     * @return the new file
     * @throws IOException if it cannot be created
     */
    public static Path create(Path dir, String prefix, String suffix) throws IOException {
        // a random name created exclusively (fails if anything, even a link, is there): as safe as
        // Files.createTempFile, without the SecureRandom it seeds on first use (tens of ms at start-up)
        for (int attempt = 0; ; attempt++) {
            String name = prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix;
            try {
                Path temp = POSIX ? Files.createFile(dir.resolve(name), PERMISSIONS)
                        : Files.createFile(dir.resolve(name));
                // an interrupted run (Ctrl-C, SIGTERM) leaves no half-written file; once moved into place the
                // name no longer exists and this does nothing
                temp.toFile().deleteOnExit();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Moves a finished temporary file over the target atomically (a plain replace where the file system cannot
     * move atomically).
     *
     * @param temp the temporary file
     * @param target the destination
     * @throws IOException if the move fails
     */
    public static void moveInto(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Why a file operation failed, in words: "permission denied", the file system's reason, or "no such file or
     * directory" (an {@link IOException}'s own message is often only the path).
     *
     * @param e the failure
     * @return the reason, never blank
     */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : "input/output error";
        }
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : "input/output error";
    }
}
