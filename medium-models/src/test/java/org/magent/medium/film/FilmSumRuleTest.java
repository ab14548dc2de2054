package org.magent.medium.film;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magent.bath.NvPairBath;
import org.magent.medium.FieldTensor;
import org.magent.nv.NvAxis;
import org.magent.nv.NvCentre;
import org.magent.nv.NvQubit;
import org.magent.physics.PhysicalConstants;

/**
 * Normalisation checks that an independent quadrature of the same integral cannot make: the sum rule of the
 * transition rate, and the rate integrand of {@code bands} integrated over the plane.
 *
 * <p>The rate of an NV level is W(Δ) = 2a = ∫dt e^{iΔt}⟨V†(t)V(0)⟩ = S_VV(Δ) with V = γ s·B(x) (its transition
 * matrix element; Eq. S11 of the paper). The frequency integral of the noise is the equal-time correlator,
 * ∫dω/2π S_VV(ω) = ⟨V†V⟩, and S_VV(−ω) is the absorption rate W̃ = 2ã of the conjugate transition vector s*. In the
 * classical limit ⟨V†V⟩ = γ² s*·⟨BB⟩·s = k_BT γ² s*·χ_BB(0)·s = −(k_BT/ħ) g(0) (equipartition), so
 * <pre>
 * ∫_0^∞ dω/2π [W_s(ω) + W̃_{s*}(ω)] = −(k_BT/ħ) γ² s*·G^R_BB(0)·s
 * </pre>
 * checks the factor between the rates and the noise (a = (1+n)𝒜/2) and the Kramers–Kronig consistency of the
 * dissipative and static correlators.
 */
class FilmSumRuleTest {

    @Test
    void ratesIntegrateToTheEquipartitionVariance() {
        double alpha = 0.05;
        double h = 60e-9;
        double temperature = 1e4; // ħω/k_BT ≤ 1e-3 over the band: the classical limit to ~1e-4
        FilmMedium film = new FilmMedium(Map.of(), new FilmMaterial(20e-9, 142e3, 3.7e-12, alpha,
                PhysicalConstants.ELECTRON_G_FACTOR), new BiasField(0.02, Math.toRadians(60)));
        NvCentre centre = NvCentre.of(new NvAxis(NvAxis.TETRAHEDRAL_POLAR, 0.3), -1, h);
        double[] b = film.band().field().vector();
        NvQubit q = NvQubit.in(centre, b, b);
        double[] sRe = q.transitionRe();
        double[] sIm = q.transitionIm();
        double[] minus = {-sIm[0], -sIm[1], -sIm[2]};
        // ∫_0^∞ dω/2π [2a_s(ω) + 2ã_{s*}(ω)], adaptive Gauss–Kronrod over ω in [0, 400 GHz]
        double omegaMax = 2 * Math.PI * 400e9;
        double[] cuts = {0, 2 * Math.PI * 1e9, 2 * Math.PI * 3e9, 2 * Math.PI * 10e9, 2 * Math.PI * 40e9,
            2 * Math.PI * 120e9, omegaMax};
        GaussKronrod.Result r = GaussKronrod.integrate((w, out) -> {
            if (w <= 0) {
                out[0] = 0;
                return;
            }
            NvQubit at = new NvQubit(centre, w, sRe, sIm, q.longitudinal(), q.mean());
            NvQubit conj = new NvQubit(centre, w, sRe, minus, q.longitudinal(), q.mean());
            out[0] = (2 * NvPairBath.single(film, at, temperature)[0] + 2 * NvPairBath.single(film, conj,
                    temperature)[1]) / (2 * Math.PI);
        }, 1, cuts, 0, 1e-4, 400);
        FieldTensor g0 = film.fieldCorrelators(0, h, h, 0, new double[0], 1e-7).local();
        double gamma2 = PhysicalConstants.NV_GYROMAGNETIC_RATIO * PhysicalConstants.NV_GYROMAGNETIC_RATIO;
        double variance = -PhysicalConstants.BOLTZMANN * temperature / PhysicalConstants.HBAR
                * g0.contract(sRe, sIm, sRe, sIm).getReal() * gamma2;
        assertTrue(variance > 0, "the equal-time variance is positive: " + variance);
        System.out.printf("sum rule: integral %.9g, variance %.9g, relative difference %.2e, %d intervals%n",
                r.values()[0], variance, (r.values()[0] - variance) / variance, r.intervals());
        assertEquals(variance, r.values()[0], 1e-3 * variance, "integral " + r.values()[0] + " (err "
                + r.error() + ") vs variance " + variance);
    }

    @Test
    void theRateMapIntegratesToTheSpectralWeight() {
        double alpha = 0.1;
        double h = 100e-9;
        FilmMedium film = new FilmMedium(Map.of(), new FilmMaterial(20e-9, 142e3, 3.7e-12, alpha,
                PhysicalConstants.ELECTRON_G_FACTOR), new BiasField(0.025, Math.toRadians(54.7)));
        double[] b = film.band().field().vector();
        NvQubit q = NvQubit.in(NvCentre.of(new NvAxis(NvAxis.TETRAHEDRAL_POLAR, 0), -1, h), b, b);
        int n = 1601;
        double kMax = 8e7;
        double[] grid = new double[n];
        double dk = 2 * kMax / (n - 1);
        for (int i = 0; i < n; i++) {
            grid[i] = -kMax + i * dk;
        }
        double[][] map = RateDensity.map(film.band(), q.splitting(), h, q.transitionRe(), q.transitionIm(), grid,
                grid);
        double sum = 0;
        for (double[] row : map) {
            for (double v : row) {
                sum += v * dk * dk;
            }
        }
        double[] rates = NvPairBath.single(film, q, 0);
        System.out.printf("rate map: integral %.9g vs A11 %.9g (%.2e)%n", sum, rates[2], (sum - rates[2]) / rates[2]);
        assertEquals(rates[2], sum, 5e-3 * rates[2], "map integral vs A11");
    }
}
