package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.magent.qubits.dynamics.Fixtures.DU;
import static org.magent.qubits.dynamics.Fixtures.UD;
import static org.magent.qubits.dynamics.Fixtures.UU;
import static org.magent.qubits.dynamics.Fixtures.DD;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;

/** Zero-temperature closed forms of the main text and Supplement (vii), checked against exact evolution. */
class UnmonitoredClosedFormsTest {

    /**
     * Eq. (8)/(S55): x = Re ρ_{ud,du} obeys ẍ + 4aẋ + 4(δ² + a² − |A|²)x = 0 whenever ρ_dd(0) = 0. The exact
     * trajectory is compared with the solution of that ODE for x(0) and ẋ(0) = Re(Lρ0)_{ud,du}.
     */
    @ParameterizedTest
    @CsvSource({"0.3, 1.0, 0.8", "2.0, 1.0, 0.8", "0.8, 1.0, 0.8", "0.0, 0.7, 0.7", "1.3, 0.5, 0.2"})
    void coherenceObeysDampedOscillatorEquation(double delta, double a, double bigA) {
        TwoQubitModel m = Fixtures.model(delta, a, 0, bigA, 0);
        DensityMatrix[] initial = {Fixtures.basis(UD), Fixtures.pure(0.3, 0, 0.5, 0.2, 0, -0.4, 0, 0)};
        for (DensityMatrix rho0 : initial) {
            double x0 = rho0.re(UD, DU);
            double v0 = derivative(m, rho0).re(UD, DU);
            Complex root = new Complex(bigA * bigA - delta * delta).sqrt().multiply(2);
            Complex r1 = root.add(-2 * a);
            Complex r2 = root.negate().add(-2 * a);
            Trajectory tr = LindbladPropagator.of(m).evolve(rho0, 3.0, 300);
            for (int k = 0; k < tr.size(); k++) {
                double t = tr.times()[k];
                double expected;
                if (root.abs() < 1e-12) {
                    expected = (x0 + (v0 + 2 * a * x0) * t) * Math.exp(-2 * a * t);
                } else {
                    Complex c1 = new Complex(v0).subtract(r2.multiply(x0)).divide(r1.subtract(r2));
                    Complex c2 = r1.multiply(x0).subtract(v0).divide(r1.subtract(r2));
                    expected = c1.multiply(r1.multiply(t).exp()).add(c2.multiply(r2.multiply(t).exp())).getReal();
                }
                assertEquals(expected, tr.states()[k].re(UD, DU), 1e-12, "t = " + t);
            }
        }
    }

    /** Eq. (S61)-(S63), overdamped δ &lt; |A| at T = 0 from |↑↓⟩: every element of ρ(t) and C(t). */
    @Test
    void overdampedMatchesS61ToS63() {
        double delta = 0.3;
        double a = 1.0;
        double bigA = 0.8;
        double k0 = Math.sqrt(bigA * bigA - delta * delta);
        Trajectory tr = LindbladPropagator.of(Fixtures.model(delta, a, 0, bigA, 0))
                .evolve(Fixtures.basis(UD), 4.0, 400);
        double worst = 0;
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.times()[k];
            double e = Math.exp(-2 * a * t);
            double sh = Math.sinh(k0 * t);
            double ch = Math.cosh(k0 * t);
            double x = -bigA / (2 * k0) * Math.sinh(2 * k0 * t) * e;
            double y = -bigA * delta * e / (k0 * k0) * sh * sh;
            double h = bigA * bigA * e / (k0 * k0) * sh * sh;
            DensityMatrix r = tr.states()[k];
            double[] expectedRe = new double[16];
            double[] expectedIm = new double[16];
            expectedRe[0] = 1 - (bigA * bigA * Math.cosh(2 * k0 * t) - delta * delta) / (k0 * k0) * e;
            expectedRe[5] = (bigA * bigA * ch * ch - delta * delta) / (k0 * k0) * e;
            expectedRe[6] = x;
            expectedIm[6] = y;
            expectedRe[9] = x;
            expectedIm[9] = -y;
            expectedRe[10] = h;
            DensityMatrix expected = DensityMatrix.of(expectedRe, expectedIm);
            worst = Math.max(worst, Fixtures.maxDiff(expected, r));
            double c = 2 * bigA * sh * e * Math.sqrt(bigA * bigA * ch * ch - delta * delta) / (k0 * k0);
            assertEquals(c, Fixtures.xConcurrence(r), 1e-12, "C(t), Eq. (S63), t = " + t);
        }
        assertTrue(worst < 1e-12, "Eq. (S62) elementwise, worst deviation " + worst);
    }

    /** Main text, underdamped δ &gt; |A|: C(t) = 2e^{−2at}|A sin ω0t|√(δ² − |A cos ω0t|²)/ω0². */
    @Test
    void underdampedConcurrenceMatchesMainText() {
        double delta = 2.0;
        double a = 1.2;
        double bigA = 1.0;
        double w0 = Math.sqrt(delta * delta - bigA * bigA);
        Trajectory tr = LindbladPropagator.of(Fixtures.model(delta, a, 0, bigA, 0))
                .evolve(Fixtures.basis(UD), 5.0, 500);
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.times()[k];
            double s = Math.sin(w0 * t);
            double c = Math.cos(w0 * t);
            double expected = 2 * Math.exp(-2 * a * t) * Math.abs(bigA * s)
                    * Math.sqrt(delta * delta - bigA * bigA * c * c) / (w0 * w0);
            assertEquals(expected, Fixtures.xConcurrence(tr.states()[k]), 1e-12, "t = " + t);
        }
    }

    /**
     * Critical point δ = |A| (the κ0 → 0 limit of Eq. (S63)): C(t) = 2|A|t√(1 + |A|²t²)e^{−2at}. The main text
     * says C(t) ∝ t e^{−2at}; that is only the short-time behaviour — at late times C ∝ t² e^{−2at}. The exact
     * evolution follows the limit of S63, and C/(t e^{−2at}) is far from constant.
     */
    @Test
    void criticalPointConcurrenceIsLimitOfS63NotLinearInT() {
        double a = 1.0;
        double bigA = 1.0;
        Trajectory tr = LindbladPropagator.of(Fixtures.model(bigA, a, 0, bigA, 0))
                .evolve(Fixtures.basis(UD), 6.0, 600);
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.times()[k];
            double expected = 2 * bigA * t * Math.sqrt(1 + bigA * bigA * t * t) * Math.exp(-2 * a * t);
            assertEquals(expected, Fixtures.xConcurrence(tr.states()[k]), 1e-12, "t = " + t);
        }
        double early = Fixtures.xConcurrence(tr.states()[1]) / (0.01 * Math.exp(-2 * a * 0.01));
        double late = Fixtures.xConcurrence(tr.states()[600]) / (6.0 * Math.exp(-2 * a * 6.0));
        assertTrue(late / early > 5, "C/(t e^{-2at}) grows by " + late / early + ", so C is not ∝ t e^{-2at}");
    }

    /** ρ populations stay in uu/ud/du only at T = 0 from |↑↓⟩ (ρ_dd = 0, S56-S57). */
    @Test
    void zeroTemperatureNeverPopulatesDownDown() {
        Trajectory tr = LindbladPropagator.of(Fixtures.model(0.5, 1, 0, 0.9, 0)).evolve(Fixtures.basis(UD), 3, 30);
        for (DensityMatrix r : tr.states()) {
            assertEquals(0.0, r.re(DD, DD), 1e-15);
            assertEquals(1.0, r.re(UU, UU) + r.re(UD, UD) + r.re(DU, DU), 1e-13);
            // S56: ρ11 − ρ22 = e^{−2at}
        }
        for (int k = 0; k < tr.size(); k++) {
            DensityMatrix r = tr.states()[k];
            assertEquals(Math.exp(-2 * tr.times()[k]), r.re(UD, UD) - r.re(DU, DU), 1e-13, "Eq. (S56)");
        }
    }

    /** dρ/dt = L ρ, exactly from the generator. */
    static DensityMatrix derivative(TwoQubitModel m, DensityMatrix rho) {
        ComplexMatrix l = Liouvillians.lindbladian(m);
        ComplexMatrix v = ComplexMatrix.of(16, 1, rho.realParts(), rho.imaginaryParts());
        ComplexMatrix d = l.times(v);
        return DensityMatrix.of(d.reArray(), d.imArray());
    }
}
