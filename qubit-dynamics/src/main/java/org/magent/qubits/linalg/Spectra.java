package org.magent.qubits.linalg;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Spectral information of small complex matrices.
 */
public final class Spectra {

    private Spectra() {
    }

    /**
     * The real parts of the n eigenvalues of a complex matrix, ascending, with multiplicity. Computed from the
     * real 2n×2n embedding [[Re M, −Im M],[Im M, Re M]], which is similar to M ⊕ M̄; its eigenvalues are those
     * of M and their conjugates, so each real part appears twice and every second one is kept. At a defective
     * eigenvalue (Jordan block of size k) the accuracy is ~(1e-16)^{1/k} relative to ‖M‖.
     *
     * @param m a square complex matrix
     * @return n real parts, ascending
     */
    public static double[] eigenvalueRealParts(ComplexMatrix m) {
        int n = m.rows();
        if (m.cols() != n) {
            throw new IllegalArgumentException("eigenvalues need a square matrix, got " + n + "x" + m.cols());
        }
        RealMatrix r = new Array2DRowRealMatrix(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r.setEntry(i, j, m.re(i, j));
                r.setEntry(i + n, j + n, m.re(i, j));
                r.setEntry(i, j + n, -m.im(i, j));
                r.setEntry(i + n, j, m.im(i, j));
            }
        }
        double[] all = new EigenDecomposition(r).getRealEigenvalues();
        Arrays.sort(all);
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = 0.5 * (all[2 * k] + all[2 * k + 1]);
        }
        return out;
    }
}
