package org.magent.medium.ferromagnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.special.BesselJ;
import org.junit.jupiter.api.Test;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Quadrature;
import org.magent.medium.Separation;
import org.magent.medium.greens.Bessel;
import org.magent.medium.greens.QuadraticBandGreens;

/** The thermal two-magnon longitudinal correlators (Eq. S29, S32, S33), checked by independent routes. */
class ThermalMagnonsTest {

    private static final double GAP = 0.4;
    private static final double STIFFNESS = 1.3;
    private static final double SPIN = 0.7;

    private static LongitudinalCorrelators zz(int dim, double t, double r) {
        return ThermalMagnons.longitudinal(new QuadraticBandGreens(dim, GAP, STIFFNESS, SPIN, 0), dim, GAP, STIFFNESS,
                SPIN, 0, t, Separation.alongX(r)).orElseThrow();
    }

    /** The boson propagator at complex z: −e^{iqr}/(4π𝒟r) (3-D), −(i/4𝒟) H0⁽¹⁾(qr) (2-D), Im q ≥ 0. */
    private static Complex boson(int dim, double r, Complex z) {
        Complex q = z.subtract(GAP).divide(STIFFNESS).sqrt();
        if (q.getImaginary() < 0) {
            q = q.negate();
        }
        return dim == 3 ? Complex.I.multiply(q).multiply(r).exp().divide(-4 * Math.PI * STIFFNESS * r)
                : Bessel.hankel1Zero(q.multiply(r)).multiply(new Complex(0, -1 / (4 * STIFFNESS)));
    }

    @Test
    void staticBubbleEqualsTheMatsubaraSum() {
        // G^R_{nn}(r, 0) = χ(r, iν = 0) = −T Σ_n g(r, iω_n) g(−r, iω_n), ω_n = 2πnT: exponentially convergent
        for (int dim = 2; dim <= 3; dim++) {
            for (double t : new double[] {0.2, 0.9}) {
                for (double r : new double[] {0.5, 1.3, 3.0}) {
                    double sum = 0;
                    for (int n = -20_000; n <= 20_000; n++) {
                        Complex g = boson(dim, r, new Complex(0, 2 * Math.PI * n * t));
                        sum += g.multiply(g).getReal();
                        if (n > 0 && g.abs() < 1e-30) {
                            break;
                        }
                    }
                    double expected = -t * sum;
                    assertEquals(expected, zz(dim, t, r).retardedSymmetric(), 1e-7 * Math.abs(expected),
                            "d=" + dim + " T=" + t + " r=" + r);
                }
            }
        }
        assertTrue(zz(3, 0.5, 0.5).retardedSymmetric() < 0, "thermal magnons couple the qubits ferromagnetically");
    }

    @Test
    void zeroFrequencyNoiseIsTheSquaredMagnonSpectralFunction() {
        // i G^>_{nn}(r, 0) = ∫dε/2π n(1+n) Â(r,ε)² with ε = Ω + 𝒟u², dε/2π = 𝒟u du/π, and the undamped spectral
        // functions Â(r) = sin(ur)/(2π𝒟r), Â(0) = u/(2π𝒟) (3-D); Â(r) = J0(ur)/(2𝒟), Â(0) = 1/(2𝒟) (2-D)
        double t = 0.6;
        double r = 1.7;
        DoubleUnaryOperator weight = u -> {
            double n = 1 / Math.expm1((GAP + STIFFNESS * u * u) / t);
            return STIFFNESS * u / Math.PI * n * (1 + n);
        };
        double top = Math.sqrt(60 * t / STIFFNESS);
        for (int dim = 2; dim <= 3; dim++) {
            DoubleUnaryOperator atR = dim == 3 ? u -> Math.sin(u * r) / (2 * Math.PI * STIFFNESS * r)
                    : u -> BesselJ.value(0, u * r) / (2 * STIFFNESS);
            DoubleUnaryOperator atZero = dim == 3 ? u -> u / (2 * Math.PI * STIFFNESS) : u -> 1 / (2 * STIFFNESS);
            double expectedCross = Quadrature.integrate(u -> weight.applyAsDouble(u)
                    * Math.pow(atR.applyAsDouble(u), 2), 0, top, 200);
            double expectedLocal = Quadrature.integrate(u -> weight.applyAsDouble(u)
                    * Math.pow(atZero.applyAsDouble(u), 2), 0, top, 200);
            LongitudinalCorrelators c = zz(dim, t, r);
            assertEquals(expectedCross, c.greaterCross().getReal(), 1e-8 * expectedCross, "d=" + dim);
            assertEquals(expectedLocal, c.greaterLocal(), 1e-8 * expectedLocal, "d=" + dim);
            assertEquals(0.0, c.greaterCross().getImaginary());
            assertTrue(c.greaterLocal() > c.greaterCross().abs(), "d >= |Dd|");
        }
    }

    @Test
    void ferromagnetReportsThermalIsingCouplingAndDephasing() {
        FerromagnetModel model = new FerromagnetModel();
        double lambda = 0.2;
        BathReport report = FluctuationDissipation.compute(model.configure(Map.of("gap", "0.4", "stiffness", "1.3",
                "spinDensity", "0.7")), QubitCoupling.symmetric(1, lambda), 0.6, Separation.alongX(1.7));
        LongitudinalCorrelators c = zz(3, 0.6, 1.7);
        assertTrue(report.bath().longitudinalComputed());
        assertEquals(lambda * lambda * c.retardedSymmetric(), report.bath().jz(), 1e-18);
        assertEquals(lambda * lambda / 2 * c.greaterLocal(), report.bath().dephasing(), 1e-18);
        assertTrue(report.bathStability().stable(), report.bathStability().findings().toString());
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
        // damped, gapless or one-dimensional: not computed, and flagged
        for (Map<String, String> p : List.of(Map.of("damping", "0.01"), Map.of("gap", "0"), Map.of("dim", "1"))) {
            BathReport r = FluctuationDissipation.compute(model.configure(p), QubitCoupling.symmetric(1.5, lambda),
                    0.6, Separation.alongX(1.7));
            assertFalse(r.bath().longitudinalComputed(), p.toString());
            assertTrue(r.warnings().contains("Jz, d, Dd not computed by ferromagnet"), r.warnings().toString());
        }
    }
}
