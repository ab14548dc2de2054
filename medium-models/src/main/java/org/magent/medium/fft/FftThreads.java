package org.magent.medium.fft;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The thread pool JTransforms (through JLargeArrays 1.5's {@link ConcurrencyUtils}) runs its FFTs on.
 *
 * <p>JLargeArrays' default pool is a cached pool of non-daemon threads that keeps a JVM alive for a minute after
 * the work ends. The first {@link Fft} installs a fixed pool of daemon threads instead, sized to the largest
 * power of two not above the number of cores (JTransforms splits its loops in powers of two), so a program
 * that uses the FFT media exits as soon as its {@code main} returns. A library user may install another pool
 * with {@link ConcurrencyUtils#setThreadPool} afterwards.
 */
public final class FftThreads {

    private static final AtomicBoolean CONFIGURED = new AtomicBoolean();

    private FftThreads() {
    }

    /**
     * Installs the daemon pool and its thread count; later calls do nothing.
     *
     * @return the number of FFT threads in use
     */
    public static int configure() {
        if (CONFIGURED.compareAndSet(false, true)) {
            int threads = Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "magent-fft");
                t.setDaemon(true);
                return t;
            });
            ConcurrencyUtils.setThreadPool(pool);
            ConcurrencyUtils.setNumberOfThreads(threads);
        }
        return ConcurrencyUtils.getNumberOfThreads();
    }
}
