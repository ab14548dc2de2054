package org.magent.medium.chiral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.TwoSiteCorrelator;
import org.magent.medium.ferromagnet.FerromagnetModel;

/** The chiral ferromagnet through the fluctuation–dissipation layer (paper Eq. S33, S39–S40; docs/physics.md). */
class ChiralFerromagnetMediumTest {

    private static final double GAP = 0.4;
    private static final double STIFFNESS = 1.3;
    private static final double SPIN = 0.7;
    private static final double LAMBDA = 0.2;
    private static final double DELTA = 0.9;

    private static Medium chiral(int dim, double dmi, double damping) {
        return new ChiralFerromagnetModel().configure(Map.of("dim", Integer.toString(dim), "gap",
                Double.toString(GAP), "stiffness", Double.toString(STIFFNESS), "dmi", Double.toString(dmi),
                "spinDensity", Double.toString(SPIN), "damping", Double.toString(damping)));
    }

    private static BathParameters bath(Medium m, double t, Separation r) {
        return FluctuationDissipation.compute(m, QubitCoupling.symmetric(DELTA, LAMBDA), t, r).bath();
    }

    /**
     * d = 3, α = 0, T = 0, r along x. Independently of the code: ω_k = Ω' + 𝒟|k + k0x̂|², so with
     * q = √((Δ − Ω')/𝒟) and G_q(r) = −2s e^{iqr}/(4π𝒟r) (docs/physics.md), G(±r) = e^{∓ik0r}G_q(r), and the FDT
     * formulas of docs/physics.md give a = (λ²/2)·s q/(π𝒟), A = (λ²/2)(−2 Im G_q) e^{ik0r},
     * J⊥ = (λ²/2) cos(k0r) Re G_q, D = −(λ²/2) sin(k0r) Re G_q.
     */
    @Test
    void bathParametersMatchTheCompletedSquareClosedForms() {
        double dmi = 0.6;
        double r = 2.0;
        BathParameters b = bath(chiral(3, dmi, 0), 0, Separation.alongX(r));
        double k0 = dmi / (2 * STIFFNESS);
        double gapPrime = GAP - STIFFNESS * k0 * k0;
        double q = Math.sqrt((DELTA - gapPrime) / STIFFNESS);
        Complex gq = new Complex(Math.cos(q * r), Math.sin(q * r)).multiply(-2 * SPIN / (4 * Math.PI * STIFFNESS * r));
        double half = LAMBDA * LAMBDA / 2;
        double phi = k0 * r;
        assertEquals(half * SPIN * q / (Math.PI * STIFFNESS), b.a(), 1e-12);
        Complex a12 = new Complex(Math.cos(phi), Math.sin(phi)).multiply(-2 * gq.getImaginary() * half);
        assertEquals(a12.getReal(), b.coupling().getReal(), 1e-12);
        assertEquals(a12.getImaginary(), b.coupling().getImaginary(), 1e-12);
        assertTrue(Math.abs(b.coupling().getImaginary()) > 0.1 * b.coupling().abs(), "A is complex");
        assertEquals(half * Math.cos(phi) * gq.getReal(), b.jPerp(), 1e-12);
        assertEquals(-half * Math.sin(phi) * gq.getReal(), b.dmi(), 1e-12);
        assertTrue(Math.abs(b.dmi()) > 0.3 * Math.abs(b.jPerp()) && b.dmi() != 0, "D != 0: D/Jperp = -tan(k0 r)");
        assertEquals(0, b.aTilde(), 0.0);
    }

    @Test
    void correlatorIsNotMirrorSymmetric() {
        TwoSiteCorrelator g = chiral(2, 0.6, 0.02).transverse(DELTA, List.of(Separation.alongX(1.7))).get(0);
        assertTrue(g.g12().subtract(g.g21()).abs() > 0.1 * g.g21().abs(), "G_12 = G(-r) differs from G_21 = G(r)");
        assertEquals(g.g11(), g.g22());
    }

    @Test
    void dmiVanishesWithTheInteractionAndFlipsWithItsSign() {
        Separation r = new Separation(1.3, 0.8, 0);
        BathParameters plus = bath(chiral(2, 0.5, 0.01), 0.2, r);
        BathParameters minus = bath(chiral(2, -0.5, 0.01), 0.2, r);
        assertEquals(-plus.dmi(), minus.dmi(), 1e-14);
        assertEquals(plus.jPerp(), minus.jPerp(), 1e-14);
        assertEquals(plus.coupling().conjugate().getImaginary(), minus.coupling().getImaginary(), 1e-14);
        // D is odd and linear in dmi for small dmi, and exactly 0 at dmi = 0, where the medium is the ferromagnet
        double d1 = bath(chiral(2, 1e-4, 0.01), 0.2, r).dmi();
        double d2 = bath(chiral(2, 2e-4, 0.01), 0.2, r).dmi();
        assertTrue(Math.abs(d1) > 0 && Math.abs(d1) < 1e-3 * Math.abs(plus.dmi()) * 10);
        assertEquals(2.0, d2 / d1, 1e-3);
        BathParameters zero = bath(chiral(2, 0, 0.01), 0.2, r);
        assertEquals(0.0, zero.dmi(), 0.0);
        BathParameters ferro = bath(new FerromagnetModel().configure(Map.of("dim", "2", "gap", Double.toString(GAP),
                "stiffness", Double.toString(STIFFNESS), "spinDensity", Double.toString(SPIN), "damping", "0.01")),
                0.2, r);
        assertEquals(ferro.a(), zero.a(), 1e-15);
        assertEquals(ferro.coupling().getReal(), zero.coupling().getReal(), 1e-15);
        assertEquals(ferro.jPerp(), zero.jPerp(), 1e-15);
    }

    /** Supplement (v): the 2×2 spectral matrix is PSD, a ≥ |A| and ã ≥ |Ã|, at every separation. */
    @Test
    void spectralMatrixIsPositiveSemidefinite() {
        for (int dim = 1; dim <= 3; dim++) {
            for (double x = 0.25; x < 12; x += 0.5) {
                BathReport report = FluctuationDissipation.compute(chiral(dim, 0.7, 0.03),
                        QubitCoupling.symmetric(DELTA, LAMBDA), 0.3, new Separation(x, dim > 1 ? 0.3 : 0, 0));
                BathParameters b = report.bath();
                assertTrue(b.a() >= b.coupling().abs() * (1 - 1e-12), "a >= |A| at d = " + dim + ", x = " + x);
                assertTrue(b.aTilde() >= b.couplingTilde().abs() * (1 - 1e-12));
                assertTrue(report.bathStability().stable(), report.bathStability()::toString);
                assertTrue(report.mediumStability().stable());
            }
        }
    }

    @Test
    void tooStrongDmiIsReportedUnstableWithNumbers() {
        double dmi = 1.6; // dmi² = 2.56 > 4·gap·stiffness = 2.08
        Medium m = chiral(3, dmi, 0.01);
        StabilityReport s = m.stability();
        assertFalse(s.stable());
        String finding = s.findings().get(0);
        double k0 = dmi / (2 * STIFFNESS);
        assertTrue(finding.contains("2.56") && finding.contains("2.08"), finding);
        assertTrue(finding.contains(String.format(java.util.Locale.ROOT, "%.6g", GAP - STIFFNESS * k0 * k0)),
                finding);
        assertTrue(finding.contains(String.format(java.util.Locale.ROOT, "%.6g", -k0)), finding);
        // still evaluable: the FDT layer reports the verdict instead of failing
        BathReport report = FluctuationDissipation.compute(m, QubitCoupling.symmetric(DELTA, LAMBDA), 0,
                Separation.alongX(1));
        assertFalse(report.stable());
        // the boundary dmi² = 4·gap·stiffness is stable (gapless minimum)
        assertTrue(chiral(3, Math.sqrt(4 * GAP * STIFFNESS) * (1 - 1e-12), 0.01).stability().stable());
    }

    @Test
    void lambShiftOnlyInOneDimension() {
        assertTrue(chiral(1, 0.6, 0.01).hasFiniteLocalRealPart());
        assertFalse(chiral(2, 0.6, 0.01).hasFiniteLocalRealPart());
        assertFalse(chiral(3, 0.6, 0.01).isLattice());
    }

    /**
     * Thermal longitudinal terms (Eq. S29, S32): the static SᶻSᶻ bubble −T Σ_n g(r, iω_n) g(−r, iω_n) with the
     * chiral propagators g(±r, z) = e^{∓ik0x}·(−e^{iqr}/(4π𝒟r)), q = √((z − Ω')/𝒟), Ω' = Ω − 𝒟k0² (d = 3), the
     * Matsubara sum done here term by term: the DMI phases cancel, and the values are finite and nonzero.
     */
    @Test
    void thermalLongitudinalTermsAreTheBubbleOfTheChiralPropagators() {
        double dmi = 0.5;
        double k0 = dmi / (2 * STIFFNESS);
        double shifted = GAP - STIFFNESS * k0 * k0;
        double t = 0.6;
        for (Separation r : new Separation[] {Separation.alongX(1.3), new Separation(0.4, 1.1, -0.7)}) {
            double rho = Math.sqrt(r.x() * r.x() + r.y() * r.y() + r.z() * r.z());
            double sum = 0;
            for (int n = -20_000; n <= 20_000; n++) {
                Complex z = new Complex(0, 2 * Math.PI * n * t);
                Complex q = z.subtract(shifted).divide(STIFFNESS).sqrt();
                q = q.getImaginary() < 0 ? q.negate() : q;
                Complex radial = Complex.I.multiply(q).multiply(rho).exp().divide(-4 * Math.PI * STIFFNESS * rho);
                Complex plus = radial.multiply(new Complex(0, -k0 * r.x()).exp());
                Complex minus = radial.multiply(new Complex(0, k0 * r.x()).exp());
                Complex term = plus.multiply(minus);
                sum += term.getReal();
                if (n > 0 && term.abs() < 1e-30) {
                    break;
                }
            }
            double bubble = -t * sum;
            var zz = chiral(3, dmi, 0).longitudinal(t, r).orElseThrow();
            assertEquals(bubble, zz.retardedSymmetric(), 1e-7 * Math.abs(bubble), "r = " + r.text());
            assertTrue(zz.greaterLocal() > 0 && zz.greaterCross().abs() > 0, "noise finite and nonzero");
            BathReport report = FluctuationDissipation.compute(chiral(3, dmi, 0), QubitCoupling.symmetric(DELTA,
                    LAMBDA), t, r);
            assertEquals(LAMBDA * LAMBDA * bubble, report.bath().jz(), 1e-7 * Math.abs(LAMBDA * LAMBDA * bubble));
            assertTrue(report.bath().longitudinalComputed());
        }
        // damping, or an unstable band (Ω' < 0): not computed at T > 0, exactly zero at T = 0
        assertTrue(chiral(3, dmi, 0.01).longitudinal(t, Separation.alongX(1)).isEmpty());
        assertEquals(0.0, chiral(3, dmi, 0.01).longitudinal(0, Separation.alongX(1)).orElseThrow().greaterLocal());
        assertTrue(chiral(3, 2 * Math.sqrt(GAP * STIFFNESS) * 1.1, 0).longitudinal(t, Separation.alongX(1)).isEmpty());
    }
}
