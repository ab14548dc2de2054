package org.magent.qubits.trajectories;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.magent.qubits.dynamics.Liouvillians;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.linalg.HermitianEigen;
import org.magent.validation.InvalidInputException;

/**
 * Runs an ensemble of quantum-jump trajectories of the master equation Eq. (2)-(4) with detection efficiency η
 * (exact waiting-time method, see {@link JumpChannels} for the jump operators) and streams its statistics.
 *
 * <p><b>Reproducibility.</b> Trajectory i has its own random stream, the i-th {@link SplittableRandom#split()}
 * of {@code new SplittableRandom(seed)}. Trajectories are grouped in chunks of {@value #CHUNK} in index order; each
 * chunk is accumulated in trajectory order and the chunks are merged in chunk order, so the result is bitwise the
 * same for any number of threads.
 *
 * <p><b>Memory.</b> At most 2 × threads chunk accumulators exist at once (they are recycled), each of size
 * ∝ samples × (maxCount + 2); nothing grows with the number of trajectories, so 10⁶ or 10⁹ trajectories run in
 * the same memory.
 */
public final class QuantumJumps {

    /** Trajectories per chunk (fixed, so that the merge order does not depend on the thread count). */
    public static final int CHUNK = 256;

    /**
     * The most jumps a trajectory may be expected to make, Γ_max·t_max ({@link #expectedJumpsBound}). The work of a
     * trajectory grows with its jumps (~3 µs each, measured: a = ã = 1, 8e5 jumps in 2.4 s); 1e6 jumps
     * is hundreds of thousands of lifetimes of a thermal bath, far past any transient, and a few seconds of work.
     */
    public static final double MAX_EXPECTED_JUMPS = 1e6;

    private QuantumJumps() {
    }

    /**
     * The largest total jump rate of any state, Γ_max = 2·λ_max(K) with H_nh = H − iK (the rate of ⟨ψ|Σ L†L|ψ⟩ for
     * the state that jumps fastest).
     *
     * @param model the system
     * @return Γ_max (natural units, energy = 1/time)
     */
    public static double maxJumpRate(TwoQubitModel model) {
        ComplexMatrix hnh = Liouvillians.nonHermitianHamiltonian(model);
        double size = hnh.maxAbs();
        if (size == 0) {
            return 0;
        }
        // i·H_nh = iH + K, whose Hermitian part is K; scaled by a power of two so that huge rates do not overflow
        int e = Math.getExponent(size);
        ComplexMatrix k = ComplexMatrix.zeros(hnh.rows(), hnh.cols()).addScaledInPlace(0, Math.scalb(1.0, -e), hnh);
        double[] values = HermitianEigen.of(k).values();
        return Math.scalb(2 * Math.max(0, values[values.length - 1]), e);
    }

    /**
     * An upper bound on the expected number of jumps of one trajectory: Γ_max·t_max.
     *
     * @param request the request
     * @return the bound (dimensionless; +∞ if it overflows)
     */
    public static double expectedJumpsBound(TrajectoryRequest request) {
        return maxJumpRate(request.model()) * request.tMax();
    }

    /**
     * Refuses a request whose trajectories may be expected to make more than {@link #MAX_EXPECTED_JUMPS} jumps each
     * (checked again by {@link #run}): the run would not end in any useful time.
     *
     * @param request the request
     * @throws InvalidInputException naming "t-max" with Γ_max, the product and the limit
     */
    public static void requireBoundedJumps(TrajectoryRequest request) {
        double jumps = expectedJumpsBound(request);
        if (!(jumps <= MAX_EXPECTED_JUMPS)) {
            throw new InvalidInputException("t-max", String.format(Locale.ROOT, "t-max = %s (natural units,"
                    + " 1/energy) with a total jump rate of up to %.6g (natural units, energy): up to %.3g jumps per"
                    + " trajectory expected, more than %.0e", request.tMax(), maxJumpRate(request.model()), jumps,
                    MAX_EXPECTED_JUMPS));
        }
    }

    /**
     * Runs the ensemble.
     *
     * @param request what to run
     * @param threads worker threads, ≥ 1
     * @return the statistics
     * @throws InvalidInputException if threads &lt; 1, the time is too large for the rates (or more than
     *     {@link #MAX_EXPECTED_JUMPS} jumps per trajectory may be expected), or the statistics would not fit in half
     *     the heap
     */
    public static EnsembleStatistics run(TrajectoryRequest request, int threads) {
        return run(request, threads, done -> { });
    }

    /**
     * Runs the ensemble, reporting progress.
     *
     * @param request what to run
     * @param threads worker threads, ≥ 1
     * @param progress receives the number of finished trajectories after each chunk (on the calling thread)
     * @return the statistics
     * @throws InvalidInputException as {@link #run(TrajectoryRequest, int)}
     */
    public static EnsembleStatistics run(TrajectoryRequest request, int threads, LongConsumer progress) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new InvalidInputException("threads", "threads = " + threads + " (count) must be positive");
        }
        requireRepresentable(request);
        requireBoundedJumps(request);
        requireFits(request, threads);
        List<JumpChannel> channels = JumpChannels.of(request.model());
        Unravelling unravelling = new Unravelling(request, channels);
        int samples = request.steps() + 1;
        int bins = request.bins();
        Totals totals = new Totals(samples, bins);
        long chunks = (request.count() + CHUNK - 1) / CHUNK;
        int window = 2 * threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "magent-trajectories");
            t.setDaemon(true);
            return t;
        });
        SplittableRandom root = new SplittableRandom(request.seed());
        ArrayDeque<Future<ChunkAccumulator>> inFlight = new ArrayDeque<>();
        ArrayDeque<ChunkAccumulator> free = new ArrayDeque<>();
        int allocated = 0;
        long next = 0;
        long done = 0;
        try {
            while (next < chunks || !inFlight.isEmpty()) {
                while (inFlight.size() < window && next < chunks) {
                    int size = (int) Math.min(CHUNK, request.count() - next * CHUNK);
                    SplittableRandom[] streams = new SplittableRandom[size];
                    for (int i = 0; i < size; i++) {
                        streams[i] = root.split();
                    }
                    ChunkAccumulator acc = free.poll();
                    if (acc == null) {
                        acc = new ChunkAccumulator(samples, bins);
                        allocated++;
                    }
                    ChunkAccumulator target = acc;
                    inFlight.add(pool.submit(() -> {
                        Unravelling.Scratch scratch = new Unravelling.Scratch(channels.size());
                        for (SplittableRandom rng : streams) {
                            unravelling.simulate(rng, target, scratch);
                        }
                        return target;
                    }));
                    next++;
                }
                ChunkAccumulator finished = await(inFlight.removeFirst());
                totals.fold(finished);
                done += countAt(finished, 0);
                finished.reset();
                free.add(finished);
                progress.accept(done);
            }
        } finally {
            pool.shutdownNow();
        }
        double[] times = new double[samples];
        for (int k = 0; k < samples; k++) {
            times[k] = k * request.tMax() / request.steps();
        }
        times[samples - 1] = request.tMax();
        return new EnsembleStatistics(times, request.count(), request.efficiency(), bins, totals.n, totals.mean,
                totals.m2, totals.detectionSum, totals.detectionSquares, totals.firstDetection, allocated);
    }

    /**
     * The memory the statistics of a request take with the given threads (bytes): the recycled chunk
     * accumulators, the running totals and the result.
     *
     * @param request the request
     * @param threads worker threads
     * @return an estimate in bytes
     */
    public static long memoryNeeded(TrajectoryRequest request, int threads) {
        long chunk = ChunkAccumulator.bytes(request.steps() + 1, request.bins());
        long totals = (long) (request.steps() + 1) * request.bins() * (8 + 2L * ChunkAccumulator.COORDS * 8);
        return 2L * Math.max(1, threads) * chunk + 2 * totals;
    }

    /**
     * Refuses a request whose statistics would not fit in half the heap (checked again by {@link #run}).
     *
     * @param request the request
     * @param threads worker threads
     * @throws InvalidInputException naming "steps" with the memory needed and the heap available
     */
    public static void requireFits(TrajectoryRequest request, int threads) {
        long needed = memoryNeeded(request, threads);
        long heap = Runtime.getRuntime().maxMemory();
        if (needed > heap / 2) {
            throw new InvalidInputException("steps", String.format(Locale.ROOT, "steps = %d and max-count = %d"
                    + " (counts) need about %d MB of statistics with %d threads, more than half the heap (%d MB);"
                    + " use fewer steps, a smaller max-count or fewer threads, or raise -Xmx through"
                    + " MAGENT_JAVA_OPTS", request.steps(), request.maxCount(), needed >> 20, threads, heap >> 20));
        }
    }

    private static void requireRepresentable(TrajectoryRequest request) {
        double scale = Liouvillians.nonHermitianHamiltonian(request.model()).maxAbs();
        if (!Double.isFinite(request.tMax() * scale * 16)) {
            throw new InvalidInputException("t-max", "t-max = " + request.tMax() + " (natural units, 1/energy) is"
                    + " too large: rate × time overflows double precision (largest rate " + scale + ")");
        }
    }

    /** The trajectories in a chunk: every trajectory is in exactly one bin at sample 0. */
    private static long countAt(ChunkAccumulator acc, int sample) {
        long s = 0;
        for (int b = 0; b < acc.bins; b++) {
            s += acc.n[sample * acc.bins + b];
        }
        return s;
    }

    private static ChunkAccumulator await(Future<ChunkAccumulator> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running trajectories", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The running totals: per cell (count, mean, M2), exact detection sums, first-detection histogram. */
    private static final class Totals {
        private static final int C = ChunkAccumulator.COORDS;
        final long[] n;
        final double[] mean;
        final double[] m2;
        final long[] detectionSum;
        final long[] detectionSquares;
        final long[] firstDetection;
        private final double[] cellMean = new double[C];
        private final double[] cellM2 = new double[C];

        Totals(int samples, int bins) {
            n = new long[samples * bins];
            mean = new double[samples * bins * C];
            m2 = new double[samples * bins * C];
            detectionSum = new long[samples];
            detectionSquares = new long[samples];
            firstDetection = new long[samples - 1];
        }

        void fold(ChunkAccumulator acc) {
            for (int cell = 0; cell < n.length; cell++) {
                if (acc.n[cell] > 0) {
                    Moments.fromShifted(acc, cell, cellMean, cellM2, 0);
                    n[cell] = Moments.merge(n[cell], mean, m2, cell * C, acc.n[cell], cellMean, cellM2, 0);
                }
            }
            for (int k = 0; k < detectionSum.length; k++) {
                detectionSum[k] += acc.detectionSum[k];
                detectionSquares[k] += acc.detectionSquares[k];
            }
            for (int k = 0; k < firstDetection.length; k++) {
                firstDetection[k] += acc.firstDetection[k];
            }
        }
    }
}
