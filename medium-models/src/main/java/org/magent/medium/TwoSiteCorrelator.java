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
 * @param relativeAccuracy the estimated relative accuracy of these values, relative to |Im g11| (dimensionless;
 *     0 for closed forms evaluated to machine precision). It travels with the values, so a medium keeps no
 *     "last evaluation" state and may be shared between threads.
 */
public record TwoSiteCorrelator(Complex g11, Complex g12, Complex g21, Complex g22, double relativeAccuracy) {

    /** Validates: all four present and finite, the accuracy finite and not negative. */
    public TwoSiteCorrelator {
        requireFinite("g11", g11);
        requireFinite("g12", g12);
        requireFinite("g21", g21);
        requireFinite("g22", g22);
        if (!(relativeAccuracy >= 0) || !Double.isFinite(relativeAccuracy)) {
            throw new IllegalArgumentException("correlator accuracy = " + relativeAccuracy
                    + " (dimensionless) must be finite and not negative");
        }
    }

    /**
     * Exact values (relative accuracy 0: closed forms to machine precision).
     *
     * @param g11 G^R_{X⁺(x1) X⁻(x1)}(ω)
     * @param g12 G^R_{X⁺(x1) X⁻(x2)}(ω)
     * @param g21 G^R_{X⁺(x2) X⁻(x1)}(ω)
     * @param g22 G^R_{X⁺(x2) X⁻(x2)}(ω)
     */
    public TwoSiteCorrelator(Complex g11, Complex g12, Complex g21, Complex g22) {
        this(g11, g12, g21, g22, 0.0);
    }

    /**
     * The same values with an accuracy estimate.
     *
     * @param accuracy the relative accuracy (dimensionless, ≥ 0)
     * @return a new correlator
     */
    public TwoSiteCorrelator withAccuracy(double accuracy) {
        return new TwoSiteCorrelator(g11, g12, g21, g22, accuracy);
    }

    /**
     * The largest accuracy estimate of several evaluations.
     *
     * @param correlators the correlators
     * @return max relativeAccuracy (0 for none)
     */
    public static double worstAccuracy(java.util.Collection<TwoSiteCorrelator> correlators) {
        double worst = 0;
        for (TwoSiteCorrelator c : correlators) {
            worst = Math.max(worst, c.relativeAccuracy());
        }
        return worst;
    }

    /**
     * The correlators of a translation-invariant medium, g_11 = g_22 = G(0), g_12 = G(−r), g_21 = G(+r),
     * where G(ρ) is the correlator at displacement ρ = x_i − x_j; exact (accuracy 0; see {@link #withAccuracy}).
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
