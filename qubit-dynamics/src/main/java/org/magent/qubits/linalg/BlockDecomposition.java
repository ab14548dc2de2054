package org.magent.qubits.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The block-diagonal structure of a square complex matrix, found from its actual sparsity: indices i and j
 * share a block when they are connected through nonzero entries (m_ij or m_ji ≠ 0). Nothing about the
 * physics is assumed; for a two-qubit Liouvillian that conserves total σᶻ the blocks are the coherence-order
 * sectors (6 + 4 + 4 + 1 + 1), or finer ones when parameters vanish.
 */
public final class BlockDecomposition {

    private final int dim;
    private final int[][] blocks;
    private final ComplexMatrix[] generators;

    private BlockDecomposition(int dim, int[][] blocks, ComplexMatrix[] generators) {
        this.dim = dim;
        this.blocks = blocks;
        this.generators = generators;
    }

    /**
     * Decomposes a square matrix into its connected blocks.
     *
     * @param m the matrix (copied)
     * @return the decomposition
     */
    public static BlockDecomposition of(ComplexMatrix m) {
        int n = m.rows();
        if (m.cols() != n) {
            throw new IllegalArgumentException("block decomposition needs a square matrix, got " + n + "x" + m.cols());
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && (m.re(i, j) != 0.0 || m.im(i, j) != 0.0)) {
                    union(parent, i, j);
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOfRoot = new int[n];
        Arrays.fill(groupOfRoot, -1);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (groupOfRoot[r] < 0) {
                groupOfRoot[r] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOfRoot[r]).add(i);
        }
        int[][] blocks = new int[groups.size()][];
        ComplexMatrix[] gens = new ComplexMatrix[groups.size()];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = groups.get(b).stream().mapToInt(Integer::intValue).toArray();
            gens[b] = m.principalSubmatrix(blocks[b]);
        }
        return new BlockDecomposition(n, blocks, gens);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    /**
     * The blocks, each a sorted array of indices.
     *
     * @return copies of the index arrays
     */
    public int[][] blocks() {
        int[][] out = new int[blocks.length][];
        for (int b = 0; b < blocks.length; b++) {
            out[b] = blocks[b].clone();
        }
        return out;
    }

    /**
     * The principal submatrix of one block.
     *
     * @param b block number
     * @return a copy of the block
     */
    public ComplexMatrix block(int b) {
        return generators[b].copy();
    }

    /**
     * The number of blocks.
     *
     * @return the block count
     */
    public int blockCount() {
        return blocks.length;
    }

    /**
     * exp(t·M), block by block (exact: Padé-13 scaling and squaring on each block).
     *
     * @param t the factor (e.g. a time step)
     * @return the block-diagonal operator
     */
    public BlockOperator exp(double t) {
        ComplexMatrix[] out = new ComplexMatrix[blocks.length];
        for (int b = 0; b < blocks.length; b++) {
            out[b] = MatrixExponential.exp(generators[b].copy().scaleInPlace(t));
        }
        return new BlockOperator(dim, blocks, out);
    }

    /**
     * exp(t·M) on the blocks in which a vector has a nonzero entry; the other blocks are left out (the operator
     * leaves their entries unchanged, which is exp(t·M) applied to their zero entries).
     *
     * @param t the factor (e.g. a time step)
     * @param vRe real parts of the vector (length n)
     * @param vIm imaginary parts of the vector (length n)
     * @return the block-diagonal operator on the occupied blocks
     */
    public BlockOperator expOnSupport(double t, double[] vRe, double[] vIm) {
        int count = 0;
        boolean[] used = new boolean[blocks.length];
        for (int b = 0; b < blocks.length; b++) {
            for (int i : blocks[b]) {
                used[b] |= vRe[i] != 0.0 || vIm[i] != 0.0;
            }
            count += used[b] ? 1 : 0;
        }
        int[][] idx = new int[count][];
        ComplexMatrix[] out = new ComplexMatrix[count];
        int k = 0;
        for (int b = 0; b < blocks.length; b++) {
            if (used[b]) {
                idx[k] = blocks[b];
                out[k++] = MatrixExponential.exp(generators[b].copy().scaleInPlace(t));
            }
        }
        return new BlockOperator(dim, idx, out);
    }

    /**
     * The spectral projector on the kernel of M along its range, block by block ({@link KernelProjector}).
     *
     * @param relativeTolerance null-space tolerance relative to the largest singular value of each block
     * @return the block-diagonal projector
     */
    public BlockOperator kernelProjector(double relativeTolerance) {
        ComplexMatrix[] out = new ComplexMatrix[blocks.length];
        for (int b = 0; b < blocks.length; b++) {
            out[b] = KernelProjector.of(generators[b], relativeTolerance);
        }
        return new BlockOperator(dim, blocks, out);
    }
}
