package org.magent.app.plugin;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.magent.validation.InvalidInputException;

/**
 * Runs calls into plugin code on a daemon thread with a timeout, so that a plugin can neither hang magent nor
 * surface as a stack trace: a call that throws or does not return in time becomes a {@link PluginException}
 * naming the plugin, the medium and the call. An {@link InvalidInputException} of the plugin (a bad parameter of
 * its own) keeps its parameter name and gets the plugin prefixed. A timed-out call is interrupted; plugin code
 * that ignores interrupts keeps its daemon thread until magent exits.
 */
public final class PluginGuard {

    private final double timeoutSeconds;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "magent-plugin");
        t.setDaemon(true);
        return t;
    });

    /**
     * Creates the guard.
     *
     * @param timeoutSeconds the longest time one call may take (wall-clock seconds), positive
     */
    public PluginGuard(double timeoutSeconds) {
        if (!(timeoutSeconds > 0) || !Double.isFinite(timeoutSeconds)) {
            throw new IllegalArgumentException("timeout " + timeoutSeconds + " s is not positive");
        }
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * The timeout of one call.
     *
     * @return the timeout (wall-clock seconds)
     */
    public double timeoutSeconds() {
        return timeoutSeconds;
    }

    /**
     * Runs one call into a plugin.
     *
     * @param <T> the result type
     * @param where who is called, e.g. "plugin custom.jar, medium chiral-chain"
     * @param call what is called, e.g. "transverse(omega = 2)"
     * @param body the call
     * @return its result
     * @throws PluginException when the call throws, returns nothing in time, or the thread is interrupted
     */
    public <T> T call(String where, String call, Callable<T> body) {
        Future<T> future = executor.submit(body);
        try {
            return future.get(Math.round(timeoutSeconds * 1e9), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PluginException(String.format(Locale.ROOT, "%s: %s did not return within %s s "
                    + "(--plugin-timeout)", where, call, format(timeoutSeconds)), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginException(where + ": " + call + " was interrupted", e);
        } catch (ExecutionException e) {
            throw failure(where, call, e.getCause());
        }
    }

    /**
     * Runs one call into a plugin that must return something.
     *
     * @param <T> the result type
     * @param where who is called
     * @param call what is called
     * @param body the call
     * @return its result, not null
     * @throws PluginException when the call fails as in {@link #call} or returns null
     */
    public <T> T result(String where, String call, Callable<T> body) {
        T value = call(where, call, body);
        if (value == null) {
            throw new PluginException(where + ": " + call + " returned null");
        }
        return value;
    }

    /**
     * The error for a plugin call that threw.
     *
     * @param where who was called
     * @param call what was called
     * @param cause what it threw
     * @return a {@link PluginException}, or an {@link InvalidInputException} for the plugin's own bad-input errors
     */
    static InvalidInputException failure(String where, String call, Throwable cause) {
        if (cause instanceof PluginException p) {
            return p;
        }
        if (cause instanceof InvalidInputException bad) {
            return new InvalidInputException(bad.parameter(), where + ": " + bad.getMessage(), bad);
        }
        return new PluginException(where + ": " + call + " failed: " + describe(cause), cause);
    }

    /**
     * A throwable in words, e.g. "boom (IllegalState)", with the root cause when it adds something; one line.
     *
     * @param t the throwable
     * @return its message and kind (the class name without "Exception")
     */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = words(t);
        if (root != t && (t.getMessage() == null || !t.getMessage().contains(String.valueOf(root.getMessage())))) {
            text += ", caused by " + words(root);
        }
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String words(Throwable t) {
        String kind = t.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
        kind = kind.isEmpty() ? t.getClass().getSimpleName() : kind;
        return t.getMessage() == null ? "(" + kind + ")" : t.getMessage() + " (" + kind + ")";
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
