package org.magent.medium.greens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

/**
 * The infinite-lattice Green's function against direct quadrature of its defining k-space integral
 * ({@link BrillouinZoneQuadrature}; for the chain a plain Gauss–Kronrod quadrature of the same integral), which shares
 * no code with the production chain closed form, time-domain sum or Bessel functions. Errors are measured relative
 * to |G(0)|, the scale of the bath rates: measured ≤ 2.5e-14 (square, α = 1e-3 to 0.05), ≤ 1.2e-14 (cubic,
 * α = 1e-2 and 2e-2), asserted 5e-14 (chain 1e-13); α = 1e-3 on the cubic lattice takes minutes and is tagged "slow".
 */
class LatticeGreensTest {

    private static final double J = 0.8;
    private static final double S = 1.5;
    private static final double GAP = 0.1;
    private static final double B = 2 * J * S;

    /** Agreement asserted for square and cubic, relative to |G(0)| (the README's figure). */
    private static final double LATTICE_AGREEMENT = 5e-14;

    private static void assertClose(Complex expected, Complex actual, double relative, String what) {
        double err = expected.subtract(actual).abs() / expected.abs();
        assertTrue(err <= relative, what + ": expected " + expected + ", got " + actual + ", relative error " + err);
    }

    private static void assertCloseTo(Complex expected, Complex actual, double scale, double relative, String what) {
        double err = expected.subtract(actual).abs() / scale;
        assertTrue(err <= relative, what + ": expected " + expected + ", got " + actual + ", error " + err
                + " of |G(0)|");
    }

    private static Complex w(double omega, double alpha, int d) {
        return new Complex(omega - GAP - B * d, alpha * omega);
    }

    @Test
    void chainClosedFormMatchesDirectQuadrature() {
        for (double[] c : new double[][] {{1.3, 1e-3}, {0.05, 0.01}, {-0.7, 0.02}, {5.2, 1e-3}, {2.0, 0.3}}) {
            LatticeGreens chain = new LatticeGreens(LatticeType.CHAIN, J, S, GAP, c[1]);
            Complex w = new Complex(c[0] - GAP - B, c[1] * c[0]);
            double scale = 0;
            for (int n : new int[] {0, 1, -4, 17}) {
                Complex direct = Quadrature.integrate(k -> w.add(B * Math.cos(k)).reciprocal()
                        .multiply(Math.cos(k * n)), 0, Math.PI, 64, 1e-13).multiply(2 * S / Math.PI);
                scale = n == 0 ? direct.abs() : scale;
                Complex g = chain.evaluate(c[0], List.of(new Displacement(n, 0, 0))).values().get(0);
                assertCloseTo(direct, g, scale, 1e-13, "chain omega=" + c[0] + " alpha=" + c[1] + " n=" + n);
            }
        }
    }

    @Test
    void squareTimeDomainMatchesDirectQuadrature() {
        int[][] sites = {{0, 0}, {1, 0}, {2, 3}, {-5, 1}, {12, -7}};
        BrillouinZoneQuadrature reference = new BrillouinZoneQuadrature(J, S);
        for (double[] c : new double[][] {{1.3, 1e-3}, {0.4, 0.01}, {-2.0, 0.05}}) {
            LatticeGreens square = new LatticeGreens(LatticeType.SQUARE, J, S, GAP, c[1]);
            List<Displacement> list = new ArrayList<>();
            for (int[] n : sites) {
                list.add(new Displacement(n[0], n[1], 0));
            }
            GreensValues values = square.evaluate(c[0], list);
            Complex w = w(c[0], c[1], 2);
            double scale = reference.value(w, 1e-8, 0, 0).abs();
            for (int k = 0; k < sites.length; k++) {
                Complex ref = reference.value(w, 1e-12 * scale, sites[k][0], sites[k][1]);
                assertCloseTo(ref, values.values().get(k), scale, LATTICE_AGREEMENT, "square omega=" + c[0] + " n="
                        + list.get(k));
            }
            if (c[0] > 0) {
                // in the band the values are not exponentially small and the error estimate stays small
                assertTrue(values.relativeAccuracy() < 1e-5, "reported accuracy " + values.relativeAccuracy());
            }
        }
    }

    /**
     * A site far beyond the reach of the time window (a component n ≥ e·b·T, where |J_n| ≤ 2^−n) is 0 to within
     * 2^−64/γ, without its Bessel orders being computed (10^6 lattice constants took minutes), and leaves the other
     * sites as they are.
     */
    @Test
    void farSitesAreZeroWithoutTheirBesselOrders() {
        LatticeGreens square = new LatticeGreens(LatticeType.SQUARE, J, S, GAP, 0.05);
        List<Displacement> near = List.of(new Displacement(0, 0, 0), new Displacement(3, -2, 0));
        List<Displacement> withFar = List.of(new Displacement(0, 0, 0), new Displacement(3, -2, 0),
                new Displacement(1_000_000, 0, 0), new Displacement(7, -999_999, 0));
        GreensValues a = square.evaluate(1.3, near);
        GreensValues b = square.evaluate(1.3, withFar);
        for (int k = 0; k < near.size(); k++) {
            assertEquals(a.values().get(k), b.values().get(k), "near site " + k + " unchanged");
        }
        assertEquals(Complex.ZERO, b.values().get(2));
        assertEquals(Complex.ZERO, b.values().get(3));
        assertTrue(b.relativeAccuracy() < 1e-6, "reported accuracy " + b.relativeAccuracy());
        // the propagator dies out long before the far sites: it agrees with the reference quadrature at 150 sites,
        // where it has fallen below 1e-3 of the local value, and has fallen below 1e-6 of it at 400
        BrillouinZoneQuadrature reference = new BrillouinZoneQuadrature(J, S);
        Complex w = w(1.3, 0.05, 2);
        double local = reference.value(w, 1e-10, 0, 0).abs();
        List<Complex> out = square.evaluate(1.3, List.of(new Displacement(150, 0, 0), new Displacement(400, 0, 0)))
                .values();
        Complex at150 = reference.value(w, 1e-12 * local, 150, 0);
        assertTrue(at150.abs() < 1e-3 * local);
        assertCloseTo(at150, out.get(0), local, 1e-8, "square n=(150, 0)");
        assertTrue(out.get(1).abs() < 1e-6 * square.evaluate(1.3, near).values().get(0).abs());
        // beyond 10^6 lattice constants: named as the user gave it, not as a Java record
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> square.evaluate(1.3,
                List.of(new Displacement(2e6, 0, 0))));
        assertTrue(e.getMessage().contains("separation (2000000, 0, 0)") && e.getMessage().contains("10^6")
                && !e.getMessage().contains("Displacement["), e.getMessage());
    }

    @Test
    void cubicTimeDomainMatchesDirectQuadrature() {
        cubicAgainstDirectQuadrature(new int[][] {{0, 0, 0}, {2, 1, -1}}, new double[][] {{0.3, 0.02}});
    }

    /** All sites, in and out of the band, and α = 1e-3 (minutes of quadrature). */
    @Test
    @Tag("slow")
    void cubicTimeDomainMatchesDirectQuadratureEverywhere() {
        cubicAgainstDirectQuadrature(new int[][] {{0, 0, 0}, {1, 0, 0}, {2, 1, -1}, {0, 4, 3}},
                new double[][] {{2.1, 1e-2}, {0.3, 0.02}, {-1.0, 0.05}, {2.1, 1e-3}});
    }

    private static void cubicAgainstDirectQuadrature(int[][] sites, double[][] cases) {
        BrillouinZoneQuadrature reference = new BrillouinZoneQuadrature(J, S);
        for (double[] c : cases) {
            LatticeGreens cubic = new LatticeGreens(LatticeType.CUBIC, J, S, GAP, c[1]);
            List<Displacement> list = new ArrayList<>();
            for (int[] n : sites) {
                list.add(new Displacement(n[0], n[1], n[2]));
            }
            GreensValues values = cubic.evaluate(c[0], list);
            Complex w = w(c[0], c[1], 3);
            double scale = reference.value(w, 1e-6, 0, 0, 0).abs();
            for (int k = 0; k < sites.length; k++) {
                Complex ref = reference.value(w, 1e-10 * scale, sites[k][0], sites[k][1], sites[k][2]);
                assertCloseTo(ref, values.values().get(k), scale, LATTICE_AGREEMENT, "cubic omega=" + c[0] + " n="
                        + list.get(k));
            }
        }
    }

    /**
     * The undamped chain inside the band is the limit α → 0⁺ of the damped one: −i e^{iθ|n|}/(b sin θ) times 2S,
     * cos θ = −w/b; for ω &lt; 0 the limit is taken from below (the complex conjugate).
     */
    @Test
    void undampedChainInsideTheBandIsTheLimitOfSmallDamping() {
        for (double omega : new double[] {0.4, 1.3, 2.5, 4.7, -0.6}) {
            double gap = omega < 0 ? -3 : GAP;
            LatticeGreens undamped = new LatticeGreens(LatticeType.CHAIN, J, S, gap, 0);
            for (int n : new int[] {0, 1, -3, 40}) {
                Complex limit = undamped.evaluate(omega, List.of(new Displacement(n, 0, 0))).values().get(0);
                Complex small = new LatticeGreens(LatticeType.CHAIN, J, S, gap, 1e-10)
                        .evaluate(omega, List.of(new Displacement(n, 0, 0))).values().get(0);
                assertCloseTo(small, limit, limit.abs(), 1e-7, "omega=" + omega + " n=" + n);
            }
            Complex local = undamped.evaluate(omega, List.of(new Displacement(0, 0, 0))).values().get(0);
            double spectral = -2 * local.getImaginary();
            assertTrue(omega > 0 ? spectral > 0 : spectral < 0, "spectral weight has the sign of omega: " + local);
            // |G(0)| = 2S/(b sin θ): the one-dimensional density of states
            double cos = -(omega - gap - B) / B;
            assertEquals(2 * S / (B * Math.sqrt(1 - cos * cos)), local.abs(), 1e-13 * local.abs());
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
        assertEquals("omega", assertThrows(InvalidInputException.class,
                () -> undamped.evaluate(GAP, List.of(new Displacement(0, 0, 0)))).parameter(), "band edge");
        assertEquals("omega", assertThrows(InvalidInputException.class, () -> new LatticeGreens(LatticeType.CHAIN,
                J, S, -1, 0).evaluate(0, List.of(new Displacement(0, 0, 0)))).parameter(), "omega = 0 in the band");
        assertEquals("damping", assertThrows(InvalidInputException.class, () -> new LatticeGreens(LatticeType.CUBIC,
                J, S, GAP, 0).evaluate(1.0, List.of(new Displacement(0, 0, 0)))).parameter());
        // lattice vectors within 1e-9 are accepted
        assertEquals(1, square.evaluate(1, List.of(new Displacement(2 + 1e-12, -1, 0))).values().size());
    }
}
