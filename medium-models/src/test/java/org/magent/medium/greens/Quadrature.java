package org.magent.medium.greens;

import java.util.function.DoubleFunction;
import org.apache.commons.math3.complex.Complex;

/** Adaptive Gauss–Kronrod (7/15) quadrature of complex integrands: the independent reference of the tests. */
final class Quadrature {

    static final double[] XK = {0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788, 0.586087235467691130294144845693013,
        0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0.0};
    static final double[] WK = {0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238, 0.169004726639267902826583426598550,
        0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    static final double[] WG = {0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    private Quadrature() {
    }

    /** Integrates f over [a, b] split into {@code panels} equal panels, each refined to absolute error tol (or 1e-13 relative). */
    static Complex integrate(DoubleFunction<Complex> f, double a, double b, int panels, double tol) {
        Complex sum = Complex.ZERO;
        double h = (b - a) / panels;
        for (int p = 0; p < panels; p++) {
            sum = sum.add(adapt(f, a + p * h, a + (p + 1) * h, tol, 0));
        }
        return sum;
    }

    private static Complex adapt(DoubleFunction<Complex> f, double a, double b, double tol, int depth) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double kr = 0;
        double ki = 0;
        double gr = 0;
        double gi = 0;
        for (int j = 0; j < 8; j++) {
            if (j == 7) {
                Complex v = f.apply(c);
                kr += WK[7] * v.getReal();
                ki += WK[7] * v.getImaginary();
                gr += WG[3] * v.getReal();
                gi += WG[3] * v.getImaginary();
                continue;
            }
            Complex v1 = f.apply(c - h * XK[j]);
            Complex v2 = f.apply(c + h * XK[j]);
            double sr = v1.getReal() + v2.getReal();
            double si = v1.getImaginary() + v2.getImaginary();
            kr += WK[j] * sr;
            ki += WK[j] * si;
            if (j % 2 == 1) {
                gr += WG[j / 2] * sr;
                gi += WG[j / 2] * si;
            }
        }
        double err = Math.hypot(kr - gr, ki - gi) * h;
        if (err <= tol || err <= 1e-13 * Math.hypot(kr, ki) * h || depth > 30) {
            return new Complex(kr * h, ki * h);
        }
        return adapt(f, a, c, tol / 2, depth + 1).add(adapt(f, c, b, tol / 2, depth + 1));
    }
}
