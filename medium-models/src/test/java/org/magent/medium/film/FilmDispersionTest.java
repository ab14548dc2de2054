package org.magent.medium.film;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magent.physics.PhysicalConstants;

/**
 * The film's equilibrium and its lowest spin-wave band against the Kalinikos–Slavin values for YIG (M_s = 142 kA/m,
 * A_ex = 3.7 pJ/m, t = 20 nm, in-plane B = 25 mT, γ/2π = 28.025 GHz/T), to 0.1 %.
 */
class FilmDispersionTest {

    /** The g-factor with γ/2π = 28.025 GHz/T exactly, as the anchor values use. */
    static final double G_ANCHOR = 2 * Math.PI * 28.025e9 * PhysicalConstants.HBAR / PhysicalConstants.BOHR_MAGNETON;

    static SpinWaveBand yigInPlane25mT() {
        return new SpinWaveBand(new FilmMaterial(20e-9, 142e3, 3.7e-12, 1e-4, G_ANCHOR),
                new BiasField(0.025, Math.PI / 2));
    }

    private static double ghz(double omega) {
        return omega / (2 * Math.PI * 1e9);
    }

    @Test
    void kittelFrequency() {
        // k = 0: ω = γ√(B(B + μ0 M_s)) for an in-plane field, 1.9986 GHz
        SpinWaveBand band = yigInPlane25mT();
        assertEquals(1.9986, ghz(band.kittelFrequency()), 1e-3 * 1.9986);
        double b = 0.025;
        double ms = PhysicalConstants.VACUUM_PERMEABILITY * 142e3;
        assertEquals(28.025e9 * Math.sqrt(b * (b + ms)), ghz(band.kittelFrequency()) * 1e9, 1e-9 * 2e9);
    }

    @ParameterizedTest
    @CsvSource({"1, 2.0615, 1.9923", "6.283, 2.4049, 2.0343", "10, 2.6596, 2.1341", "31.416, 4.4813, 3.5414"})
    void damonEshbachAndBackwardVolume(double kPerMicron, double de, double bv) {
        SpinWaveBand band = yigInPlane25mT();
        double k = kPerMicron * 1e6;
        assertEquals(de, ghz(band.frequency(k, Math.PI / 2)), 1e-3 * de, "Damon-Eshbach (k perpendicular to M)");
        assertEquals(bv, ghz(band.frequency(k, 0)), 1e-3 * bv, "backward volume (k parallel to M)");
    }

    @Test
    void bandMinimumIsTheBackwardVolumeDip() {
        double[] min = yigInPlane25mT().bandMinimum();
        assertEquals(1.9905, ghz(min[0]), 1e-3 * 1.9905);
        assertEquals(0, Math.sin(min[2]), 1e-6, "the minimum lies along M (backward-volume direction)");
        assertTrue(min[1] > 1e6 && min[1] < 3e6, "the dip is near 2 rad/um: " + min[1]);
    }

    @Test
    void equilibriumSatisfiesTheTorqueBalance() {
        // B sin(θ0 − θ_B) = (μ0 M_s/2) sin 2θ0 at a tilted field, and it is a minimum
        double ms = PhysicalConstants.VACUUM_PERMEABILITY * 142e3;
        for (double polarDeg : new double[] {10, 30, 54.7, 80, 120, 170}) {
            for (double b : new double[] {0.005, 0.025, 0.1, 0.5}) {
                BiasField f = new BiasField(b, Math.toRadians(polarDeg));
                FilmEquilibrium eq = FilmEquilibrium.solve(f, ms);
                double th = eq.theta();
                assertEquals(b * Math.sin(th - f.polar()), 0.5 * ms * Math.sin(2 * th), 1e-12, "torque at " + polarDeg);
                assertTrue(eq.curvature() > 0);
                assertTrue(Math.sin(th) >= 0, "M leans towards +x like the field");
            }
        }
    }

    @Test
    void degenerateFieldsTakeTheLimitAlongPlusX() {
        double ms = PhysicalConstants.VACUUM_PERMEABILITY * 142e3;
        assertEquals(Math.PI / 2, FilmEquilibrium.solve(new BiasField(0, 0.3), ms).theta(), 0);
        // normal field below μ0 M_s: cos θ0 = B/μ0Ms, tilted towards +x
        FilmEquilibrium below = FilmEquilibrium.solve(new BiasField(0.1, 0), ms);
        assertEquals(Math.acos(0.1 / ms), below.theta(), 1e-9);
        // above μ0 M_s the film is saturated along the normal
        assertEquals(0, FilmEquilibrium.solve(new BiasField(0.25, 0), ms).theta(), 1e-9);
    }

    @Test
    void perpendicularSaturationGivesForwardVolumeWaves() {
        // θ0 = 0: ω² = Ω(Ω + ω_M P) with Ω = γ(B − μ0M_s) + ω_M λ²k², the same in every direction
        SpinWaveBand band = new SpinWaveBand(new FilmMaterial(20e-9, 142e3, 3.7e-12, 1e-4, G_ANCHOR),
                new BiasField(0.3, 0));
        double k = 5e6;
        double omegaBig = band.omega0() + band.exchangeCoefficient() * k * k;
        double expected = Math.sqrt(omegaBig * (omegaBig + band.omegaM() * band.formFactor(k)));
        for (double phi : new double[] {0, 0.4, 1.2, 2}) {
            assertEquals(expected, band.frequency(k, phi), 1e-12 * expected);
        }
    }

    @Test
    void formFactorLimits() {
        SpinWaveBand band = yigInPlane25mT();
        double x = 1e3 * 20e-9; // series 1 − (1 − e^{−x})/x = x/2 − x²/6 + x³/24 − …
        assertEquals(x / 2 - x * x / 6 + x * x * x / 24, band.formFactor(1e3), 1e-15 * x);
        double k = 1e9;
        assertEquals(1 - (1 - Math.exp(-k * 20e-9)) / (k * 20e-9), band.formFactor(k), 1e-15);
    }
}
