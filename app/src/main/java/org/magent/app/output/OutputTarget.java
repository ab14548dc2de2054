package org.magent.app.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.magent.validation.InvalidInputException;

/**
 * Where a command writes its result: standard output, or a file written atomically.
 *
 * <p>A symbolic link is followed: the file it points to is replaced and the link stays. A device, pipe or
 * socket is refused, since the rename would replace it.
 *
 * <p>For a file, {@link #open} creates a temporary file in the target's directory at once, so that an
 * unwritable path is reported before any computation; {@link #write} fills it and moves it over the
 * target with {@code ATOMIC_MOVE}. {@link #close} removes the temporary file if nothing was committed,
 * so an error never leaves a partial or empty output file.
 */
public final class OutputTarget implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final PrintStream stdout;
    private boolean committed;

    private OutputTarget(Path target, Path temp, PrintStream stdout) {
        this.target = target;
        this.temp = temp;
        this.stdout = stdout;
    }

    /**
     * Prepares the output.
     *
     * @param option the option that named the file, for messages (e.g. {@code "--output"})
     * @param file the file, or null for standard output
     * @param stdout the standard output to use when no file is given
     * @return the prepared target
     * @throws InvalidInputException if the file's directory does not exist or is not writable, or the file is a
     *     directory, a device, pipe or socket, or a symbolic link that leads nowhere
     */
    public static OutputTarget open(String option, Path file, PrintStream stdout) {
        if (file == null) {
            return new OutputTarget(null, null, stdout);
        }
        Path absolute = throughLinks(option, file, file.toAbsolutePath().normalize());
        if (Files.isDirectory(absolute)) {
            throw new InvalidInputException(option, option + " " + file + " is a directory, not a file");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // a device, FIFO or socket: the atomic rename would replace it with a plain file
            throw new InvalidInputException(option, option + " " + file + " is not a regular file (a device, pipe or"
                    + " socket): magent writes a temporary file and renames it over the target, which would replace"
                    + " it; name a regular file" + (stdout == null ? ""
                    : ", or leave out " + option + " to write to standard output"));
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidInputException(option, option + " " + file + ": directory " + dir + " does not exist");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new InvalidInputException(option, option + " " + file + " is not writable");
        }
        try {
            Path temp = TempFiles.create(dir, "." + absolute.getFileName() + ".", ".tmp");
            return new OutputTarget(absolute, temp, stdout);
        } catch (java.nio.file.AccessDeniedException | SecurityException e) {
            throw new InvalidInputException(option, option + " " + file + " cannot be written: permission denied", e);
        } catch (IOException e) {
            throw new InvalidInputException(option, option + " " + file + " cannot be written: "
                    + TempFiles.reason(e), e);
        }
    }

    /**
     * The file a path names, following symbolic links: the output then replaces the link's target and the link
     * stays (a rename onto the link itself would replace the link with a plain file).
     *
     * @param option the option, for messages
     * @param file the path as given
     * @param absolute the path made absolute
     * @return the path to write, with no symbolic link as its last element
     */
    private static Path throughLinks(String option, Path file, Path absolute) {
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            throw new InvalidInputException(option, option + " " + file + " is a symbolic link to a file that"
                    + " cannot be reached (" + TempFiles.reason(e) + ")", e);
        }
    }

    /**
     * Writes the whole output and, for a file, moves it into place atomically.
     *
     * @param body writes the content
     * @throws UncheckedIOException if the file cannot be written or moved
     */
    public void write(Consumer<PrintWriter> body) {
        if (target == null) {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(new NonClosing(stdout), StandardCharsets.UTF_8));
            body.accept(w);
            w.flush();
            return;
        }
        try (Writer fw = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                PrintWriter w = new PrintWriter(fw)) {
            body.accept(w);
            w.flush();
            if (w.checkError()) {
                throw new IOException("write error on " + temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + TempFiles.reason(e), e);
        }
        try {
            TempFiles.moveInto(temp, target);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the output into " + target + ": " + TempFiles.reason(e), e);
        }
    }

    /**
     * Writes bytes to the file and moves it into place atomically (a file target only).
     *
     * @param content the bytes
     * @throws UncheckedIOException if the file cannot be written or moved
     * @throws IllegalStateException for standard output
     */
    public void writeBytes(byte[] content) {
        if (target == null) {
            throw new IllegalStateException("bytes go to a file only");
        }
        try {
            Files.write(temp, content);
            TempFiles.moveInto(temp, target);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + TempFiles.reason(e), e);
        }
    }

    /**
     * Whether output goes to a file (false: standard output).
     *
     * @return true for a file
     */
    public boolean isFile() {
        return target != null;
    }

    /** Removes the temporary file unless the output was committed. */
    @Override
    public void close() {
        if (temp != null && !committed) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // best effort: the temporary file is hidden and named after the target
            }
        }
    }

    /** Keeps the caller's standard output open when the writer is flushed. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream out;

        NonClosing(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
