package org.magent.medium.dispersion;

import java.util.function.DoubleFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.complex.Complex;

/** Test reference: composite 16-point Gauss–Legendre quadrature of a complex integrand on equal segments. */
public final class LineQuadrature {

    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(16, -1, 1);

    private LineQuadrature() {
    }

    /**
     * ∫_a^b f(k) dk on n equal segments, 16 Gauss–Legendre points each.
     *
     * @param f the integrand
     * @param a lower limit
     * @param b upper limit
     * @param n number of segments
     * @return the integral
     */
    public static Complex integrate(DoubleFunction<Complex> f, double a, double b, int n) {
        double h = (b - a) / n;
        double re = 0;
        double im = 0;
        for (int i = 0; i < n; i++) {
            double mid = a + (i + 0.5) * h;
            for (int j = 0; j < RULE.getNumberOfPoints(); j++) {
                Complex v = f.apply(mid + 0.5 * h * RULE.getPoint(j));
                re += 0.5 * h * RULE.getWeight(j) * v.getReal();
                im += 0.5 * h * RULE.getWeight(j) * v.getImaginary();
            }
        }
        return new Complex(re, im);
    }
}
