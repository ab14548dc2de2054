/**
 * The chiral ferromagnet "chiral-ferromagnet": DMI makes magnons non-reciprocal along x (bulk DMI with M along x,
 * or interfacial DMI in an in-plane magnetised film with n × M along x), ω_k = Ω + 𝒟k² + 𝒟_M k_x, closed-form
 * Green's functions by completing the square, D ≠ 0 (docs/physics.md).
 */
package org.magent.medium.chiral;
