/**
 * The two-qubit master equation's coefficients, the interface between a medium and the qubits' dynamics: the
 * Hermitian coefficient matrix h and the coherent couplings of paper Eq. (2)–(4) (main-text form of h; Eq. (S35)
 * has a typo) in {@link org.magent.masterequation.BathParameters}, and where they came from in
 * {@link org.magent.masterequation.Provenance}. Natural units, ħ = k_B = 1.
 *
 * <p>This module sits at the bottom of the module graph: {@code medium-models} produces these records (paper
 * Eq. S29–S42, fluctuation–dissipation) and {@code qubit-dynamics} builds the Lindbladian from them, so a user of
 * the Lindblad engine alone needs nothing but this module and Commons Math (docs/architecture.md).
 */
package org.magent.masterequation;
