package org.magent.qubits.linalg;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The spectral projector P₀ onto the kernel of a square complex matrix L along its range, for the case
 * that the eigenvalue 0 is semisimple (true for every Lindbladian): P₀ = R (Lₗ†R)⁻¹ Lₗ†, with R and Lₗ
 * orthonormal bases of the right and left null spaces.
 *
 * <p>The null spaces come from a singular value decomposition (Commons Math) of the real 2n×2n embedding
 * [[Re L, −Im L],[Im L, Re L]], whose singular values are those of L, each twice. A singular value counts
 * as zero when it is at most {@code relativeTolerance} times the largest one; a mode that decays more
 * slowly than that fraction of the fastest rate is therefore treated as stationary.
 */
public final class KernelProjector {

    /** Default relative null-space tolerance (fraction of the largest singular value). */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-10;

    private KernelProjector() {
    }

    /**
     * P₀ for the matrix l.
     *
     * @param l a square complex matrix whose eigenvalue 0 (if any) is semisimple
     * @param relativeTolerance singular values ≤ this × the largest count as zero
     * @return a new n×n matrix; zero if L has no kernel, the identity if L = 0
     * @throws ArithmeticException if the eigenvalue 0 is not semisimple (Lₗ†R singular)
     */
    public static ComplexMatrix of(ComplexMatrix l, double relativeTolerance) {
        int n = l.rows();
        if (l.cols() != n) {
            throw new IllegalArgumentException("kernel projector needs a square matrix, got " + n + "x" + l.cols());
        }
        if (l.maxAbs() == 0.0) {
            return ComplexMatrix.identity(n);
        }
        RealMatrix m = new Array2DRowRealMatrix(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.setEntry(i, j, l.re(i, j));
                m.setEntry(i, j + n, -l.im(i, j));
                m.setEntry(i + n, j, l.im(i, j));
                m.setEntry(i + n, j + n, l.re(i, j));
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(m);
        double[] sv = svd.getSingularValues();
        double threshold = relativeTolerance * sv[0];
        int count = 0;
        for (double s : sv) {
            if (s <= threshold) {
                count++;
            }
        }
        int k = count / 2;
        if (k == 0) {
            return ComplexMatrix.zeros(n, n);
        }
        int first = sv.length - count;
        ComplexMatrix right = orthonormalBasis(svd.getV(), first, n, k);
        ComplexMatrix left = orthonormalBasis(svd.getU(), first, n, k);
        ComplexMatrix leftAdj = left.adjoint();
        ComplexMatrix gram = leftAdj.times(right);
        return right.times(ComplexLinearSolver.solve(gram, leftAdj));
    }

    /**
     * An orthonormal complex basis (n×k) of the complex space whose realification is spanned by the
     * given real columns (x, y) ↦ x + i y, by Gram–Schmidt with column pivoting.
     */
    private static ComplexMatrix orthonormalBasis(RealMatrix realCols, int first, int n, int k) {
        int c = realCols.getColumnDimension() - first;
        double[][] zr = new double[c][n];
        double[][] zi = new double[c][n];
        for (int j = 0; j < c; j++) {
            for (int i = 0; i < n; i++) {
                zr[j][i] = realCols.getEntry(i, first + j);
                zi[j][i] = realCols.getEntry(i + n, first + j);
            }
        }
        ComplexMatrix q = ComplexMatrix.zeros(n, k);
        boolean[] used = new boolean[c];
        for (int col = 0; col < k; col++) {
            int best = -1;
            double bestNorm = -1;
            for (int j = 0; j < c; j++) {
                if (!used[j]) {
                    double nn = norm(zr[j], zi[j]);
                    if (nn > bestNorm) {
                        bestNorm = nn;
                        best = j;
                    }
                }
            }
            used[best] = true;
            double[] qr = zr[best].clone();
            double[] qi = zi[best].clone();
            double inv = 1.0 / bestNorm;
            for (int i = 0; i < n; i++) {
                qr[i] *= inv;
                qi[i] *= inv;
                q.set(i, col, qr[i], qi[i]);
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < c; j++) {
                    if (!used[j]) {
                        // z_j -= q (q† z_j)
                        double pr = 0;
                        double pi = 0;
                        for (int i = 0; i < n; i++) {
                            pr += qr[i] * zr[j][i] + qi[i] * zi[j][i];
                            pi += qr[i] * zi[j][i] - qi[i] * zr[j][i];
                        }
                        for (int i = 0; i < n; i++) {
                            zr[j][i] -= qr[i] * pr - qi[i] * pi;
                            zi[j][i] -= qr[i] * pi + qi[i] * pr;
                        }
                    }
                }
            }
        }
        return q;
    }

    private static double norm(double[] r, double[] i) {
        double s = 0;
        for (int k = 0; k < r.length; k++) {
            s += r[k] * r[k] + i[k] * i[k];
        }
        return Math.sqrt(s);
    }
}
