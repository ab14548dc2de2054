package org.magent.app.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.app.input.InitialState;
import org.magent.benchmarks.batch.RandomCases;
import org.magent.qubits.state.DensityMatrix;
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
 * The whole batch pipeline in one JVM, after warm-up (no start-up): read a file of {@value #CASES} cases with every
 * coefficient present, evaluate them on {@code threads} workers, write the output (to a discarding stream), at
 * {@code --t-max 5 --steps 200 --initial ud}. Comparing threads = 1 and 2 gives the scaling of the pipeline itself.
 * The JVM runs with the launcher's options for {@code batch} (quick compiler, serial collector, 256 MB heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m", "-Xmx256m"})
public class BatchPipelineBenchmark {

    /** Cases in the file. */
    public static final int CASES = 40_000;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private Path file;
    private DensityMatrix rho0;

    /**
     * Writes the cases.
     *
     * @throws IOException if the temporary file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("magent-bench", ".csv");
        writeCases(file);
        rho0 = InitialState.parse("ud");
    }

    /**
     * Removes the cases.
     *
     * @throws IOException if the file cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Runs the batch once. */
    @Benchmark
    public void pipeline() {
        run(file, rho0, threads);
    }

    /**
     * Writes {@value #CASES} random cases with every coefficient present to a file.
     *
     * @param file where
     * @throws IOException if it cannot be written
     */
    public static void writeCases(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", RandomCases.HEADER));
        for (Map<String, String> row : RandomCases.draw(CASES, 11)) {
            lines.add(String.join(",", row.values()));
        }
        Files.write(file, lines);
    }

    /**
     * Runs the pipeline of {@code magent batch} once on a file, at {@code --t-max 5 --steps 200}, discarding the
     * output.
     *
     * @param file the cases
     * @param rho0 the initial state
     * @param threads worker threads ({@code --threads})
     */
    public static void run(Path file, DensityMatrix rho0, int threads) {
        try (CaseReader reader = CaseReader.open(file);
                PrintWriter out = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)) {
            CaseEvaluator evaluator = new CaseEvaluator(reader.source(), reader.header(), rho0, 5, 200, false,
                    DetectionEfficiency.PERFECT);
            BatchRunner.run(reader, evaluator, null, threads, out);
        }
    }
}
