package org.magent.medium.greens;

import org.apache.commons.math3.complex.Complex;
import org.magent.validation.InvalidInputException;

/**
 * Bessel functions needed by the Green's functions: K0 and H0⁽¹⁾ of complex argument, and the integer-order
 * sequence J_0(x) … J_N(x) of real argument.
 *
 * <p>K0(w), Re w ≥ 0: power series for |w| ≤ 2; for |w| &gt; 2 the Laplace-type integral
 * K0(w) = √(π/2w) e^{−w} (2/√π) ∫₀^∞ e^{−t²} (1 + t²/2w)^{−½} dt (u = t² in the Γ(½) form), summed by the
 * trapezoidal rule, which converges geometrically because the integrand is analytic in a strip of half-width
 * ≥ √|w| around the real t axis. Relative accuracy ≤ 1e-13 (tested against tabulated values).
 */
public final class Bessel {

    private static final double EULER_GAMMA = 0.57721566490153286061;
    private static final double SERIES_RADIUS = 2.0;
    private static final double TRAPEZOID_STEP = 0.2;
    private static final double TRAPEZOID_END = 6.4;
    private static final double ASYMPTOTIC_MIN = 25.0;

    private Bessel() {
    }

    /**
     * Modified Bessel function of the second kind K0(w), principal branch, for Re w ≥ 0, w ≠ 0.
     *
     * @param w the argument (dimensionless)
     * @return K0(w)
     * @throws InvalidInputException if w = 0, Re w &lt; 0 or w is not finite
     */
    public static Complex k0(Complex w) {
        double re = w.getReal();
        double im = w.getImaginary();
        if (!Double.isFinite(re) || !Double.isFinite(im) || re < 0 || (re == 0 && im == 0)) {
            throw new InvalidInputException("argument", "K0 argument " + w
                    + " (dimensionless) must be finite, non-zero, with non-negative real part");
        }
        return w.abs() <= SERIES_RADIUS ? k0Series(w) : k0Integral(w);
    }

    /**
     * Hankel function of the first kind H0⁽¹⁾(z) = J0(z) + i Y0(z) for Im z ≥ 0, z ≠ 0, via
     * H0⁽¹⁾(z) = (2/(iπ)) K0(−iz).
     *
     * @param z the argument (dimensionless)
     * @return H0⁽¹⁾(z)
     */
    public static Complex hankel1Zero(Complex z) {
        Complex k = k0(new Complex(z.getImaginary(), -z.getReal()));
        return new Complex(0, -2 / Math.PI).multiply(k);
    }

    private static Complex k0Series(Complex w) {
        Complex quarterSquare = w.multiply(w).multiply(0.25);
        Complex term = Complex.ONE;
        Complex i0 = Complex.ONE;
        Complex harmonicSum = Complex.ZERO;
        double harmonic = 0;
        for (int k = 1; k < 60; k++) {
            term = term.multiply(quarterSquare).divide((double) k * k);
            harmonic += 1.0 / k;
            i0 = i0.add(term);
            Complex h = term.multiply(harmonic);
            harmonicSum = harmonicSum.add(h);
            if (term.abs() * (1 + harmonic) < 1e-18 * (i0.abs() + harmonicSum.abs())) {
                break;
            }
        }
        Complex logHalf = w.multiply(0.5).log().add(EULER_GAMMA);
        return harmonicSum.subtract(logHalf.multiply(i0));
    }

    private static Complex k0Integral(Complex w) {
        Complex inverseTwoW = w.multiply(2).reciprocal();
        double sumRe = 0.5;
        double sumIm = 0;
        for (double t = TRAPEZOID_STEP; t <= TRAPEZOID_END; t += TRAPEZOID_STEP) {
            double t2 = t * t;
            Complex f = inverseTwoW.multiply(t2).add(1).sqrt().reciprocal().multiply(Math.exp(-t2));
            sumRe += f.getReal();
            sumIm += f.getImaginary();
        }
        Complex integral = new Complex(sumRe, sumIm).multiply(TRAPEZOID_STEP * 2 / Math.sqrt(Math.PI));
        Complex prefactor = w.multiply(2).reciprocal().multiply(Math.PI).sqrt().multiply(w.negate().exp());
        return prefactor.multiply(integral);
    }

    /**
     * Fills {@code out[0..maxOrder]} with J_n(x), n = 0 … maxOrder, for real x ≥ 0: Hankel asymptotic series
     * for J0, J1 and forward recurrence when x ≥ max(25, maxOrder + 25); Miller's backward recurrence normalised
     * by J0 + 2ΣJ_{2k} = 1 otherwise. Absolute accuracy about 1e-15.
     *
     * @param x the argument, ≥ 0 (dimensionless)
     * @param maxOrder the highest order N ≥ 0
     * @param out array of length ≥ N + 1, receives J_0(x) … J_N(x)
     */
    public static void besselJSequence(double x, int maxOrder, double[] out) {
        if (x == 0) {
            java.util.Arrays.fill(out, 0, maxOrder + 1, 0.0);
            out[0] = 1;
            return;
        }
        if (x >= Math.max(ASYMPTOTIC_MIN, maxOrder + ASYMPTOTIC_MIN)) {
            out[0] = asymptoticJ(0, x);
            if (maxOrder >= 1) {
                out[1] = asymptoticJ(1, x);
            }
            for (int n = 1; n < maxOrder; n++) {
                out[n + 1] = 2 * n / x * out[n] - out[n - 1];
            }
            return;
        }
        millerJ(x, maxOrder, out);
    }

    private static void millerJ(double x, int maxOrder, double[] out) {
        double top = Math.max(maxOrder, x);
        int start = 2 * ((int) (top + 20 + Math.sqrt(60 * top + 60)) / 2);
        double next = 0;
        double current = 1e-300;
        double norm = 0;
        java.util.Arrays.fill(out, 0, maxOrder + 1, 0.0);
        for (int n = start; n > 0; n--) {
            double previous = 2 * n / x * current - next;
            next = current;
            current = previous;
            // current is now J_{n-1} (unnormalised), next is J_n
            if (Math.abs(current) > 1e250) {
                current *= 1e-250;
                next *= 1e-250;
                norm *= 1e-250;
                for (int k = 0; k <= maxOrder; k++) {
                    out[k] *= 1e-250;
                }
            }
            int order = n - 1;
            if (order <= maxOrder) {
                out[order] = current;
            }
            if (order % 2 == 0 && order > 0) {
                norm += 2 * current;
            }
        }
        norm += current;
        for (int k = 0; k <= maxOrder; k++) {
            out[k] /= norm;
        }
    }

    private static double asymptoticJ(int order, double x) {
        double mu = 4.0 * order * order;
        double p = 0;
        double q = 0;
        double term = 1;
        double lastMagnitude = Double.MAX_VALUE;
        for (int k = 0; k < 200; k++) {
            // term = a_k(ν) / x^k, a_k = Π_{j=1..k} (μ − (2j−1)²) / (k! 8^k)
            double magnitude = Math.abs(term);
            if (magnitude > lastMagnitude || magnitude < 1e-17) {
                break;
            }
            lastMagnitude = magnitude;
            int sign = ((k / 2) % 2 == 0) ? 1 : -1;
            if (k % 2 == 0) {
                p += sign * term;
            } else {
                q += sign * term;
            }
            double odd = 2 * k + 1;
            term *= (mu - odd * odd) / ((k + 1) * 8 * x);
        }
        // χ = x − (ν/2 + 1/4)π; cos χ and sin χ from the exact x to keep the phase accurate at large x
        double c = Math.cos(x);
        double s = Math.sin(x);
        double cosChi;
        double sinChi;
        if (order == 0) {
            cosChi = (c + s) / Math.sqrt(2);
            sinChi = (s - c) / Math.sqrt(2);
        } else {
            cosChi = (s - c) / Math.sqrt(2);
            sinChi = -(c + s) / Math.sqrt(2);
        }
        return Math.sqrt(2 / (Math.PI * x)) * (p * cosChi - q * sinChi);
    }
}
