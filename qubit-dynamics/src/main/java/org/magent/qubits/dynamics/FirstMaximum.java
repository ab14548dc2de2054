package org.magent.qubits.dynamics;

/**
 * The largest of a sequence of sampled values and the first time the sequence comes within {@value #TIE} of it
 * (absolute; concurrences are at most 1): a plateau reached at t₀ reports t₀, not whichever later sample round-off
 * lifts a few ulps higher.
 *
 * <p>Streaming, in bounded memory: it keeps only the samples that could still be that first time, those within
 * {@value #TIE} of the running maximum whose value exceeds every earlier kept one (an earlier sample at least as
 * large would qualify first). Their values increase strictly inside a window of width {@value #TIE}, so near 1 there
 * are at most a few thousand of them. Mutable; one per sequence.
 */
public final class FirstMaximum {

    /** Values closer than this tie (dimensionless). */
    public static final double TIE = 1e-12;

    private double max = Double.NEGATIVE_INFINITY;
    private double[] times = new double[8];
    private double[] values = new double[8];
    private int head;
    private int size;

    /**
     * Takes the next sample (in increasing time). A NaN value is ignored.
     *
     * @param value the sampled value
     * @param t its time
     */
    public void offer(double value, double t) {
        if (value > max) {
            max = value;
        }
        if (value >= max - TIE && (size == head || value > values[size - 1])) {
            if (size == times.length) {
                makeRoom();
            }
            times[size] = t;
            values[size] = value;
            size++;
        }
        while (values[head] < max - TIE) {
            head++;
        }
    }

    private void makeRoom() {
        int n = size - head;
        if (head > 0) {
            System.arraycopy(times, head, times, 0, n);
            System.arraycopy(values, head, values, 0, n);
        } else {
            times = java.util.Arrays.copyOf(times, 2 * n);
            values = java.util.Arrays.copyOf(values, 2 * n);
        }
        head = 0;
        size = n;
    }

    /**
     * The largest value offered.
     *
     * @return the maximum (−∞ before any sample)
     */
    public double max() {
        return max;
    }

    /**
     * The first time at which the sequence is within {@value #TIE} of its maximum.
     *
     * @return the time (NaN before any sample)
     */
    public double time() {
        return size == head ? Double.NaN : times[head];
    }
}
