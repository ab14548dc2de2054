package org.magent.app.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Waiting for the commands' worker tasks, with their failures rethrown as they were thrown. */
public final class Futures {

    private Futures() {
    }

    /**
     * Runs independent jobs on up to {@code threads} daemon threads and returns their results in the jobs' order;
     * with one thread, or one job, they run on the calling thread. The first failure in that order is rethrown as
     * {@link #await} does, and the pool is shut down in every case.
     *
     * @param <T> the result type
     * @param jobs the jobs
     * @param threads the most threads to use, ≥ 1
     * @param threadName the name of the pool's threads
     * @param what what the jobs do, for the messages ("computing the baths")
     * @return the results, one per job, in order
     */
    public static <T> List<T> inOrder(List<? extends Supplier<T>> jobs, int threads, String threadName,
            String what) {
        List<T> out = new ArrayList<>(jobs.size());
        if (threads <= 1 || jobs.size() <= 1) {
            for (Supplier<T> job : jobs) {
                out.add(job.get());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(jobs.size());
            for (Supplier<T> job : jobs) {
                futures.add(pool.submit(job::get));
            }
            for (Future<T> f : futures) {
                out.add(await(f, what));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits for a task and returns its result. A task that threw a {@link RuntimeException} or an {@link Error}
     * rethrows it unchanged (so an input error keeps its parameter name and exit status); a checked exception is
     * wrapped, with its cause.
     *
     * @param <T> the result type
     * @param task the task
     * @param what what the task does, for the messages ("computing the baths")
     * @return the task's result
     * @throws IllegalStateException if the waiting thread is interrupted (its interrupt flag is restored) or the
     *     task threw a checked exception
     */
    public static <T> T await(Future<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(what + " failed: " + cause, cause);
        }
    }
}
