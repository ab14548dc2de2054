package org.magent.medium.greens;

import org.magent.medium.fft.Fft;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * Kramers–Kronig completion of a retarded function by an FFT Hilbert transform.
 *
 * <p>For G^R analytic in the upper half-plane and vanishing at |ω| → ∞,
 * Re G^R(ω) = (1/π) P∫ dω' Im G^R(ω')/(ω' − ω) (so G = 1/(ω − ω0 + iγ) is reproduced). Im G^R is taken as
 * piecewise linear between the tabulated points and zero outside the table; the principal-value integral of each
 * linear piece is done exactly, which gives the discrete kernel
 * w(m) = (m+1)ln|m+1| − 2m ln|m| + (m−1)ln|m−1| (odd in m): Re G_i = (1/π) Σ_j Im G_j w(j − i).
 * The convolution is done by FFT, zero-padded to at least twice the table so that nothing wraps around.
 *
 * <p>Accuracy (measured in the tests): second order in the step for smooth Im G — a Lorentzian of width γ at
 * Δω = γ/30 is reproduced to 4.6e-4 (peak 1/(2γ) = 1.67), 1.1e-4 at γ/60; a square-root band edge (semicircle)
 * gives 6e-5 away from the edges at Δω = 1e-3 but O(√Δω) ≈ 1e-2 right at the edges. Spectral weight outside
 * the table is missing: the table must cover the support of 𝒜 (or its tails must be negligible; a Lorentzian
 * truncated at ±L misses ≈ γ|ω|/L²).
 */
public final class KramersKronig {

    private KramersKronig() {
    }

    /**
     * Given Im G^R(ω) = −𝒜(ω)/2 tabulated on a uniform ω grid, returns Re G^R on the same grid.
     *
     * @param omegaMin the first frequency ω_0 (natural units, energy)
     * @param omegaStep the grid step Δω (natural units, energy), positive
     * @param imaginaryPart Im G^R(ω_0 + jΔω), j = 0 … N−1 (N ≥ 2), finite (units of G)
     * @return Re G^R at the same frequencies (units of G)
     */
    public static double[] realPartFromImaginary(double omegaMin, double omegaStep, double[] imaginaryPart) {
        Checks.finite("omegaMin", omegaMin, "natural units, energy");
        Checks.positive("omegaStep", omegaStep, "natural units, energy");
        if (imaginaryPart == null || imaginaryPart.length < 2) {
            throw new InvalidInputException("imaginaryPart", "the tabulated imaginary part needs at least 2 points");
        }
        int n = imaginaryPart.length;
        for (int j = 0; j < n; j++) {
            Checks.finite("imaginaryPart[" + j + "]", imaginaryPart[j], "units of G");
        }
        int size = Integer.highestOneBit(2 * n - 1) << 1;
        double[] signal = new double[2 * size];
        double[] kernel = new double[2 * size];
        for (int j = 0; j < n; j++) {
            signal[2 * j] = imaginaryPart[j];
        }
        // Re_i = Σ_j f_j c(i − j) with c(m) = w(−m)/π = −w(m)/π
        for (int m = -(n - 1); m <= n - 1; m++) {
            kernel[2 * Math.floorMod(m, size)] = -weight(m) / Math.PI;
        }
        Fft fft = new Fft(size);
        fft.forward(signal);
        fft.forward(kernel);
        for (int k = 0; k < size; k++) {
            double re = signal[2 * k] * kernel[2 * k] - signal[2 * k + 1] * kernel[2 * k + 1];
            double im = signal[2 * k] * kernel[2 * k + 1] + signal[2 * k + 1] * kernel[2 * k];
            signal[2 * k] = re;
            signal[2 * k + 1] = im;
        }
        fft.inverse(signal);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = signal[2 * i];
        }
        return out;
    }

    /**
     * P∫ hat(u − m)/u du = (m+1)ln|m+1| − 2m ln|m| + (m−1)ln|m−1|, written for |m| ≥ 2 as
     * m·ln(1 − 1/m²) + ln((m+1)/(m−1)) to avoid cancellation.
     */
    static double weight(int m) {
        if (m == 0) {
            return 0;
        }
        int a = Math.abs(m);
        double w = a == 1 ? 2 * Math.log(2) : a * Math.log1p(-1.0 / ((double) a * a)) + Math.log1p(2.0 / (a - 1));
        return m > 0 ? w : -w;
    }
}
