package org.magent.medium.ferromagnet;

import java.util.Optional;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.ParameterValues;
import org.magent.medium.Separation;
import org.magent.medium.TranslationInvariantMedium;
import org.magent.medium.greens.QuadraticBandGreens;

/**
 * Base of the continuum media whose band is quadratic up to a shift of its minimum, ω_k = Ω + 𝒟k² (+ a linear
 * term): the parameters dim, gap, stiffness, spinDensity and damping, closed-form Green's functions, and a local
 * real part Re G^R(0, ω) that is finite only in d = 1 (it diverges as a power or log of the cutoff in d ≥ 2).
 */
public abstract class QuadraticBandMedium extends TranslationInvariantMedium {

    private final double gap;
    private final double stiffness;
    private final double spinDensity;
    private final double damping;

    /**
     * Creates the medium from its resolved parameters.
     *
     * @param name the registered name of the model
     * @param values the resolved values, with dim, gap, stiffness, spinDensity and damping
     */
    protected QuadraticBandMedium(String name, ParameterValues values) {
        super(name, values, (int) values.number("dim"));
        this.gap = values.number("gap");
        this.stiffness = values.number("stiffness");
        this.spinDensity = values.number("spinDensity");
        this.damping = values.number("damping");
    }

    /**
     * The gap Ω = ω_(k=0).
     *
     * @return Ω (natural units, energy)
     */
    protected final double gap() {
        return gap;
    }

    /**
     * The spin-wave stiffness 𝒟.
     *
     * @return 𝒟 (natural units, energy × length²)
     */
    protected final double stiffness() {
        return stiffness;
    }

    /**
     * The spin density s.
     *
     * @return s (spin per length^d)
     */
    protected final double spinDensity() {
        return spinDensity;
    }

    /**
     * The Gilbert damping α.
     *
     * @return α (dimensionless)
     */
    protected final double damping() {
        return damping;
    }

    /**
     * The thermal two-magnon longitudinal correlators of the quadratic band with gap Ω and this medium's
     * stiffness, spin density and damping ({@link ThermalMagnons}: exactly zero at T = 0; computed for d = 2, 3,
     * α = 0, Ω &gt; 0, r ≠ 0; empty otherwise).
     *
     * @param bandMinimum Ω, the minimum of the quadratic band (natural units, energy)
     * @param temperature T ≥ 0 (natural units, energy)
     * @param r the separation (medium length unit)
     * @return the correlators, or empty where they are not computed
     */
    protected final Optional<LongitudinalCorrelators> thermalMagnons(double bandMinimum, double temperature,
            Separation r) {
        QuadraticBandGreens band = new QuadraticBandGreens(dimension(), bandMinimum, stiffness, spinDensity, damping);
        return ThermalMagnons.longitudinal(band, dimension(), bandMinimum, stiffness, spinDensity, damping,
                temperature, r);
    }

    @Override
    public final double validityLength() {
        // the mean spacing of the spins, s^{-1/d}
        return Math.pow(spinDensity, -1.0 / dimension());
    }

    @Override
    public final boolean isLattice() {
        return false;
    }

    /** Re G^R(0, ω) is finite only in d = 1 (at ρ = 0 a phase e^{−ik0ρ_x} is 1: the quadratic band's value). */
    @Override
    public final boolean hasFiniteLocalRealPart() {
        return dimension() == 1;
    }
}
