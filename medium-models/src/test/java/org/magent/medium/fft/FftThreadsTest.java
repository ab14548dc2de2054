package org.magent.medium.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/** JTransforms runs on daemon threads, so a library user's JVM exits when its main returns. */
class FftThreadsTest {

    /** A library user: one multi-threaded 3-D FFT, then main returns. */
    public static final class LibraryUser {
        private LibraryUser() {
        }

        /**
         * Runs one FFT and prints whether the pool's threads are daemons.
         *
         * @param args unused
         * @throws Exception if the FFT pool fails
         */
        public static void main(String[] args) throws Exception {
            double[] data = new double[2 * 64 * 64 * 64];
            data[2] = 1;
            new Fft(64, 64, 64).forward(data);
            Future<Boolean> daemon = ConcurrencyUtils.submit(() -> Thread.currentThread().isDaemon());
            System.out.println("daemon=" + daemon.get() + " threads=" + ConcurrencyUtils.getNumberOfThreads());
        }
    }

    @Test
    void poolIsPowerOfTwoDaemonsWithinTheCores() throws Exception {
        new Fft(8);
        int n = FftThreads.configure();
        assertEquals(n, FftThreads.configure(), "configured once");
        assertEquals(n, ConcurrencyUtils.getNumberOfThreads());
        assertEquals(1, Integer.bitCount(n));
        assertTrue(n <= Math.max(1, Runtime.getRuntime().availableProcessors()));
        assertTrue(ConcurrencyUtils.submit(() -> Thread.currentThread().isDaemon()).get());
    }

    /**
     * A separate JVM that only uses the library exits by itself, long before JLargeArrays' default non-daemon
     * pool would let it (its idle threads linger 60 s).
     */
    @Test
    void aLibraryUsersJvmExitsWhenMainReturns(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LibraryUser.class.getName())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = p.waitFor(30, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(exited, "the JVM still runs 30 s after main returned: " + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("daemon=true"), out);
    }
}
