package org.magent.medium.ferromagnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Quadrature;
import org.magent.medium.Separation;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.QuadraticBandGreens;

/** The thermal two-magnon longitudinal correlators (Eq. S29, S32, S33), checked by independent routes. */
class ThermalMagnonsTest {

    private static final double GAP = 0.4;
    private static final double STIFFNESS = 1.3;
    private static final double SPIN = 0.7;

    private static LongitudinalCorrelators zz(double t, double r) {
        return ThermalMagnons.longitudinal(3, GAP, STIFFNESS, 0, t, Separation.alongX(r)).orElseThrow();
    }

    /** The boson propagator g(r, z) = −e^{iq r}/(4π𝒟 r), q = √((z − Ω)/𝒟), Im q ≥ 0. */
    private static Complex boson(double r, Complex z) {
        Complex q = z.subtract(GAP).divide(STIFFNESS).sqrt();
        if (q.getImaginary() < 0) {
            q = q.negate();
        }
        return Complex.I.multiply(q).multiply(r).exp().divide(-4 * Math.PI * STIFFNESS * r);
    }

    @Test
    void staticBubbleEqualsTheMatsubaraSum() {
        // G^R_{nn}(r, 0) = χ(r, iν = 0) = −T Σ_n g(r, iω_n) g(−r, iω_n), ω_n = 2πnT: exponentially convergent
        for (double t : new double[] {0.2, 0.9}) {
            for (double r : new double[] {0.5, 1.3, 3.0}) {
                double sum = 0;
                for (int n = -40_000; n <= 40_000; n++) {
                    Complex g = boson(r, new Complex(0, 2 * Math.PI * n * t));
                    sum += g.multiply(g).getReal();
                }
                double expected = -t * sum;
                assertEquals(expected, zz(t, r).retardedSymmetric(), 1e-8 * Math.abs(expected), "T=" + t + " r=" + r);
            }
        }
        assertTrue(zz(0.5, 0.5).retardedSymmetric() < 0, "thermal magnons couple the qubits ferromagnetically");
    }

    @Test
    void zeroFrequencyNoiseIsTheSquaredMagnonSpectralFunction() {
        // i G^>_{nn}(r, 0) = ∫dε/2π n(1+n) Â(r,ε)², Â = −2 Im G^R(r, ε)/(2s) from the medium's own transverse G
        double t = 0.6;
        double r = 1.7;
        QuadraticBandGreens greens = new QuadraticBandGreens(3, GAP, STIFFNESS, SPIN, 0);
        java.util.function.DoubleUnaryOperator weight = e -> {
            double n = 1 / Math.expm1(e / t);
            return n * (1 + n) / (2 * Math.PI);
        };
        java.util.function.DoubleUnaryOperator cross = e -> {
            double a = -2 * greens.evaluate(e, List.of(new Displacement(r, 0, 0))).values().get(0).getImaginary()
                    / (2 * SPIN);
            return weight.applyAsDouble(e) * a * a;
        };
        java.util.function.DoubleUnaryOperator local = e -> {
            double a = greens.spectralDensityAtOrigin(e) / (2 * SPIN);
            return weight.applyAsDouble(e) * a * a;
        };
        double top = GAP + 60 * t;
        LongitudinalCorrelators c = zz(t, r);
        double expectedCross = Quadrature.integrate(cross, GAP, top, 400);
        double expectedLocal = Quadrature.integrate(local, GAP, top, 400);
        assertEquals(expectedCross, c.greaterCross().getReal(), 1e-8 * expectedCross);
        assertEquals(expectedLocal, c.greaterLocal(), 1e-8 * expectedLocal);
        assertEquals(0.0, c.greaterCross().getImaginary());
        assertTrue(c.greaterLocal() > c.greaterCross().abs(), "d >= |Dd|");
    }

    @Test
    void ferromagnetReportsThermalIsingCouplingAndDephasing() {
        FerromagnetModel model = new FerromagnetModel();
        double lambda = 0.2;
        BathReport report = FluctuationDissipation.compute(model.configure(Map.of("gap", "0.4", "stiffness", "1.3",
                "spinDensity", "0.7")), QubitCoupling.symmetric(1, lambda), 0.6, Separation.alongX(1.7));
        LongitudinalCorrelators c = zz(0.6, 1.7);
        assertTrue(report.bath().longitudinalComputed());
        assertEquals(lambda * lambda * c.retardedSymmetric(), report.bath().jz(), 1e-18);
        assertEquals(lambda * lambda / 2 * c.greaterLocal(), report.bath().dephasing(), 1e-18);
        assertTrue(report.bathStability().stable(), report.bathStability().findings().toString());
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
        // damped, gapless or lower-dimensional: not computed, and flagged
        for (Map<String, String> p : List.of(Map.of("damping", "0.01"), Map.of("gap", "0"), Map.of("dim", "2"))) {
            BathReport r = FluctuationDissipation.compute(model.configure(p), QubitCoupling.symmetric(1.5, lambda), 0.6,
                    Separation.alongX(1.7));
            assertFalse(r.bath().longitudinalComputed(), p.toString());
            assertTrue(r.warnings().contains("Jz, d, Dd not computed by ferromagnet"), r.warnings().toString());
        }
    }
}
