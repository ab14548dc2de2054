package org.magent.medium.dispersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.ParameterSpec;
import org.magent.medium.Separation;
import org.magent.medium.chiral.ChiralFerromagnetModel;
import org.magent.medium.ferromagnet.FerromagnetModel;
import org.magent.medium.lattice.LatticeFerromagnetModel;
import org.magent.validation.InvalidInputException;

/** The formula medium against the built-in media it can imitate, and its errors. */
class DispersionMediumTest {

    private static final double LAMBDA = 0.3;

    private static Map<String, String> set(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Medium dispersion(String... pairs) {
        return new DispersionModel().configure(set(pairs));
    }

    private static BathParameters bath(Medium m, double delta, double t, Separation r) {
        return FluctuationDissipation.compute(m, QubitCoupling.symmetric(delta, LAMBDA), t, r).bath();
    }

    /**
     * |x − y| ≤ tolerance × scale, with a tolerance fixed by the test (not the engine's own estimate), and the
     * engine's reported accuracy at least the error found.
     */
    private static void close(double expected, double actual, double scale, double tolerance, double reported,
            String what) {
        double error = Math.abs(expected - actual) / scale;
        assertTrue(error <= tolerance, what + ": " + expected + " vs " + actual + ", error " + error + " of the scale "
                + scale + ", more than " + tolerance);
        assertTrue(error <= reported, what + ": error " + error + " exceeds the reported accuracy " + reported);
    }

    /**
     * The bath of the formula medium against the exact one, every coefficient within tolerance × a.
     *
     * @param tolerance the agreement asserted (measured errors are quoted at each call)
     */
    private static void sameBath(BathParameters exact, BathParameters fft, double reported, double tolerance) {
        assertTrue(reported > 0 && reported <= DispersionMedium.TOLERANCE, "reported accuracy " + reported);
        double scale = exact.a();
        close(exact.a(), fft.a(), scale, tolerance, reported, "a");
        close(exact.aTilde(), fft.aTilde(), scale, tolerance, reported, "at");
        close(exact.coupling().getReal(), fft.coupling().getReal(), scale, tolerance, reported, "Re A");
        close(exact.coupling().getImaginary(), fft.coupling().getImaginary(), scale, tolerance, reported, "Im A");
        close(exact.jPerp(), fft.jPerp(), scale, tolerance, reported, "Jperp");
        close(exact.dmi(), fft.dmi(), scale, tolerance, reported, "D");
    }

    @Test
    void ferromagnetFormulaReproducesTheFerromagnet() {
        for (String dim : new String[] {"1", "2", "3"}) {
            Medium ferro = new FerromagnetModel().configure(set("dim", dim, "gap", "0.2", "stiffness", "1.3",
                    "spinDensity", "0.5", "damping", "0.02"));
            Medium formula = dispersion("omega", "gap + stiffness*(kx^2 + ky^2 + kz^2)", "dim", dim, "gap", "0.2",
                    "stiffness", "1.3", "spinDensity", "0.5", "damping", "0.02");
            Separation r = dim.equals("1") ? Separation.alongX(2.5)
                    : dim.equals("2") ? new Separation(2, 1.5, 0) : new Separation(1.5, 1, 1.5);
            BathParameters fft = bath(formula, 0.7, 0.1, r);
            // the fitted reference is the band itself: measured ≤ 1.5e-12 of a
            sameBath(bath(ferro, 0.7, 0.1, r), fft, fft.provenance().relativeAccuracy(), 1e-10);
            assertEquals(0.0, fft.dmi(), 1e-12 * fft.a(), "reciprocal band: D = 0");
            var qubits = QubitCoupling.symmetric(0.7, LAMBDA);
            var exactShift = FluctuationDissipation.compute(ferro, qubits, 0.1, r).lambShift();
            var fftShift = FluctuationDissipation.compute(formula, qubits, 0.1, r).lambShift();
            assertEquals(exactShift.isPresent(), fftShift.isPresent(), "Lamb shift finite only in d = 1");
            if (dim.equals("1")) {
                assertEquals(exactShift.getAsDouble(), fftShift.getAsDouble(),
                        1e-10 * Math.abs(exactShift.getAsDouble()), "Lamb shift");
            }
            assertTrue(formula.stability().stable());
        }
    }

    @Test
    void latticeFormulaReproducesTheLatticeFerromagnet() {
        Medium lattice = new LatticeFerromagnetModel().configure(set("lattice", "square", "exchange", "0.5",
                "spin", "1", "gap", "0.1", "damping", "0.05"));
        Medium formula = dispersion("omega", "gap + 2*J*S*(2 - cos(kx) - cos(ky))", "dim", "2", "lattice", "true",
                "gap", "0.1", "J", "0.5", "S", "1", "spinDensity", "1", "damping", "0.05");
        Separation r = new Separation(2, 1, 0);
        BathParameters fft = bath(formula, 1.1, 0, r);
        // Brillouin-zone grid at the engine's tolerance 1e-3: measured 3.8e-6 of a
        sameBath(bath(lattice, 1.1, 0, r), fft, fft.provenance().relativeAccuracy(), 1e-4);
        assertTrue(formula.hasFiniteLocalRealPart() && formula.isLattice());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> bath(formula, 1.1, 0, Separation.alongX(1.5)));
        assertEquals("separation", e.parameter());
    }

    /** A non-reciprocal formula is the chiral ferromagnet: D ≠ 0 and the closed form of ChiralBandGreens. */
    @Test
    void nonReciprocalFormulaMatchesTheChiralClosedForm() {
        for (String dim : new String[] {"1", "2", "3"}) {
            Medium chiral = new ChiralFerromagnetModel().configure(set("dim", dim, "gap", "0.2", "stiffness", "1",
                    "dmi", "0.3", "spinDensity", "0.5", "damping", "0.01"));
            Medium formula = dispersion("omega", "gap + stiffness*(kx^2+ky^2+kz^2) + v*kx", "dim", dim,
                    "gap", "0.2", "stiffness", "1", "v", "0.3", "spinDensity", "0.5", "damping", "0.01");
            Separation r = dim.equals("1") ? Separation.alongX(3) : new Separation(3, 1, 0);
            BathParameters exact = bath(chiral, 0.5, 0, r);
            BathParameters fft = bath(formula, 0.5, 0, r);
            // the fitted reference absorbs the band: measured ≤ 1e-10 of a
            sameBath(exact, fft, fft.provenance().relativeAccuracy(), 1e-9);
            assertTrue(Math.abs(fft.dmi()) > 100 * fft.provenance().relativeAccuracy() * fft.a(), "D != 0 in d = "
                    + dim + ": " + fft.dmi());
        }
    }

    /**
     * A band the reference cannot absorb, ω = Ω + k² + b k⁴ + v k in d = 1: the FFT values G(±r) against direct
     * quadrature of G^R(ρ) = 2s ∫dk/2π e^{ikρ}/((1+iα)ω − ω_k) (docs/physics.md; tail beyond |k| = 60 below 1e-9).
     */
    @Test
    void quarticNonReciprocalBandMatchesQuadrature() {
        double gap = 0.2;
        double b = 0.05;
        double v = 0.4;
        double s = 0.5;
        double alpha = 0.02;
        double omega = 0.9;
        Medium m = dispersion("omega", "gap + kx^2 + b*kx^4 + v*kx", "dim", "1", "gap", "0.2", "b", "0.05",
                "v", "0.4", "spinDensity", "0.5", "damping", "0.02");
        double r = 2.5;
        var g = m.transverse(omega, List.of(Separation.alongX(r))).get(0);
        Complex w = new Complex(omega, alpha * omega);
        for (double rho : new double[] {r, -r}) {
            Complex direct = LineQuadrature.integrate(k -> new Complex(Math.cos(k * rho), Math.sin(k * rho))
                    .divide(w.subtract(gap + k * k + b * k * k * k * k + v * k)), -60, 60, 12_000)
                    .multiply(2 * s / (2 * Math.PI));
            Complex fft = rho > 0 ? g.g21() : g.g12();
            double localScale = Math.abs(g.g11().getImaginary());
            double error = fft.subtract(direct).abs() / localScale;
            assertTrue(error <= DispersionMedium.TOLERANCE, "rho = " + rho + ": " + fft + " vs " + direct
                    + ", error " + error + " of |Im G(0)|");
            assertTrue(error <= g.relativeAccuracy(), "rho = " + rho + ": error " + error
                    + " exceeds the reported accuracy " + g.relativeAccuracy());
        }
        assertTrue(g.g12().subtract(g.g21()).abs() > 0.05 * g.g21().abs(), "non-reciprocal: G(r) != G(-r)");
    }

    @Test
    void softModeIsFoundWithItsWaveVectorAndDepth() {
        // ω = 0.01 + kx² + ky² + 0.3 kx: minimum 0.01 − 0.0225 at k = (−0.15, 0)
        Medium m = dispersion("omega", "gap + kx^2 + ky^2 + v*kx", "dim", "2", "gap", "0.01", "v", "0.3");
        SoftModeSearch.Minimum min = ((DispersionMedium) m).minimum();
        assertEquals(-0.15, min.kx(), 1e-6);
        assertEquals(0, min.ky(), 1e-6);
        assertEquals(0.01 - 0.0225, min.omega(), 1e-10);
        assertFalse(m.stability().stable());
        String finding = m.stability().findings().get(0);
        assertTrue(finding.contains("-0.0125") && finding.contains("-0.15"), finding);
        // the same band with gap 0.0225 touches zero: gapless, stable
        assertTrue(dispersion("omega", "gap + kx^2 + ky^2 + v*kx", "dim", "2", "gap", "0.0225", "v", "0.3")
                .stability().stable());
    }

    @Test
    void bandTurningDownAtLargeWaveVectorIsUnstable() {
        Medium m = dispersion("omega", "1 + kx^2 - 1e-9*kx^4", "dim", "1");
        assertFalse(m.stability().stable());
        assertTrue(m.stability().findings().get(0).contains("unbounded below"), m.stability().findings()::toString);
        // a soft mode away from k = 0 inside the Brillouin zone: 0.2 + (1 − cos k) − 0.8 sin k
        Medium lattice = dispersion("omega", "0.2 + (1 - cos(kx)) - 0.8*sin(kx)", "dim", "1", "lattice", "true");
        SoftModeSearch.Minimum min = ((DispersionMedium) lattice).minimum();
        double kStar = Math.atan2(0.8, 1); // d/dk: sin k − 0.8 cos k = 0
        assertEquals(kStar, min.kx(), 1e-6);
        assertEquals(0.2 + 1 - Math.sqrt(1 + 0.64), min.omega(), 1e-12);
        assertFalse(lattice.stability().stable());
    }

    /** exp4j expressions are not thread-safe: each evaluation gets its own, so concurrent calls agree exactly. */
    @Test
    void concurrentEvaluationsAgreeWithSequentialOnes() throws Exception {
        Medium m = dispersion("omega", "g + kx^2 + v*sin(kx)", "dim", "1", "g", "0.3", "v", "0.2");
        List<Separation> rs = List.of(Separation.alongX(1), Separation.alongX(2.5));
        var expected = m.transverse(0.8, rs);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<org.magent.medium.TwoSiteCorrelator>>> futures =
                    new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> m.transverse(0.8, rs)));
            }
            for (var f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void largeWaveVectorGrowthDecidesTheLambShift() {
        assertTrue(dispersion("omega", "1 + kx^2", "dim", "1").hasFiniteLocalRealPart());
        assertFalse(dispersion("omega", "1 + kx^2", "dim", "2").hasFiniteLocalRealPart());
    }

    @Test
    void errorsNameOmegaAndQuoteTheFormula() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> dispersion("omega", "gap + q*kx^2", "gap", "1"));
        assertEquals("omega", unknown.parameter());
        assertTrue(unknown.getMessage().contains("gap + q*kx^2") && unknown.getMessage().contains("q"),
                unknown::getMessage);
        for (String bad : new String[] {"1 + * kx", "(1 + kx", "sqrt(kx)", "1/kx", "log(kx^2)", " "}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> dispersion("omega", bad),
                    bad);
            assertEquals("omega", e.parameter(), bad);
            assertTrue(e.getMessage().contains("omega = " + bad.strip()), e::getMessage);
        }
        InvalidInputException value = assertThrows(InvalidInputException.class,
                () -> dispersion("omega", "v*kx^2", "v", "abc"));
        assertEquals("v", value.parameter());
        InvalidInputException name = assertThrows(InvalidInputException.class,
                () -> dispersion("omega", "kx^2", "2v", "1"));
        assertEquals("2v", name.parameter());
        assertThrows(InvalidInputException.class, () -> dispersion("omega", "kx^2", "kx", "1"));
        InvalidInputException damping = assertThrows(InvalidInputException.class,
                () -> dispersion("damping", "0"));
        assertEquals("damping", damping.parameter());
        InvalidInputException dim = assertThrows(InvalidInputException.class, () -> dispersion("dim", "4"));
        assertEquals("dim", dim.parameter());
    }

    @Test
    void omegaIsAFreeTextParameterAndOthersAreEchoed() {
        ParameterSpec omega = new DispersionModel().parameters().get(0);
        assertEquals("omega", omega.name());
        assertTrue(omega.isText() && !omega.isNumeric());
        assertEquals(" kx^2 + g ", omega.parseChoice(" kx^2 + g ").replace("kx^2 + g", " kx^2 + g "));
        Medium m = dispersion("omega", "g + kx^2", "dim", "1", "g", "0.5");
        assertEquals("g + kx^2", m.parameterValues().get("omega"));
        assertEquals("0.5", m.parameterValues().get("g"));
        assertEquals("false", m.parameterValues().get("lattice"));
        assertEquals(1, m.dimension());
        Complex local = m.transverse(1.0, List.of(Separation.alongX(1))).get(0).g11();
        // 1-D: Im G(0) = −s Re(1/q)/𝒟 · … < 0 above the gap (absorption)
        assertTrue(local.getImaginary() < 0);
    }
}
