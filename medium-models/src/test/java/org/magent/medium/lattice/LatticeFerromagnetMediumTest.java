package org.magent.medium.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The lattice ferromagnet through the fluctuation–dissipation layer, checked against independent Brillouin-zone
 * sums of G^R(n, ω) = 2S ⟨e^{ik·n}/((1+iα)ω − ω_k)⟩_BZ, ω_k = Ω + 2JS Σ(1 − cos k_μ) (docs/physics.md).
 */
class LatticeFerromagnetMediumTest {

    private static final double EXCHANGE = 0.8;
    private static final double SPIN = 1.5;
    private static final double GAP = 0.1;
    private static final double LAMBDA = 0.3;

    private static Medium lattice(String type, double gap, double damping) {
        return new LatticeFerromagnetModel().configure(Map.of("lattice", type, "exchange", Double.toString(EXCHANGE),
                "spin", Double.toString(SPIN), "gap", Double.toString(gap), "damping", Double.toString(damping)));
    }

    /** 2S/((1+iα)ω − ω_k) for the chain. */
    private static Complex chainTerm(double k, double omega, double damping) {
        double omegaK = GAP + 2 * EXCHANGE * SPIN * (1 - Math.cos(k));
        return new Complex(omega - omegaK, damping * omega).reciprocal().multiply(2 * SPIN);
    }

    @Test
    void chainRatesAndLambShiftMatchTheZoneSum() {
        double alpha = 0.02;
        double delta = 1.3;
        int n = 3;
        BathReport report = FluctuationDissipation.compute(lattice("chain", GAP, alpha),
                QubitCoupling.symmetric(delta, LAMBDA), 0, Separation.alongX(n));
        int points = 400_000;
        double spectral11 = -2 * Quadrature.zoneAverage(k -> chainTerm(k, delta, alpha).getImaginary(), points);
        double spectral12 = -2 * Quadrature.zoneAverage(k -> Math.cos(n * k) * chainTerm(k, delta, alpha)
                .getImaginary(), points);
        double re0 = Quadrature.zoneAverage(k -> chainTerm(k, delta, alpha).getReal(), points);
        double reN = Quadrature.zoneAverage(k -> Math.cos(n * k) * chainTerm(k, delta, alpha).getReal(), points);
        BathParameters b = report.bath();
        double l2 = LAMBDA * LAMBDA;
        assertEquals(0.5 * l2 * spectral11, b.a(), 1e-6 * b.a());
        assertEquals(0.5 * l2 * spectral12, b.coupling().getReal(), 1e-6 * b.a());
        assertEquals(0.5 * l2 * reN, b.jPerp(), 1e-6 * Math.abs(b.jPerp()));
        assertEquals(l2 * re0, report.lambShift().getAsDouble(), 1e-6 * Math.abs(re0) * l2);
        assertEquals(0.0, b.dmi(), "inversion symmetry: D = 0 exactly");
        assertEquals(0.0, b.coupling().getImaginary());
        assertTrue(report.bathStability().stable(), report.bathStability().findings().toString());
    }

    @Test
    void negativeSplittingOnTheChainRelaxesTowardsDown() {
        // Δ < 0: |↓⟩ is the ground state; with Gilbert damping 𝒜_11(Δ < 0) < 0 and at T = 0 only ã survives
        double alpha = 0.05;
        double delta = -0.7;
        BathReport report = FluctuationDissipation.compute(lattice("chain", GAP, alpha),
                QubitCoupling.symmetric(delta, LAMBDA), 0, Separation.alongX(2));
        double spectral11 = -2 * Quadrature.zoneAverage(k -> chainTerm(k, delta, alpha).getImaginary(), 4096);
        assertTrue(spectral11 < 0);
        assertEquals(0.0, report.bath().a());
        assertEquals(-0.5 * LAMBDA * LAMBDA * spectral11, report.bath().aTilde(), 1e-10 * report.bath().aTilde());
        assertTrue(report.bathStability().stable(), report.bathStability().findings().toString());
    }

    @Test
    void squareLatticeBelowTheBandHasFiniteLambShiftAndEvanescentCoupling() {
        // Δ below the gap: the integrand is smooth and periodic, so the trapezoid sum converges exponentially
        double gap = 1.0;
        double delta = 0.5;
        double alpha = 0.1;
        BathReport report = FluctuationDissipation.compute(lattice("square", gap, alpha),
                QubitCoupling.symmetric(delta, LAMBDA), 0.02, new Separation(2, 1, 0));
        int points = 256;
        double[] sums = new double[2];
        for (int i = 0; i < points; i++) {
            double kx = -Math.PI + 2 * Math.PI * i / points;
            for (int j = 0; j < points; j++) {
                double ky = -Math.PI + 2 * Math.PI * j / points;
                double omegaK = gap + 2 * EXCHANGE * SPIN * (2 - Math.cos(kx) - Math.cos(ky));
                Complex term = new Complex(delta - omegaK, alpha * delta).reciprocal().multiply(2 * SPIN);
                sums[0] += term.getReal();
                sums[1] += Math.cos(2 * kx + ky) * term.getReal();
            }
        }
        double re0 = sums[0] / (points * points);
        double reR = sums[1] / (points * points);
        double l2 = LAMBDA * LAMBDA;
        assertEquals(l2 * re0, report.lambShift().getAsDouble(), 1e-6 * Math.abs(l2 * re0));
        assertTrue(report.lambShift().getAsDouble() < 0, "level repulsion from the band above lowers Delta");
        assertEquals(0.5 * l2 * reR, report.bath().jPerp(), 1e-6 * Math.abs(0.5 * l2 * reR));
        // no real magnon below the band: the rates come from the damping tails only, a ∝ α up to O((αΔ/(Ω−Δ))²)
        BathReport weaker = FluctuationDissipation.compute(lattice("square", gap, alpha / 2),
                QubitCoupling.symmetric(delta, LAMBDA), 0.02, new Separation(2, 1, 0));
        assertEquals(0.5, weaker.bath().a() / report.bath().a(), 0.01);
        // |Im G(0)|/|Re G(0)| <= αΔ/(Ω − Δ) = α here: the rate is small next to the Lamb shift
        assertTrue(report.bath().a() > 0 && report.bath().a() < alpha * Math.abs(report.lambShift().getAsDouble()));
        assertTrue(report.bathStability().stable(), report.bathStability().findings().toString());
    }

    @Test
    void cubicLatticeBathIsStableAndReciprocal() {
        List<Separation> rs = List.of(new Separation(0, 0, 0), new Separation(1, 0, 0), new Separation(1, 1, 1),
                new Separation(-2, 0, 3));
        for (double t : new double[] {0, 0.7}) {
            for (BathReport r : FluctuationDissipation.sweep(lattice("cubic", GAP, 0.05),
                    QubitCoupling.symmetric(2.0, LAMBDA), t, rs)) {
                assertTrue(r.bathStability().stable(), r.bathStability().findings().toString());
                assertEquals(0.0, r.bath().dmi());
                assertTrue(r.lambShift().isPresent() && Double.isFinite(r.lambShift().getAsDouble()));
            }
        }
    }

    @Test
    void separationThatIsNotALatticeVectorIsRefused() {
        Medium chain = lattice("chain", GAP, 0.05);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FluctuationDissipation.compute(
                chain, QubitCoupling.symmetric(1, LAMBDA), 0, Separation.alongX(2.5)));
        assertEquals("separation", e.parameter());
        assertTrue(e.getMessage().contains("2.5") && e.getMessage().contains("lattice constants"), e.getMessage());
        InvalidInputException z = assertThrows(InvalidInputException.class,
                () -> lattice("Square", GAP, 0.05).transverse(1, List.of(new Separation(1, 1, 1))));
        assertEquals("separation", z.parameter());
        assertEquals(2, lattice("Square", GAP, 0.05).dimension());
    }

    @Test
    void negativeGapIsReportedAsASoftMode() {
        Medium medium = lattice("cubic", -0.2, 0.05);
        assertFalse(medium.stability().stable());
        assertTrue(medium.stability().findings().get(0).startsWith("gap = -0.2 < 0: soft mode at k = 0"),
                medium.stability().findings().get(0));
        assertTrue(lattice("cubic", 0, 0.05).stability().stable());
        assertThrows(InvalidInputException.class, () -> lattice("hexagonal", GAP, 0.05));
    }
}
