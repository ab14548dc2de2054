package org.magent.app.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.magent.validation.InvalidInputException;

/**
 * An output directory made ready before any computation: created if missing, and shown to accept a new file by
 * creating and removing one ({@link Files#isWritable} says yes for root where no file can be created, e.g. /sys).
 */
public final class OutputDirectory {

    private OutputDirectory() {
    }

    /**
     * Creates the directory if needed and checks that a file can be created in it.
     *
     * @param dir the directory
     * @throws InvalidInputException naming "output-dir" with the reason when it cannot be created or written
     */
    public static void prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("output-dir", "--output-dir " + dir + " is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException("output-dir", "--output-dir " + dir + " cannot be created: "
                    + TempFiles.reason(e), e);
        }
        try {
            Files.delete(TempFiles.create(dir, ".magent-probe", ".tmp"));
        } catch (IOException e) {
            throw new InvalidInputException("output-dir", "--output-dir " + dir + " is not writable: "
                    + TempFiles.reason(e), e);
        }
    }
}
