package org.magent.app.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the commands' worker tasks, with their failures rethrown as they were thrown. */
public final class Futures {

    private Futures() {
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
