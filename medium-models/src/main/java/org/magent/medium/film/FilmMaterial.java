package org.magent.medium.film;

import org.magent.physics.PhysicalConstants;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * A magnetic film: thickness, saturation magnetisation, exchange constant, Gilbert damping and g-factor (SI).
 *
 * @param thickness the film thickness t (m), &gt; 0
 * @param magnetisation the saturation magnetisation M_s (A/m), &gt; 0
 * @param exchangeConstant the exchange constant A_ex (J/m), ≥ 0
 * @param damping the Gilbert damping α (dimensionless), in [{@link #MIN_DAMPING}, 1)
 * @param gFactor the g-factor of the film's magnetisation (dimensionless), &gt; 0
 */
public record FilmMaterial(double thickness, double magnetisation, double exchangeConstant, double damping,
        double gFactor) {

    /**
     * The smallest Gilbert damping accepted (dimensionless). The correlator subtracts each spin-wave pole, which
     * lies off the real k axis by a fraction ~α of its distance from the origin; below ~1e-13 that offset is lost
     * in double-precision round-off (α = 0 puts the poles on the axis and leaves the retarded side undefined). At
     * 1e-10 the rates equal their α → 0⁺ limit to about 1e-8.
     */
    public static final double MIN_DAMPING = 1e-10;

    /** Validates: t, M_s, g &gt; 0; A_ex ≥ 0; MIN_DAMPING ≤ α &lt; 1; all finite. */
    public FilmMaterial {
        Checks.positive("thickness", thickness, "m");
        Checks.positive("magnetisation", magnetisation, "A/m");
        Checks.nonNegative("exchangeConstant", exchangeConstant, "J/m");
        Checks.nonNegative("damping", damping, "dimensionless");
        Checks.positive("gFactor", gFactor, "dimensionless");
        if (damping < MIN_DAMPING) {
            throw new InvalidInputException("damping", tooSmall(Double.toString(damping)));
        }
        if (damping >= 1) {
            throw new InvalidInputException("damping", "damping = " + damping + " (dimensionless) is not a small"
                    + " Gilbert damping: give 1e-10 <= damping < 1");
        }
    }

    /**
     * The message for a damping below {@link #MIN_DAMPING}.
     *
     * @param given the damping as the user gave it
     * @return one sentence saying why and what to use
     */
    static String tooSmall(String given) {
        return "damping = " + given + " (dimensionless) is below 1e-10, the smallest Gilbert damping the film takes:"
                + " its correlator needs each spin-wave line to have a finite width alpha*omega (the undamped film"
                + " is the limit damping -> 0+); give damping >= 1e-10, whose rates equal that limit to about 1e-8";
    }

    /**
     * The gyromagnetic ratio γ = g μ_B/ħ of the film's magnetisation.
     *
     * @return γ (rad s⁻¹ T⁻¹)
     */
    public double gamma() {
        return PhysicalConstants.gyromagneticRatio(gFactor);
    }

    /**
     * The magnetisation frequency ω_M = γ μ0 M_s.
     *
     * @return ω_M (rad/s)
     */
    public double omegaM() {
        return gamma() * PhysicalConstants.VACUUM_PERMEABILITY * magnetisation;
    }

    /**
     * The square of the exchange length, λ_ex² = 2A_ex/(μ0 M_s²); the exchange frequency of a wave is ω_M λ_ex² k².
     *
     * @return λ_ex² (m²)
     */
    public double exchangeLengthSquared() {
        return 2 * exchangeConstant / (PhysicalConstants.VACUUM_PERMEABILITY * magnetisation * magnetisation);
    }

    /**
     * The saturation induction μ0 M_s.
     *
     * @return μ0 M_s (T)
     */
    public double saturationInduction() {
        return PhysicalConstants.VACUUM_PERMEABILITY * magnetisation;
    }
}
