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
import org.magent.app.media.MediaContext;
import org.magent.app.output.Progress;
import org.magent.app.sweep.Scenario;
import org.magent.app.sweep.ScenarioFiles;
import org.magent.app.sweep.SweepRunner;
import org.magent.app.sweep.SweepTable;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The points of the 200 × 200 sweep of {@link SweepScalingBenchmark} alone: the baths are prepared once, then
 * {@code SweepRunner.run} computes every point and formats its CSV cells on {@code threads} workers, with no file
 * written. Against {@link SweepScalingBenchmark} (the whole command) it separates the scaling of the parallel part
 * from the serial rest. The JVM runs with the launcher's options for {@code sweep}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn48m"})
public class SweepPointsBenchmark {

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private SweepRunner.Prepared prepared;
    private SweepTable table;

    /**
     * Writes the scenario once with the command (a whole run), reads it back and prepares its baths.
     *
     * @throws IOException if the temporary directory cannot be used
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("magent-points-bench");
        try {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            int code = Main.run(SweepScalingBenchmark.arguments("--output-dir", dir.resolve("run").toString()), quiet,
                    quiet);
            if (code != 0) {
                throw new IllegalStateException("sweep exited with status " + code);
            }
            MediaContext media = new MediaContext(getClass().getClassLoader());
            Scenario s = ScenarioFiles.read(dir.resolve("run/scenario.json")).resolve(media.catalog());
            prepared = SweepRunner.prepare(s, media.catalog(), threads);
            table = new SweepTable(s);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Every point, cells formatted on the workers.
     *
     * @param sink consumes the rows
     */
    @Benchmark
    public void points(Blackhole sink) {
        SweepRunner.run(prepared, 0, threads, Progress.NONE, table::cells, sink::consume);
    }
}
