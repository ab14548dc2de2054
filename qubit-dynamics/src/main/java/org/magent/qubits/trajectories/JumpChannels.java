package org.magent.qubits.trajectories;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.magent.qubits.dynamics.Liouvillians;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.linalg.HermitianEigen;

/**
 * The jump operators of a model, from the eigen-decomposition h = Σ_k γ_k u_k u_k† of the full 6×6 coefficient
 * matrix of Eq. (4) (per-qubit local terms and complex A, Ã, 𝔇 included): the dissipator
 * Σ_nm h_nm(2O_nρO_m† − {O_m†O_n, ρ}) equals Σ_k (J_kρJ_k† − ½{J_k†J_k, ρ}) with J_k = √(2γ_k) Σ_n (u_k)_n O_n.
 * Cross-correlated jumps (A ≠ 0) are collective: for |A| = a the channels are the bright combination
 * √(2(a+|A|))·(σ1⁺ + e^{iφ}σ2⁺)/√2 and a dark one of rate 2(a − |A|) = 0, which is dropped.
 *
 * <p>h is block diagonal (absorption, emission, dephasing blocks); the Jacobi eigen-solver never mixes exactly
 * decoupled blocks, so every eigenvector lies in one block and each channel is purely σ⁻-, σ⁺- or σᶻ-type.
 */
public final class JumpChannels {

    /** Eigenvalues of h below this fraction of its largest entry are zero (dark channels). */
    static final double ZERO = 1e-14;

    private JumpChannels() {
    }

    /**
     * The jump channels of a model with a nonzero rate.
     *
     * @param model the system
     * @return the channels, in the order of the eigenvalues of h (ascending)
     * @throws IllegalStateException if an eigenvector of h mixes blocks (cannot happen for the h of Eq. (4))
     */
    public static List<JumpChannel> of(TwoQubitModel model) {
        Objects.requireNonNull(model, "model");
        ComplexMatrix h = Liouvillians.coefficientMatrix(model.bath());
        ComplexMatrix[] o = Liouvillians.jumpOperators();
        HermitianEigen eig = HermitianEigen.of(h);
        double[] gamma = eig.values();
        ComplexMatrix u = eig.vectors();
        double scale = h.maxAbs();
        List<JumpChannel> out = new ArrayList<>();
        for (int k = 0; k < gamma.length; k++) {
            if (!(gamma[k] > ZERO * scale)) {
                continue;
            }
            ComplexMatrix l = ComplexMatrix.zeros(4, 4);
            boolean[] inBlock = new boolean[3];
            for (int n = 0; n < o.length; n++) {
                double re = u.re(n, k);
                double im = u.im(n, k);
                if (re != 0.0 || im != 0.0) {
                    inBlock[n / 2] = true;
                    l.addScaledInPlace(re, im, o[n]);
                }
            }
            double rate = 2 * gamma[k];
            out.add(new JumpChannel(kind(inBlock, k), rate, l.scaleInPlace(Math.sqrt(rate))));
        }
        return List.copyOf(out);
    }

    private static JumpChannel.Kind kind(boolean[] inBlock, int k) {
        int blocks = 0;
        int which = -1;
        for (int b = 0; b < inBlock.length; b++) {
            if (inBlock[b]) {
                blocks++;
                which = b;
            }
        }
        if (blocks != 1) {
            throw new IllegalStateException("eigenvector " + k + " of h spans " + blocks + " blocks");
        }
        return switch (which) {
            case 0 -> JumpChannel.Kind.ABSORPTION;
            case 1 -> JumpChannel.Kind.EMISSION;
            default -> JumpChannel.Kind.DEPHASING;
        };
    }
}
