package org.magent.medium.film;

import java.util.Locale;

/**
 * The lowest (thickness-uniform, unpinned) spin-wave mode of the film, from the Landau–Lifshitz–Gilbert equation
 * linearised about the equilibrium direction m0 = (sin θ0, 0, cos θ0), with exchange, Zeeman, static
 * demagnetisation and the thickness-averaged dynamic dipolar field of Kalinikos and Slavin (J. Phys. C 19, 7013
 * (1986)): for an in-plane wave vector k = k(cos φ, sin φ), the demagnetising tensor of the uniform mode is
 * N(k) = P k̂k̂ + (1 − P) ẑẑ with P = 1 − (1 − e^{−kt})/(kt) (the form factor f_k).
 *
 * <p>In the precession frame e1 = (cos θ0, 0, −sin θ0), e2 = ŷ, e3 = m0 (right-handed), with
 * ω0 = γ(B cos(θ0 − θ_B) − μ0M_s cos²θ0) and Ω = ω0 + ω_M λ_ex² k²:
 * <pre>
 * a11 = Ω + ω_M [P cos²θ0 cos²φ + (1 − P) sin²θ0],   a22 = Ω + ω_M P sin²φ,   a12 = ω_M P cos θ0 cos φ sin φ
 * ω(k)² = a11 a22 − a12²
 * </pre>
 * With Gilbert damping α the driven transverse magnetisation m = (m1, m2) obeys K m = γμ0 h,
 * K = [[a11 − iαω, a12 + iω], [a12 − iω, a22 − iαω]] (time dependence e^{−iωt}), so the susceptibility of the
 * uniform mode is χ = ω_M K⁻¹ in the (e1, e2) frame.
 */
public final class SpinWaveBand {

    private final FilmMaterial material;
    private final BiasField field;
    private final FilmEquilibrium equilibrium;
    private final double omegaM;
    private final double omega0;
    private final double exchange;
    private final double sin0;
    private final double cos0;

    /**
     * The band of a film in a bias field, about its stable equilibrium.
     *
     * @param material the film
     * @param field the bias field
     */
    public SpinWaveBand(FilmMaterial material, BiasField field) {
        this.material = material;
        this.field = field;
        this.equilibrium = FilmEquilibrium.solve(field, material.saturationInduction());
        double th = equilibrium.theta();
        this.sin0 = Math.sin(th);
        this.cos0 = Math.cos(th);
        this.omegaM = material.omegaM();
        this.omega0 = material.gamma() * (field.magnitude() * Math.cos(th - field.polar())
                - material.saturationInduction() * cos0 * cos0);
        this.exchange = omegaM * material.exchangeLengthSquared();
    }

    /**
     * The film.
     *
     * @return the material
     */
    public FilmMaterial material() {
        return material;
    }

    /**
     * The bias field.
     *
     * @return the field
     */
    public BiasField field() {
        return field;
    }

    /**
     * The equilibrium magnetisation direction.
     *
     * @return the equilibrium
     */
    public FilmEquilibrium equilibrium() {
        return equilibrium;
    }

    /**
     * sin θ0 of the equilibrium direction.
     *
     * @return sin θ0 (dimensionless)
     */
    double sinTheta0() {
        return sin0;
    }

    /**
     * cos θ0 of the equilibrium direction.
     *
     * @return cos θ0 (dimensionless)
     */
    double cosTheta0() {
        return cos0;
    }

    /**
     * The magnetisation frequency ω_M = γμ0M_s.
     *
     * @return ω_M (rad/s)
     */
    public double omegaM() {
        return omegaM;
    }

    /**
     * The internal-field frequency ω0 = γ(B cos(θ0 − θ_B) − μ0M_s cos²θ0).
     *
     * @return ω0 (rad/s)
     */
    public double omega0() {
        return omega0;
    }

    /**
     * The exchange coefficient ω_M λ_ex² (the exchange frequency is this times k²).
     *
     * @return ω_M λ_ex² (rad/s · m²)
     */
    public double exchangeCoefficient() {
        return exchange;
    }

    /**
     * The Kalinikos–Slavin form factor P = f_k = 1 − (1 − e^{−kt})/(kt) of the lowest, thickness-uniform mode.
     *
     * @param k the wave number (1/m), ≥ 0
     * @return P (dimensionless), in [0, 1)
     */
    public double formFactor(double k) {
        double x = k * material.thickness();
        if (x < 1e-4) {
            return x * (0.5 - x * (1.0 / 6 - x / 24));
        }
        return 1 + Math.expm1(-x) / x;
    }

    /**
     * The matrix elements a11, a22, a12 of the undamped precession at wave number k along (cos φ, sin φ).
     *
     * @param k the wave number (1/m)
     * @param cosPhi cos φ of the in-plane direction of k (φ from x̂)
     * @param sinPhi sin φ
     * @return {a11, a22, a12} (rad/s)
     */
    public double[] elements(double k, double cosPhi, double sinPhi) {
        double p = formFactor(k);
        double big = omega0 + exchange * k * k;
        return new double[] {
            big + omegaM * (p * cos0 * cos0 * cosPhi * cosPhi + (1 - p) * sin0 * sin0),
            big + omegaM * p * sinPhi * sinPhi,
            omegaM * p * cos0 * cosPhi * sinPhi};
    }

    /**
     * The spin-wave frequency ω(k) = √(a11 a22 − a12²); NaN where the mode is unstable (ω² &lt; 0).
     *
     * @param k the wave number (1/m)
     * @param phi the in-plane direction φ of k from x̂ (rad)
     * @return ω (rad/s)
     */
    public double frequency(double k, double phi) {
        return Math.sqrt(frequencySquared(k, Math.cos(phi), Math.sin(phi)));
    }

    /**
     * ω(k)² = a11 a22 − a12², negative where the uniform state is unstable.
     *
     * @param k the wave number (1/m)
     * @param cosPhi cos φ
     * @param sinPhi sin φ
     * @return ω² (rad²/s²)
     */
    public double frequencySquared(double k, double cosPhi, double sinPhi) {
        double[] a = elements(k, cosPhi, sinPhi);
        return a[0] * a[1] - a[2] * a[2];
    }

    /**
     * The uniform (k = 0, Kittel) frequency.
     *
     * @return ω(0) (rad/s)
     */
    public double kittelFrequency() {
        return Math.sqrt(Math.max(0, frequencySquared(0, 1, 0)));
    }

    /**
     * The bottom of the band over all in-plane wave vectors: a grid over (k, φ) refined by golden-section search.
     *
     * @return {ω_min (rad/s), k at the minimum (1/m), φ at the minimum (rad)}; ω_min is negative (−√|ω²|) when
     *     the band is unstable
     */
    public double[] bandMinimum() {
        double kScale = bandScale();
        double best = Double.POSITIVE_INFINITY;
        double bestK = 0;
        double bestPhi = 0;
        int nk = 400;
        int nphi = 72;
        for (int j = 0; j <= nphi; j++) {
            double phi = Math.PI / 2 * j / nphi; // ω(k, φ) = ω(k, −φ) = ω(k, π − φ)
            for (int i = 0; i <= nk; i++) {
                double k = i == 0 ? 0 : kScale * Math.pow(1e-4, 1 - i / (double) nk);
                double w2 = frequencySquared(k, Math.cos(phi), Math.sin(phi));
                if (w2 < best) {
                    best = w2;
                    bestK = k;
                    bestPhi = phi;
                }
            }
        }
        // refine alternately in k and φ
        for (int iter = 0; iter < 6; iter++) {
            final double phiNow = bestPhi;
            double kLo = Math.max(0, bestK * 0.9 - kScale * 1e-6);
            double kHi = bestK * 1.1 + kScale * 1e-6;
            bestK = golden(k -> frequencySquared(k, Math.cos(phiNow), Math.sin(phiNow)), kLo, kHi);
            final double kNow = bestK;
            double dphi = Math.PI / 36 / (iter + 1);
            bestPhi = golden(phi -> frequencySquared(kNow, Math.cos(phi), Math.sin(phi)),
                    Math.max(0, bestPhi - dphi), Math.min(Math.PI / 2, bestPhi + dphi));
        }
        best = frequencySquared(bestK, Math.cos(bestPhi), Math.sin(bestPhi));
        double w = best >= 0 ? Math.sqrt(best) : -Math.sqrt(-best);
        if (w < 0 && w * w <= 1e-10 * omegaM * omegaM) {
            w = 0; // a gapless band (B = 0) touches zero at k = 0; below that is round-off
        }
        return new double[] {w, bestK, bestPhi};
    }

    /**
     * A wave number beyond which exchange dominates the band: where ω_M λ_ex² k² reaches 10(|ω0| + ω_M), or 1/t.
     *
     * @return the scale (1/m)
     */
    double bandScale() {
        double byExchange = exchange > 0 ? Math.sqrt(10 * (Math.abs(omega0) + omegaM) / exchange) : 0;
        return Math.max(byExchange, 1 / material.thickness());
    }

    /**
     * A description of the band for messages: equilibrium, ω0 and the Kittel frequency in GHz.
     *
     * @return the text
     */
    public String describe() {
        return String.format(Locale.ROOT, "%s, Kittel frequency %.6g GHz", equilibrium.describe(),
                kittelFrequency() / (2 * Math.PI * 1e9));
    }

    private static double golden(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
        double g = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - g * (hi - lo);
        double x2 = lo + g * (hi - lo);
        double f1 = f.applyAsDouble(x1);
        double f2 = f.applyAsDouble(x2);
        for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(hi)); i++) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - g * (hi - lo);
                f1 = f.applyAsDouble(x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + g * (hi - lo);
                f2 = f.applyAsDouble(x2);
            }
        }
        return 0.5 * (lo + hi);
    }
}
