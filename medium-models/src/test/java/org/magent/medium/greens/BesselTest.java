package org.magent.medium.greens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.special.BesselJ;
import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

class BesselTest {

    /** K0 on the real axis; reference values from scipy.special.k0. */
    @Test
    void k0RealMatchesTabulatedValues() {
        double[][] table = {{0.1, 2.4270690247020164}, {1, 0.42102443824070823}, {2, 0.1138938727495334},
            {2.5, 0.062347553200366196}, {5, 0.0036910983340425942}, {20, 5.741237815336524e-10}};
        for (double[] row : table) {
            Complex k = Bessel.k0(new Complex(row[0], 0));
            assertEquals(row[1], k.getReal(), 1e-13 * row[1], "K0(" + row[0] + ")");
            assertEquals(0, k.getImaginary(), 1e-15 * row[1]);
        }
    }

    /** H0⁽¹⁾ of complex argument; reference values from mpmath.hankel1 at 30 digits. */
    @Test
    void hankelComplexMatchesMpmath() {
        double[][] table = {{1, 1, 0.22744989480229474, -0.05105545867308962},
            {0.3, 0.05, 0.8645169130873273, -0.8062660222585593}, {3, 0.2, -0.20209526977514575, 0.31418151520651444},
            {12, 0.01, 0.04712162163128348, -0.22301382956792393}, {-2, 1, -0.11221517779606792, 0.15428168525601327},
            {0.001, 0.5, 0.00105452139080835, -0.588502109924913}, {7, 0, 0.3000792705195556, -0.025949743967209265}};
        for (double[] row : table) {
            Complex h = Bessel.hankel1Zero(new Complex(row[0], row[1]));
            double scale = Math.hypot(row[2], row[3]);
            assertEquals(row[2], h.getReal(), 1e-12 * scale, "Re H0(" + row[0] + "+i" + row[1] + ")");
            assertEquals(row[3], h.getImaginary(), 1e-12 * scale, "Im H0(" + row[0] + "+i" + row[1] + ")");
        }
    }

    /** Re H0⁽¹⁾(x) = J0(x) for real x, against Commons Math across the series/integral switch at |x| = 2. */
    @Test
    void hankelRealPartIsCommonsMathJ0() {
        for (double x = 0.05; x < 40; x *= 1.37) {
            double j0 = BesselJ.value(0, x);
            double h = Bessel.hankel1Zero(new Complex(x, 0)).getReal();
            assertEquals(j0, h, 1e-13, "J0(" + x + ")");
        }
    }

    @Test
    void besselSequenceMatchesCommonsMath() {
        double[] out = new double[61];
        for (double x : new double[] {0.01, 0.7, 3, 24.9, 25.1, 40, 90, 333.3, 5000.5}) {
            Bessel.besselJSequence(x, 60, out);
            for (int n = 0; n <= 60; n++) {
                assertEquals(BesselJ.value(n, x), out[n], 2e-14, "J_" + n + "(" + x + ")");
            }
        }
    }

    @Test
    void k0RejectsLeftHalfPlane() {
        assertThrows(InvalidInputException.class, () -> Bessel.k0(new Complex(-1, 0.5)));
        assertThrows(InvalidInputException.class, () -> Bessel.k0(Complex.ZERO));
    }
}
