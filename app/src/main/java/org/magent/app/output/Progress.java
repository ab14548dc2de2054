package org.magent.app.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of a long run on standard error: an animated bar on a terminal; on anything else (a file, a pipe, a
 * CI log) plain lines without escape codes, one per tenth of the work and at most one every few seconds; nothing
 * with {@code --quiet}. Nothing is shown for work that ends within a second.
 */
public abstract class Progress implements AutoCloseable {

    /** Work expected to take longer than this gets a progress display (ms). */
    public static final long SHOW_AFTER_MS = 1000;

    /** No progress display. */
    public static final Progress NONE = new Progress() {
        @Override
        public void stepTo(long done) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * The display for a stream.
     *
     * @param err standard error, or null for none
     * @param terminal whether it is a terminal (an animated bar) or not (plain lines)
     * @param task the task name, e.g. "sweep"
     * @param total the amount of work (points)
     * @return the display
     */
    public static Progress on(PrintStream err, boolean terminal, String task, long total) {
        if (err == null) {
            return NONE;
        }
        return terminal ? new Bar(err, task, total) : lines(err, task, total, System::nanoTime);
    }

    /**
     * Plain progress lines with a given clock.
     *
     * @param err where to print
     * @param task the task name
     * @param total the amount of work
     * @param nanoClock the clock (ns)
     * @return the display
     */
    static Progress lines(PrintStream err, String task, long total, LongSupplier nanoClock) {
        return new Lines(err, task, total, nanoClock);
    }

    /**
     * Whether a stream is an interactive terminal: standard error of this process connected to a tty (Linux:
     * /proc/self/fd/2 points to /dev/pts or /dev/tty; elsewhere a console exists).
     *
     * @param err the stream
     * @return true only for {@code System.err} on a terminal
     */
    public static boolean isTerminal(PrintStream err) {
        if (err != System.err) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }

    /**
     * Reports the amount of work done so far.
     *
     * @param done points done, out of the total
     */
    public abstract void stepTo(long done);

    /** Ends the display. */
    @Override
    public abstract void close();

    /** The animated bar (me.tongfei progressbar), started once the work has lasted a second. */
    private static final class Bar extends Progress {
        private final PrintStream err;
        private final String task;
        private final long total;
        private final long start = System.nanoTime();
        private ProgressBar bar;

        Bar(PrintStream err, String task, long total) {
            this.err = err;
            this.task = task;
            this.total = total;
        }

        @Override
        public void stepTo(long done) {
            if (bar == null && done < total && (System.nanoTime() - start) / 1_000_000 > SHOW_AFTER_MS) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                        .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(250).build();
            }
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** Plain lines, "sweep: 40/80 points (50%), 0:12 elapsed, about 0:12 left". */
    private static final class Lines extends Progress {
        private static final long MIN_INTERVAL_MS = 5000;
        private final PrintStream err;
        private final String task;
        private final long total;
        private final LongSupplier clock;
        private final long start;
        private long lastPrinted = -1;
        private long lastTenth;
        private boolean printed;

        Lines(PrintStream err, String task, long total, LongSupplier clock) {
            this.err = err;
            this.task = task;
            this.total = total;
            this.clock = clock;
            this.start = clock.getAsLong();
        }

        @Override
        public void stepTo(long done) {
            long elapsed = (clock.getAsLong() - start) / 1_000_000;
            if (elapsed <= SHOW_AFTER_MS || total <= 0) {
                return;
            }
            long tenth = done * 10 / total;
            boolean due = tenth > lastTenth && (lastPrinted < 0 || elapsed - lastPrinted >= MIN_INTERVAL_MS);
            if (due || (done == total && printed && lastTenth < 10)) {
                String left = done > 0 && done < total ? ", about " + clock(elapsed * (total - done) / done) + " left"
                        : "";
                err.println(String.format(Locale.ROOT, "%s: %d/%d points (%d%%), %s elapsed%s", task, done, total,
                        done * 100 / total, clock(elapsed), left));
                err.flush();
                lastPrinted = elapsed;
                lastTenth = tenth;
                printed = true;
            }
        }

        private static String clock(long ms) {
            long s = ms / 1000;
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }

        @Override
        public void close() {
        }
    }
}
