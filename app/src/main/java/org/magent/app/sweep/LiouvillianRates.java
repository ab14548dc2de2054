package org.magent.app.sweep;

import java.util.OptionalDouble;
import org.apache.commons.math3.complex.Complex;
import org.magent.qubits.dynamics.Liouvillians;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.linalg.BlockDecomposition;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;

/**
 * Relaxation rates −Re λ of the Lindbladian (Eq. 2), block by block, from {@link ComplexEigenvalues}. The
 * definition of {@code LindbladPropagator.slowestDecayRate} (the sectors that ρ0 populates), which cannot be used
 * as is because of the eigenvalue defect described in {@link ComplexEigenvalues}; a rate counts as 0 when it is
 * within 1e-10 of the block's largest eigenvalue modulus |λ| (not its largest rate, so that the rounding noise
 * of a purely coherent block, a = 0, is not mistaken for a slow decay).
 *
 * @param slowest the slowest nonzero rate among the sectors ρ0 populates (energy = 1/time), NaN if none decays
 * @param fastest the largest rate of the whole Lindbladian (energy)
 */
record LiouvillianRates(double slowest, double fastest) {

    /** Relative tolerance below which a rate counts as zero (that of the engine's kernel projector). */
    static final double ZERO_TOLERANCE = 1e-10;

    /**
     * The rates for an initial state.
     *
     * @param model the system
     * @param rho0 the initial state
     * @return slowest populated and fastest rate
     */
    static LiouvillianRates of(TwoQubitModel model, DensityMatrix rho0) {
        BlockDecomposition blocks = BlockDecomposition.of(Liouvillians.lindbladian(model));
        double[] re = rho0.realParts();
        double[] im = rho0.imaginaryParts();
        double slowest = Double.POSITIVE_INFINITY;
        double fastest = 0;
        for (int b = 0; b < blocks.blockCount(); b++) {
            ComplexMatrix block = blocks.block(b);
            Complex[] eig = ComplexEigenvalues.of(block);
            double scale = 0;
            for (Complex z : eig) {
                scale = Math.max(scale, z.abs());
                fastest = Math.max(fastest, -z.getReal());
            }
            boolean support = false;
            for (int i : blocks.blocks()[b]) {
                support |= re[i] != 0.0 || im[i] != 0.0;
            }
            if (support) {
                for (Complex z : eig) {
                    double rate = -z.getReal();
                    if (Math.abs(rate) > ZERO_TOLERANCE * scale && rate > 0) {
                        slowest = Math.min(slowest, rate);
                    }
                }
            }
        }
        return new LiouvillianRates(Double.isInfinite(slowest) ? Double.NaN : slowest, fastest);
    }

    /**
     * The slowest rate, if any populated sector decays.
     *
     * @return the rate (energy)
     */
    OptionalDouble slowestRate() {
        return Double.isNaN(slowest) ? OptionalDouble.empty() : OptionalDouble.of(slowest);
    }
}
