package org.magent.medium.film;

import org.magent.physics.PhysicalConstants;

/**
 * The integrand of an NV's spectral weight over the plane of wave vectors: the contribution of each d²k to
 * 𝒜_11 = −2 Im g_11, g_11 = γ² s*·G^R_BB·s (see {@link StrayFieldCorrelator}):
 * <pre>
 * d𝒜_11/d²k = 2ħγ² (μ0/4t)/(2π)² · e^{−2kh}(1 − e^{−kt})² · Im χ_uu(k, ω) · |s*·u(k̂)|²    (s·m²)
 * </pre>
 * It shows the resonance ring and its non-reciprocal weight (the chirality of the stray field, |s*·u| differs for
 * k and −k).
 */
public final class RateDensity {

    private RateDensity() {
    }

    /**
     * The density on a grid.
     *
     * @param band the film's band (its damping sets the width of the ring)
     * @param omega the NV frequency ω (rad/s)
     * @param height h (m)
     * @param sRe the real parts of the transition vector s (film frame)
     * @param sIm its imaginary parts
     * @param kx the k_x grid (1/m)
     * @param ky the k_y grid (1/m)
     * @return d𝒜_11/d²k [iy][ix] (s·m²)
     */
    public static double[][] map(SpinWaveBand band, double omega, double height, double[] sRe, double[] sIm,
            double[] kx, double[] ky) {
        StrayFieldKernel kernel = new StrayFieldKernel(band, omega, 2 * height, 0, false);
        double pref = 2 * PhysicalConstants.HBAR * PhysicalConstants.NV_GYROMAGNETIC_RATIO
                * PhysicalConstants.NV_GYROMAGNETIC_RATIO * PhysicalConstants.VACUUM_PERMEABILITY
                / (4 * band.material().thickness()) / (4 * Math.PI * Math.PI);
        double[] out12 = new double[12];
        double[][] map = new double[ky.length][kx.length];
        for (int j = 0; j < ky.length; j++) {
            for (int i = 0; i < kx.length; i++) {
                // direction 0: q = k_x, p = k_y
                kernel.evalReal(kx[i], ky[j], out12);
                double k = Math.hypot(kx[i], ky[j]);
                if (k == 0) {
                    continue;
                }
                double cx = kx[i] / k;
                double sy = ky[j] / k;
                // c = s*·u, u = (i cx, i sy, −1)
                double cRe = sIm[0] * cx + sIm[1] * sy - sRe[2];
                double cIm = sRe[0] * cx + sRe[1] * sy + sIm[2];
                // out12[11] = Im(F χ_uu) (basis function 1)
                map[j][i] = pref * out12[11] * (cRe * cRe + cIm * cIm);
            }
        }
        return map;
    }
}
