package org.magent.app.sweep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.magent.app.concurrent.Futures;
import org.magent.app.input.InitialState;
import org.magent.app.output.Progress;
import org.magent.physics.PhysicalConstants;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.NvPairBath;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.MediumCatalog;
import org.magent.medium.MediumModel;
import org.magent.medium.Separation;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * Runs a sweep: for each value of the second axis one configured medium and one
 * {@link FluctuationDissipation#sweep} over all separations (one medium evaluation), then the per-point dynamics
 * ({@link PointDynamics}) on a pool of threads, in chunks of consecutive points. Points are handed to the sink
 * strictly in order (axis 2 outer, separation inner), each as soon as its chunk and all before it are done.
 */
public final class SweepRunner {

    private SweepRunner() {
    }

    /**
     * The points of one axis-2 value (and, above a film, one direction): the bath and the qubit splittings of
     * every separation, and the detection efficiency.
     *
     * @param qubits Δ1, Δ2, λ of the scenario at this axis-2 value (contact coupling; the NV frequencies above
     *     a film)
     * @param axis2 the axis-2 value, NaN without one
     * @param reports the bath of every separation
     * @param fields the qubit splittings of the dynamics at every separation
     * @param efficiency the detection efficiency η
     * @param direction the direction of the separations (rad)
     * @param nv the NV bath of every separation, or null for qubits coupled by contact
     */
    record Slice(QubitCoupling qubits, double axis2, List<BathReport> reports, List<FieldEnsemble> fields,
            double efficiency, double direction, List<NvPairBath.Point> nv) {

        /** A slice of qubits coupled by contact: the same splittings at every separation, along x. */
        Slice(QubitCoupling qubits, double axis2, List<BathReport> reports, double efficiency) {
            this(qubits, axis2, reports, java.util.Collections.nCopies(reports.size(),
                    FieldEnsemble.single(qubits.delta1(), qubits.delta2())), efficiency, 0, null);
        }
    }

    /** A scenario with its media configured and its baths computed (one per axis-2 value), ready to run. */
    public static final class Prepared {
        private final Scenario scenario;
        private final List<Slice> slices;
        private final DensityMatrix rho0;

        private Prepared(Scenario scenario, List<Slice> slices, DensityMatrix rho0) {
            this.scenario = scenario;
            this.slices = List.copyOf(slices);
            this.rho0 = rho0;
        }

        /**
         * The scenario.
         *
         * @return the sweep being prepared
         */
        public Scenario scenario() {
            return scenario;
        }

        /**
         * The distinct warnings of the bath reports of all points (e.g. "Jz, d, Dd not computed by …"), in the
         * order they first occur.
         *
         * @return the warnings, possibly empty
         */
        public List<String> warnings() {
            if (scenario.nv().isPresent()) {
                return NvSlices.warnings(scenario, slices);
            }
            Set<String> out = new LinkedHashSet<>();
            for (Slice slice : slices) {
                for (BathReport report : slice.reports()) {
                    out.addAll(report.warnings());
                }
            }
            return List.copyOf(out);
        }
    }

    /**
     * Configures the media and computes the baths of all points (one {@link FluctuationDissipation#sweep} per
     * axis-2 value), so that bad input is refused before any output is written.
     *
     * @param s the scenario
     * @param catalog the registered media
     * @return the prepared sweep
     * @throws InvalidInputException for an unknown medium, a bad parameter, an axis the medium cannot vary, or
     *     a separation the medium refuses
     */
    public static Prepared prepare(Scenario s, MediumCatalog catalog) {
        return prepare(s, catalog, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #prepare(Scenario, MediumCatalog)}, with the independent bath evaluations (above a film: one per
     * direction and film configuration) spread over threads.
     *
     * @param s the scenario
     * @param catalog the registered media
     * @param threads the threads for the bath evaluations, ≥ 1
     * @return the prepared sweep
     * @throws InvalidInputException as {@link #prepare(Scenario, MediumCatalog)}
     */
    public static Prepared prepare(Scenario s, MediumCatalog catalog, int threads) {
        return new Prepared(s, slices(s, catalog, threads), InitialState.parse(s.initial()));
    }

    /**
     * Runs the points {@code skip, skip+1, …} of the scenario.
     *
     * @param s the scenario
     * @param catalog the registered media
     * @param skip how many leading points are already done (resume)
     * @param threads worker threads, ≥ 1
     * @param progress the progress display ({@link Progress#NONE} for none)
     * @param sink receives each point in order
     * @throws InvalidInputException as {@link #prepare}
     */
    public static void run(Scenario s, MediumCatalog catalog, int skip, int threads, Progress progress,
            Consumer<PointResult> sink) {
        run(prepare(s, catalog, threads), skip, threads, progress, sink);
    }

    /**
     * Runs the points {@code skip, skip+1, …} of a prepared scenario.
     *
     * @param prepared the scenario with its baths
     * @param skip how many leading points are already done (resume)
     * @param threads worker threads, ≥ 1
     * @param progress the progress display ({@link Progress#NONE} for none); it is not closed here
     * @param sink receives each point in order
     */
    public static void run(Prepared prepared, int skip, int threads, Progress progress,
            Consumer<PointResult> sink) {
        run(prepared, skip, threads, progress, Function.identity(), sink);
    }

    /**
     * As {@link #run(Prepared, int, int, Progress, Consumer)}, with each point also transformed on the worker
     * thread that computed it (e.g. formatted into table cells), so that the calling thread only consumes.
     *
     * @param <R> what each point becomes
     * @param prepared the scenario with its baths
     * @param skip how many leading points are already done (resume)
     * @param threads worker threads, ≥ 1
     * @param progress the progress display ({@link Progress#NONE} for none); it is not closed here
     * @param inWorker the transformation, run on the workers (must be thread-safe)
     * @param sink receives each transformed point in order, on the calling thread
     */
    public static <R> void run(Prepared prepared, int skip, int threads, Progress progress,
            Function<PointResult, R> inWorker, Consumer<R> sink) {
        Scenario s = prepared.scenario;
        int total = s.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "magent-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            // Points go to the workers in chunks of consecutive points, and a bounded window of chunks is in flight:
            // the calling thread wakes once a chunk, not once a point (a park and an unpark a point cost more CPU
            // than the consumer's own work), and the tasks and their results live briefly, whatever the size.
            int chunk = chunkSize(total - skip, threads);
            int window = CHUNKS_PER_THREAD * Math.max(1, threads);
            ArrayDeque<Future<Chunk<R>>> pending = new ArrayDeque<>(window);
            int next = skip;
            for (; next < total && pending.size() < window; next += chunk) {
                pending.add(submit(pool, prepared, next, Math.min(total, next + chunk), inWorker));
            }
            for (int k = skip; k < total; ) {
                Chunk<R> done = Futures.await(pending.poll(), "computing point " + (k + 1));
                if (next < total) {
                    pending.add(submit(pool, prepared, next, Math.min(total, next + chunk), inWorker));
                    next += chunk;
                }
                for (R r : done.results()) {
                    sink.accept(r);
                    progress.stepTo(++k);
                }
                if (done.failure() != null) {
                    throw located(done.failure(), s, k);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Chunks in flight per worker thread: enough that no worker waits for the consumer. */
    static final int CHUNKS_PER_THREAD = 4;
    /** The most points in one chunk. */
    static final int MAX_CHUNK = 32;

    /**
     * Points per chunk: at most {@value #MAX_CHUNK}, and small enough that every thread gets at least 8 chunks (a
     * short sweep stays balanced over the threads).
     *
     * @param points the points to run
     * @param threads the worker threads
     * @return the chunk size, ≥ 1
     */
    static int chunkSize(int points, int threads) {
        return Math.max(1, Math.min(MAX_CHUNK, points / (8 * Math.max(1, threads))));
    }

    /**
     * The transformed points of a chunk, in order, up to the first that failed; then that failure (else null).
     *
     * @param <R> what each point becomes
     * @param results the points before the failure (all of them without one)
     * @param failure what the next point threw, or null
     */
    private record Chunk<R>(List<R> results, RuntimeException failure) {
    }

    /** Computes the points {@code from, …, to − 1} on a worker, in order, until one fails. */
    private static <R> Future<Chunk<R>> submit(ExecutorService pool, Prepared prepared, int from, int to,
            Function<PointResult, R> inWorker) {
        Scenario s = prepared.scenario;
        int perSlice = s.separations().size();
        return pool.submit(() -> {
            List<R> results = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                Slice slice = prepared.slices.get(k / perSlice);
                int ir = k % perSlice;
                try {
                    PointResult p = PointDynamics.compute(slice.reports().get(ir), slice.fields().get(ir),
                            prepared.rho0, s.times(), s.postselectTime(), s.separations().get(ir), slice.axis2(),
                            new DetectionEfficiency(slice.efficiency()));
                    results.add(inWorker.apply(slice.nv() == null ? p
                            : p.withNv(slice.direction(), slice.nv().get(ir))));
                } catch (RuntimeException failure) {
                    return new Chunk<>(results, failure);
                }
            }
            return new Chunk<>(results, null);
        });
    }

    /**
     * The failure of point {@code index} (0-based) as the caller sees it: an input error names the point and its
     * separation; anything else is rethrown unchanged.
     */
    private static RuntimeException located(RuntimeException failure, Scenario s, int index) {
        if (failure instanceof InvalidInputException bad) {
            double r = s.separations().get(index % s.separations().size());
            String where = "point " + (index + 1) + " (separation " + (s.si()
                    ? String.format(Locale.ROOT, "%.6g nm", r * 1e9) : String.format(Locale.ROOT, "%.6g", r)) + ")";
            InvalidInputException located = bad.parameter().equals("t-max")
                    // the engine's postselected evolution knows its final time as t-max: the sweep's is this option
                    ? new InvalidInputException("postselect-time", where + ": --postselect-time = "
                            + String.format(Locale.ROOT, "%.6g", s.postselectTime()) + (s.si() ? " s" : " (natural units,"
                            + " time)") + " is too long: the no-detection probability falls so low that the heralded"
                            + " state is lost to round-off; give a shorter --postselect-time")
                    : new InvalidInputException(bad.parameter(), where + ": " + bad.getMessage());
            located.initCause(bad);
            return located;
        }
        return failure;
    }

    /** One configured medium and bath sweep per axis-2 value (and direction). */
    private static List<Slice> slices(Scenario s, MediumCatalog catalog, int threads) {
        if (s.nv().isPresent()) {
            return NvSlices.of(s, catalog, threads);
        }
        MediumModel model = catalog.get(s.medium());
        List<Separation> rs = s.separations().stream().map(Separation::alongX).toList();
        List<Slice> out = new ArrayList<>();
        if (s.axis2().isEmpty()) {
            out.add(slice(s, model, s.parameters(), new QubitCoupling(s.delta1(), s.delta2(), s.lambda()),
                    s.temperature(), Double.NaN, rs));
            return out;
        }
        Axis2 axis = s.axis2().get();
        if (axis.kind() == Axis2Kind.EFFICIENCY) { // one bath for all efficiencies
            Slice base = slice(s, model, s.parameters(), new QubitCoupling(s.delta1(), s.delta2(), s.lambda()),
                    s.temperature(), Double.NaN, rs);
            for (double v : axis.values()) {
                out.add(new Slice(base.qubits(), v, base.reports(), v));
            }
            return out;
        }
        double mean = 0.5 * s.delta1() + 0.5 * s.delta2();
        double detuning = 0.5 * s.delta1() - 0.5 * s.delta2();
        List<Supplier<Slice>> jobs = new ArrayList<>();
        for (double v : axis.values()) {
            Map<String, String> params = new LinkedHashMap<>(s.parameters());
            QubitCoupling q = new QubitCoupling(s.delta1(), s.delta2(), s.lambda());
            double t = s.temperature();
            switch (axis.kind()) {
                case TEMPERATURE -> t = v;
                case DETUNING -> q = new QubitCoupling(mean + v, mean - v, s.lambda());
                case GAP -> params.put(requireGap(model), Double.toString(v));
                case DAMPING -> params.put("damping", Double.toString(v));
                case FIELD -> { // v = γ_e·B (rad/s): magnon gap γ_e·B, NV ms = 0 ↔ −1 at 2π·2.87 GHz − γ_e·B
                    params.put(requireGap(model), Double.toString(v));
                    double nv = PhysicalConstants.NV_ZERO_FIELD_SPLITTING - v;
                    q = new QubitCoupling(nv + detuning, nv - detuning, s.lambda());
                }
                case HEIGHT, EFFICIENCY -> throw new IllegalStateException("axis " + axis.kind()
                        + " for qubits coupled by contact");
            }
            QubitCoupling qubits = q;
            double temperature = t;
            jobs.add(() -> slice(s, model, params, qubits, temperature, v, rs));
        }
        return Futures.inOrder(jobs, threads, "magent-bath", "computing the baths");
    }

    private static Slice slice(Scenario s, MediumModel model, Map<String, String> params, QubitCoupling q,
            double temperature, double axis2, List<Separation> rs) {
        Medium medium = model.configure(params);
        return new Slice(q, axis2, FluctuationDissipation.sweep(medium, q, temperature, rs), s.efficiency());
    }

    private static String requireGap(MediumModel model) {
        boolean has = model.parameters().stream().anyMatch(p -> p.name().equals("gap"));
        if (!has) {
            throw new InvalidInputException("axis2", "--axis2 gap/field: medium " + model.name()
                    + " has no parameter 'gap'");
        }
        return "gap";
    }
}
