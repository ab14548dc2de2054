package org.magent.medium.ferromagnet;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Separation;

/**
 * The longitudinal correlators of the undamped three-dimensional continuum ferromagnet from the thermal magnon
 * gas (paper Eq. S29, S32, S33). In linear spin-wave theory S^z(x) = s − a†a(x); the magnons are free bosons, so by
 * Wick's theorem the S^z correlators are the two-magnon bubble. With the magnon spectral function per boson
 * Â(r, ε) = sin(ur)/(2π𝒟r), ε = Ω + 𝒟u², and n(ε) = 1/(e^{ε/T} − 1):
 * <pre>
 * i G^>_{SzSz}(r, 0) = ∫dε/2π n(1+n) Â(r,ε)²                  = (1/(4π³𝒟r²)) ∫_0^∞ du u sin²(ur) n(1+n)
 * G^R_{SzSz}(r, 0)   = −(1/π)∫dε n(ε) Im[g^R(r,ε)²]          = −(1/(8π³𝒟r²)) ∫_0^∞ du u sin(2ur) n
 * </pre>
 * with g^R(r, ε) = −e^{iur}/(4π𝒟r) the boson propagator; r → 0 of the first gives the local noise (u² for
 * sin²(ur)/r²). The second is the static bubble −T Σ_n g(r, iω_n)², continued to real frequency. They are
 * finite for Ω &gt; 0 and r &gt; 0 (for Ω = 0 the local noise diverges logarithmically: no Markovian dephasing).
 */
final class ThermalMagnons {

    /** Occupations below e^{−60} are dropped. */
    private static final double CUTOFF_EXPONENT = 60;

    private ThermalMagnons() {
    }

    /**
     * The longitudinal correlators of the ferromagnet, where they are known.
     *
     * @param dimension d
     * @param gap Ω (natural units, energy)
     * @param stiffness 𝒟 (natural units, energy × length²)
     * @param damping α
     * @param temperature T ≥ 0 (natural units, energy)
     * @param r the separation (medium length unit)
     * @return zeros at T = 0 (any d, α); the thermal two-magnon values for d = 3, α = 0, Ω &gt; 0, r ≠ 0;
     *     empty otherwise
     */
    static Optional<LongitudinalCorrelators> longitudinal(int dimension, double gap, double stiffness,
            double damping, double temperature, Separation r) {
        if (temperature == 0 || dimension != 3 || damping != 0 || gap <= 0 || r.length() == 0) {
            return LongitudinalCorrelators.polarisedFerromagnet(temperature);
        }
        double distance = r.length();
        double uMax = Math.sqrt(CUTOFF_EXPONENT * temperature / stiffness);
        DoubleUnaryOperator energy = u -> gap + stiffness * u * u;
        DoubleUnaryOperator occupation = u -> 1 / Math.expm1(energy.applyAsDouble(u) / temperature);
        DoubleUnaryOperator fluctuation = u -> {
            double n = occupation.applyAsDouble(u);
            return n * (1 + n);
        };
        int segments = 16 + (int) Math.ceil(2 * uMax * distance / Math.PI);
        double local = integrate(u -> u * u * u * fluctuation.applyAsDouble(u), uMax, segments)
                / (4 * Math.PI * Math.PI * Math.PI * stiffness);
        double cross = integrate(u -> u * Math.pow(Math.sin(u * distance), 2) * fluctuation.applyAsDouble(u), uMax,
                segments) / (4 * Math.PI * Math.PI * Math.PI * stiffness * distance * distance);
        double retarded = -integrate(u -> u * Math.sin(2 * u * distance) * occupation.applyAsDouble(u), uMax,
                segments) / (8 * Math.PI * Math.PI * Math.PI * stiffness * distance * distance);
        return Optional.of(new LongitudinalCorrelators(retarded, local, new Complex(cross)));
    }

    private static double integrate(DoubleUnaryOperator f, double upper, int segments) {
        double h = upper / segments;
        double sum = 0;
        IterativeLegendreGaussIntegrator gauss = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-300);
        for (int i = 0; i < segments; i++) {
            sum += gauss.integrate(Integer.MAX_VALUE, f::applyAsDouble, i * h, (i + 1) * h);
        }
        return sum;
    }
}
