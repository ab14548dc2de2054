package org.magent.medium;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;

/** Independent numerical quadrature for the tests: composite Gauss–Legendre on equal segments. */
public final class Quadrature {

    private Quadrature() {
    }

    /**
     * ∫_a^b f(x) dx, splitting [a, b] into equal segments each integrated to 1e-13 relative accuracy.
     *
     * @param f the integrand
     * @param a lower limit
     * @param b upper limit
     * @param segments number of segments
     * @return the integral
     */
    public static double integrate(DoubleUnaryOperator f, double a, double b, int segments) {
        double h = (b - a) / segments;
        double sum = 0;
        for (int i = 0; i < segments; i++) {
            IterativeLegendreGaussIntegrator gauss = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-300);
            sum += gauss.integrate(100_000, f::applyAsDouble, a + i * h, a + (i + 1) * h);
        }
        return sum;
    }

    /**
     * The periodic trapezoid rule (1/2π)∫_{−π}^{π} f(k) dk with n points, exponentially accurate for
     * smooth periodic f.
     *
     * @param f the periodic integrand
     * @param n number of points
     * @return the Brillouin-zone average
     */
    public static double zoneAverage(DoubleUnaryOperator f, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += f.applyAsDouble(-Math.PI + 2 * Math.PI * i / n);
        }
        return sum / n;
    }
}
