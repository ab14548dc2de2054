package org.magent.medium.ferromagnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.Quadrature;
import org.magent.medium.Separation;
import org.magent.validation.InvalidInputException;

/**
 * The continuum ferromagnet through the fluctuation–dissipation layer, checked against independent
 * quadrature and the shell averages of docs/physics.md.
 */
class FerromagnetMediumTest {

    private static final double GAP = 0.5;
    private static final double STIFFNESS = 1.3;
    private static final double SPIN = 0.7;
    private static final double LAMBDA = 0.2;

    private static Medium ferromagnet(int dim, double gap, double damping) {
        return new FerromagnetModel().configure(Map.of("dim", Integer.toString(dim), "gap", Double.toString(gap),
                "stiffness", Double.toString(STIFFNESS), "spinDensity", Double.toString(SPIN),
                "damping", Double.toString(damping)));
    }

    private static List<Separation> alongX(double... xs) {
        List<Separation> out = new ArrayList<>();
        for (double x : xs) {
            out.add(Separation.alongX(x));
        }
        return out;
    }

    /** q = √(((1+iα)ω − Ω)/𝒟) with Im q ≥ 0. */
    private static Complex q(double omega, double gap, double damping) {
        Complex q = new Complex(omega - gap, damping * omega).divide(STIFFNESS).sqrt();
        return q.getImaginary() < 0 ? q.negate() : q;
    }

    @Test
    void localRelaxationIsTheDeltaShellIntegralAtZeroDamping() {
        // 𝒜_11 = 2s ∫d³k/(2π)³ 2π δ(Δ − Ω − 𝒟k²) = 2s·(4π/(2π)³)·2π·q/(2𝒟) = s q/(π𝒟) (docs/physics.md)
        double delta = 1.7;
        double t = 0.4;
        BathParameters b = FluctuationDissipation.compute(ferromagnet(3, GAP, 0),
                QubitCoupling.symmetric(delta, LAMBDA), t, Separation.alongX(2)).bath();
        double qr = Math.sqrt((delta - GAP) / STIFFNESS);
        double bose = 1 / (1 - Math.exp(-delta / t));
        assertEquals(0.5 * LAMBDA * LAMBDA * bose * SPIN * qr / (Math.PI * STIFFNESS), b.a(), 1e-14);
    }

    @Test
    void dampedLocalRelaxationMatchesIndependentQuadrature() {
        // 𝒜_11 = −2 Im G(0) = 2s (1/2π²) ∫_0^∞ k² dk 2αΔ/((Δ − Ω − 𝒟k²)² + (αΔ)²)
        double alpha = 0.05;
        double delta = 1.4;
        double width = alpha * delta;
        java.util.function.DoubleUnaryOperator f = k -> SPIN / (Math.PI * Math.PI) * k * k * 2 * width
                / (Math.pow(delta - GAP - STIFFNESS * k * k, 2) + width * width);
        double kMax = 40;
        double body = Quadrature.integrate(f, 0, kMax, 400);
        double tail = Quadrature.integrate(u -> f.applyAsDouble(1 / u) / (u * u), 1e-12, 1 / kMax, 20);
        BathParameters b = FluctuationDissipation.compute(ferromagnet(3, GAP, alpha),
                QubitCoupling.symmetric(delta, LAMBDA), 0, Separation.alongX(1)).bath();
        double expected = 0.5 * LAMBDA * LAMBDA * (body + tail);
        assertEquals(expected, b.a(), 1e-9 * expected);
    }

    @Test
    void dissipativeCouplingRatioIsTheShellAverageOfTheWave() {
        // at α = 0 the spectral weight sits on the shell |k| = q: A/a = ⟨e^{ik·r}⟩_shell, computed here by
        // quadrature: sin(qr)/(qr) (3-D), J0(qr) (2-D), cos(qr) (1-D) (docs/physics.md)
        double delta = 2.1;
        double qr = Math.sqrt((delta - GAP) / STIFFNESS);
        double[] xs = {0.3, 1.1, 2.5, 4.0, 7.3};
        for (int dim = 1; dim <= 3; dim++) {
            List<BathReport> reports = FluctuationDissipation.sweep(ferromagnet(dim, GAP, 0),
                    QubitCoupling.symmetric(delta, LAMBDA), 0.3, alongX(xs));
            for (int i = 0; i < xs.length; i++) {
                double x = qr * xs[i];
                double expected = switch (dim) {
                    case 1 -> Math.cos(x);
                    case 2 -> Quadrature.integrate(phi -> Math.cos(x * Math.cos(phi)), 0, Math.PI, 8) / Math.PI;
                    default -> Quadrature.integrate(c -> Math.cos(x * c), 0, 1, 8);
                };
                BathParameters b = reports.get(i).bath();
                assertEquals(expected, b.coupling().getReal() / b.a(), 1e-10, "A/a, d=" + dim + ", r=" + xs[i]);
                assertEquals(expected, b.couplingTilde().getReal() / b.aTilde(), 1e-10, "At/at, d=" + dim);
                assertEquals(0.0, b.coupling().getImaginary(), "inversion symmetry: A real");
                assertEquals(0.0, b.dmi(), "inversion symmetry: D = 0 exactly");
            }
        }
    }

    @Test
    void bathIsPositiveSemidefiniteEverywhere() {
        double[] xs = {0.2, 1.7, 6.1, 12.0};
        for (int dim = 1; dim <= 3; dim++) {
            for (double alpha : new double[] {0, 0.1}) {
                for (double t : new double[] {0, 5}) {
                    for (double delta : new double[] {0.3, 3}) {
                        for (BathReport r : FluctuationDissipation.sweep(ferromagnet(dim, GAP, alpha),
                                QubitCoupling.symmetric(delta, LAMBDA), t, alongX(xs))) {
                            assertTrue(r.bathStability().stable(), r.bathStability().findings().toString());
                            assertTrue(r.mediumStability().stable());
                            assertTrue(r.bath().a() >= 0 && r.bath().a() >= r.bath().coupling().abs() * (1 - 1e-12));
                        }
                    }
                }
            }
        }
    }

    @Test
    void belowTheGapRatesVanishAndTheCouplingDecaysWithImQ() {
        double delta = 0.2;
        double kappa = Math.sqrt((GAP - delta) / STIFFNESS);
        double[] xs = {1, 2, 3, 4, 5};
        for (int dim : new int[] {1, 3}) {
            List<BathReport> reports = FluctuationDissipation.sweep(ferromagnet(dim, GAP, 0),
                    QubitCoupling.symmetric(delta, LAMBDA), 0.1, alongX(xs));
            for (int i = 0; i + 1 < xs.length; i++) {
                BathParameters near = reports.get(i).bath();
                BathParameters far = reports.get(i + 1).bath();
                assertEquals(0.0, near.a(), 1e-15);
                assertEquals(0.0, near.coupling().abs(), 1e-15);
                // d = 3: J⊥ ∝ e^{−κr}/r; d = 1: J⊥ ∝ e^{−κr}
                double geometric = dim == 3 ? xs[i + 1] / xs[i] : 1;
                double slope = Math.log(far.jPerp() / near.jPerp() * geometric) / (xs[i + 1] - xs[i]);
                assertEquals(-kappa, slope, 1e-12, "decay constant Im q, d=" + dim);
                assertTrue(near.jPerp() < 0, "virtual magnons below the gap: ferromagnetic sign");
            }
        }
        // small damping: finite, small rates, decay still governed by Im q
        double alpha = 1e-3;
        Complex q = q(delta, GAP, alpha);
        List<BathReport> damped = FluctuationDissipation.sweep(ferromagnet(3, GAP, alpha),
                QubitCoupling.symmetric(delta, LAMBDA), 0, alongX(xs));
        BathParameters above = FluctuationDissipation.compute(ferromagnet(3, GAP, alpha),
                QubitCoupling.symmetric(2 * GAP - delta, LAMBDA), 0, Separation.alongX(1)).bath();
        for (BathReport r : damped) {
            assertTrue(Double.isFinite(r.bath().a()) && r.bath().a() > 0 && r.bath().a() < 1e-2 * above.a());
            assertTrue(r.bathStability().stable(), r.bathStability().findings().toString());
        }
        // at T = 0, 2J⊥ = λ² Re G(r) and A = −λ² Im G(r), so |G(r)| r ∝ e^{−Im q r} exactly in 3-D
        double modulusSlope = Math.log(modulus(damped.get(4).bath()) * xs[4] / (modulus(damped.get(0).bath()) * xs[0]))
                / (xs[4] - xs[0]);
        assertEquals(-q.getImaginary(), modulusSlope, 1e-3 * q.getImaginary());
    }

    private static double modulus(BathParameters b) {
        return Math.hypot(2 * b.jPerp(), b.coupling().getReal());
    }

    @Test
    void atTheGapEdgeThreeDimensionsAreFiniteAndOneDimensionIsRefusedWithoutDamping() {
        BathParameters edge = FluctuationDissipation.compute(ferromagnet(3, GAP, 0),
                QubitCoupling.symmetric(GAP, LAMBDA), 0, Separation.alongX(2)).bath();
        assertEquals(0.0, edge.a(), 1e-15);
        // q = 0: G(r) = −2s/(4π𝒟r), J⊥ = λ² G/2
        assertEquals(0.5 * LAMBDA * LAMBDA * (-2 * SPIN / (4 * Math.PI * STIFFNESS * 2)), edge.jPerp(), 1e-15);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FluctuationDissipation.compute(
                ferromagnet(1, GAP, 0), QubitCoupling.symmetric(GAP, LAMBDA), 0, Separation.alongX(2)));
        assertEquals("omega", e.parameter());
        assertTrue(e.getMessage().contains("band edge"), e.getMessage());
        BathReport damped = FluctuationDissipation.compute(ferromagnet(1, GAP, 0.01),
                QubitCoupling.symmetric(GAP, LAMBDA), 0, Separation.alongX(2));
        assertTrue(Double.isFinite(damped.bath().a()) && damped.bathStability().stable());
    }

    @Test
    void longitudinalTermsVanishAtZeroTemperatureAndAreFlaggedAboveIt() {
        // T = 0: the polarised ground state is an eigenstate of every S^z(x), so Jz = d = Dd = 0 exactly
        BathReport cold = FluctuationDissipation.compute(ferromagnet(3, GAP, 0), QubitCoupling.symmetric(1, LAMBDA),
                0, Separation.alongX(2));
        assertTrue(cold.bath().longitudinalComputed());
        assertEquals(0.0, cold.bath().jz());
        assertTrue(cold.warnings().isEmpty(), cold.warnings().toString());
        BathReport warm = FluctuationDissipation.compute(ferromagnet(3, GAP, 0.01), QubitCoupling.symmetric(1,
                LAMBDA), 0.1, Separation.alongX(2));
        assertFalse(warm.bath().longitudinalComputed());
        assertEquals(List.of("Jz, d, Dd not computed by ferromagnet"), warm.warnings());
    }

    @Test
    void negativeSplittingIsHandled() {
        BathReport r = FluctuationDissipation.compute(ferromagnet(3, GAP, 0.05),
                QubitCoupling.symmetric(-0.7, LAMBDA), 0.2, Separation.alongX(1.5));
        assertTrue(Double.isFinite(r.bath().a()) && r.bath().aTilde() > r.bath().a() && r.bath().a() > 0);
        assertTrue(r.bathStability().stable(), r.bathStability().findings().toString());
    }

    @Test
    void oneDimensionalLambShiftIsTheIntegralOfTheBand() {
        // Re G(0, Δ < Ω) = 2s ∫dk/2π 1/(Δ − Ω − 𝒟k²) = −s/√(𝒟(Ω − Δ))
        double delta = 0.1;
        BathReport r = FluctuationDissipation.compute(ferromagnet(1, GAP, 0), QubitCoupling.symmetric(delta, LAMBDA),
                0, Separation.alongX(1));
        assertEquals(-LAMBDA * LAMBDA * SPIN / Math.sqrt(STIFFNESS * (GAP - delta)), r.lambShift().getAsDouble(),
                1e-15);
        assertTrue(FluctuationDissipation.compute(ferromagnet(3, GAP, 0), QubitCoupling.symmetric(delta, LAMBDA), 0,
                Separation.alongX(1)).lambShift().isEmpty(), "Re G(0) diverges in 3-D");
    }

    @Test
    void negativeGapIsConfiguredAndReportedAsASoftMode() {
        Medium medium = ferromagnet(3, -0.1, 0);
        assertFalse(medium.stability().stable());
        String finding = medium.stability().findings().get(0);
        assertTrue(finding.startsWith("gap = -0.1 < 0: soft mode at k = 0"), finding);
        assertTrue(finding.contains("by 0.1"), finding);
        BathReport r = FluctuationDissipation.compute(medium, QubitCoupling.symmetric(1, LAMBDA), 0,
                Separation.alongX(1));
        assertFalse(r.mediumStability().stable());
        assertFalse(r.stable());
        assertTrue(ferromagnet(3, 0, 0).stability().stable(), "a gapless ferromagnet is marginally stable");
    }

    @Test
    void invalidParametersAndSeparationsAreRefusedClearly() {
        FerromagnetModel model = new FerromagnetModel();
        InvalidInputException stiffness = assertThrows(InvalidInputException.class,
                () -> model.configure(Map.of("stiffness", "-1")));
        assertTrue(stiffness.getMessage().contains("stiffness = -1 (natural units, energy x length^2)")
                && stiffness.getMessage().contains("(0, ∞)"), stiffness.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> model.configure(Map.of("exchange", "1")));
        assertTrue(unknown.getMessage().contains("dim, gap, stiffness, spinDensity, damping"), unknown.getMessage());
        assertThrows(InvalidInputException.class, () -> model.configure(Map.of("gap", "NaN")));
        assertThrows(InvalidInputException.class, () -> model.configure(Map.of("dim", "4")));
        assertThrows(InvalidInputException.class, () -> model.configure(Map.of("damping", "-0.1")));
        Medium chain = ferromagnet(1, GAP, 0);
        InvalidInputException off = assertThrows(InvalidInputException.class,
                () -> chain.transverse(1, List.of(new Separation(1, 1, 0))));
        assertEquals("separation", off.parameter());
        InvalidInputException coincident = assertThrows(InvalidInputException.class,
                () -> ferromagnet(3, GAP, 0).transverse(1, List.of(Separation.alongX(0))));
        assertEquals("separation", coincident.parameter());
        assertEquals(Map.of("dim", "1", "gap", "0.5", "stiffness", "1.3", "spinDensity", "0.7", "damping", "0.0"),
                chain.parameterValues());
        assertEquals(0.0, chain.transverse(1, List.of(Separation.alongX(2))).get(0).relativeAccuracy(),
                "closed form: exact to round-off");
    }
}
