package org.magent.app.batch;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.magent.app.concurrent.Futures;
import org.magent.app.input.ExplicitRates;
import org.magent.app.input.RateName;
import org.magent.validation.InvalidInputException;

/**
 * Streams a batch: the calling thread cuts the file into chunks of records (and parses the first ones, until the
 * unit rule is fixed) and hands them to a pool of {@code threads − 1} workers, which parse each chunk into values
 * and evolve its cases; when the workers' queue is full, the calling thread evaluates the chunk itself. So
 * {@code --threads N} keeps N threads busy, the calling thread among them, and no more threads than that compete
 * for N cores. The calling thread writes the chunks' output in input order as they complete. At most
 * {@value #PENDING_PER_THREAD} chunks per thread (and {@value #MAX_PENDING} in all) are in flight, so memory stays
 * bounded whatever the size of the file. With one thread there is no pool: the calling thread does everything, so
 * {@code --threads 1} runs on one core. Each case is independent, so the output equals that of a sequential run.
 */
final class BatchRunner {

    /** Rows per chunk. */
    static final int CHUNK = 128;
    /** Chunks in flight per thread. */
    static final int PENDING_PER_THREAD = 4;
    /** Chunks queued per worker: enough to keep the workers busy while the calling thread evaluates a chunk. */
    static final int QUEUED_PER_WORKER = 2;
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
        // threads − 1 workers and a short queue; a chunk that finds the queue full runs on the calling thread
        ExecutorService pool = threads == 1 ? null : new ThreadPoolExecutor(threads - 1, threads - 1, 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED_PER_WORKER * (threads - 1)), r -> {
                    Thread t = new Thread(r, "magent-batch");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        RateName[] names = reader.header().stream().map(ExplicitRates::rateName).toArray(RateName[]::new);
        Deque<Future<StringBuilder>> pending = new ArrayDeque<>();
        int maxPending = Math.min(MAX_PENDING, PENDING_PER_THREAD * threads);
        try {
            UnitRule current = rule;
            CaseReader.Chunk chunk;
            while ((chunk = reader.nextChunk(CHUNK)) != null) {
                if (current == null) {
                    // the rule is fixed by the first value that is not a bare zero: parse here until it is known
                    List<CaseReader.CaseRow> rows = reader.rows(chunk);
                    for (CaseReader.CaseRow row : rows) {
                        if (current == null && row.error() == null) {
                            current = decide(row, names);
                        }
                    }
                    submit(pool, pending, evaluator, () -> rows, current);
                } else {
                    CaseReader.Chunk records = chunk;
                    submit(pool, pending, evaluator, () -> reader.rows(records), current);
                }
                // the finished chunks at the head go out now; wait only when too many are in flight
                while (!pending.isEmpty() && (pending.peek().isDone() || pending.size() >= maxPending)) {
                    out.append(await(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                out.append(await(pending.poll()));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
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
            Supplier<List<CaseReader.CaseRow>> rows, UnitRule rule) {
        Callable<StringBuilder> task = () -> {
            List<CaseReader.CaseRow> parsed = rows.get();
            StringBuilder sb = new StringBuilder(parsed.size() * 256);
            evaluator.evaluate(parsed, rule, sb);
            return sb;
        };
        if (pool == null) {
            // one thread: evaluated here and now (an error propagates at once, the earlier chunks being fine)
            pending.add(CompletableFuture.completedFuture(inline(task)));
        } else {
            // run by a worker, or here when the queue is full; either way an error waits in the future, so that
            // errors come out in file order
            FutureTask<StringBuilder> f = new FutureTask<>(task);
            pending.add(f);
            pool.execute(f);
        }
    }

    private static StringBuilder inline(Callable<StringBuilder> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("evaluating the batch cases failed: " + e, e);
        }
    }

    private static StringBuilder await(Future<StringBuilder> f) {
        return Futures.await(f, "evaluating the batch cases");
    }
}
