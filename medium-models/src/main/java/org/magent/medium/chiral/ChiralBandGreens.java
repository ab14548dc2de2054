package org.magent.medium.chiral;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.GreensValues;
import org.magent.medium.greens.QuadraticBandGreens;
import org.magent.validation.Checks;

/**
 * Closed-form G^R of the non-reciprocal band ω_k = Ω + 𝒟k² + 𝒟_M k_x (DMI 𝒟_M, see {@link ChiralFerromagnetModel}
 * for the geometry) in d = 1, 2, 3.
 * Completing the square, ω_k = Ω' + 𝒟|k + k0 x̂|² with k0 = 𝒟_M/(2𝒟), Ω' = Ω − 𝒟k0². In
 * G^R(ρ) = 2s ∫ d^dk/(2π)^d e^{ik·ρ}/((1+iα)ω − ω_k) (docs/physics.md) substitute p = k + k0 x̂, so
 * e^{ik·ρ} = e^{ip·ρ} e^{−i k0 ρ_x}:
 * <pre>
 *   G^R(ρ, ω) = e^{−i k0 ρ_x} · G_quad(ρ, ω; Ω → Ω')
 * </pre>
 * with G_quad the closed forms of {@link QuadraticBandGreens}. (The sign is checked in the tests against
 * independent quadrature of the defining integral.)
 */
public final class ChiralBandGreens {

    private final double k0;
    private final double shiftedGap;
    private final QuadraticBandGreens quadratic;

    /**
     * Creates the closed form.
     *
     * @param dimension d, 1 to 3
     * @param gap Ω (natural units, energy)
     * @param stiffness 𝒟 &gt; 0 (natural units, energy × length²)
     * @param dmi 𝒟_M, the coefficient of k_x (natural units, energy × length)
     * @param spinDensity s &gt; 0 (spin per length^d)
     * @param damping α ≥ 0 (dimensionless)
     */
    public ChiralBandGreens(int dimension, double gap, double stiffness, double dmi, double spinDensity,
            double damping) {
        Checks.finite("dmi", dmi, "natural units, energy x length");
        Checks.positive("stiffness", stiffness, "natural units, energy x length^2");
        this.k0 = dmi / (2 * stiffness);
        this.shiftedGap = gap - stiffness * k0 * k0;
        this.quadratic = new QuadraticBandGreens(dimension, shiftedGap, stiffness, spinDensity, damping);
    }

    /**
     * The shift of the band minimum, k0 = 𝒟_M/(2𝒟); the minimum lies at k = −k0 x̂.
     *
     * @return k0 (1/medium length unit)
     */
    public double k0() {
        return k0;
    }

    /**
     * The band minimum Ω' = Ω − 𝒟_M²/(4𝒟).
     *
     * @return Ω' (natural units, energy)
     */
    public double shiftedGap() {
        return shiftedGap;
    }

    /**
     * G^R(ρ, ω) at each displacement. At ρ = 0 in d ≥ 2 the real part diverges and is reported as 0 (as in
     * {@link QuadraticBandGreens}).
     *
     * @param omega ω (natural units, energy)
     * @param displacements ρ (medium length unit)
     * @return the values and the accuracy of the closed form
     */
    public GreensValues evaluate(double omega, List<Displacement> displacements) {
        GreensValues centred = quadratic.evaluate(omega, displacements);
        List<Complex> out = new ArrayList<>(displacements.size());
        for (int i = 0; i < displacements.size(); i++) {
            double phase = -k0 * displacements.get(i).x();
            out.add(centred.values().get(i).multiply(new Complex(Math.cos(phase), Math.sin(phase))));
        }
        return new GreensValues(out, centred.relativeAccuracy(), centred.method()
                + " with gap Omega' = " + shiftedGap + ", times exp(-i k0 x), k0 = " + k0);
    }
}
