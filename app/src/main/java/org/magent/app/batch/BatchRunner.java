package org.magent.app.batch;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.magent.app.input.ExplicitRates;
import org.magent.app.input.RateName;
import org.magent.validation.InvalidInputException;

/**
 * Streams a batch: the calling thread reads the file in chunks of rows and fixes the unit rule; a fixed pool of
 * worker threads parses and evolves each chunk; the calling thread writes the chunks' output in input order as
 * they complete. At most {@value #PENDING_PER_THREAD} chunks per worker (and {@value #MAX_PENDING} in all) are in
 * flight, so memory stays bounded whatever the size of the file. Each case is independent, so the output equals that of a sequential run.
 */
final class BatchRunner {

    /** Rows per chunk. */
    static final int CHUNK = 128;
    /** Chunks in flight per worker thread. */
    static final int PENDING_PER_THREAD = 4;
    /** Chunks in flight at most, whatever the number of threads (about 32 MB of rows). */
    static final int MAX_PENDING = 256;

    private BatchRunner() {
    }

    /**
     * Runs every case of the reader and writes one output line per case, in order.
     *
     * @param reader the cases (the header already read)
     * @param evaluator evaluates a chunk
     * @param rule the unit rule fixed by {@code --t-max}, or null when --t-max does not fix it
     * @param threads worker threads, ≥ 1
     * @param out where the lines go
     * @throws InvalidInputException for the first bad row in file order (the output is then incomplete: the
     *     caller discards it)
     */
    static void run(CaseReader reader, CaseEvaluator evaluator, UnitRule rule, int threads, PrintWriter out) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "magent-batch");
            t.setDaemon(true);
            return t;
        });
        RateName[] names = reader.header().stream().map(ExplicitRates::rateName).toArray(RateName[]::new);
        Deque<Future<StringBuilder>> pending = new ArrayDeque<>();
        int maxPending = Math.min(MAX_PENDING, PENDING_PER_THREAD * threads);
        try {
            List<CaseReader.CaseRow> chunk = new ArrayList<>(CHUNK);
            CaseReader.CaseRow row;
            UnitRule current = rule;
            while ((row = reader.next()) != null) {
                if (current == null && row.error() == null) {
                    current = decide(row, names);
                }
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    submit(pool, pending, evaluator, chunk, current);
                    chunk = new ArrayList<>(CHUNK);
                    while (pending.size() >= maxPending) {
                        out.append(await(pending.poll()));
                    }
                }
            }
            if (!chunk.isEmpty()) {
                submit(pool, pending, evaluator, chunk, current);
            }
            while (!pending.isEmpty()) {
                out.append(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The rule fixed by the first value of the row that is not a bare zero, or null if there is none. */
    private static UnitRule decide(CaseReader.CaseRow row, RateName[] names) {
        String[] cells = row.cells();
        for (int c = 0; c < cells.length; c++) {
            UnitRule.Kind kind = UnitRule.classify(cells[c], names[c].isComplex());
            if (kind != null) {
                return UnitRule.of(kind, "row " + row.row() + ", column " + names[c].name() + " ('" + cells[c] + "')");
            }
        }
        return null;
    }

    private static void submit(ExecutorService pool, Deque<Future<StringBuilder>> pending, CaseEvaluator evaluator,
            List<CaseReader.CaseRow> chunk, UnitRule rule) {
        pending.add(pool.submit(() -> {
            StringBuilder sb = new StringBuilder(chunk.size() * 256);
            evaluator.evaluate(chunk, rule, sb);
            return sb;
        }));
    }

    private static StringBuilder await(Future<StringBuilder> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the batch workers", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
