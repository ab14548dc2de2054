package org.magent.qubits.trajectories;

import java.util.Arrays;

/**
 * The statistics of one chunk of trajectories, accumulated in trajectory order. For every sample and every
 * detection-count bin (a "cell") it keeps the number of trajectories and, for the 16 real coordinates of their
 * states (Hermitian-packed: Re ρ_ij at i·4+j for i ≤ j, Im ρ_ij at j·4+i for i &lt; j), shifted sums Σ(x − x₀)
 * and Σ(x − x₀)² with x₀ the first value entering the cell, so that the variance of nearly constant coordinates
 * carries no cancellation. Exact integer sums of the detection counts and the first-detection histogram are kept
 * alongside. Not thread-safe: one chunk, one thread.
 */
final class ChunkAccumulator {

    /** Real coordinates of a Hermitian 4×4 state. */
    static final int COORDS = 16;

    final int samples;
    final int bins;
    final long[] n;
    final double[] shift;
    final double[] s1;
    final double[] s2;
    final long[] detectionSum;
    final long[] detectionSquares;
    /** Trajectories whose first detection falls in (t_k, t_{k+1}], k = 0..steps−1. */
    final long[] firstDetection;

    ChunkAccumulator(int samples, int bins) {
        this.samples = samples;
        this.bins = bins;
        int cells = samples * bins;
        n = new long[cells];
        shift = new double[cells * COORDS];
        s1 = new double[cells * COORDS];
        s2 = new double[cells * COORDS];
        detectionSum = new long[samples];
        detectionSquares = new long[samples];
        firstDetection = new long[samples - 1];
    }

    /** Bytes held by an accumulator of this shape (for the memory check). */
    static long bytes(int samples, int bins) {
        long cells = (long) samples * bins;
        return cells * (8 + 3L * COORDS * 8) + samples * 16L + samples * 8L;
    }

    /** Clears every sum, for reuse. */
    void reset() {
        Arrays.fill(n, 0);
        Arrays.fill(shift, 0);
        Arrays.fill(s1, 0);
        Arrays.fill(s2, 0);
        Arrays.fill(detectionSum, 0);
        Arrays.fill(detectionSquares, 0);
        Arrays.fill(firstDetection, 0);
    }

    /**
     * Adds one trajectory's state at one sample.
     *
     * @param sample the sample index
     * @param detections the detections so far (any non-negative number; binned here)
     * @param x the 16 packed coordinates of the normalised state
     */
    void add(int sample, int detections, double[] x) {
        int bin = Math.min(detections, bins - 1);
        int cell = sample * bins + bin;
        int base = cell * COORDS;
        if (n[cell] == 0) {
            System.arraycopy(x, 0, shift, base, COORDS);
        }
        n[cell]++;
        for (int e = 0; e < COORDS; e++) {
            double d = x[e] - shift[base + e];
            s1[base + e] += d;
            s2[base + e] += d * d;
        }
        detectionSum[sample] += detections;
        detectionSquares[sample] += (long) detections * detections;
    }
}
