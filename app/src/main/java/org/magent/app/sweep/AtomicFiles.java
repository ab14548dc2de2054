package org.magent.app.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.magent.app.output.TempFiles;

/** Whole-file writes that never leave a partial file: a temporary file in the same directory, then ATOMIC_MOVE. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes bytes atomically.
     *
     * @param target the file
     * @param content its content
     * @return the target
     * @throws UncheckedIOException if writing or moving fails
     */
    public static Path write(Path target, byte[] content) {
        try {
            Path temp = TempFiles.create(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, content);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes text (UTF-8) atomically.
     *
     * @param target the file
     * @param text its content
     * @return the target
     */
    public static Path write(Path target, String text) {
        return write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Moves a finished temporary file over the target atomically (plain replace where the file system cannot).
     *
     * @param temp the temporary file
     * @param target the destination
     * @throws IOException if the move fails
     */
    static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
