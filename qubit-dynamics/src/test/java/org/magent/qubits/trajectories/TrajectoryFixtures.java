package org.magent.qubits.trajectories;

import org.apache.commons.math3.complex.Complex;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.dynamics.QubitFields;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;

/** Test-local models, states and superoperator helpers. */
final class TrajectoryFixtures {

    private TrajectoryFixtures() {
    }

    /** Every coefficient nonzero: complex A, Ã, 𝔇, J⊥, Jz, D, detuning, different local terms per qubit. */
    static TwoQubitModel general() {
        BathParameters b = BathParameters.explicit(1.0, 0.3, new Complex(0.8, 0.3), new Complex(0.1, -0.15), 0.4,
                -0.2, 0.25, 0.2, new Complex(0.05, 0.1)).withLocal(1.0, 0.9, 0.3, 0.25, 0.2, 0.15);
        return new TwoQubitModel(new QubitFields(1.3, 0.7), b);
    }

    /** δ, a, ã, complex A, Ã, dephasing d and 𝔇; equal local terms. */
    static TwoQubitModel model(double delta, double a, double aTilde, Complex bigA, Complex bigATilde, double d,
            Complex dd) {
        return new TwoQubitModel(QubitFields.ofMeanAndDetuning(5.0, delta),
                BathParameters.explicit(a, aTilde, bigA, bigATilde, 0, 0, 0, d, dd));
    }

    /** A superposition with every amplitude nonzero and complex phases. */
    static DensityMatrix generic() {
        return DensityMatrix.pure(new double[] {0.3, 0.8, 0, 0.2}, new double[] {0, 0.1, -0.4, 0});
    }

    static DensityMatrix basis(int k) {
        double[] re = new double[4];
        re[k] = 1;
        return DensityMatrix.pure(re, new double[4]);
    }

    /** The superoperator ρ ↦ XρY on row-major vec(ρ): entry ((i,j),(k,l)) = X_ik Y_lj. */
    static ComplexMatrix sandwich(ComplexMatrix x, ComplexMatrix y) {
        ComplexMatrix s = ComplexMatrix.zeros(16, 16);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 4; k++) {
                    for (int l = 0; l < 4; l++) {
                        double ar = x.re(i, k);
                        double ai = x.im(i, k);
                        double br = y.re(l, j);
                        double bi = y.im(l, j);
                        s.set(4 * i + j, 4 * k + l, ar * br - ai * bi, ar * bi + ai * br);
                    }
                }
            }
        }
        return s;
    }

    static double maxDiff(ComplexMatrix x, ComplexMatrix y) {
        double d = 0;
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                d = Math.max(d, Math.hypot(x.re(i, j) - y.re(i, j), x.im(i, j) - y.im(i, j)));
            }
        }
        return d;
    }
}
