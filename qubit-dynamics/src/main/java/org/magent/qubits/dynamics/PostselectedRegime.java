package org.magent.qubits.dynamics;

/**
 * Phase of the non-Hermitian no-jump Hamiltonian H_nh in the single-excitation sector (Eq. (12)-(15)).
 * See {@link Regimes#postselected(TwoQubitModel)}.
 */
public enum PostselectedRegime {
    /** Eigenvalues with equal imaginary and distinct real parts (δ &gt; Γ in the paper): oscillation. */
    PT_EXACT,
    /** The two eigenvalues coalesce, disc = 0 (δ = Γ in the paper). */
    EXCEPTIONAL_POINT,
    /** Eigenvalues with distinct imaginary parts (δ &lt; Γ in the paper): one mode wins, a steady conditional state. */
    PT_BROKEN
}
