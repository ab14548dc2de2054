package org.magent.qubits.linalg;

import java.util.Arrays;
import org.apache.commons.math3.complex.Complex;

/**
 * Spectral information of small complex matrices.
 */
public final class Spectra {

    private Spectra() {
    }

    /**
     * The real parts of the n eigenvalues of a complex matrix, ascending, with multiplicity, from
     * {@link ComplexEigenvalues} (Hessenberg + shifted QR). At a defective eigenvalue (Jordan block of size k) the
     * accuracy is ~(1e-16)^{1/k} relative to ‖M‖.
     *
     * @param m a square complex matrix
     * @return n real parts, ascending
     */
    public static double[] eigenvalueRealParts(ComplexMatrix m) {
        Complex[] eig = ComplexEigenvalues.of(m);
        double[] out = new double[eig.length];
        for (int k = 0; k < eig.length; k++) {
            out[k] = eig[k].getReal();
        }
        Arrays.sort(out);
        return out;
    }
}
