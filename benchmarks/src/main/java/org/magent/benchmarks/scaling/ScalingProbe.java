package org.magent.benchmarks.scaling;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.magent.app.batch.BatchPipelineBenchmark;
import org.magent.app.cli.Main;
import org.magent.app.input.InitialState;
import org.magent.benchmarks.sweep.SweepScalingBenchmark;
import org.magent.qubits.state.DensityMatrix;

/**
 * Thread scaling in one warmed JVM, measured in alternating order: each round runs the workload with 1 thread and
 * with 2, the order flipping from round to round, so that a neighbour taking a core slows both sides alike (JMH
 * runs all forks of one parameter before the other's, which on a shared machine can put the two in different
 * weather). Prints each round (with the cores it used, the CPU time of the calling thread and the collectors' pause time), the medians, the ratio of the medians and the spread of the rounds' ratios.
 *
 * <p>Workloads:
 * <ul>
 *   <li>{@code batch}: the pipeline of {@code magent batch} on {@value BatchPipelineBenchmark#CASES} cases
 *       (reading, evaluating, writing to a discarding stream), as {@link BatchPipelineBenchmark};</li>
 *   <li>{@code sweep}: the 200 × 200 {@code magent sweep} of {@link SweepScalingBenchmark}, through
 *       {@code Main.run}, CSV and JSON written, no figures;</li>
 *   <li>{@code sweep-plots}: the same sweep with its four figures;</li>
 *   <li>{@code machine}: the machine's ceiling, a fixed amount of arithmetic with no memory traffic and nothing
 *       shared, split over the threads.</li>
 * </ul>
 *
 * <p>Usage: {@code java [launcher options] -cp benchmarks.jar org.magent.benchmarks.scaling.ScalingProbe
 * WORKLOAD [ROUNDS=7] [WARM-UP=3]}; {@code benchmarks/scripts/scaling_inprocess.sh} runs it with the launcher's
 * JVM options for each command.
 */
public final class ScalingProbe {

    /** The CPU time of the calling thread: what it spends beside the workers. */
    private static final ThreadMXBean CALLER = ManagementFactory.getThreadMXBean();

    private ScalingProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args workload, rounds, warm-up rounds
     * @throws IOException if a working file cannot be written or removed
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || !List.of("batch", "sweep", "sweep-plots", "machine").contains(args[0])) {
            System.err.println("usage: ScalingProbe batch|sweep|sweep-plots|machine [ROUNDS=7] [WARM-UP=3]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = Files.createTempDirectory("magent-scaling");
        try {
            Workload work = workload(args[0], dir);
            for (int k = 0; k < warmUp; k++) {
                work.run(2);
                work.run(1);
            }
            double[] one = new double[rounds];
            double[] two = new double[rounds];
            double[] cpuOne = new double[rounds];
            double[] cpuTwo = new double[rounds];
            double[] callerOne = new double[rounds];
            double[] callerTwo = new double[rounds];
            double[] gcOne = new double[rounds];
            double[] gcTwo = new double[rounds];
            for (int k = 0; k < rounds; k++) {
                boolean oneFirst = k % 2 == 0;
                for (int side = 0; side < 2; side++) {
                    int threads = (side == 0) == oneFirst ? 1 : 2;
                    long cpu0 = processCpuNanos();
                    long caller0 = CALLER.getCurrentThreadCpuTime();
                    long gc0 = gcMillis();
                    long t0 = System.nanoTime();
                    work.run(threads);
                    double wall = (System.nanoTime() - t0) * 1e-9;
                    double cores = (processCpuNanos() - cpu0) * 1e-9 / wall;
                    double caller = (CALLER.getCurrentThreadCpuTime() - caller0) * 1e-9;
                    double gc = (gcMillis() - gc0) * 1e-3;
                    if (threads == 1) {
                        one[k] = wall;
                        cpuOne[k] = cores;
                        callerOne[k] = caller;
                        gcOne[k] = gc;
                    } else {
                        two[k] = wall;
                        cpuTwo[k] = cores;
                        callerTwo[k] = caller;
                        gcTwo[k] = gc;
                    }
                }
                System.out.printf(Locale.ROOT, "%s round %d: 1 thread %.3f s (%.2f cores, calling thread %.3f "
                        + "CPU-s, GC pauses %.3f s), 2 threads %.3f s (%.2f cores, calling thread %.3f CPU-s, GC pauses "
                        + "%.3f s), speed-up %.2fx%n", args[0], k + 1, one[k], cpuOne[k], callerOne[k], gcOne[k],
                        two[k], cpuTwo[k], callerTwo[k], gcTwo[k], one[k] / two[k]);
            }
            double[] ratios = new double[rounds];
            for (int k = 0; k < rounds; k++) {
                ratios[k] = one[k] / two[k];
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "%s: medians of %d alternating rounds: 1 thread %.3f s, 2 threads %.3f s, "
                    + "speed-up %.2fx (rounds %.2f-%.2fx, median %.2fx)%n", args[0], rounds, median(one),
                    median(two), median(one) / median(two), ratios[0], ratios[rounds - 1], median(ratios));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** One run of a workload on a number of threads. */
    private interface Workload {
        void run(int threads);
    }

    private static Workload workload(String name, Path dir) throws IOException {
        if (name.equals("machine")) {
            return ScalingProbe::machine;
        }
        if (name.equals("batch")) {
            Path file = dir.resolve("cases.csv");
            BatchPipelineBenchmark.writeCases(file);
            DensityMatrix rho0 = InitialState.parse("ud");
            return threads -> BatchPipelineBenchmark.run(file, rho0, threads);
        }
        boolean plots = name.equals("sweep-plots");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int[] run = {0};
        return threads -> {
            List<String> args = new ArrayList<>(Arrays.asList(SweepScalingBenchmark.arguments("--threads",
                    Integer.toString(threads), "--output-dir", dir.resolve("run" + run[0]++).toString())));
            if (plots) {
                args.remove("--no-plots");
            }
            int code = Main.run(args.toArray(new String[0]), quiet, quiet);
            if (code != 0) {
                throw new IllegalStateException("sweep exited with status " + code);
            }
        };
    }

    /** The collectors' accumulated pause time (ms): with a stop-the-world collector, wall time no worker computes. */
    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /**
     * The machine's own ceiling: a fixed amount of arithmetic (6×6 matrix products on each thread's own arrays, no
     * memory traffic, no sharing) split over the threads. Its speed-up is what two threads can get here at best.
     */
    private static void machine(int threads) {
        long total = 4_000_000;
        Thread[] workers = new Thread[threads];
        double[] sink = new double[threads];
        for (int w = 0; w < threads; w++) {
            int id = w;
            workers[w] = new Thread(() -> sink[id] = matrixProducts(total / threads, id));
            workers[w].start();
        }
        try {
            for (Thread t : workers) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (Double.isNaN(sink[0])) {
            throw new IllegalStateException("no result");
        }
    }

    private static double matrixProducts(long count, int seed) {
        double[] a = new double[36];
        double[] b = new double[36];
        double[] c = new double[36];
        for (int i = 0; i < 36; i++) {
            a[i] = 0.1 * Math.sin(i + seed);
            b[i] = 0.1 * Math.cos(3 * i + seed);
        }
        double s = 0;
        for (long it = 0; it < count; it++) {
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    double x = 0;
                    for (int k = 0; k < 6; k++) {
                        x += a[6 * i + k] * b[6 * k + j];
                    }
                    c[6 * i + j] = x;
                }
            }
            double[] t = a;
            a = c;
            c = t;
            s += a[7];
            if ((it & 1023) == 0) {
                for (int i = 0; i < 36; i++) {
                    a[i] = 0.1 * Math.sin(i + it);
                }
            }
        }
        return s;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }
}
