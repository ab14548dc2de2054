package org.magent.medium.greens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.special.BesselJ;
import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

/** Closed forms of docs/physics.md against independent quadrature of the defining k-integral. */
class QuadraticBandGreensTest {

    private static final double GAP = 0.5;
    private static final double STIFFNESS = 2.0;
    private static final double SPIN = 1.5;

    /** (2s/𝒟) ∫ d^dk/(2π)^d e^{ikr}/(q² − k²) by radial quadrature with an analytically known subtraction. */
    private static Complex quadrature(int d, Complex q, double r) {
        Complex q2 = q.multiply(q);
        double b = q.abs();
        double kMax = (d == 2 ? 3e3 : 2e4) * Math.max(q.abs(), 1 / r);
        int panels = (int) Math.ceil(kMax * r / Math.PI) + 50;
        Complex integral;
        if (d == 1) {
            // cos(kr)/(q²−k²) = −cos(kr)/(k²+b²) + cos(kr)(b²+q²)/((q²−k²)(k²+b²)); ∫cos(kr)/(k²+b²) = πe^{−br}/(2b)
            Complex rest = Quadrature.integrate(k -> q2.add(b * b).divide(q2.subtract(k * k).multiply(k * k + b * b))
                    .multiply(Math.cos(k * r)), 0, kMax, panels, 1e-14);
            integral = rest.subtract(Math.PI * Math.exp(-b * r) / (2 * b)).divide(Math.PI);
        } else if (d == 2) {
            // k/(q²−k²) = −(1−e^{−bk})/k + rest; ∫J0(kr)(1−e^{−bk})/k dk = asinh(b/r)
            Complex rest = Quadrature.integrate(k -> {
                double sub = k == 0 ? b : -Math.expm1(-b * k) / k;
                return q2.subtract(k * k).reciprocal().multiply(k).add(sub).multiply(BesselJ.value(0, k * r));
            }, 0, kMax, panels, 1e-14);
            integral = rest.subtract(asinh(b / r)).divide(2 * Math.PI);
        } else {
            // k sin(kr)/(q²−k²) = −sin(kr) + q² sin(kr)/(k(q²−k²))... integrated as −(π/2) + ∫ q² sin(kr)/(k(q²−k²))
            Complex rest = Quadrature.integrate(k -> {
                double sinc = k == 0 ? r : Math.sin(k * r) / k;
                return q2.divide(q2.subtract(k * k)).multiply(sinc);
            }, 0, kMax, panels, 1e-14);
            integral = rest.subtract(Math.PI / 2).divide(2 * Math.PI * Math.PI * r);
        }
        return integral.multiply(2 * SPIN / STIFFNESS);
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static void assertClose(Complex expected, Complex actual, double relative, String what) {
        double err = expected.subtract(actual).abs() / expected.abs();
        assertTrue(err <= relative, what + ": expected " + expected + ", got " + actual + ", relative error " + err);
    }

    /**
     * The closed forms against the quadrature, at the precision the README quotes: 1e-14 (d = 1), 2e-12 (d = 2,
     * complex-argument Hankel function), 5e-13 (d = 3); measured 1.5e-15, 1.9e-12, 3.2e-13.
     */
    @Test
    void closedFormsMatchQuadratureOfTheKIntegral() {
        double[][] cases = {{1.3, 0.05}, {0.3, 0.02}, {-0.8, 0.1}, {2.7, 0.01}};
        double[] tolerance = {0, 1e-14, 2e-12, 5e-13};
        for (int d = 1; d <= 3; d++) {
            for (double[] c : cases) {
                QuadraticBandGreens greens = new QuadraticBandGreens(d, GAP, STIFFNESS, SPIN, c[1]);
                Complex q = greens.wavenumber(c[0]);
                assertTrue(q.getImaginary() > 0, "Im q > 0 with damping");
                for (double r : new double[] {0.7, 3.1}) {
                    Complex g = greens.evaluate(c[0], List.of(new Displacement(r, 0, 0))).values().get(0);
                    assertClose(quadrature(d, q, r), g, tolerance[d], "d=" + d + " omega=" + c[0] + " alpha=" + c[1] + " r=" + r);
                }
            }
        }
    }

    /** docs/physics.md: at α = 0 above the gap A/a = Im G(r)/Im G(0) = sin(qr)/(qr), J0(qr), cos(qr). */
    @Test
    void undampedRatiosAreTheKnownOscillations() {
        double omega = 1.7;
        for (int d = 1; d <= 3; d++) {
            QuadraticBandGreens greens = new QuadraticBandGreens(d, GAP, STIFFNESS, SPIN, 0);
            double q = Math.sqrt((omega - GAP) / STIFFNESS);
            assertEquals(q, greens.wavenumber(omega).getReal(), 1e-15);
            double a = greens.spectralDensityAtOrigin(omega);
            for (double r = 0.3; r < 40; r += 1.9) {
                Complex g = greens.evaluate(omega, List.of(new Displacement(0, 0, 0), new Displacement(r, 0, 0)))
                        .values().get(1);
                double ratio = -2 * g.getImaginary() / a;
                double x = q * r;
                double expected = d == 3 ? Math.sin(x) / x : d == 2 ? BesselJ.value(0, x) : Math.cos(x);
                assertEquals(expected, ratio, 1e-12, "d=" + d + " qr=" + x);
            }
        }
        assertEquals(SPIN / STIFFNESS, new QuadraticBandGreens(2, GAP, STIFFNESS, SPIN, 0).spectralDensityAtOrigin(omega),
                1e-15, "d=2: A11 = s/D at alpha=0");
    }

    /** The origin spectral density −2 Im G(0) is the r → 0 limit of −2 Im G(r) (finite in every d). */
    @Test
    void spectralDensityIsTheLimitOfImG() {
        for (int d = 1; d <= 3; d++) {
            for (double omega : new double[] {1.3, 0.2, -0.6}) {
                QuadraticBandGreens greens = new QuadraticBandGreens(d, GAP, STIFFNESS, SPIN, 0.07);
                double r = 1e-7;
                double near = -2 * greens.evaluate(omega, List.of(new Displacement(r, 0, 0))).values().get(0).getImaginary();
                double origin = greens.spectralDensityAtOrigin(omega);
                assertEquals(near, origin, 1e-6 * Math.abs(origin), "d=" + d + " omega=" + omega);
                GreensValues atZero = greens.evaluate(omega, List.of(new Displacement(0, 0, 0)));
                assertEquals(-origin / 2, atZero.values().get(0).getImaginary(), 1e-15 * Math.abs(origin));
                assertEquals(d >= 2, atZero.method().contains("Re G(0) divergent"));
            }
        }
    }

    @Test
    void belowTheGapTheFieldDecaysAndDissipationVanishes() {
        QuadraticBandGreens greens = new QuadraticBandGreens(3, GAP, STIFFNESS, SPIN, 0);
        double kappa = Math.sqrt((GAP - 0.1) / STIFFNESS);
        assertEquals(0, greens.spectralDensityAtOrigin(0.1), 0);
        Complex g = greens.evaluate(0.1, List.of(new Displacement(0, 2, 0))).values().get(0);
        assertEquals(-2 * SPIN * Math.exp(-2 * kappa) / (4 * Math.PI * STIFFNESS * 2), g.getReal(), 1e-15);
        assertEquals(0, new QuadraticBandGreens(2, GAP, STIFFNESS, SPIN, 0).spectralDensityAtOrigin(0.1), 1e-16);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(InvalidInputException.class, () -> new QuadraticBandGreens(4, 0, 1, 1, 0));
        assertThrows(InvalidInputException.class, () -> new QuadraticBandGreens(3, 0, -1, 1, 0));
        assertThrows(InvalidInputException.class, () -> new QuadraticBandGreens(3, 0, 1, 1, -0.1));
        QuadraticBandGreens chain = new QuadraticBandGreens(1, GAP, STIFFNESS, SPIN, 0);
        InvalidInputException edge = assertThrows(InvalidInputException.class,
                () -> chain.evaluate(GAP, List.of(new Displacement(1, 0, 0))));
        assertEquals("omega", edge.parameter());
        InvalidInputException off = assertThrows(InvalidInputException.class,
                () -> chain.evaluate(1, List.of(new Displacement(1, 1, 0))));
        assertEquals("separation", off.parameter());
    }
}
