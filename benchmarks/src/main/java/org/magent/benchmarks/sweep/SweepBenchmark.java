package org.magent.benchmarks.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.ferromagnet.FerromagnetModel;
import org.magent.medium.lattice.LatticeFerromagnetModel;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.PostselectedPropagator;
import org.magent.qubits.dynamics.QubitFields;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of a separation sweep against the number of separations N = 10, 100, 1000, for a 1-D sweep
 * (one temperature) and a 2-D sweep (two temperatures, as the built-in example), split in its two stages:
 * <ul>
 *   <li>{@link #bathStage}: the medium evaluation and FDT layer, {@code FluctuationDissipation.sweep} over all N
 *       separations once per axis-2 value (shared: its cost per point falls with N), for the continuum 3-D
 *       ferromagnet (closed form) and the FFT square-lattice ferromagnet;</li>
 *   <li>{@link #pointDynamics}: the per-point engine work of {@code org.magent.app.sweep.PointDynamics} (same
 *       calls: a Lindblad propagator, 6 decades × 40 exact steps and ~30 exact propagations (Brent) for the maximum
 *       search, two sampling times, the steady state, a postselected evolution; the app adds the eigenvalues of
 *       the Lindbladian blocks for the lifetime), independent of N.</li>
 * </ul>
 * Cost per point = bathStage / (N · axis-2 values) + pointDynamics. (The benchmarks module does not depend on the
 * app module, so the app's PointDynamics itself is not called; the engine calls are the same.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SweepBenchmark {

    /** Number of separations. */
    @Param({"10", "100", "1000"})
    public int n;

    /** "1d": one temperature; "2d": two temperatures. */
    @Param({"1d", "2d"})
    public String axes;

    /**
     * "continuum": 3-D continuum ferromagnet (closed form, cost per separation); "square": FFT lattice
     * ferromagnet on a square lattice, the N separations inside one fixed 32 × 32 region (one FFT box for all N).
     */
    @Param({"continuum", "square"})
    public String medium;

    private Medium configured;
    private QubitCoupling qubits;
    private List<Separation> separations;
    private List<Double> temperatures;
    private TwoQubitModel model;
    private DensityMatrix rho0;

    /** Configures the medium, the separations and one representative point for the dynamics stage. */
    @Setup
    public void setUp() {
        if (medium.equals("continuum")) {
            configured = new FerromagnetModel().configure(Map.of("dim", "3", "gap", "0.25", "stiffness", "1",
                    "spinDensity", "1", "damping", "1e-3"));
        } else {
            configured = new LatticeFerromagnetModel().configure(Map.of("lattice", "square", "gap", "0.1",
                    "damping", "0.05"));
        }
        qubits = QubitCoupling.symmetric(1.0, 0.3);
        separations = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            separations.add(medium.equals("continuum") ? Separation.alongX(0.05 * k)
                    : new Separation(1 + (k - 1) % 32, (k - 1) / 32, 0));
        }
        temperatures = axes.equals("1d") ? List.of(0.0) : List.of(0.0, 0.4);
        BathReport mid = FluctuationDissipation.compute(configured, qubits, 0.4, separations.get(n / 2));
        model = new TwoQubitModel(new QubitFields(0, 0), mid.bath());
        rho0 = DensityMatrix.pure(new double[] {0, 1, 0, 0}, new double[4]);
    }

    /**
     * The shared stage: one FDT sweep over all separations per axis-2 value.
     *
     * @param bh sink
     */
    @Benchmark
    public void bathStage(Blackhole bh) {
        for (double t : temperatures) {
            bh.consume(FluctuationDissipation.sweep(configured, qubits, t, separations));
        }
    }

    /**
     * The per-point stage (independent of N; only run for N = 10 to save time, the other N repeat it).
     *
     * @param bh sink
     */
    @Benchmark
    public void pointDynamics(Blackhole bh) {
        LindbladPropagator p = LindbladPropagator.of(model);
        double sum = Entanglement.concurrence(p.steadyState(rho0));
        double[] acc = new double[1];
        for (double end = 1e-2; end <= 1e4; end *= 10) {
            p.evolve(rho0, end, 40, (k, t, state) -> acc[0] += Entanglement.concurrence(state));
        }
        for (int k = 0; k < 30; k++) {
            sum += Entanglement.concurrence(p.evolveTo(rho0, 0.5 + 1e-3 * k));
        }
        sum += acc[0];
        sum += Entanglement.concurrence(p.evolveTo(rho0, 2.0)) + Entanglement.concurrence(p.evolveTo(rho0, 5.0));
        double[] last = new double[1];
        PostselectedPropagator.of(model).evolve(rho0, 2.0, 1, (k, time, state, prob) -> last[0] = prob);
        bh.consume(sum + last[0]);
    }
}
