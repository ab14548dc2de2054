package org.magent.medium.chiral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.medium.dispersion.LineQuadrature;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.QuadraticBandGreens;

/**
 * The closed form G^R(ρ) = e^{−i k0 ρ_x} G_quad(ρ; Ω') of the chiral band ω_k = Ω + 𝒟k² + 𝒟_M k_x against
 * independent quadrature of the defining integral G^R(ρ) = 2s ∫ d^dk/(2π)^d e^{ik·ρ}/((1+iα)ω − ω_k)
 * (docs/physics.md), which fixes the sign of the phase.
 */
class ChiralBandGreensTest {

    private static final double GAP = 0.4;
    private static final double STIFFNESS = 1.3;
    private static final double DMI = 0.6;
    private static final double SPIN = 0.7;
    private static final double DAMPING = 0.05;
    private static final double OMEGA = 0.9;
    /** Quadrature cut-off |k| ≤ K: the oscillating tail beyond it is ≈ 1/(𝒟K²ρ) ≈ 1e-9. */
    private static final double CUTOFF = 3e4;

    private static final Complex W = new Complex(OMEGA, DAMPING * OMEGA);

    private static Complex value(ChiralBandGreens g, double x, double y) {
        return g.evaluate(OMEGA, List.of(new Displacement(x, y, 0))).values().get(0);
    }

    /**
     * ∫_{−K}^{K} f(k) dk of a complex integrand: composite 16-point Gauss–Legendre, segments of 0.02 for |k| ≤ 4
     * (the resonances, width ≈ αω/(2𝒟|k|) ≈ 0.03, lie at |k| ≲ 1) and of 0.5 beyond (period 2π/|ρ| ≈ 4).
     */
    private static Complex integrate(DoubleFunction<Complex> f) {
        int outer = (int) ((CUTOFF - 4) / 0.5);
        return LineQuadrature.integrate(f, -4, 4, 400).add(LineQuadrature.integrate(f, 4, CUTOFF, outer))
                .add(LineQuadrature.integrate(f, -CUTOFF, -4, outer));
    }

    private static Complex phase(double x) {
        return new Complex(Math.cos(x), Math.sin(x));
    }

    @Test
    void oneDimensionMatchesDirectQuadratureOnBothSides() {
        ChiralBandGreens g = new ChiralBandGreens(1, GAP, STIFFNESS, DMI, SPIN, DAMPING);
        for (double rho : new double[] {1.5, -1.5, 0.0}) {
            Complex direct = integrate(k -> phase(k * rho)
                    .divide(W.subtract(GAP + STIFFNESS * k * k + DMI * k))).multiply(2 * SPIN / (2 * Math.PI));
            if (rho == 0) {
                // non-oscillating tail beyond ±K: ∫_{|k|>K} dk/(W − ω_k) = −2/(𝒟K) + O(K^-3)
                direct = direct.add(-2 / (STIFFNESS * CUTOFF) * 2 * SPIN / (2 * Math.PI));
            }
            Complex closed = value(g, rho, 0);
            assertEquals(0, closed.subtract(direct).abs() / closed.abs(), 1e-8, "rho = " + rho + ": " + closed
                    + " vs " + direct);
        }
        // mirror symmetry is broken: G(r) ≠ G(−r), and they differ by the phase e^{−2ik0r}
        Complex plus = value(g, 1.5, 0);
        Complex minus = value(g, -1.5, 0);
        assertTrue(plus.subtract(minus).abs() > 0.1 * plus.abs());
        assertEquals(0, plus.subtract(minus.multiply(phase(-2 * g.k0() * 1.5))).abs(), 1e-14);
    }

    /**
     * d = 2, ρ along ±x: the k_y integral is done by residues, ∫dk_y/2π 1/(c − 𝒟k_y²) = −i/(2𝒟κ), κ = √(c/𝒟)
     * with Im κ &gt; 0, c = W − Ω − 𝒟k_x² − 𝒟_M k_x; the k_x integral numerically, after subtracting the same
     * integrand at 𝒟_M = 0, whose transform is the centred closed form −(is/2𝒟)H0(qρ) ({@link QuadraticBandGreens}).
     * The difference decays as k_x^-2.
     */
    @Test
    void twoDimensionsMatchQuadratureOfTheDefiningIntegral() {
        ChiralBandGreens g = new ChiralBandGreens(2, GAP, STIFFNESS, DMI, SPIN, DAMPING);
        QuadraticBandGreens centred = new QuadraticBandGreens(2, GAP, STIFFNESS, SPIN, DAMPING);
        for (double rho : new double[] {1.5, -1.5}) {
            Complex difference = integrate(k -> phase(k * rho).multiply(
                    inner(W.subtract(GAP + STIFFNESS * k * k + DMI * k))
                            .subtract(inner(W.subtract(GAP + STIFFNESS * k * k)))))
                    .multiply(2 * SPIN / (2 * Math.PI));
            Complex reference = centred.evaluate(OMEGA, List.of(new Displacement(rho, 0, 0))).values().get(0);
            Complex direct = reference.add(difference);
            Complex closed = value(g, rho, 0);
            assertEquals(0, closed.subtract(direct).abs() / closed.abs(), 1e-8, "rho = " + rho + ": " + closed
                    + " vs " + direct);
        }
        // off the x axis the phase follows the x component only
        Complex diagonal = value(g, 1.2, 0.9);
        Complex rotated = new QuadraticBandGreens(2, g.shiftedGap(), STIFFNESS, SPIN, DAMPING)
                .evaluate(OMEGA, List.of(new Displacement(1.5, 0, 0))).values().get(0).multiply(phase(-g.k0() * 1.2));
        assertEquals(0, diagonal.subtract(rotated).abs() / rotated.abs(), 1e-12);
    }

    /**
     * d = 3, ρ along ±x: the transverse (k_y, k_z) integral of the difference to the 𝒟_M = 0 integrand is done in
     * closed form, ∫d²k⊥/(2π)² [1/(c − 𝒟k⊥²) − 1/(c0 − 𝒟k⊥²)] = (ln c − ln c0)/(4π𝒟) (principal logs, Im c =
     * Im c0 = αω &gt; 0 along the whole path), c0 = c at 𝒟_M = 0. Its 1/k_x tail (𝒟_M/𝒟)/k_x is removed by the
     * model m(k) = (𝒟_M/𝒟) k/(k² + 1), whose transform ∫dk e^{ikρ} m(k) = iπ (𝒟_M/𝒟) sign(ρ) e^{−|ρ|} is exact;
     * the rest decays as k_x^-2 and is integrated numerically. The 𝒟_M = 0 part is −2s e^{iqρ}/(4π𝒟ρ).
     */
    @Test
    void threeDimensionsMatchQuadratureOfTheDefiningIntegral() {
        ChiralBandGreens g = new ChiralBandGreens(3, GAP, STIFFNESS, DMI, SPIN, DAMPING);
        QuadraticBandGreens centred = new QuadraticBandGreens(3, GAP, STIFFNESS, SPIN, DAMPING);
        double ratio = DMI / STIFFNESS;
        for (double rho : new double[] {1.5, -1.5}) {
            Complex numeric = integrate(k -> {
                Complex c = W.subtract(GAP + STIFFNESS * k * k + DMI * k);
                Complex c0 = W.subtract(GAP + STIFFNESS * k * k);
                Complex h = c.log().subtract(c0.log()).subtract(ratio * k / (k * k + 1));
                return phase(k * rho).multiply(h);
            });
            Complex model = new Complex(0, Math.PI * ratio * Math.signum(rho) * Math.exp(-Math.abs(rho)));
            Complex difference = numeric.add(model).multiply(2 * SPIN / (2 * Math.PI) / (4 * Math.PI * STIFFNESS));
            Complex direct = centred.evaluate(OMEGA, List.of(new Displacement(Math.abs(rho), 0, 0))).values().get(0)
                    .add(difference);
            Complex closed = value(g, rho, 0);
            assertEquals(0, closed.subtract(direct).abs() / closed.abs(), 1e-8, "rho = " + rho + ": " + closed
                    + " vs " + direct);
        }
    }

    private static Complex inner(Complex c) {
        Complex kappa = c.divide(STIFFNESS).sqrt();
        if (kappa.getImaginary() < 0) {
            kappa = kappa.negate();
        }
        return Complex.I.negate().divide(kappa.multiply(2 * STIFFNESS));
    }

    @Test
    void completingTheSquareGivesShiftAndMinimum() {
        ChiralBandGreens g = new ChiralBandGreens(3, GAP, STIFFNESS, DMI, SPIN, DAMPING);
        assertEquals(DMI / (2 * STIFFNESS), g.k0(), 1e-15);
        assertEquals(GAP - DMI * DMI / (4 * STIFFNESS), g.shiftedGap(), 1e-15);
        // ω at the minimum k = −k0 x̂ equals Ω'
        double k = -g.k0();
        assertEquals(GAP + STIFFNESS * k * k + DMI * k, g.shiftedGap(), 1e-15);
    }
}
