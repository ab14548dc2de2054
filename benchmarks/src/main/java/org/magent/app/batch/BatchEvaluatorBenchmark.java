package org.magent.app.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.app.input.InitialState;
import org.magent.app.input.RateName;
import org.magent.benchmarks.batch.RandomCases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-case CPU of {@code magent batch} as its workers run it ({@link CaseEvaluator}: parse the row, check the
 * unit rule and h ≥ 0, evolve with the sector propagator, steady state, format the output line), at
 * {@code --t-max 5 --steps 200} with every coefficient present, single thread, after warm-up. The score is per
 * chunk of {@value #ROWS} cases; divide by {@value #ROWS} for one case. Lives in the batch package to reach the
 * package-private evaluator.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class BatchEvaluatorBenchmark {

    static final int ROWS = 128;

    /** The initial state: the X-state case of the peer, or a general superposition (general Wootters path). */
    @Param({"ud", "0.3+0.1i,0.8-0.2i,-0.2+0.4i,0.1+0.05i"})
    public String initial;

    private CaseEvaluator evaluator;
    private List<CaseReader.CaseRow> rows;
    private RateName[] names;
    private double[] z;
    private int next;

    /** Draws the cases. */
    @Setup
    public void setUp() {
        List<Map<String, String>> cases = RandomCases.draw(ROWS, 11);
        rows = new ArrayList<>();
        for (int k = 0; k < ROWS; k++) {
            rows.add(new CaseReader.CaseRow(k + 1, k + 2, cases.get(k).values().toArray(new String[0]), null));
        }
        evaluator = new CaseEvaluator("bench", RandomCases.HEADER, InitialState.parse(initial), 5, 200, false,
                DetectionEfficiency.PERFECT);
        names = RandomCases.HEADER.stream().map(RateName::valueOf).toArray(RateName[]::new);
        z = new double[2];
    }

    /**
     * Parsing the eleven values of one row (bare numbers, complex ones too) as the workers do.
     *
     * @return a sum of the values, kept live
     */
    @Benchmark
    public double parseRow() {
        next = (next + 1) % ROWS;
        String[] cells = rows.get(next).cells();
        double sum = 0;
        for (int c = 0; c < cells.length; c++) {
            CaseEvaluator.parse(names[c], cells[c], z);
            sum += z[0] + z[1];
        }
        return sum;
    }

    /**
     * One chunk of cases, whole.
     *
     * @return the output text
     */
    @Benchmark
    public StringBuilder chunk() {
        StringBuilder sb = new StringBuilder(ROWS * 256);
        evaluator.evaluate(rows, null, sb);
        return sb;
    }
}
