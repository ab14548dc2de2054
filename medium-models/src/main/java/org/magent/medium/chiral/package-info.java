/**
 * The chiral ferromagnet "chiral-ferromagnet": interfacial DMI, non-reciprocal magnons
 * ω_k = Ω + 𝒟k² + 𝒟_M k_x, closed-form Green's functions by completing the square, D ≠ 0 (docs/physics.md).
 */
package org.magent.medium.chiral;
