package org.magent.app.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.magent.app.evolve.Evolution;
import org.magent.app.evolve.EvolutionRequest;
import org.magent.app.evolve.EvolutionResult;
import org.magent.validation.InvalidInputException;

/**
 * Runs the cases of a batch on a fixed pool of threads and returns their summaries in input order.
 * Each case is independent, so the results equal those of a sequential run.
 */
public final class BatchRunner {

    private BatchRunner() {
    }

    /**
     * The summary of one case.
     *
     * @param concurrenceFinal concurrence at t_max
     * @param concurrenceMax the largest sampled concurrence
     * @param tAtMax the first sample time of the maximum (natural units, 1/energy)
     * @param last the steady-state concurrence (unmonitored), or the final success probability (postselected)
     */
    public record Summary(double concurrenceFinal, double concurrenceMax, double tAtMax, double last) {
    }

    /**
     * Runs every request.
     *
     * @param cases the file the requests came from (to label errors by row)
     * @param requests one request per row
     * @param threads pool size, ≥ 1
     * @return one summary per request, in order
     * @throws InvalidInputException naming the row when a case is refused by the engine
     */
    public static List<Summary> run(CaseTable cases, List<EvolutionRequest> requests, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "magent-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Summary>> futures = new ArrayList<>(requests.size());
            for (EvolutionRequest req : requests) {
                futures.add(pool.submit(() -> summarise(req)));
            }
            List<Summary> out = new ArrayList<>(requests.size());
            for (int k = 0; k < futures.size(); k++) {
                out.add(await(cases, k, futures.get(k)));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Summary await(CaseTable cases, int row, Future<Summary> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for row " + (row + 1), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException bad) {
                throw cases.atRow(row, bad);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Runs one case and summarises it.
     *
     * @param req the case
     * @return its summary
     */
    static Summary summarise(EvolutionRequest req) {
        EvolutionResult r = Evolution.run(req);
        double max = Double.NEGATIVE_INFINITY;
        double tAtMax = 0;
        for (double[] row : r.columns().rows()) {
            if (row[EvolutionResult.CONCURRENCE] > max) {
                max = row[EvolutionResult.CONCURRENCE];
                tAtMax = row[EvolutionResult.T];
            }
        }
        double last = req.postselect() ? r.last(EvolutionResult.SUCCESS_PROBABILITY) : r.steadyConcurrence();
        return new Summary(r.last(EvolutionResult.CONCURRENCE), max, tAtMax, last);
    }
}
