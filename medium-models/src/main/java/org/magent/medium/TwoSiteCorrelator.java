package org.magent.medium;

import java.util.Objects;
import org.apache.commons.math3.complex.Complex;

/**
 * The retarded transverse correlators between the two qubit sites at one frequency ω,
 * g_ij = G^R_{X⁺(x_i) X⁻(x_j)}(ω) with x_1 = 0 and x_2 = r (docs/physics.md; paper Eq. S31, S33).
 * X is whatever medium operator couples to the qubit: the spin density S for exchange coupling,
 * the stray field for a dipolar medium.
 *
 * @param g11 G^R_{X⁺(x1) X⁻(x1)}(ω) (natural units, 1/energy × coupling units)
 * @param g12 G^R_{X⁺(x1) X⁻(x2)}(ω) (same unit)
 * @param g21 G^R_{X⁺(x2) X⁻(x1)}(ω) (same unit)
 * @param g22 G^R_{X⁺(x2) X⁻(x2)}(ω) (same unit)
 */
public record TwoSiteCorrelator(Complex g11, Complex g12, Complex g21, Complex g22) {

    /** Validates: all four present and finite. */
    public TwoSiteCorrelator {
        requireFinite("g11", g11);
        requireFinite("g12", g12);
        requireFinite("g21", g21);
        requireFinite("g22", g22);
    }

    /**
     * The correlators of a translation-invariant medium, g_11 = g_22 = G(0), g_12 = G(−r), g_21 = G(+r),
     * where G(ρ) is the correlator at displacement ρ = x_i − x_j.
     *
     * @param local G(ρ = 0)
     * @param atMinusR G(ρ = −r)
     * @param atPlusR G(ρ = +r)
     * @return the two-site correlator
     */
    public static TwoSiteCorrelator translationInvariant(Complex local, Complex atMinusR, Complex atPlusR) {
        return new TwoSiteCorrelator(local, atMinusR, atPlusR, local);
    }

    /**
     * The correlators of a translation- and inversion-invariant medium (G(−r) = G(r) exactly), so that
     * g_12 = g_21 and the Dzyaloshinskii–Moriya coupling D vanishes identically.
     *
     * @param local G(0)
     * @param atR G(r) = G(−r)
     * @return the two-site correlator
     */
    public static TwoSiteCorrelator inversionSymmetric(Complex local, Complex atR) {
        return translationInvariant(local, atR, atR);
    }

    private static void requireFinite(String name, Complex z) {
        Objects.requireNonNull(z, name);
        if (!Double.isFinite(z.getReal()) || !Double.isFinite(z.getImaginary())) {
            throw new IllegalArgumentException("correlator " + name + " = " + z + " is not finite");
        }
    }
}
