package org.magent.qubits.linalg;

/**
 * A block-diagonal linear operator on complex vectors (split real/imaginary arrays), applied block by block.
 *
 * <p>Not thread-safe: it keeps scratch space. Create one per thread.
 */
public final class BlockOperator {

    private final int dim;
    private final int[][] blocks;
    private final double[][] re;
    private final double[][] im;
    private final double[] scratchRe;
    private final double[] scratchIm;

    BlockOperator(int dim, int[][] blocks, ComplexMatrix[] matrices) {
        this.dim = dim;
        this.blocks = blocks;
        this.re = new double[blocks.length][];
        this.im = new double[blocks.length][];
        int max = 0;
        for (int b = 0; b < blocks.length; b++) {
            re[b] = matrices[b].reArray().clone();
            im[b] = matrices[b].imArray().clone();
            max = Math.max(max, blocks[b].length);
        }
        scratchRe = new double[max];
        scratchIm = new double[max];
    }

    /**
     * The dimension of the vectors this operator acts on.
     *
     * @return n
     */
    public int dimension() {
        return dim;
    }

    /**
     * v ← M·v, in place.
     *
     * @param vRe real parts of v (length n), overwritten
     * @param vIm imaginary parts of v (length n), overwritten
     */
    public void applyInPlace(double[] vRe, double[] vIm) {
        for (int b = 0; b < blocks.length; b++) {
            int[] idx = blocks[b];
            int n = idx.length;
            double[] mr = re[b];
            double[] mi = im[b];
            for (int i = 0; i < n; i++) {
                double sr = 0;
                double si = 0;
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    double xr = vRe[idx[j]];
                    double xi = vIm[idx[j]];
                    double ar = mr[row + j];
                    double ai = mi[row + j];
                    sr += ar * xr - ai * xi;
                    si += ar * xi + ai * xr;
                }
                scratchRe[i] = sr;
                scratchIm[i] = si;
            }
            for (int i = 0; i < n; i++) {
                vRe[idx[i]] = scratchRe[i];
                vIm[idx[i]] = scratchIm[i];
            }
        }
    }

    /**
     * The operator as a dense n×n matrix.
     *
     * @return a new matrix
     */
    public ComplexMatrix toDense() {
        ComplexMatrix m = ComplexMatrix.zeros(dim, dim);
        for (int b = 0; b < blocks.length; b++) {
            int[] idx = blocks[b];
            int n = idx.length;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m.set(idx[i], idx[j], re[b][i * n + j], im[b][i * n + j]);
                }
            }
        }
        return m;
    }
}
