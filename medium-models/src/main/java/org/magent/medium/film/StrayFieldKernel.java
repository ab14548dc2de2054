package org.magent.medium.film;

/**
 * The integrand of the stray-field correlator of a film (see {@link StrayFieldCorrelator}) at one frequency,
 * height and projection direction, in the coordinates (q, p) of the in-plane wave vector
 * k = q r̂ + p r̂⊥ with r̂ = (cos φ_r, sin φ_r), r̂⊥ = (−sin φ_r, cos φ_r):
 * <pre>
 * Φ_m(q, p) = F(k) χ_uu(k, ω) b_m(k̂),   F = e^{−k(h_i + h_j)}(1 − e^{−kt})²,   b = (k̂x², k̂x k̂y, k̂y², k̂x, k̂y, 1)
 * χ_uu = w^T χ w̄ = ω_M [w1(K22 w̄1 − K12 w̄2) + w2(−K21 w̄1 + K11 w̄2)] / det K
 * w = (sin θ0 + i cos θ0 k̂x, i k̂y),   w̄ = (sin θ0 − i cos θ0 k̂x, −i k̂y)
 * </pre>
 * (w is the film-frame chirality vector u = (i k̂, −1) of the field above the film projected on the precession
 * frame e1, e2 of {@link SpinWaveBand}; w̄ is written as an analytic function of k̂ so that the kernel continues
 * analytically to complex p, where its poles are found).
 */
final class StrayFieldKernel {

    /** Number of basis functions b_m. */
    static final int COMPONENTS = 6;

    private final double omega;
    private final double alphaOmega;
    private final double heightSum;
    private final double thickness;
    private final double cr;
    private final double sr;
    private final double omegaM;
    private final double omega0;
    private final double exchange;
    private final double s0;
    private final double c0;
    private final SpinWaveBand band;
    private final boolean derivative;

    /**
     * The kernel at one frequency.
     *
     * @param band the film's spin waves
     * @param omega ω (rad/s), ≥ 0
     * @param heightSum h_i + h_j, the sum of the heights of the two field points above the film surface (m)
     * @param directionAngle φ_r of the projection direction from x̂ (rad)
     * @param derivative when true, the kernel is ∂χ_uu/∂ω at ω = 0 instead of χ_uu(ω) (the zero-frequency
     *     noise slope; then {@code omega} must be 0)
     */
    StrayFieldKernel(SpinWaveBand band, double omega, double heightSum, double directionAngle, boolean derivative) {
        this.band = band;
        this.omega = omega;
        this.alphaOmega = band.material().damping() * omega;
        this.heightSum = heightSum;
        this.thickness = band.material().thickness();
        this.cr = Math.cos(directionAngle);
        this.sr = Math.sin(directionAngle);
        this.omegaM = band.omegaM();
        this.omega0 = band.omega0();
        this.exchange = band.exchangeCoefficient();
        this.s0 = band.sinTheta0();
        this.c0 = band.cosTheta0();
        this.derivative = derivative;
        if (derivative && omega != 0) {
            throw new IllegalArgumentException("the derivative kernel is taken at omega = 0");
        }
    }

    double omega() {
        return omega;
    }

    double heightSum() {
        return heightSum;
    }

    SpinWaveBand band() {
        return band;
    }

    double directionCos() {
        return cr;
    }

    double directionSin() {
        return sr;
    }

    /**
     * Φ_m at a real point (q, p); out[2m], out[2m + 1] receive the real and imaginary parts (m = 0..5).
     *
     * @param q the component of k along r̂ (1/m)
     * @param p the component along r̂⊥ (1/m)
     * @param out 12 doubles
     */
    void evalReal(double q, double p, double[] out) {
        double k = Math.sqrt(q * q + p * p);
        if (k == 0) {
            java.util.Arrays.fill(out, 0, 2 * COMPONENTS, 0.0);
            return;
        }
        double cx = (q * cr - p * sr) / k;
        double sy = (q * sr + p * cr) / k;
        double x = k * thickness;
        double one = -Math.expm1(-x); // 1 − e^{−kt}
        double pf = x < 1e-4 ? x * (0.5 - x * (1.0 / 6 - x / 24)) : 1 - one / x;
        double big = omega0 + exchange * k * k;
        double a11 = big + omegaM * (pf * c0 * c0 * cx * cx + (1 - pf) * s0 * s0);
        double a22 = big + omegaM * pf * sy * sy;
        double a12 = omegaM * pf * c0 * cx * sy;
        double f = Math.exp(-k * heightSum) * one * one;
        double chiRe;
        double chiIm;
        if (!derivative) {
            // K11 = a11 − iαω, K22 = a22 − iαω, K12 = a12 + iω, K21 = a12 − iω
            double detRe = a11 * a22 - alphaOmega * alphaOmega - a12 * a12 - omega * omega;
            double detIm = -alphaOmega * (a11 + a22);
            // w1 = s0 + i c0 cx, w2 = i sy; w̄1 = s0 − i c0 cx, w̄2 = −i sy
            // t1 = K22 w̄1 − K12 w̄2 ; t2 = −K21 w̄1 + K11 w̄2
            double wb1Re = s0;
            double wb1Im = -c0 * cx;
            double wb2Im = -sy;
            double t1Re = a22 * wb1Re + alphaOmega * wb1Im - (-omega * wb2Im);
            double t1Im = a22 * wb1Im - alphaOmega * wb1Re - (a12 * wb2Im);
            // −K21 w̄1 = −(a12 − iω)(wb1) ; K11 w̄2 = (a11 − iαω)(i wb2Im)
            double t2Re = -(a12 * wb1Re + omega * wb1Im) + alphaOmega * wb2Im;
            double t2Im = -(a12 * wb1Im - omega * wb1Re) + a11 * wb2Im;
            // num = w1 t1 + w2 t2, w1 = (s0, c0 cx), w2 = (0, sy)
            double numRe = s0 * t1Re - c0 * cx * t1Im - sy * t2Im;
            double numIm = s0 * t1Im + c0 * cx * t1Re + sy * t2Re;
            double d2 = detRe * detRe + detIm * detIm;
            chiRe = omegaM * (numRe * detRe + numIm * detIm) / d2;
            chiIm = omegaM * (numIm * detRe - numRe * detIm) / d2;
        } else {
            // dχ/dω at 0 = −ω_M w^T K0⁻¹ K1 K0⁻¹ w̄,  K0 = [[a11, a12],[a12, a22]],  K1 = [[−iα, i],[−i, −iα]]
            double det0 = a11 * a22 - a12 * a12;
            double alpha = band.material().damping();
            // v = K0⁻¹ w̄ (complex 2-vector), y = K0⁻¹ᵀ w = K0⁻¹ w (K0 symmetric)
            double wb1Re = s0;
            double wb1Im = -c0 * cx;
            double wb2Re = 0;
            double wb2Im = -sy;
            double v1Re = (a22 * wb1Re - a12 * wb2Re) / det0;
            double v1Im = (a22 * wb1Im - a12 * wb2Im) / det0;
            double v2Re = (-a12 * wb1Re + a11 * wb2Re) / det0;
            double v2Im = (-a12 * wb1Im + a11 * wb2Im) / det0;
            double w1Re = s0;
            double w1Im = c0 * cx;
            double w2Re = 0;
            double w2Im = sy;
            double y1Re = (a22 * w1Re - a12 * w2Re) / det0;
            double y1Im = (a22 * w1Im - a12 * w2Im) / det0;
            double y2Re = (-a12 * w1Re + a11 * w2Re) / det0;
            double y2Im = (-a12 * w1Im + a11 * w2Im) / det0;
            // K1 v = (−iα v1 + i v2, −i v1 − iα v2)
            double z1Re = alpha * v1Im - v2Im;
            double z1Im = -alpha * v1Re + v2Re;
            double z2Re = v1Im + alpha * v2Im;
            double z2Im = -v1Re - alpha * v2Re;
            // y^T z
            double sRe = y1Re * z1Re - y1Im * z1Im + y2Re * z2Re - y2Im * z2Im;
            double sIm = y1Re * z1Im + y1Im * z1Re + y2Re * z2Im + y2Im * z2Re;
            chiRe = -omegaM * sRe;
            chiIm = -omegaM * sIm;
        }
        double vr = f * chiRe;
        double vi = f * chiIm;
        double xx = cx * cx;
        double xy = cx * sy;
        double yy = sy * sy;
        out[0] = vr * xx;
        out[1] = vi * xx;
        out[2] = vr * xy;
        out[3] = vi * xy;
        out[4] = vr * yy;
        out[5] = vi * yy;
        out[6] = vr * cx;
        out[7] = vi * cx;
        out[8] = vr * sy;
        out[9] = vi * sy;
        out[10] = vr;
        out[11] = vi;
    }

    /**
     * The undamped resonance function D0 = a11 a22 − a12² − ω² at a real point; its zeros are the resonance.
     *
     * @param q along r̂ (1/m)
     * @param p along r̂⊥ (1/m)
     * @return D0 (rad²/s²)
     */
    double resonance(double q, double p) {
        double k = Math.hypot(q, p);
        if (k == 0) {
            return band.frequencySquared(0, 1, 0) - omega * omega;
        }
        double cx = (q * cr - p * sr) / k;
        double sy = (q * sr + p * cr) / k;
        return band.frequencySquared(k, cx, sy) - omega * omega;
    }

    /** The complex k, k̂x, k̂y and the precession elements at complex p. */
    private Cx[] geometry(double q, Cx p) {
        Cx k = p.times(p).plus(q * q).sqrt();
        Cx cx = Cx.real(q * cr).minus(p.times(sr)).div(k);
        Cx sy = Cx.real(q * sr).plus(p.times(cr)).div(k);
        Cx x = k.times(thickness);
        Cx pf = x.abs() < 1e-4 ? x.times(0.5).minus(x.times(x).times(1.0 / 6)) : x.negate().expm1().div(x).plus(1);
        Cx big = k.times(k).times(exchange).plus(omega0);
        Cx a11 = big.plus(pf.times(c0 * c0).times(cx).times(cx).plus(Cx.ONE.minus(pf).times(s0 * s0)).times(omegaM));
        Cx a22 = big.plus(pf.times(sy).times(sy).times(omegaM));
        Cx a12 = pf.times(cx).times(sy).times(omegaM * c0);
        return new Cx[] {k, cx, sy, a11, a22, a12};
    }

    /**
     * det K at complex p (analytic continuation), the denominator of χ_uu.
     *
     * @param q along r̂ (1/m)
     * @param p complex p (1/m)
     * @return det K (rad²/s²)
     */
    Cx det(double q, Cx p) {
        Cx[] g = geometry(q, p);
        Cx k11 = g[3].plus(new Cx(0, -alphaOmega));
        Cx k22 = g[4].plus(new Cx(0, -alphaOmega));
        return k11.times(k22).minus(g[5].times(g[5])).minus(Cx.real(omega * omega));
    }

    /**
     * The numerator of Φ_m at complex p: F ω_M [w1(K22 w̄1 − K12 w̄2) + w2(−K21 w̄1 + K11 w̄2)] b_m, so that
     * Φ_m = numerator_m / det K.
     *
     * @param q along r̂ (1/m)
     * @param p complex p (1/m)
     * @return six complex numerators
     */
    Cx[] numerators(double q, Cx p) {
        Cx[] g = geometry(q, p);
        Cx k = g[0];
        Cx cx = g[1];
        Cx sy = g[2];
        Cx k11 = g[3].plus(new Cx(0, -alphaOmega));
        Cx k22 = g[4].plus(new Cx(0, -alphaOmega));
        Cx k12 = g[5].plus(new Cx(0, omega));
        Cx k21 = g[5].plus(new Cx(0, -omega));
        Cx w1 = new Cx(s0, 0).plus(Cx.I.times(cx).times(c0));
        Cx w2 = Cx.I.times(sy);
        Cx wb1 = new Cx(s0, 0).minus(Cx.I.times(cx).times(c0));
        Cx wb2 = Cx.I.times(sy).negate();
        Cx num = w1.times(k22.times(wb1).minus(k12.times(wb2))).plus(w2.times(k21.times(wb1).negate()
                .plus(k11.times(wb2))));
        Cx one = k.times(-thickness).expm1().negate();
        Cx f = k.times(-heightSum).exp().times(one).times(one);
        Cx base = num.times(f).times(omegaM);
        return new Cx[] {base.times(cx).times(cx), base.times(cx).times(sy), base.times(sy).times(sy),
            base.times(cx), base.times(sy), base};
    }
}
