package org.magent.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

class ConcurrencyTest {

    @Test
    void fftThreadsArePowerOfTwoDaemonsWithinTheCores() throws Exception {
        int n = Concurrency.configureFftThreads();
        assertEquals(n, Concurrency.configureFftThreads(), "configured once");
        assertEquals(n, ConcurrencyUtils.getNumberOfThreads());
        assertEquals(1, Integer.bitCount(n));
        assertTrue(n <= Math.max(1, Runtime.getRuntime().availableProcessors()));
        // JTransforms submits its work through this pool: its threads must not keep the JVM alive
        Future<Boolean> daemon = ConcurrencyUtils.submit(() -> Thread.currentThread().isDaemon());
        assertTrue(daemon.get());
    }
}
