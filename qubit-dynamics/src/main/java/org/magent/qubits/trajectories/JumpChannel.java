package org.magent.qubits.trajectories;

import java.util.Objects;
import org.magent.qubits.linalg.ComplexMatrix;

/**
 * One jump channel of the unravelling: a jump operator J = √(2γ)·Σ_n u_n O_n (u a unit eigenvector of h with
 * eigenvalue γ, O = (σ1⁻, σ2⁻, σ1⁺, σ2⁺, σ1ᶻ, σ2ᶻ)), so that Σ_channels J ρ J† is the jump part
 * 2Σ_nm h_nm O_n ρ O_m† of Eq. (2). A state ψ jumps through it at the rate ‖Jψ‖² (natural units, energy).
 *
 * @param kind what the channel does
 * @param rate 2γ, the rate of the channel on a state it fully acts on (natural units, energy), &gt; 0
 * @param operator J, 4×4 in the basis uu, ud, du, dd
 */
public record JumpChannel(Kind kind, double rate, ComplexMatrix operator) {

    /** The kind of jump, by the block of h the eigenvector lies in. */
    public enum Kind {
        /** σ⁺-type: a qubit relaxes to |↑⟩ (emission into the medium; block [[a, A*],[A, a]]). Detectable. */
        EMISSION,
        /** σ⁻-type: a qubit is excited to |↓⟩ (absorption from the medium; block [[ã, Ã],[Ã*, ã]]). Detectable. */
        ABSORPTION,
        /** σᶻ-type: dephasing (block [[d, 𝔇],[𝔇*, d]]). Never detected: it does not change total σᶻ. */
        DEPHASING
    }

    /** Validates: a positive finite rate, a 4×4 operator. */
    public JumpChannel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(operator, "operator");
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("jump rate must be positive and finite, got " + rate);
        }
        if (operator.rows() != 4 || operator.cols() != 4) {
            throw new IllegalArgumentException("a jump operator is 4x4, got " + operator.rows() + "x"
                    + operator.cols());
        }
        operator = operator.copy();
    }

    /**
     * Whether a detector of σ±-type jumps (the measurement of total σᶻ) can see this jump.
     *
     * @return true for emission and absorption
     */
    public boolean detectable() {
        return kind != Kind.DEPHASING;
    }

    @Override
    public ComplexMatrix operator() {
        return operator.copy();
    }
}
