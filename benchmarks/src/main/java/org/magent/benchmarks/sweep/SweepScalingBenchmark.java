package org.magent.benchmarks.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.magent.app.cli.Main;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 200 × 200 sweep (separation × temperature) of {@code benchmarks/scripts/scaling.sh}, run through the real
 * command ({@code Main.run}, CSV and JSON written, no plots) in one JVM after warm-up, on {@code threads} workers:
 * the scaling of the sweep itself, without the JVM's start-up and JIT compilation, which the whole-process script
 * includes. The JVM runs with the launcher's options for {@code sweep} (quick compiler, parallel collector, 48 MB
 * young generation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn48m"})
public class SweepScalingBenchmark {

    /** Worker threads ({@code --threads}). */
    @Param({"1", "2"})
    public String threads;

    private Path dir;
    private int run;

    /**
     * Creates the working directory.
     *
     * @throws IOException if it cannot be created
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("magent-sweep-bench");
    }

    /**
     * Removes the working directory.
     *
     * @throws IOException if it cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * One sweep into a fresh output directory.
     *
     * @return the exit status (0)
     */
    @Benchmark
    public int sweep() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int code = Main.run(arguments("--threads", threads, "--output-dir", dir.resolve("run" + run++).toString()),
                quiet, quiet);
        if (code != 0) {
            throw new IllegalStateException("sweep exited with status " + code);
        }
        return code;
    }

    /**
     * The command line of the 200 × 200 sweep (no plots, no progress), followed by more options.
     *
     * @param more options appended
     * @return the arguments of {@code Main.run}
     */
    public static String[] arguments(String... more) {
        String[] sweep = {"sweep", "--medium", "ferromagnet", "--set",
            "dim=3,gap=0.2,stiffness=1,spinDensity=0.5,damping=1e-3", "--qubits", "Delta1=0.5,Delta2=0.5",
            "--separation", "0.5:40:200", "--axis2", "temperature=0:0.1:200", "--times", "10", "--no-progress",
            "--no-plots"};
        String[] all = java.util.Arrays.copyOf(sweep, sweep.length + more.length);
        System.arraycopy(more, 0, all, sweep.length, more.length);
        return all;
    }
}
