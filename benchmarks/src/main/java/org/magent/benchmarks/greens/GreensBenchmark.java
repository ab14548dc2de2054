package org.magent.benchmarks.greens;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.magent.medium.fft.Fft;
import org.magent.medium.greens.Band;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.FftGreensEngine;
import org.magent.medium.greens.GreensValues;
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
 * Cost of the Green's-function FFT engine: (1) {@link FftGreensEngine#evaluate} on a simple-cubic lattice band
 * versus the number of displacements (1, 10, 100, 1000: all are read off the same grids); (2) one G^R on all
 * sites of a 128³ Brillouin-zone grid (kernel fill + one backward FFT); (3) the bare complex 128³ FFT, to
 * compare with numpy.fft.fftn (benchmarks/python/numpy_fft_bench.py).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar greens -f 1 -wi 3 -i 5}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GreensBenchmark {

    private static final int GRID = 128;

    /** Simple-cubic lattice band ω_k = Ω + 2JS Σ(1 − cos k_μ), J = S = 1, Ω = 0.1, α = 0.3. */
    private static final Band CUBIC = new Band() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double omega(double kx, double ky, double kz) {
            return 0.1 + 2 * (3 - Math.cos(kx) - Math.cos(ky) - Math.cos(kz));
        }

        @Override
        public boolean isLattice() {
            return true;
        }

        @Override
        public double spinDensity() {
            return 1;
        }

        @Override
        public double damping() {
            return 0.3;
        }
    };

    /** Per-thread state: the displacement list and FFT plans are not shared across threads. */
    @State(Scope.Thread)
    public static class EngineState {
        /** Number of displacements evaluated per call. */
        @Param({"1", "10", "100", "1000"})
        public int displacements;

        List<Displacement> list;
        FftGreensEngine engine;

        /** Builds the displacements (lattice vectors within a 10³ block) and the engine (1 GB budget). */
        @Setup
        public void setUp() {
            list = new ArrayList<>();
            for (int k = 0; k < displacements; k++) {
                list.add(new Displacement(k % 10, (k / 10) % 10, k / 100));
            }
            engine = new FftGreensEngine(1L << 30);
        }
    }

    /** Per-thread state for the raw 128³ transforms. */
    @State(Scope.Thread)
    public static class GridState {
        Fft fft;
        double[] data;

        /** Plans the 128³ transform and allocates its array (32 MB). */
        @Setup
        public void setUp() {
            fft = new Fft(GRID, GRID, GRID);
            data = new double[2 * GRID * GRID * GRID];
        }
    }

    /**
     * The engine: fine and comparison grids plus the read-off of all displacements (relative tolerance 1e-5).
     *
     * @param state the displacements and engine
     * @return the values (consumed by JMH)
     */
    @Benchmark
    public GreensValues engineEvaluate(EngineState state) {
        return state.engine.evaluate(CUBIC, 1.7, state.list, 1e-5);
    }

    /**
     * One G^R(n, ω) on all 128³ sites: fill 1/((1+iα)ω − ω_k) on the Brillouin-zone grid and transform once.
     *
     * @param state the plan and array
     * @return the array (consumed by JMH)
     */
    @Benchmark
    public double[] allSites128(GridState state) {
        double[] data = state.data;
        double wr = 1.7;
        double wi = 0.3 * 1.7;
        double dk = 2 * Math.PI / GRID;
        int p = 0;
        for (int a = 0; a < GRID; a++) {
            double ca = Math.cos(dk * a);
            for (int b = 0; b < GRID; b++) {
                double cb = Math.cos(dk * b);
                for (int c = 0; c < GRID; c++) {
                    double x = wr - (0.1 + 2 * (3 - ca - cb - Math.cos(dk * c)));
                    double den = 2 / (x * x + wi * wi) / (GRID * GRID * GRID);
                    data[p++] = x * den;
                    data[p++] = -wi * den;
                }
            }
        }
        state.fft.backward(data);
        return data;
    }

    /**
     * The bare complex forward FFT of a 128³ array (compare numpy.fft.fftn on complex128).
     *
     * @param state the plan and array
     * @return the array (consumed by JMH)
     */
    @Benchmark
    public double[] fft128(GridState state) {
        state.fft.forward(state.data);
        return state.data;
    }
}
