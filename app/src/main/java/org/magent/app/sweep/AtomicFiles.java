package org.magent.app.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                TempFiles.moveInto(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + TempFiles.reason(e), e);
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
}
