package org.magent.benchmarks.dynamics;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.complex.Complex;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.PostselectedPropagator;
import org.magent.qubits.dynamics.PostselectedTrajectory;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.Trajectory;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.state.DensityMatrix;
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
 * Cost of one complete two-qubit evolution as a sweep point pays it: build the generator
 * from the bath, propagate to 201 samples on t ∈ [0, 10], and evaluate the concurrence at every sample.
 * Every master-equation coefficient is nonzero. Target: ≤ 100 µs on one core.
 *
 * <p>The {@code initial} parameter selects an X-state trajectory ({@code ud}: the paper's case) or a generic
 * complex superposition whose states are not X states (the general Wootters path at every sample).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvolutionBenchmark {

    /** Initial state: the product state |↑↓⟩ or a generic superposition. */
    @Param({"ud", "generic"})
    public String initial;

    private TwoQubitModel model;
    private DensityMatrix rho0;

    /** Builds the bath (all coefficients nonzero, h positive definite) and the initial state. */
    @Setup
    public void setUp() {
        BathParameters bath = BathParameters.explicit(1.0, 0.1, new Complex(0.9, 0.1), new Complex(0.05, -0.02),
                0.2, -0.1, 0.05, 0.01, new Complex(0.0, 0.005));
        model = new TwoQubitModel(new QubitFields(1.3, 0.7), bath);
        rho0 = "ud".equals(initial)
                ? DensityMatrix.pure(new double[] {0, 1, 0, 0}, new double[] {0, 0, 0, 0})
                : DensityMatrix.pure(new double[] {0.3, 0.8, -0.2, 0.1}, new double[] {0.1, -0.2, 0.4, 0.05});
    }

    /**
     * Unmonitored evolution, 201 samples, concurrence at each.
     *
     * @return the sum of concurrences (kept live for the JIT)
     */
    @Benchmark
    public double unmonitored() {
        Trajectory tr = LindbladPropagator.of(model).evolve(rho0, 10.0, 200);
        double sum = 0;
        for (DensityMatrix rho : tr.states()) {
            sum += Entanglement.concurrence(rho);
        }
        return sum;
    }

    /**
     * Postselected evolution, 201 samples, concurrence at each.
     *
     * @return the sum of concurrences and success probabilities
     */
    @Benchmark
    public double postselected() {
        PostselectedTrajectory tr = PostselectedPropagator.of(model).evolve(rho0, 10.0, 200);
        double sum = 0;
        for (int k = 0; k < tr.states().length; k++) {
            sum += Entanglement.concurrence(tr.states()[k]) + tr.successProbability()[k];
        }
        return sum;
    }
}
