package org.magent.medium.greens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

/**
 * The infinite-lattice Green's function against independent quadrature: the chain closed form against direct
 * k-quadrature; square and cubic (time domain) against nested quadrature of the chain closed form over the
 * remaining k's (1-D for square, 2-D for cubic).
 */
class LatticeGreensTest {

    private static final double J = 0.8;
    private static final double S = 1.5;
    private static final double GAP = 0.1;
    private static final double B = 2 * J * S;

    private static void assertClose(Complex expected, Complex actual, double relative, String what) {
        double err = expected.subtract(actual).abs() / expected.abs();
        assertTrue(err <= relative, what + ": expected " + expected + ", got " + actual + ", relative error " + err);
    }

    private static Complex w(double omega, double alpha, int d) {
        return new Complex(omega - GAP - B * d, alpha * omega);
    }

    @Test
    void chainClosedFormMatchesDirectQuadrature() {
        for (double[] c : new double[][] {{1.3, 1e-3}, {0.05, 0.01}, {-0.7, 0.02}, {5.2, 1e-3}, {2.0, 0.3}}) {
            LatticeGreens chain = new LatticeGreens(LatticeType.CHAIN, J, S, GAP, c[1]);
            Complex w = new Complex(c[0] - GAP - B, c[1] * c[0]);
            for (int n : new int[] {0, 1, -4, 17}) {
                Complex direct = Quadrature.integrate(k -> w.add(B * Math.cos(k)).reciprocal()
                        .multiply(Math.cos(k * n)), 0, Math.PI, 64, 1e-13).multiply(2 * S / Math.PI);
                Complex g = chain.evaluate(c[0], List.of(new Displacement(n, 0, 0))).values().get(0);
                assertClose(direct, g, 1e-8, "chain omega=" + c[0] + " alpha=" + c[1] + " n=" + n);
            }
        }
    }

    /** Square lattice: 2S/π ∫₀^π dk cos(k n_y) · chain(w + B cos k, n_x). */
    private static Complex squareReference(Complex w, int nx, int ny) {
        return Quadrature.integrate(k -> LatticeGreens.chainKernel(w.add(B * Math.cos(k)), B, nx)
                .multiply(Math.cos(k * ny)), 0, Math.PI, 64, 1e-13).multiply(2 * S / Math.PI);
    }

    /** Cubic lattice: 2S/π² ∫₀^π∫₀^π cos(k n_y) cos(p n_z) · chain(w + B cos k + B cos p, n_x). */
    private static Complex cubicReference(Complex w, int nx, int ny, int nz) {
        return Quadrature.integrate(p -> Quadrature.integrate(k -> LatticeGreens.chainKernel(
                w.add(B * (Math.cos(k) + Math.cos(p))), B, nx).multiply(Math.cos(k * ny)), 0, Math.PI, 16, 1e-11)
                .multiply(Math.cos(p * nz)), 0, Math.PI, 16, 1e-11).multiply(2 * S / (Math.PI * Math.PI));
    }

    @Test
    void squareTimeDomainMatchesNestedQuadrature() {
        int[][] sites = {{0, 0}, {1, 0}, {2, 3}, {-5, 1}, {12, -7}};
        for (double[] c : new double[][] {{1.3, 1e-3}, {0.4, 0.01}, {-2.0, 0.05}}) {
            LatticeGreens square = new LatticeGreens(LatticeType.SQUARE, J, S, GAP, c[1]);
            List<Displacement> list = new ArrayList<>();
            for (int[] n : sites) {
                list.add(new Displacement(n[0], n[1], 0));
            }
            GreensValues values = square.evaluate(c[0], list);
            Complex w = w(c[0], c[1], 2);
            for (int k = 0; k < sites.length; k++) {
                Complex ref = squareReference(c[0] < 0 ? w.conjugate() : w, sites[k][0], sites[k][1]);
                ref = c[0] < 0 ? ref.conjugate() : ref;
                assertClose(ref, values.values().get(k), 1e-5, "square omega=" + c[0] + " n=" + list.get(k));
            }
            if (c[0] > 0) {
                // in the band the values are not exponentially small and the error estimate stays small
                assertTrue(values.relativeAccuracy() < 1e-5, "reported accuracy " + values.relativeAccuracy());
            }
        }
    }

    @Test
    void cubicTimeDomainMatchesNestedQuadrature() {
        int[][] sites = {{0, 0, 0}, {1, 0, 0}, {2, 1, -1}, {0, 4, 3}};
        for (double[] c : new double[][] {{2.1, 1e-3}, {0.3, 0.02}}) {
            LatticeGreens cubic = new LatticeGreens(LatticeType.CUBIC, J, S, GAP, c[1]);
            List<Displacement> list = new ArrayList<>();
            for (int[] n : sites) {
                list.add(new Displacement(n[0], n[1], n[2]));
            }
            GreensValues values = cubic.evaluate(c[0], list);
            Complex w = w(c[0], c[1], 3);
            for (int k = 0; k < sites.length; k++) {
                Complex ref = cubicReference(w, sites[k][0], sites[k][1], sites[k][2]);
                assertClose(ref, values.values().get(k), 1e-5, "cubic omega=" + c[0] + " n=" + list.get(k));
            }
        }
    }

    /** The on-site real part (Lamb shift) is finite on a lattice, and the chain on-site value is 2S/√(w² − b²). */
    @Test
    void onSiteValueIsFiniteIncludingRealPart() {
        LatticeGreens chain = new LatticeGreens(LatticeType.CHAIN, J, S, GAP, 0);
        // below the band (ω < Ω) with zero damping: G(0) real, = 2S/(w·√(1 − b²/w²)) with w < −b
        double omega = 0.05;
        double wr = omega - GAP - B;
        Complex g = chain.evaluate(omega, List.of(new Displacement(0, 0, 0))).values().get(0);
        assertEquals(2 * S / (wr * Math.sqrt(1 - B * B / (wr * wr))), g.getReal(), 1e-14);
        assertEquals(0, g.getImaginary(), 0);
        LatticeGreens cubic = new LatticeGreens(LatticeType.CUBIC, J, S, GAP, 0.01);
        Complex g3 = cubic.evaluate(1.0, List.of(new Displacement(0, 0, 0))).values().get(0);
        assertTrue(Double.isFinite(g3.getReal()) && g3.getReal() != 0, "Lamb shift finite: " + g3);
    }

    @Test
    void rejectsNonLatticeDisplacementsAndUndefinedLimits() {
        LatticeGreens square = new LatticeGreens(LatticeType.SQUARE, J, S, GAP, 0.01);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> square.evaluate(1, List.of(new Displacement(1.5, 0, 0))));
        assertEquals("separation", e.parameter());
        assertEquals("separation", assertThrows(InvalidInputException.class,
                () -> square.evaluate(1, List.of(new Displacement(1, 0, 2)))).parameter());
        LatticeGreens undamped = new LatticeGreens(LatticeType.CHAIN, J, S, GAP, 0);
        assertEquals("damping", assertThrows(InvalidInputException.class,
                () -> undamped.evaluate(1.0, List.of(new Displacement(0, 0, 0)))).parameter());
        assertEquals("damping", assertThrows(InvalidInputException.class, () -> new LatticeGreens(LatticeType.CUBIC,
                J, S, GAP, 0).evaluate(1.0, List.of(new Displacement(0, 0, 0)))).parameter());
        // lattice vectors within 1e-9 are accepted
        assertEquals(1, square.evaluate(1, List.of(new Displacement(2 + 1e-12, -1, 0))).values().size());
    }
}
