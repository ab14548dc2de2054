package org.magent.app.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Configures the thread pool that JTransforms (through JLargeArrays 1.5's {@link ConcurrencyUtils}) uses for
 * its FFTs, once per process, at start-up.
 *
 * <p>JLargeArrays' default pool is a cached pool of non-daemon threads that keeps the JVM alive for a
 * minute after the work ends; magent installs a fixed pool of daemon threads instead, sized to the largest
 * power of two not above the number of cores (JTransforms splits its loops in powers of two).
 */
public final class Concurrency {

    private static final AtomicInteger CONFIGURED = new AtomicInteger();

    private Concurrency() {
    }

    /**
     * Sets JTransforms' thread count and pool; later calls do nothing.
     *
     * @return the number of FFT threads in use
     */
    public static int configureFftThreads() {
        if (CONFIGURED.compareAndSet(0, 1)) {
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
