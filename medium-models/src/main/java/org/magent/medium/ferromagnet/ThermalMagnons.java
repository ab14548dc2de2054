package org.magent.medium.ferromagnet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
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

    /** The Gauss–Legendre rule used on every segment. */
    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(32, -1, 1);

    /** Number of geometrically shrinking sub-segments (ratio 4) next to u = 0. */
    private static final int GRADING_LEVELS = 8;

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
        double local = 0;
        double cross = 0;
        double retarded = 0;
        for (double[] node : nodes(uMax, segments)) {
            double u = node[0];
            double energy = gap + stiffness * u * u;
            if (energy == gap) {
                continue; // 𝒟u² below one ulp of Ω: the integrands vanish as u there
            }
            double n = 1 / Math.expm1(energy / temperature);
            double measure = node[1] * 2 * stiffness * u; // dε = 2𝒟u du
            double spectralLocal = greens.spectralDensityAtOrigin(energy) / (2 * spinDensity);
            Complex g = greens.evaluate(energy, at).values().get(0).divide(2 * spinDensity);
            double spectralCross = -2 * g.getImaginary();
            double noise = measure / (2 * Math.PI) * n * (1 + n);
            local += noise * spectralLocal * spectralLocal;
            cross += noise * spectralCross * spectralCross;
            retarded -= measure / Math.PI * n * g.multiply(g).getImaginary();
        }
        return Optional.of(new LongitudinalCorrelators(retarded, local, new Complex(cross)));
    }

    /**
     * Gauss–Legendre nodes and weights on [0, uMax]: equal segments, the first one graded towards u = 0
     * where the d = 2 integrands carry a u·ln u singularity.
     */
    private static List<double[]> nodes(double uMax, int segments) {
        double h = uMax / segments;
        List<Double> breaks = new ArrayList<>();
        breaks.add(0.0);
        for (int k = GRADING_LEVELS; k >= 1; k--) {
            breaks.add(h * Math.pow(4, -k));
        }
        for (int i = 1; i <= segments; i++) {
            breaks.add(i * h);
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < breaks.size(); i++) {
            double a = breaks.get(i);
            double b = breaks.get(i + 1);
            for (int j = 0; j < RULE.getNumberOfPoints(); j++) {
                out.add(new double[] {0.5 * (a + b) + 0.5 * (b - a) * RULE.getPoint(j),
                    0.5 * (b - a) * RULE.getWeight(j)});
            }
        }
        return out;
    }
}
