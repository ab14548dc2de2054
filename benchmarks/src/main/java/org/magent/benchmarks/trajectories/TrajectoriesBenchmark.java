package org.magent.benchmarks.trajectories;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.complex.Complex;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.trajectories.EnsembleStatistics;
import org.magent.qubits.trajectories.QuantumJumps;
import org.magent.qubits.trajectories.TrajectoryRequest;
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
 * Cost of a quantum-jump ensemble (speed target: 10⁴ trajectories of 201 samples in at most 1 s on 2 cores for a
 * general bath): every master-equation coefficient nonzero (the bath of {@code EvolutionBenchmark}), t ∈ [0, 10],
 * detection efficiency 0.5, statistics of the mean state, the detection counts, the heralded states and the first
 * detections streamed as {@code magent trajectories} does. {@code benchmarks/python/qutip_mcsolve_bench.py} runs
 * QuTiP's {@code mcsolve} on the same case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class TrajectoriesBenchmark {

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    /** Initial state: |↑↓⟩ or a generic complex superposition. */
    @Param({"ud", "generic"})
    public String initial;

    private TrajectoryRequest request;

    /** Builds the request: 10⁴ trajectories, 201 samples. */
    @Setup
    public void setUp() {
        BathParameters bath = BathParameters.explicit(1.0, 0.1, new Complex(0.9, 0.1), new Complex(0.05, -0.02),
                0.2, -0.1, 0.05, 0.01, new Complex(0.0, 0.005));
        TwoQubitModel model = new TwoQubitModel(new QubitFields(1.3, 0.7), bath);
        DensityMatrix rho0 = "ud".equals(initial)
                ? DensityMatrix.pure(new double[] {0, 1, 0, 0}, new double[] {0, 0, 0, 0})
                : DensityMatrix.pure(new double[] {0.3, 0.8, -0.2, 0.1}, new double[] {0.1, -0.2, 0.4, 0.05});
        request = new TrajectoryRequest(model, rho0, new DetectionEfficiency(0.5), 10.0, 200, 10_000, 1L,
                TrajectoryRequest.DEFAULT_MAX_COUNT);
    }

    /**
     * One ensemble of 10⁴ trajectories.
     *
     * @return the final mean detection count (kept live for the JIT)
     */
    @Benchmark
    public double ensemble() {
        EnsembleStatistics s = QuantumJumps.run(request, threads);
        return s.meanDetections(s.samples() - 1);
    }
}
