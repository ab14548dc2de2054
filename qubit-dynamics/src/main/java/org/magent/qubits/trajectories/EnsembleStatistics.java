package org.magent.qubits.trajectories;

import java.util.Objects;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.state.DensityMatrix;

/**
 * The streamed statistics of an ensemble of quantum-jump trajectories: at every sample t_k the ensemble-averaged
 * state ρ̄(t_k) (which converges to the Lindblad state of Eq. (2)) with the standard error of each entry, the
 * distribution of the number of detected jumps, the heralded states ρ̄_j(t_k) (the mean state of the trajectories
 * with j detections: what an experiment keeps when it counts j clicks), and the distribution of the time of the
 * first detection. Sizes grow with samples × bins, never with the number of trajectories.
 */
public final class EnsembleStatistics {

    private static final int C = ChunkAccumulator.COORDS;

    private final double[] times;
    private final long trajectories;
    private final DetectionEfficiency efficiency;
    private final int bins;
    private final long[] n;
    private final double[] mean;
    private final double[] m2;
    private final double[] totalMean;
    private final double[] totalM2;
    private final long[] detectionSum;
    private final long[] detectionSquares;
    private final long[] firstDetection;
    private final int peakChunksInFlight;

    EnsembleStatistics(double[] times, long trajectories, DetectionEfficiency efficiency, int bins, long[] n,
            double[] mean, double[] m2, long[] detectionSum, long[] detectionSquares, long[] firstDetection,
            int peakChunksInFlight) {
        this.times = times;
        this.trajectories = trajectories;
        this.efficiency = efficiency;
        this.bins = bins;
        this.n = n;
        this.mean = mean;
        this.m2 = m2;
        this.detectionSum = detectionSum;
        this.detectionSquares = detectionSquares;
        this.firstDetection = firstDetection;
        this.peakChunksInFlight = peakChunksInFlight;
        int samples = times.length;
        totalMean = new double[samples * C];
        totalM2 = new double[samples * C];
        for (int k = 0; k < samples; k++) {
            long count = 0;
            for (int b = 0; b < bins; b++) {
                count = Moments.merge(count, totalMean, totalM2, k * C, n[k * bins + b], mean, m2,
                        (k * bins + b) * C);
            }
            if (count != trajectories) {
                throw new IllegalStateException("sample " + k + " holds " + count + " of " + trajectories
                        + " trajectories");
            }
        }
    }

    /**
     * The sample times t_k = k·tMax/steps.
     *
     * @return a copy (natural units, 1/energy)
     */
    public double[] times() {
        return times.clone();
    }

    /**
     * The number of samples, steps + 1.
     *
     * @return the count
     */
    public int samples() {
        return times.length;
    }

    /**
     * The number of trajectories M.
     *
     * @return M
     */
    public long trajectories() {
        return trajectories;
    }

    /**
     * The detection efficiency.
     *
     * @return η
     */
    public DetectionEfficiency efficiency() {
        return efficiency;
    }

    /**
     * The largest detection count kept in a bin of its own; bin maxCount + 1 pools every larger count.
     *
     * @return maxCount
     */
    public int maxCount() {
        return bins - 2;
    }

    /**
     * The ensemble-averaged state ρ̄(t_k) = (1/M) Σ_trajectories |ψ⟩⟨ψ|.
     *
     * @param sample k
     * @return ρ̄(t_k)
     */
    public DensityMatrix meanState(int sample) {
        return unpack(totalMean, sample * C);
    }

    /**
     * The standard errors of the entries of ρ̄(t_k): sqrt(sample variance / M) of Re ρ_ij and of Im ρ_ij.
     *
     * @param sample k
     * @return {re[16], im[16]} row-major (dimensionless); 0 where every trajectory has the same value
     */
    public double[][] meanStateStandardErrors(int sample) {
        return standardErrors(totalM2, sample * C, trajectories);
    }

    /**
     * The number of trajectories with a given number of detections by t_k.
     *
     * @param sample k
     * @param bin j = 0..maxCount, or maxCount + 1 for "more than maxCount"
     * @return the count
     */
    public long trajectoriesWith(int sample, int bin) {
        return n[cell(sample, bin)];
    }

    /**
     * The fraction of trajectories with j detections by t_k (the probability of j clicks).
     *
     * @param sample k
     * @param bin j = 0..maxCount, or maxCount + 1 for "more than maxCount"
     * @return the fraction (dimensionless)
     */
    public double fraction(int sample, int bin) {
        return (double) trajectoriesWith(sample, bin) / trajectories;
    }

    /**
     * The standard error of {@link #fraction}: sqrt(p(1 − p)/(M − 1)), 0 for M = 1.
     *
     * @param sample k
     * @param bin j
     * @return the standard error (dimensionless)
     */
    public double fractionStandardError(int sample, int bin) {
        double p = fraction(sample, bin);
        return trajectories > 1 ? Math.sqrt(p * (1 - p) / (trajectories - 1)) : 0.0;
    }

    /**
     * The heralded state ρ̄_j(t_k): the mean state of the trajectories with j detections by t_k.
     *
     * @param sample k
     * @param bin j = 0..maxCount, or maxCount + 1 for "more than maxCount"
     * @return the state, or null when no trajectory has j detections
     */
    public DensityMatrix heraldedState(int sample, int bin) {
        int c = cell(sample, bin);
        return n[c] == 0 ? null : unpack(mean, c * C);
    }

    /**
     * The standard errors of the entries of ρ̄_j(t_k).
     *
     * @param sample k
     * @param bin j
     * @return {re[16], im[16]} row-major (dimensionless), or null when no trajectory has j detections
     */
    public double[][] heraldedStandardErrors(int sample, int bin) {
        int c = cell(sample, bin);
        return n[c] == 0 ? null : standardErrors(m2, c * C, n[c]);
    }

    /**
     * The mean number of detected jumps by t_k (counts above maxCount included exactly).
     *
     * @param sample k
     * @return the mean (dimensionless)
     */
    public double meanDetections(int sample) {
        return (double) detectionSum[sample] / trajectories;
    }

    /**
     * The standard error of {@link #meanDetections}.
     *
     * @param sample k
     * @return the standard error (dimensionless), 0 for M = 1
     */
    public double meanDetectionsStandardError(int sample) {
        if (trajectories < 2) {
            return 0.0;
        }
        double m = meanDetections(sample);
        double var = ((double) detectionSquares[sample] - trajectories * m * m) / (trajectories - 1);
        return Math.sqrt(Math.max(0, var) / trajectories);
    }

    /**
     * How many trajectories had their first detection in (t_k, t_{k+1}].
     *
     * @param interval k = 0..steps − 1
     * @return the count
     */
    public long firstDetections(int interval) {
        return firstDetection[interval];
    }

    /**
     * The largest number of chunk accumulators alive at once while the ensemble ran (a bound on memory, which
     * does not grow with the number of trajectories).
     *
     * @return the peak count
     */
    public int peakChunksInFlight() {
        return peakChunksInFlight;
    }

    private int cell(int sample, int bin) {
        Objects.checkIndex(sample, times.length);
        Objects.checkIndex(bin, bins);
        return sample * bins + bin;
    }

    private static double[][] standardErrors(double[] m2s, int base, long count) {
        double[] re = new double[C];
        double[] im = new double[C];
        if (count < 2) {
            return new double[][] {re, im};
        }
        for (int i = 0; i < 4; i++) {
            for (int j = i; j < 4; j++) {
                double se = Math.sqrt(Math.max(0, m2s[base + i * 4 + j]) / (count - 1) / count);
                re[i * 4 + j] = se;
                re[j * 4 + i] = se;
                if (i != j) {
                    double sei = Math.sqrt(Math.max(0, m2s[base + j * 4 + i]) / (count - 1) / count);
                    im[i * 4 + j] = sei;
                    im[j * 4 + i] = sei;
                }
            }
        }
        return new double[][] {re, im};
    }

    /** The Hermitian matrix of 16 packed coordinates. */
    private static DensityMatrix unpack(double[] x, int base) {
        double[] re = new double[C];
        double[] im = new double[C];
        for (int i = 0; i < 4; i++) {
            re[i * 4 + i] = x[base + i * 4 + i];
            for (int j = i + 1; j < 4; j++) {
                double r = x[base + i * 4 + j];
                double m = x[base + j * 4 + i];
                re[i * 4 + j] = r;
                im[i * 4 + j] = m;
                re[j * 4 + i] = r;
                im[j * 4 + i] = -m;
            }
        }
        return DensityMatrix.of(re, im);
    }
}
