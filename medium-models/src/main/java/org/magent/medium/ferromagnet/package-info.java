/**
 * The continuum ferromagnet ω_k = Ω + 𝒟k² in d = 1, 2, 3 (closed-form Green's functions), registered as
 * "ferromagnet", with the thermal two-magnon longitudinal correlators where they are finite.
 */
package org.magent.medium.ferromagnet;
