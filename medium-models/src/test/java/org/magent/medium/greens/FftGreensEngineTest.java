package org.magent.medium.greens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * The FFT engine against the closed forms (QuadraticBandGreens, LatticeGreens) and against independent quadrature
 * for bands outside the reference family. Errors are measured as in the engine: relative to |Im G(0)|, i.e. the
 * error of the ratios G(ρ)/Im G(0) that give A/a and J⊥/a (docs/physics.md). Every case also asserts that the
 * reported accuracy is not smaller than the true error.
 */
class FftGreensEngineTest {

    private static final long BUDGET = 400L << 20;
    private static final double GAP = 0.5;
    private static final double STIFFNESS = 2.0;
    private static final double SPIN = 1.5;

    /** Ω + 𝒟k² + βk⁴ + v·k_x in d dimensions. */
    private static Band band(int d, double beta, double v, double alpha) {
        return band(d, beta, 0, v, alpha);
    }

    /** Ω + 𝒟k² + βk⁴ + σk²/(1 + k²) + v·k_x in d dimensions (σ: quadratic at large k, not near the shell). */
    private static Band band(int d, double beta, double sigma, double v, double alpha) {
        return new Band() {
            @Override public int dimension() {
                return d;
            }

            @Override public double omega(double kx, double ky, double kz) {
                double k2 = kx * kx + ky * ky + kz * kz;
                return GAP + STIFFNESS * k2 + beta * k2 * k2 + sigma * k2 / (1 + k2) + v * kx;
            }

            @Override public boolean isLattice() {
                return false;
            }

            @Override public double spinDensity() {
                return SPIN;
            }

            @Override public double damping() {
                return alpha;
            }
        };
    }

    private static Band latticeBand(int d, double j, double spin, double gap, double alpha) {
        return new Band() {
            @Override public int dimension() {
                return d;
            }

            @Override public double omega(double kx, double ky, double kz) {
                double sum = (1 - Math.cos(kx)) + (d > 1 ? 1 - Math.cos(ky) : 0) + (d > 2 ? 1 - Math.cos(kz) : 0);
                return gap + 2 * j * spin * sum;
            }

            @Override public boolean isLattice() {
                return true;
            }

            @Override public double spinDensity() {
                return spin;
            }

            @Override public double damping() {
                return alpha;
            }
        };
    }

    private static double ratioError(List<Complex> expected, List<Complex> actual, double scale) {
        double max = 0;
        for (int k = 0; k < expected.size(); k++) {
            max = Math.max(max, expected.get(k).subtract(actual.get(k)).abs() / scale);
        }
        return max;
    }

    /** The engine's reported accuracy must bound the true error. */
    private static void assertHonest(double error, GreensValues fft, String what) {
        assertTrue(error <= fft.relativeAccuracy(), what + ": true error " + error + " exceeds the reported accuracy "
                + fft.relativeAccuracy() + " (" + fft.method() + ")");
    }

    private static List<Displacement> alongX(double step, int count) {
        List<Displacement> list = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            list.add(new Displacement(k * step, 0, 0));
        }
        return list;
    }

    /** d = 1 without subtraction: the bare periodic-box sum converges to −is e^{iq|r|}/(𝒟q) out to 10 wavelengths. */
    @Test
    void bareContinuumChainConvergesToClosedForm() {
        double omega = 1.3;
        double alpha = 0.02;
        QuadraticBandGreens exact = new QuadraticBandGreens(1, GAP, STIFFNESS, SPIN, alpha);
        double wavelength = 2 * Math.PI / exact.wavenumber(omega).getReal();
        List<Displacement> rs = alongX(wavelength / 7.3, 74);
        GreensValues fft = new FftGreensEngine(BUDGET, false).evaluate(band(1, 0, 0, alpha), omega, rs, 1e-4);
        double scale = exact.spectralDensityAtOrigin(omega) / 2;
        double error = ratioError(exact.evaluate(omega, rs).values(), fft.values(), scale);
        assertTrue(error <= 1e-4, "ratio error " + error + " (" + fft.method() + ")");
        assertTrue(fft.relativeAccuracy() <= 1e-4);
        assertHonest(error, fft, "bare chain");
    }

    /**
     * Non-reciprocal (DMI) band Ω + 𝒟k² + v k_x: completing the square gives e^{−i v x/(2𝒟)} times the quadratic
     * closed form with gap Ω − v²/(4𝒟). The fitted reference reproduces this band, so this checks the fit, the
     * phase, the off-grid interpolation and the d = 2, 3 plumbing rather than the grid sum. README figure: 2e-10
     * at α = 1e-3 out to 10 wavelengths (measured 1.7e-11, 2.7e-11, 9.0e-11 in d = 1, 2, 3).
     */
    @Test
    void nonReciprocalBandMatchesShiftedClosedForm() {
        double omega = 1.3;
        double alpha = 1e-3;
        double v = 0.4;
        for (int d = 1; d <= 3; d++) {
            QuadraticBandGreens shifted = new QuadraticBandGreens(d, GAP - v * v / (4 * STIFFNESS), STIFFNESS, SPIN,
                    alpha);
            double wavelength = 2 * Math.PI / shifted.wavenumber(omega).getReal();
            List<Displacement> rs = new ArrayList<>();
            for (int k = 1; k <= 40; k++) {
                double r = k * wavelength / 4.1;
                rs.add(d == 1 ? new Displacement(-r, 0, 0) : new Displacement(r * 0.6, -r * 0.8, 0));
            }
            GreensValues fft = new FftGreensEngine(BUDGET).evaluate(band(d, 0, v, alpha), omega, rs, 1e-4);
            List<Complex> expected = new ArrayList<>();
            for (Displacement rho : rs) {
                Complex radial = shifted.evaluate(omega, List.of(new Displacement(rho.norm(), 0, 0))).values().get(0);
                expected.add(radial.multiply(new Complex(0, -v * rho.x() / (2 * STIFFNESS)).exp()));
            }
            double error = ratioError(expected, fft.values(), shifted.spectralDensityAtOrigin(omega) / 2);
            assertTrue(error <= 2e-10, "d=" + d + " ratio error " + error + " (" + fft.method() + ")");
            assertHonest(error, fft, "non-reciprocal d=" + d);
        }
    }

    private static double omegaRadial(double k, double beta, double sigma) {
        double k2 = k * k;
        return GAP + STIFFNESS * k2 + beta * k2 * k2 + sigma * k2 / (1 + k2);
    }

    /**
     * Bands outside the reference family against independent quadrature: d = 1 quartic Ω + 𝒟k² + βk⁴,
     * (2s/π)∫₀^∞ cos(kr)/(W − ω_k) dk; d = 3 with σk²/(1+k²) (quadratic at large k, distorted near the shell),
     * (2s/(2π²r))∫₀^∞ k sin(kr)/(W − ω_k) dk.
     */
    @Test
    void bandsOutsideTheReferenceFamilyMatchIndependentQuadrature() {
        double omega = 1.3;
        for (int d : new int[] {1, 3}) {
            double alpha = d == 1 ? 1e-2 : 0.3;
            double beta = d == 1 ? 0.3 : 0;
            double sigma = d == 1 ? 0 : 0.3;
            Complex w = new Complex(omega, alpha * omega);
            List<Displacement> rs = alongX(0.9, d == 1 ? 30 : 8);
            // d = 3 at tolerance 1e-3: 1e-4 would need a 288^3 grid (seconds of test time for no new insight)
            double tolerance = d == 1 ? 1e-4 : 1e-3;
            GreensValues fft = new FftGreensEngine(BUDGET).evaluate(band(d, beta, sigma, 0, alpha), omega, rs, tolerance);
            List<Complex> expected = new ArrayList<>();
            double kMax = d == 1 ? 400 : 4000;
            for (Displacement rho : rs) {
                double r = rho.x();
                if (d == 1) {
                    expected.add(Quadrature.integrate(k -> w.subtract(omegaRadial(k, beta, sigma)).reciprocal()
                            .multiply(Math.cos(k * r)), 0, kMax, 400, 1e-13).multiply(2 * SPIN / Math.PI));
                } else if (r == 0) {
                    // tail beyond kMax: k² Im 1/(W − ω_k) → −αω/(𝒟²k²), integral −αω/(𝒟² kMax)
                    double tail = -alpha * omega / (STIFFNESS * STIFFNESS * kMax);
                    expected.add(new Complex(0, (Quadrature.integrate(k -> w.subtract(omegaRadial(k, beta, sigma))
                            .reciprocal().multiply(k * k), 0, kMax, 400, 1e-13).getImaginary() + tail)
                            * 2 * SPIN / (2 * Math.PI * Math.PI)));
                } else {
                    // k sin(kr)/(W − ω_k) + sin(kr)/(𝒟k) decays as k⁻³; ∫₀^∞ sin(kr)/k dk = π/2
                    Complex rest = Quadrature.integrate(k -> w.subtract(omegaRadial(k, beta, sigma)).reciprocal()
                            .multiply(k).add(k == 0 ? 0 : 1 / (STIFFNESS * k)).multiply(Math.sin(k * r)), 0, kMax,
                            (int) (kMax * r), 1e-13);
                    expected.add(rest.subtract(Math.PI / (2 * STIFFNESS)).multiply(2 * SPIN / (2 * Math.PI * Math.PI * r)));
                }
            }
            double scale = Math.abs(expected.get(0).getImaginary());
            double error = ratioError(expected, fft.values(), scale);
            assertTrue(error <= tolerance, "d=" + d + " ratio error " + error + " (" + fft.method() + ")");
            assertHonest(error, fft, "d=" + d);
        }
    }

    /**
     * A d = 2 band that is neither radial nor quadratic, ω = Ω + 𝒟(k_x² + k_y²) + βk_x⁴ + v k_x, against a
     * reference that does the k_y integral in closed form and the k_x integral by quadrature:
     * G(x, y) = (2s/𝒟) ∫dk_x/2π e^{ik_x x} (−i e^{ip|y|}/(2p)), p² = (W − Ω − 𝒟k_x² − βk_x⁴ − v k_x)/𝒟, Im p &gt; 0
     * (measured error 3.5e-5 at tolerance 1e-3, α = 0.1).
     */
    @Test
    void nonRadialQuarticBandInTwoDimensionsMatchesQuadrature() {
        double omega = 1.3;
        double alpha = 0.1;
        double beta = 0.05;
        double v = 0.4;
        Complex w = new Complex(omega, alpha * omega);
        Band band = new Band() {
            @Override public int dimension() {
                return 2;
            }

            @Override public double omega(double kx, double ky, double kz) {
                return GAP + STIFFNESS * (kx * kx + ky * ky) + beta * kx * kx * kx * kx + v * kx;
            }

            @Override public boolean isLattice() {
                return false;
            }

            @Override public double spinDensity() {
                return SPIN;
            }

            @Override public double damping() {
                return alpha;
            }
        };
        List<Displacement> rs = new ArrayList<>();
        rs.add(new Displacement(0, 0, 0));
        for (int k = 1; k <= 6; k++) {
            double r = 1.66 * k;
            rs.add(new Displacement(0.6 * r, -0.8 * r, 0));
            rs.add(new Displacement(-r, 0.3, 0));
        }
        GreensValues fft = new FftGreensEngine(BUDGET).evaluate(band, omega, rs, 1e-3);
        List<Complex> expected = new ArrayList<>();
        for (Displacement rho : rs) {
            double x = rho.x();
            double y = Math.abs(rho.y());
            Complex g = Quadrature.integrate(k -> {
                Complex p = w.subtract(GAP + STIFFNESS * k * k + beta * k * k * k * k + v * k).divide(STIFFNESS).sqrt();
                Complex root = p.getImaginary() < 0 ? p.negate() : p;
                Complex inner = new Complex(-root.getImaginary() * y, root.getReal() * y).exp()
                        .divide(root.multiply(2)).multiply(new Complex(0, -1));
                return inner.multiply(new Complex(Math.cos(k * x), Math.sin(k * x)));
            }, -60, 60, 2000, 1e-15).multiply(2 * SPIN / (STIFFNESS * 2 * Math.PI));
            // the real part at ρ = 0 is not reported in d = 2
            expected.add(rho.norm() == 0 ? new Complex(0, g.getImaginary()) : g);
        }
        double error = ratioError(expected, fft.values(), Math.abs(expected.get(0).getImaginary()));
        assertTrue(error <= 1e-3, "ratio error " + error + " (" + fft.method() + ")");
        assertHonest(error, fft, "non-radial quartic d=2");
    }

    @Test
    void latticeBandsConvergeToTheInfiniteLattice() {
        double j = 0.8;
        double spin = 1.5;
        double gap = 0.1;
        Object[][] cases = {{LatticeType.CHAIN, 1e-3, 40}, {LatticeType.SQUARE, 0.02, 12}, {LatticeType.CUBIC, 0.3, 5}};
        for (Object[] c : cases) {
            LatticeType type = (LatticeType) c[0];
            double alpha = (Double) c[1];
            int reach = (Integer) c[2];
            int d = type.dimension();
            List<Displacement> sites = new ArrayList<>();
            for (int n = 0; n <= reach; n++) {
                sites.add(new Displacement(n, d > 1 ? -n / 2 : 0, d > 2 ? 1 : 0));
            }
            double omega = 1.7;
            GreensValues exact = new LatticeGreens(type, j, spin, gap, alpha).evaluate(omega, sites);
            GreensValues fft = new FftGreensEngine(BUDGET).evaluate(latticeBand(d, j, spin, gap, alpha), omega, sites,
                    1e-5);
            double scale = Math.abs(new LatticeGreens(type, j, spin, gap, alpha)
                    .evaluate(omega, List.of(new Displacement(0, 0, 0))).values().get(0).getImaginary());
            double error = ratioError(exact.values(), fft.values(), scale);
            assertTrue(error <= 1e-5, type + " ratio error " + error + " (" + fft.method() + ")");
            assertHonest(error, fft, type.toString());
        }
    }

    @Test
    void thousandDisplacementsComeFromTheSameGrid() {
        Band band = band(2, 0, 0.3, 0.1, 0.05);
        List<Displacement> many = new ArrayList<>();
        for (int k = 0; k < 1000; k++) {
            many.add(new Displacement(0.013 * k, 0.007 * k, 0));
        }
        FftGreensEngine engine = new FftGreensEngine(BUDGET);
        GreensValues all = engine.evaluate(band, 1.1, many, 1e-4);
        assertEquals(1000, all.values().size());
        GreensValues one = engine.evaluate(band, 1.1, List.of(many.get(0), many.get(777)), 1e-4);
        double scale = Math.abs(one.values().get(0).getImaginary());
        assertEquals(0, one.values().get(1).subtract(all.values().get(777)).abs() / scale, 3e-4);
    }

    @Test
    void tooSmallBudgetSaysWhichGridIsNeeded() {
        InsufficientResolutionException e = assertThrows(InsufficientResolutionException.class,
                () -> new FftGreensEngine(100L << 20).evaluate(latticeBand(3, 1, 1, 0.1, 1e-3), 2.0,
                        List.of(new Displacement(1, 0, 0)), 1e-5));
        assertEquals("grid", e.parameter());
        assertTrue(e.getMessage().contains("bytes") && e.getMessage().contains("^3"), e.getMessage());
        assertThrows(org.magent.validation.InvalidInputException.class, () -> new FftGreensEngine(BUDGET)
                .evaluate(latticeBand(2, 1, 1, 0.1, 0.01), 2.0, List.of(new Displacement(0.5, 0, 0)), 1e-5));
        assertThrows(org.magent.validation.InvalidInputException.class, () -> new FftGreensEngine(BUDGET)
                .evaluate(band(1, 0, 0, 0), 2.0, List.of(new Displacement(0.5, 0, 0)), 1e-5));
        Band broken = new Band() {
            @Override public int dimension() {
                return 1;
            }

            @Override public double omega(double kx, double ky, double kz) {
                return Math.abs(kx) > 2 ? Double.NaN : kx * kx;
            }

            @Override public boolean isLattice() {
                return true;
            }

            @Override public double spinDensity() {
                return 1;
            }

            @Override public double damping() {
                return 0.1;
            }
        };
        assertEquals("band", assertThrows(org.magent.validation.InvalidInputException.class,
                () -> new FftGreensEngine(BUDGET).evaluate(broken, 1.0, List.of(new Displacement(1, 0, 0)), 1e-5))
                .parameter());
    }
}
