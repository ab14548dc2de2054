package org.magent.medium.greens;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * Closed-form retarded Green's function of the continuum ferromagnet ω_k = Ω + 𝒟k² (docs/physics.md; the paper's
 * Eq. (S41)-type forms generalised to d = 1, 2, 3):
 * <pre>
 *   G^R(ρ, ω) = 2s ∫ d^dk/(2π)^d e^{ik·ρ} / ((1+iα)ω − Ω − 𝒟k²),   q = √(((1+iα)ω − Ω)/𝒟), Im q ≥ 0
 *   d = 3:  −2s e^{iqr} / (4π𝒟 r)
 *   d = 2:  −(is/(2𝒟)) H0⁽¹⁾(qr)
 *   d = 1:  −is e^{iq|r|} / (𝒟 q)
 * </pre>
 * At α = 0 the branch is the retarded limit α → 0⁺: q² gets +i0·sign(ω). Below the gap q is (nearly)
 * imaginary and G decays as e^{−κr}.
 */
public final class QuadraticBandGreens {

    private final int dimension;
    private final double gap;
    private final double stiffness;
    private final double spinDensity;
    private final double damping;

    /**
     * Creates the closed forms for one band.
     *
     * @param dimension the dimension d, 1..3
     * @param gap the gap Ω (natural units, energy); any finite value
     * @param stiffness the spin stiffness 𝒟 (natural units, energy × medium length unit²), positive
     * @param spinDensity the spin density s (spin per medium length unit^d), positive
     * @param damping the Gilbert damping α (dimensionless), ≥ 0
     */
    public QuadraticBandGreens(int dimension, double gap, double stiffness, double spinDensity, double damping) {
        if (dimension < 1 || dimension > 3) {
            throw new InvalidInputException("dimension", "dimension = " + dimension
                    + " (dimensionless) must be 1, 2 or 3");
        }
        this.dimension = dimension;
        this.gap = Checks.finite("gap", gap, "natural units, energy");
        this.stiffness = Checks.positive("stiffness", stiffness, "natural units, energy x length^2");
        this.spinDensity = Checks.positive("spinDensity", spinDensity, "spin per length^d");
        this.damping = Checks.nonNegative("damping", damping, "dimensionless");
    }

    /**
     * Returns the complex wave number q = √(((1+iα)ω − Ω)/𝒟) on the branch Im q ≥ 0 (retarded limit at α = 0).
     *
     * @param omega the frequency ω (natural units, energy)
     * @return q (1/medium length unit)
     */
    public Complex wavenumber(double omega) {
        Checks.finite("omega", omega, "natural units, energy");
        double re = (omega - gap) / stiffness;
        double im = damping * omega / stiffness;
        Complex q = new Complex(re, im).sqrt();
        if (q.getImaginary() < 0 || (q.getImaginary() == 0 && omega < 0)) {
            q = q.negate();
        }
        return q;
    }

    /**
     * Evaluates G^R(ρ, ω) at each displacement. At ρ = 0 in d ≥ 2 the real part diverges: the value returned
     * there carries the finite imaginary part and a real part 0, and the method says "Re G(0) divergent".
     *
     * @param omega the frequency ω (natural units, energy)
     * @param displacements the displacements ρ (medium length unit), within the medium's dimension
     * @return the values; relative accuracy 0 (d = 1, 3) or 1e-13 (d = 2, Bessel function)
     */
    public GreensValues evaluate(double omega, List<Displacement> displacements) {
        Complex q = wavenumber(omega);
        requireNonZero(q, omega, dimension == 3 ? false : true);
        boolean originSeen = false;
        List<Complex> values = new ArrayList<>(displacements.size());
        for (Displacement rho : displacements) {
            rho.requireWithin(dimension);
            double r = rho.norm();
            if (r == 0) {
                originSeen = true;
                values.add(atOrigin(q));
            } else {
                values.add(at(q, r));
            }
        }
        String method = "closed form, quadratic band, d = " + dimension;
        if (originSeen && dimension >= 2) {
            method += "; Re G(0) divergent: reported as 0, imaginary part exact";
        }
        return new GreensValues(values, dimension == 2 ? 1e-13 : 0.0, method);
    }

    /**
     * Returns the local spectral density 𝒜_11(ω) = −2 Im G^R(0, ω), finite in every d:
     * d = 3: s·Re q/(π𝒟); d = 2: (s/𝒟)(1 − 2 arg q/π) (from H0⁽¹⁾(z) ≈ 1 + (2i/π)(ln(z/2) + γ));
     * d = 1: 2s·Re(1/q)/𝒟.
     *
     * @param omega the frequency ω (natural units, energy)
     * @return 𝒜_11 (spin density / energy)
     */
    public double spectralDensityAtOrigin(double omega) {
        Complex q = wavenumber(omega);
        requireNonZero(q, omega, dimension == 1);
        return -2 * atOrigin(q).getImaginary();
    }

    private void requireNonZero(Complex q, double omega, boolean fatal) {
        if (fatal && q.getReal() == 0 && q.getImaginary() == 0) {
            throw new InvalidInputException("omega", "omega = " + omega + " (natural units, energy) sits on the"
                    + " band edge Ω = " + gap + " with zero damping: G^R diverges in d = " + dimension);
        }
    }

    private Complex atOrigin(Complex q) {
        switch (dimension) {
            case 3:
                return new Complex(0, -2 * spinDensity * q.getReal() / (4 * Math.PI * stiffness));
            case 2:
                return new Complex(0, -spinDensity / (2 * stiffness) * (1 - 2 * q.getArgument() / Math.PI));
            default:
                return at(q, 0);
        }
    }

    private Complex at(Complex q, double r) {
        Complex iqr = new Complex(-q.getImaginary() * r, q.getReal() * r);
        switch (dimension) {
            case 3:
                return iqr.exp().multiply(-2 * spinDensity / (4 * Math.PI * stiffness * r));
            case 2:
                return Bessel.hankel1Zero(q.multiply(r)).multiply(new Complex(0, -spinDensity / (2 * stiffness)));
            default:
                return iqr.exp().divide(q).multiply(new Complex(0, -spinDensity / stiffness));
        }
    }
}
