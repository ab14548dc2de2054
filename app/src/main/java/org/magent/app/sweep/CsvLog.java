package org.magent.app.sweep;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.magent.app.output.TempFiles;
import org.magent.validation.InvalidInputException;

/**
 * The sweep's CSV, valid at every moment: the header and the rows already kept are first written to a temporary
 * file and moved into place atomically; then each finished point is appended as one line, in order, and a daemon
 * thread flushes the new lines every 0.1 s. An interrupted run therefore leaves a CSV of the points finished up to
 * its last flush (at worst a last line cut short by a crash, which {@link #finishedRows} drops). Lines go to the
 * file as UTF-8 bytes, encoded by the caller ({@link #bytes}), e.g. on the worker that computed the point.
 *
 * <p>Beside it, a hidden file ({@link #sumsOf}) holds one checksum a row, chained from the header on (CRC-32C
 * of the previous checksum and the row's bytes), written and flushed with the rows. {@code --resume} reuses a row
 * only when its checksum is there and matches, so a row changed after the run wrote it (by hand, or re-saved by a
 * spreadsheet) is refused rather than trusted.
 */
final class CsvLog implements AutoCloseable {

    /** How often new rows are flushed (ms); flushing every row cost a system call a point. */
    static final long FLUSH_INTERVAL_MS = 100;

    /** The write buffer (bytes): a few hundred rows between flushes. */
    private static final int BUFFER_BYTES = 1 << 16;

    private final OutputStream writer;
    /** The checksum file, one line of 8 hex digits a row. */
    private final OutputStream sums;
    /** The checksum of the last row appended (of the header before any); guarded by this. */
    private int chain;
    private final ScheduledExecutorService flusher;
    /** Rows appended since the last flush; guarded by this. */
    private boolean dirty;
    /** The first failure of a background flush, rethrown by the next append or by close; guarded by this. */
    private IOException flushFailure;

    private CsvLog(OutputStream writer, OutputStream sums, int chain) {
        this.writer = writer;
        this.sums = sums;
        this.chain = chain;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "magent-csv-flush");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushNewRows, FLUSH_INTERVAL_MS, FLUSH_INTERVAL_MS,
                TimeUnit.MILLISECONDS);
    }

    private synchronized void flushNewRows() {
        if (dirty && flushFailure == null) {
            dirty = false;
            try {
                // rows first: a checksum never reaches the disk before its row, so a row that made it without its
                // checksum is computed again by --resume, never trusted unchecked
                writer.flush();
                sums.flush();
            } catch (IOException e) {
                flushFailure = e;
            }
        }
    }

    /**
     * The finished rows of an existing CSV, for {@code --resume}: every complete line (a last line cut short by a
     * crash is dropped), checked against the scenario, at most as many as the scenario has points.
     *
     * @param csv the file
     * @param table the expected columns and points
     * @return the rows in order (empty when the file does not exist)
     * @throws InvalidInputException when the header differs from the scenario's columns, a complete line is
     *     not a valid row of the point it stands for (mangled, or from another scenario: line, column and value
     *     named), the checksum file is missing, or a row is not the one the run wrote (its checksum differs); a
     *     row written without its checksum (a kill between the two flushes) is not reused
     */
    static List<List<String>> finishedRows(Path csv, SweepTable table) {
        if (!Files.exists(csv)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException("resume", "--resume: " + csv + " is not a text file (not UTF-8); run"
                    + " without --resume to start afresh");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + " to resume: " + e.getMessage(), e);
        }
        List<List<String>> rows = new ArrayList<>();
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return rows;
        }
        String[] lines = text.substring(0, end).split("\n", -1);
        if (!split(lines[0]).equals(table.header())) {
            throw new InvalidInputException("resume", "--resume: " + csv + " has columns " + lines[0]
                    + ", not those of this scenario (" + String.join(",", table.header()) + ")");
        }
        List<String> checks = checksums(csv);
        int total = table.points();
        int chain = checksum(0, lines[0].getBytes(StandardCharsets.UTF_8));
        for (int k = 1; k < lines.length && rows.size() < total; k++) {
            List<String> cells = split(lines[k]);
            String problem = table.problem(cells, k - 1);
            if (problem != null) {
                throw new InvalidInputException("resume", "--resume: " + csv + " line " + (k + 1) + ": " + problem
                        + "; the file was changed since the run wrote it; run without --resume to start afresh");
            }
            if (k > checks.size()) {
                break; // written, but killed before its checksum was: computed again
            }
            chain = checksum(chain, lines[k].getBytes(StandardCharsets.UTF_8));
            if (!checks.get(k - 1).equals(hex(chain))) {
                throw new InvalidInputException("resume", "--resume: " + csv + " line " + (k + 1) + " is not the row"
                        + " the run wrote (its checksum in " + sumsOf(csv).getFileName() + " differs): the file was"
                        + " changed since; run without --resume to start afresh");
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * The hidden checksum file of a sweep CSV.
     *
     * @param csv the CSV
     * @return {@code .NAME.sums} beside it
     */
    static Path sumsOf(Path csv) {
        return csv.resolveSibling("." + csv.getFileName() + ".sums");
    }

    private static List<String> checksums(Path csv) {
        Path file = sumsOf(csv);
        if (!Files.exists(file)) {
            throw new InvalidInputException("resume", "--resume: " + file + ", which holds the checksums of the rows"
                    + " of " + csv + ", is missing, so the rows cannot be checked; run without --resume to start"
                    + " afresh");
        }
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            // a last line cut short by a crash is no checksum
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : Arrays.asList(text.substring(0, end).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to resume: " + TempFiles.reason(e), e);
        }
    }

    /** CRC-32C of the previous checksum (4 bytes, big-endian) followed by a line's bytes. */
    private static int checksum(int previous, byte[] line) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(new byte[] {(byte) (previous >>> 24), (byte) (previous >>> 16), (byte) (previous >>> 8),
            (byte) previous});
        crc.update(line);
        return (int) crc.getValue();
    }

    private static String hex(int checksum) {
        String h = Integer.toHexString(checksum);
        return "00000000".substring(h.length()) + h;
    }

    /**
     * Starts the CSV: header and kept rows atomically, then open for appending.
     *
     * @param csv the file
     * @param header the column names
     * @param kept rows already finished
     * @return the log
     */
    static CsvLog start(Path csv, List<String> header, List<List<String>> kept) {
        try {
            Path dir = csv.toAbsolutePath().getParent();
            Path sums = sumsOf(csv);
            Path temp = TempFiles.create(dir, "." + csv.getFileName(), ".tmp");
            Path sumsTemp = TempFiles.create(dir, "." + sums.getFileName(), ".tmp");
            int chain = checksum(0, String.join(",", header).getBytes(StandardCharsets.UTF_8));
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    BufferedWriter c = Files.newBufferedWriter(sumsTemp, StandardCharsets.US_ASCII)) {
                w.write(String.join(",", header));
                w.write('\n');
                for (List<String> row : kept) {
                    String line = String.join(",", row);
                    w.write(line);
                    w.write('\n');
                    chain = checksum(chain, line.getBytes(StandardCharsets.UTF_8));
                    c.write(hex(chain));
                    c.write('\n');
                }
            }
            // the checksums first: a kill in between leaves the old CSV, whose finished rows are the kept ones
            TempFiles.moveInto(sumsTemp, sums);
            TempFiles.moveInto(temp, csv);
            return new CsvLog(new BufferedOutputStream(Files.newOutputStream(csv, StandardOpenOption.APPEND),
                    BUFFER_BYTES), new BufferedOutputStream(Files.newOutputStream(sums, StandardOpenOption.APPEND),
                    BUFFER_BYTES), chain);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv + ": " + TempFiles.reason(e), e);
        }
    }

    /**
     * Appends one row; it reaches the file within {@link #FLUSH_INTERVAL_MS} (and at once when the buffer fills),
     * and every row on {@link #close}. A run killed in between loses only the rows of that interval, which
     * {@code --resume} computes again (it ignores a partly written last line).
     *
     * @param cells the cells
     */
    void append(List<String> cells) {
        append(bytes(cells));
    }

    /**
     * As {@link #append(List)}, with the row already encoded ({@link #bytes}), e.g. on the worker that computed it.
     *
     * @param line the cells joined by commas, in UTF-8, without the line end
     */
    synchronized void append(byte[] line) {
        try {
            if (flushFailure != null) {
                throw flushFailure;
            }
            writer.write(line);
            writer.write('\n');
            chain = checksum(chain, line);
            sums.write(hex(chain).getBytes(StandardCharsets.US_ASCII));
            sums.write('\n');
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the CSV: " + e.getMessage(), e);
        }
    }

    /**
     * A row as the file holds it.
     *
     * @param cells the cells
     * @return the cells joined by commas, in UTF-8, without the line end
     */
    static byte[] bytes(List<String> cells) {
        return String.join(",", cells).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        // no interrupt: an interrupted write would close the file's channel under the flush
        flusher.shutdown();
        synchronized (this) {
            IOException failed = flushFailure;
            try {
                writer.close();
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
            try {
                sums.close();
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
            if (failed != null) {
                throw new UncheckedIOException("cannot write the CSV: " + TempFiles.reason(failed), failed);
            }
        }
    }

    private static List<String> split(String line) {
        return Arrays.asList(line.split(",", -1));
    }
}
