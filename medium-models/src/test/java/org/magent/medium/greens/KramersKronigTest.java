package org.magent.medium.greens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

/** Kramers–Kronig on analytic retarded pairs; measured accuracies are stated in the assertions. */
class KramersKronigTest {

    /** The discrete kernel is the exact principal value of a hat function: check m = 3 by its defining formula. */
    @Test
    void kernelIsThePrincipalValueOfAHat() {
        assertEquals(4 * Math.log(4) - 6 * Math.log(3) + 2 * Math.log(2), KramersKronig.weight(3), 1e-15);
        assertEquals(-KramersKronig.weight(7), KramersKronig.weight(-7), 0);
        // large m: w(m) → 1/m + 1/(6m³)
        assertEquals(1e-5 + 1.0 / 6e15, KramersKronig.weight(100000), 1e-19);
    }

    /** Lorentzian G = 1/(ω − ω0 + iγ): Re G = (ω − ω0)/((ω − ω0)² + γ²), tails truncated at ±L. */
    @Test
    void lorentzianIsReproduced() {
        double omega0 = 0.7;
        double gamma = 0.3;
        double min = -400;
        double step = 0.01;
        int n = 80001;
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            double x = min + j * step - omega0;
            im[j] = -gamma / (x * x + gamma * gamma);
        }
        double[] re = KramersKronig.realPartFromImaginary(min, step, im);
        double worst = 0;
        for (int j = 0; j < n; j++) {
            double omega = min + j * step;
            if (Math.abs(omega) <= 5) {
                double x = omega - omega0;
                worst = Math.max(worst, Math.abs(re[j] - x / (x * x + gamma * gamma)));
            }
        }
        // peak |Re G| = 1/(2γ) ≈ 1.67; measured max error 4.6e-4 at Δ = γ/30 (second order: 1.1e-4 at Δ/2)
        assertTrue(worst < 6e-4, "max error " + worst);
        assertTrue(worst > 1e-5, "the discretisation error is really second order, not zero: " + worst);
    }

    /** Compactly supported pair G = z − √(z² − 1): Im = −√(1 − ω²) on [−1, 1], Re = ω − sgn(ω)√(ω² − 1) outside. */
    @Test
    void semicircleIsReproduced() {
        double min = -3;
        double step = 1e-3;
        int n = 6001;
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            double omega = min + j * step;
            im[j] = Math.abs(omega) < 1 ? -Math.sqrt(1 - omega * omega) : 0;
        }
        double[] re = KramersKronig.realPartFromImaginary(min, step, im);
        double worstInside = 0;
        double worstEdge = 0;
        for (int j = 0; j < n; j++) {
            double omega = min + j * step;
            double exact = Math.abs(omega) <= 1 ? omega : omega - Math.signum(omega) * Math.sqrt(omega * omega - 1);
            double error = Math.abs(re[j] - exact);
            if (Math.abs(Math.abs(omega) - 1) > 0.05) {
                worstInside = Math.max(worstInside, error);
            } else {
                worstEdge = Math.max(worstEdge, error);
            }
        }
        // measured: 5.8e-5 away from the edges (order 1.5), 1.4e-2 at the square-root edges (order 0.5)
        assertTrue(worstInside < 1e-4, "max error away from the edges " + worstInside);
        assertTrue(worstEdge < 2e-2, "max error at the edges " + worstEdge);
    }

    @Test
    void rejectsBadTables() {
        assertThrows(InvalidInputException.class, () -> KramersKronig.realPartFromImaginary(0, 0, new double[4]));
        assertThrows(InvalidInputException.class, () -> KramersKronig.realPartFromImaginary(0, 1, new double[1]));
        assertThrows(InvalidInputException.class,
                () -> KramersKronig.realPartFromImaginary(0, 1, new double[] {0, Double.NaN}));
    }
}
