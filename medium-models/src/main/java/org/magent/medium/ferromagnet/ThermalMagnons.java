package org.magent.medium.ferromagnet;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Separation;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.QuadraticBandGreens;

/**
 * The longitudinal correlators of the undamped continuum ferromagnet from the thermal magnon gas (paper Eq. S29,
 * S32, S33). In linear spin-wave theory S^z(x) = s − a†a(x) and the magnons are free bosons, so by Wick's theorem
 * the S^z correlators are the two-magnon bubble of the boson propagator g^R(r, ε) = G^R(r, ε)/(2s) and its
 * spectral function Â(r, ε) = −2 Im g^R(r, ε), with n(ε) = 1/(e^{ε/T} − 1):
 * <pre>
 * i G^>_{SzSz}(r, 0) = ∫dε/2π n(1+n) Â(r, ε)²
 * G^R_{SzSz}(r, 0)   = −(1/π) ∫dε n(ε) Im[g^R(r, ε)²]     (the static bubble −T Σ_n g(r, iω_n)², continued)
 * </pre>
 * The integrals run over ε = Ω + 𝒟u², u ≥ 0, which removes the band-edge singularities of d = 2. They are finite
 * for d = 2, 3, Ω &gt; 0 and r ≠ 0; in d = 1 the band-edge density of states makes the zero-frequency noise
 * diverge, and for Ω = 0 it diverges in every d (no Markovian dephasing rate).
 */
final class ThermalMagnons {

    /** Occupations below e^{−60} of the band-bottom one are dropped. */
    private static final double CUTOFF_EXPONENT = 60;

    private ThermalMagnons() {
    }

    /**
     * The longitudinal correlators of the ferromagnet, where they are known.
     *
     * @param greens the transverse Green's function of the band
     * @param dimension d
     * @param gap Ω (natural units, energy)
     * @param stiffness 𝒟 (natural units, energy × length²)
     * @param spinDensity s (spin per length^d)
     * @param damping α
     * @param temperature T ≥ 0 (natural units, energy)
     * @param r the separation (medium length unit)
     * @return zeros at T = 0 (any d, α); the thermal two-magnon values for d = 2, 3, α = 0, Ω &gt; 0, r ≠ 0;
     *     empty otherwise
     */
    static Optional<LongitudinalCorrelators> longitudinal(QuadraticBandGreens greens, int dimension, double gap,
            double stiffness, double spinDensity, double damping, double temperature, Separation r) {
        if (temperature == 0 || dimension == 1 || damping != 0 || gap <= 0 || r.length() == 0) {
            return LongitudinalCorrelators.polarisedFerromagnet(temperature);
        }
        List<Displacement> at = List.of(new Displacement(r.x(), r.y(), r.z()));
        double uMax = Math.sqrt(CUTOFF_EXPONENT * temperature / stiffness);
        int segments = 16 + (int) Math.ceil(2 * uMax * r.length() / Math.PI);
        DoubleUnaryOperator energy = u -> gap + stiffness * u * u;
        DoubleUnaryOperator occupation = u -> 1 / Math.expm1(energy.applyAsDouble(u) / temperature);
        // dε/2π n(1+n) in terms of du
        DoubleUnaryOperator noiseWeight = u -> {
            double n = occupation.applyAsDouble(u);
            return stiffness * u / Math.PI * n * (1 + n);
        };
        double local = integrate(u -> {
            double a = greens.spectralDensityAtOrigin(energy.applyAsDouble(u)) / (2 * spinDensity);
            return noiseWeight.applyAsDouble(u) * a * a;
        }, uMax, segments);
        double cross = integrate(u -> {
            double a = -2 * propagator(greens, at, energy.applyAsDouble(u), spinDensity).getImaginary();
            return noiseWeight.applyAsDouble(u) * a * a;
        }, uMax, segments);
        double retarded = -integrate(u -> {
            Complex g = propagator(greens, at, energy.applyAsDouble(u), spinDensity);
            return 2 * stiffness * u / Math.PI * occupation.applyAsDouble(u) * g.multiply(g).getImaginary();
        }, uMax, segments);
        return Optional.of(new LongitudinalCorrelators(retarded, local, new Complex(cross)));
    }

    private static Complex propagator(QuadraticBandGreens greens, List<Displacement> at, double energy,
            double spinDensity) {
        return greens.evaluate(energy, at).values().get(0).divide(2 * spinDensity);
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
