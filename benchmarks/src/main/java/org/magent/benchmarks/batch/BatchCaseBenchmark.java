package org.magent.benchmarks.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.magent.app.evolve.Evolution;
import org.magent.app.evolve.EvolutionRequest;
import org.magent.app.evolve.EvolutionResult;
import org.magent.app.input.ExplicitRates;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.Liouvillians;
import org.magent.qubits.dynamics.SectorPropagator;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.entanglement.Entanglement;
import org.magent.qubits.linalg.BlockDecomposition;
import org.magent.qubits.state.DensityMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-case CPU of one {@code magent batch} case, phase by phase, at {@code --t-max 5 --steps 200 --initial ud}
 * with every coefficient present ({@link RandomCases}; 256 cases, cycled). Single thread, after warm-up.
 *
 * <p>The {@code general*} methods are the general-purpose engine path ({@link LindbladPropagator},
 * {@link Entanglement#observables}): parse with {@link ExplicitRates}, build and block-decompose the 16×16
 * Liouvillian, exponentiate, step with a copy and a validated {@link DensityMatrix} per sample, all four
 * observables per sample, and a second build plus an SVD kernel projector for the steady state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BatchCaseBenchmark {

    static final double T_MAX = 5;
    static final int STEPS = 200;
    static final int CASES = 256;

    private List<Map<String, String>> rows;
    private TwoQubitModel[] models;
    private LindbladPropagator[] propagators;
    private BlockDecomposition[] generators;
    private DensityMatrix[][] trajectories;
    private double[][] xEntries;
    private DensityMatrix rho0;
    private int next;

    /** Draws the cases and precomputes what each phase starts from. */
    @Setup
    public void setUp() {
        rows = RandomCases.draw(CASES, 11);
        rho0 = DensityMatrix.pure(new double[] {0, 1, 0, 0}, new double[4]);
        models = new TwoQubitModel[CASES];
        propagators = new LindbladPropagator[CASES];
        generators = new BlockDecomposition[CASES];
        trajectories = new DensityMatrix[CASES][];
        for (int k = 0; k < CASES; k++) {
            ExplicitRates r = ExplicitRates.of(rows.get(k));
            models[k] = Evolution.model(r.bath(), r.delta1(), r.delta2());
            propagators[k] = LindbladPropagator.of(models[k]);
            generators[k] = BlockDecomposition.of(Liouvillians.lindbladian(models[k]));
            trajectories[k] = propagators[k].evolve(rho0, T_MAX, STEPS).states();
        }
        xEntries = new double[16][];
        for (int k = 0; k < 16; k++) {
            DensityMatrix[] t = trajectories[k];
            xEntries[k] = new double[8 * t.length];
            for (int j = 0; j < t.length; j++) {
                double[] e = {t[j].re(0, 0), t[j].re(1, 1), t[j].re(2, 2), t[j].re(3, 3), t[j].re(1, 2), t[j].im(1, 2),
                    t[j].re(0, 3), t[j].im(0, 3)};
                System.arraycopy(e, 0, xEntries[k], 8 * j, 8);
            }
        }
    }

    private int nextCase() {
        next = (next + 1) & (CASES - 1);
        return next;
    }

    /**
     * Parsing one row of value texts into rates (general path).
     *
     * @return the rates
     */
    @Benchmark
    public ExplicitRates generalParse() {
        return ExplicitRates.of(rows.get(nextCase()));
    }

    /**
     * Building the Liouvillian and its blocks (general path).
     *
     * @return the propagator
     */
    @Benchmark
    public LindbladPropagator generalBuild() {
        return LindbladPropagator.of(models[nextCase()]);
    }

    /**
     * The one-step exponential of every block (general path).
     *
     * @return the propagator
     */
    @Benchmark
    public Object generalExponential() {
        return generators[nextCase()].exp(T_MAX / STEPS);
    }

    /**
     * Exponential plus stepping with a validated copy of each sample (general path); stepping alone is this
     * minus {@link #generalExponential()}.
     *
     * @return the sample times
     */
    @Benchmark
    public double[] generalExponentialAndStepping() {
        return propagators[nextCase()].evolve(rho0, T_MAX, STEPS, (k, t, s) -> { });
    }

    /**
     * The four observables of {@code evolve} at every sample (general path).
     *
     * @return a sum, kept live
     */
    @Benchmark
    public double generalObservables() {
        double sum = 0;
        for (DensityMatrix s : trajectories[nextCase()]) {
            sum += Entanglement.observables(s).purity();
        }
        return sum;
    }

    /**
     * The steady state reached from |ud⟩: a second build and the SVD kernel projector (general path).
     *
     * @return the state
     */
    @Benchmark
    public DensityMatrix generalSteadyState() {
        return LindbladPropagator.of(models[nextCase()]).steadyState(rho0);
    }

    /**
     * Building the sector propagator: L of the occupied sectors from the linear basis (batch path).
     *
     * @return the propagator
     */
    @Benchmark
    public SectorPropagator sectorBuild() {
        return SectorPropagator.lindblad(models[nextCase()], rho0);
    }

    /**
     * Build, one-step exponential of the occupied sectors, stepping and the concurrence summary (batch path).
     *
     * @return the summary
     */
    @Benchmark
    public SectorPropagator.ConcurrenceSummary sectorEvolution() {
        return SectorPropagator.lindblad(models[nextCase()], rho0).concurrenceSummary(T_MAX, STEPS);
    }

    /**
     * Build and the exponential alone: a single step (batch path); stepping is {@link #sectorEvolution()}
     * minus this.
     *
     * @return the summary
     */
    @Benchmark
    public SectorPropagator.ConcurrenceSummary sectorBuildAndExponential() {
        return SectorPropagator.lindblad(models[nextCase()], rho0).concurrenceSummary(T_MAX / STEPS, 1);
    }

    /**
     * Build and the steady state by the trace-constrained LU, and its concurrence (batch path).
     *
     * @return the steady concurrence
     */
    @Benchmark
    public double sectorSteadyState() {
        return SectorPropagator.lindblad(models[nextCase()], rho0).steadyConcurrence();
    }

    /**
     * The X-state concurrence, Eq. (S52), at 201 samples (the only observable batch outputs), from the independent
     * entries of precomputed states held in one flat array per case (batch path; 16 cases cycled).
     *
     * @return a sum, kept live
     */
    @Benchmark
    public double sectorObservables() {
        double[] x = xEntries[nextCase() & 15];
        double sum = 0;
        for (int k = 0; k < x.length; k += 8) {
            sum += Entanglement.xStateConcurrence(x[k], x[k + 1], x[k + 2], x[k + 3], x[k + 4], x[k + 5], x[k + 6],
                    x[k + 7]);
        }
        return sum;
    }

    /**
     * One whole case the way the general path runs it: parse, model, evolution with all observables, steady
     * state, summary.
     *
     * @return the summary values
     */
    @Benchmark
    public double[] generalTotal() {
        ExplicitRates r = ExplicitRates.of(rows.get(nextCase()));
        TwoQubitModel m = Evolution.model(r.bath(), r.delta1(), r.delta2());
        EvolutionResult res = Evolution.run(new EvolutionRequest(m, rho0, T_MAX, STEPS, false, true));
        double max = Double.NEGATIVE_INFINITY;
        double tAtMax = 0;
        for (double[] row : res.columns().rows()) {
            if (row[EvolutionResult.CONCURRENCE] > max) {
                max = row[EvolutionResult.CONCURRENCE];
                tAtMax = row[EvolutionResult.T];
            }
        }
        return new double[] {res.last(EvolutionResult.CONCURRENCE), max, tAtMax, res.steadyConcurrence()};
    }
}
