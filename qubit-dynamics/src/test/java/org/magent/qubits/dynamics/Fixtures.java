package org.magent.qubits.dynamics;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.state.DensityMatrix;

/** Test-local helpers: basis states, models, the X-state concurrence of Eq. (S52). */
final class Fixtures {

    static final int UU = 0;
    static final int UD = 1;
    static final int DU = 2;
    static final int DD = 3;
    /** Mean splitting used where it does not matter (natural units, energy). */
    static final double MEAN = 5.0;

    private Fixtures() {
    }

    static DensityMatrix basis(int k) {
        double[] re = new double[4];
        re[k] = 1;
        return DensityMatrix.pure(re, new double[4]);
    }

    /** δ, a, ã and real A, Ã; no coherent or longitudinal terms. */
    static TwoQubitModel model(double delta, double a, double aTilde, double bigA, double bigATilde) {
        return new TwoQubitModel(QubitFields.ofMeanAndDetuning(MEAN, delta), BathParameters.explicit(a, aTilde,
                new Complex(bigA), new Complex(bigATilde), 0, 0, 0, 0, Complex.ZERO));
    }

    static TwoQubitModel model(QubitFields f, double a, double aTilde, Complex bigA, Complex bigATilde, double jPerp,
            double jz, double dmi, double d, Complex dd) {
        return new TwoQubitModel(f, BathParameters.explicit(a, aTilde, bigA, bigATilde, jPerp, jz, dmi, d, dd));
    }

    /** Eq. (S52): concurrence of an X state (asserts that the state is X-shaped). */
    static double xConcurrence(DensityMatrix r) {
        int[][] zero = {{0, 1}, {0, 2}, {1, 3}, {2, 3}};
        for (int[] p : zero) {
            if (Math.hypot(r.re(p[0], p[1]), r.im(p[0], p[1])) > 1e-12) {
                throw new AssertionError("not an X state: element " + p[0] + "," + p[1] + " of " + r);
            }
        }
        double c12 = Math.hypot(r.re(UD, DU), r.im(UD, DU)) - Math.sqrt(Math.max(0, r.re(UU, UU) * r.re(DD, DD)));
        double c03 = Math.hypot(r.re(UU, DD), r.im(UU, DD)) - Math.sqrt(Math.max(0, r.re(UD, UD) * r.re(DU, DU)));
        return 2 * Math.max(0, Math.max(c12, c03));
    }

    static double maxDiff(DensityMatrix x, DensityMatrix y) {
        double m = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                m = Math.max(m, Math.hypot(x.re(i, j) - y.re(i, j), x.im(i, j) - y.im(i, j)));
            }
        }
        return m;
    }

    /** Eigenvalues of a Hermitian 4×4 matrix via its real 8×8 embedding (each appears twice; sorted). */
    static double[] hermitianEigenvalues(DensityMatrix r) {
        RealMatrix m = new Array2DRowRealMatrix(8, 8);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double re = 0.5 * (r.re(i, j) + r.re(j, i));
                double im = 0.5 * (r.im(i, j) - r.im(j, i));
                m.setEntry(i, j, re);
                m.setEntry(i + 4, j + 4, re);
                m.setEntry(i, j + 4, -im);
                m.setEntry(i + 4, j, im);
            }
        }
        double[] ev = new EigenDecomposition(m).getRealEigenvalues();
        java.util.Arrays.sort(ev);
        return ev;
    }

    /** The pure state with the given complex amplitudes (re, im pairs for uu, ud, du, dd). */
    static DensityMatrix pure(double... reIm) {
        double[] re = new double[4];
        double[] im = new double[4];
        for (int k = 0; k < 4; k++) {
            re[k] = reIm[2 * k];
            im[k] = reIm[2 * k + 1];
        }
        return DensityMatrix.pure(re, im);
    }
}
