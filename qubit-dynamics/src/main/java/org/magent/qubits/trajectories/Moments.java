package org.magent.qubits.trajectories;

/**
 * Pairwise merging of sample moments (count, mean, M2 = Σ(x − mean)²) of 16-coordinate cells (Chan, Golub and
 * LeVeque's update): exact in exact arithmetic, no cancellation for nearly constant data, and deterministic when
 * merged in a fixed order.
 */
final class Moments {

    private static final int C = ChunkAccumulator.COORDS;

    private Moments() {
    }

    /**
     * Merges cell (nb, meanB, m2B at offset b) into (na, meanA, m2A at offset a), in place.
     *
     * @return the merged count na + nb
     */
    static long merge(long na, double[] meanA, double[] m2A, int a, long nb, double[] meanB, double[] m2B, int b) {
        if (nb == 0) {
            return na;
        }
        if (na == 0) {
            System.arraycopy(meanB, b, meanA, a, C);
            System.arraycopy(m2B, b, m2A, a, C);
            return nb;
        }
        long n = na + nb;
        double wb = (double) nb / n;
        double cross = (double) na * nb / n;
        for (int e = 0; e < C; e++) {
            double d = meanB[b + e] - meanA[a + e];
            meanA[a + e] += d * wb;
            m2A[a + e] += m2B[b + e] + d * d * cross;
        }
        return n;
    }

    /**
     * Converts a chunk's shifted sums of one cell to (mean, M2) at offset c of the given arrays.
     *
     * @param acc the chunk
     * @param cell the cell
     * @param mean receives the mean
     * @param m2 receives M2
     * @param c the offset
     */
    static void fromShifted(ChunkAccumulator acc, int cell, double[] mean, double[] m2, int c) {
        long count = acc.n[cell];
        int base = cell * C;
        for (int e = 0; e < C; e++) {
            double s1 = acc.s1[base + e];
            mean[c + e] = acc.shift[base + e] + s1 / count;
            m2[c + e] = Math.max(0, acc.s2[base + e] - s1 * s1 / count);
        }
    }
}
