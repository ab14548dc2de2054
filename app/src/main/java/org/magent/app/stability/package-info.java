/**
 * {@code magent stability} (docs/physics.md §6; paper Supplement (v), Eq. S42–S47): the
 * medium's own stability (ω_k ≥ 0 for all k) and, over a grid of frequencies ω &gt; 0 and separations r, the
 * bath conditions a ≥ |A| and ã ≥ |Ã| (the 2×2 spectral matrix 𝒜(ω) positive semidefinite) and detailed
 * balance ã/a = e^{−ω/T}.
 */
package org.magent.app.stability;
