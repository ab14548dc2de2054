package org.magent.medium.film;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The film's numerical building blocks against closed forms. */
class NumericsTest {

    @Test
    void sphericalBesselAgainstClosedForms() {
        double[] out = new double[16];
        double[] scratch = new double[80];
        for (double z : new double[] {1e-6, 0.1, 0.49, 0.5, 1, 3.7, 10, 15.9, 16, 40, 300}) {
            SphericalBessel.values(z, 16, out, scratch);
            double s = Math.sin(z);
            double c = Math.cos(z);
            double j0 = z < 1e-3 ? 1 - z * z / 6 : s / z;
            double j1 = z < 1e-3 ? z / 3 : s / (z * z) - c / z;
            double j2 = z < 1e-2 ? z * z / 15 : (3 / (z * z) - 1) * s / z - 3 * c / (z * z);
            assertEquals(j0, out[0], 1e-14, "j0 at " + z);
            assertEquals(j1, out[1], 1e-14, "j1 at " + z);
            assertEquals(j2, out[2], 2e-14, "j2 at " + z);
            // the recurrence j_{n-1} + j_{n+1} = (2n+1)/z j_n holds for every order
            for (int n = 1; n < 15; n++) {
                double lhs = out[n - 1] + out[n + 1];
                double rhs = (2 * n + 1) / z * out[n];
                assertEquals(rhs, lhs, 1e-12 * Math.max(Math.abs(rhs), 1e-300) + 1e-300, "order " + n + " at " + z);
            }
        }
        // small-argument series: j_15(0.3) = 0.3^15/31!! (1 − 0.09/66 + …)
        SphericalBessel.values(0.3, 16, out, scratch);
        double dfact = 1;
        for (int k = 1; k <= 31; k += 2) {
            dfact *= k;
        }
        assertEquals(Math.pow(0.3, 15) / dfact * (1 - 0.09 / 66), out[15], 1e-6 * Math.pow(0.3, 15) / dfact);
    }

    @Test
    void filonTransformOfAGaussian() {
        // ∫ e^{iqρ} e^{−q²/2} dq = √(2π) e^{−ρ²/2}, for many ρ from one sampling
        FilonTransform f = FilonTransform.build((q, w) -> new double[] {Math.exp(-q * q / 2), 0}, 2,
                new double[] {-12, -3, 0, 3, 12}, 1e-13, 2000);
        assertTrue(f.converged());
        for (double rho : new double[] {0, 0.3, 1, 2.5, 5, 8}) {
            double[][] t = f.transform(rho);
            double exact = Math.sqrt(2 * Math.PI) * Math.exp(-rho * rho / 2);
            assertEquals(exact, t[0][0], 1e-12, "Re at " + rho);
            assertEquals(0, t[0][1], 1e-12, "Im at " + rho);
            assertEquals(exact, t[1][0], 1e-12, "Re at -" + rho);
        }
    }

    @Test
    void filonTransformOfAnOddComplexFunctionAtLargeRho() {
        // Ψ(q) = q e^{−|q|}... use Ψ = i q/(1 + q²)² on [−L, L]: ∫ e^{iqρ} i q/(1+q²)² dq = −(π/2) ρ e^{−ρ} (L → ∞)
        double big = 4000;
        FilonTransform f = FilonTransform.build((q, w) -> new double[] {0, q / ((1 + q * q) * (1 + q * q))}, 2,
                new double[] {-big, -10, -1, 0, 1, 10, big}, 1e-12, 4000);
        for (double rho : new double[] {0.5, 2, 7, 30}) {
            double[][] t = f.transform(rho);
            double exact = -Math.PI / 2 * rho * Math.exp(-rho);
            assertEquals(exact, t[0][0], 1e-9, "at " + rho);
            assertEquals(-exact, t[1][0], 1e-9, "at -" + rho);
        }
    }

    @Test
    void gaussKronrodOnASharpLorentzian() {
        // ∫_{-1}^{1} ε/(x² + ε²) dx = 2 atan(1/ε), ε = 1e-6: adaptive refinement resolves the peak
        double eps = 1e-6;
        GaussKronrod.Result r = GaussKronrod.integrate((x, out) -> out[0] = eps / (x * x + eps * eps), 1,
                new double[] {-1, 0.3, 1}, 0, 1e-10, 4000);
        assertTrue(r.converged());
        assertEquals(2 * Math.atan(1 / eps), r.values()[0], 1e-9);
    }
}
