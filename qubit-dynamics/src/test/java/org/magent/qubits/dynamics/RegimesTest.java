package org.magent.qubits.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magent.qubits.linalg.ComplexMatrix;

/** Regime classification (Eq. (8)-(9), (14)-(15)) checked against the generators' spectra. */
class RegimesTest {

    /** Charge-0 (populations and ud/du coherences) indices of vec(ρ). */
    private static final int[] CHARGE0 = {0, 5, 6, 9, 10, 15};

    @Test
    void papersZeroTemperatureCases() {
        assertEquals(UnmonitoredRegime.UNDERDAMPED, Regimes.unmonitored(Fixtures.model(1.0, 1, 0, 0.8, 0)));
        assertEquals(UnmonitoredRegime.CRITICAL, Regimes.unmonitored(Fixtures.model(0.8, 1, 0, 0.8, 0)));
        assertEquals(UnmonitoredRegime.OVERDAMPED, Regimes.unmonitored(Fixtures.model(0.5, 1, 0, 0.8, 0)));
        assertEquals(UnmonitoredRegime.OVERDAMPED, Regimes.unmonitored(Fixtures.model(0.0, 1, 0, 1, 0)));
        // uncoupled qubits, equal fields: S55 with δ = A = 0 is critically damped (double root −2a)
        assertEquals(UnmonitoredRegime.CRITICAL, Regimes.unmonitored(Fixtures.model(0.0, 1, 0, 0, 0)));
    }

    /**
     * The verdict depends on ratios only: scaling every rate and the detuning by 1e160 (squares overflow) or
     * 1e-170 (squares underflow) keeps it. Unscaled, a = |A| = 1e160 came out CRITICAL (|B|² = ∞).
     */
    @ParameterizedTest
    @CsvSource({"1e160", "1e-170", "1e300"})
    void verdictIsScaleFree(double s) {
        double[][] cases = {{1.0, 1, 0, 0.8, 0}, {0.8, 1, 0, 0.8, 0}, {0.5, 1, 0, 0.8, 0}, {0.0, 1, 0, 1, 0},
            {1.2, 1, 0.3, 0.8, 0.2}, {1.0, 1, 0.3, 0.8, 0.2}, {0.9, 1, 0.3, 0.8, 0.2}};
        for (double[] c : cases) {
            TwoQubitModel plain = scaled(c, 1);
            TwoQubitModel scaled = scaled(c, s);
            assertEquals(Regimes.unmonitored(plain), Regimes.unmonitored(scaled), Arrays.toString(c) + " x " + s);
            assertEquals(Regimes.postselected(plain), Regimes.postselected(scaled), Arrays.toString(c) + " x " + s);
        }
        assertEquals(UnmonitoredRegime.OVERDAMPED, Regimes.unmonitored(scaled(new double[] {0, 1, 0, 1, 0}, s)));
    }

    /** {δ, a, ã, A, Ã} times s, mean field 5s. */
    private static TwoQubitModel scaled(double[] c, double s) {
        return Fixtures.model(QubitFields.ofMeanAndDetuning(Fixtures.MEAN * s, c[0] * s), c[1] * s, c[2] * s,
                new Complex(c[3] * s), new Complex(c[4] * s), 0, 0, 0, 0, Complex.ZERO);
    }

    @Test
    void papersPostselectedCasesWithGammaSum() {
        // Γ = |A| + |Ã| = 0.8 + 0.2 = 1 (Fig. 3 logic: δ vs Γ)
        assertEquals(PostselectedRegime.PT_EXACT, Regimes.postselected(Fixtures.model(1.2, 1, 0.3, 0.8, 0.2)));
        assertEquals(PostselectedRegime.EXCEPTIONAL_POINT,
                Regimes.postselected(Fixtures.model(1.0, 1, 0.3, 0.8, 0.2)));
        assertEquals(PostselectedRegime.PT_BROKEN, Regimes.postselected(Fixtures.model(0.9, 1, 0.3, 0.8, 0.2)));
        assertEquals(PostselectedRegime.PT_BROKEN, Regimes.postselected(Fixtures.model(0.0, 1, 0.3, 0.8, 0.2)));
    }

    /**
     * J⊥, D ≠ 0: disc = δ² + 4|g|² − |B|² − 4i Re(gB), g = J⊥ + iD. With B = 2e^{iθ}, tan θ = J⊥/D, Re(gB) = 0 and
     * the exceptional point is at δ² = |B|² − 4|g|² = 3. Each case is also checked against the eigenvalues of the
     * single-excitation block of H_nh built from the operators.
     */
    @ParameterizedTest
    @CsvSource({"2.0, PT_EXACT", "1.7320508075688772, EXCEPTIONAL_POINT", "1.0, PT_BROKEN"})
    void coherentCouplingsShiftTheExceptionalPoint(double delta, PostselectedRegime expected) {
        TwoQubitModel m = Fixtures.model(QubitFields.ofMeanAndDetuning(4, delta), 2.5, 0, new Complex(1.6, 1.2),
                Complex.ZERO, 0.3, 0.2, 0.4, 0.1, new Complex(0.05, 0.02));
        assertEquals(expected, Regimes.postselected(m));
        assertEquals(0.0, Regimes.discriminant(m).getImaginary(), 1e-15);
        assertEquals(delta * delta - 3, Regimes.discriminant(m).getReal(), 1e-12);
        assertSectorEigenvalues(m);
    }

    @Test
    void exchangeAloneIsOscillatoryAndComplexDiscIsBroken() {
        TwoQubitModel exchange = Fixtures.model(QubitFields.ofMeanAndDetuning(3, 0), 1, 0, Complex.ZERO, Complex.ZERO,
                0.5, 0, 0, 0, Complex.ZERO);
        assertEquals(PostselectedRegime.PT_EXACT, Regimes.postselected(exchange));
        assertEquals(UnmonitoredRegime.UNDERDAMPED, Regimes.unmonitored(exchange));
        TwoQubitModel mixed = Fixtures.model(QubitFields.ofMeanAndDetuning(3, 0.5), 1, 0, new Complex(0.8),
                Complex.ZERO, 0.5, 0, 0, 0, Complex.ZERO);
        assertTrue(Math.abs(Regimes.discriminant(mixed).getImaginary()) > 1);
        assertEquals(PostselectedRegime.PT_BROKEN, Regimes.postselected(mixed));
        assertSectorEigenvalues(exchange);
        assertSectorEigenvalues(mixed);
    }

    /**
     * At T = 0 the charge-0 Lindbladian block has eigenvalues −4a, 0 and −i(E_i − E_j*) (E = eigenvalues of H_nh
     * in the single-excitation sector): checked as vanishing smallest singular values of L₀ − λ.
     */
    @ParameterizedTest
    @CsvSource({"1.0, 0.8", "0.8, 0.8", "0.3, 0.8", "0.0, 1.0"})
    void zeroTemperatureLiouvillianSpectrumFollowsHnh(double delta, double bigA) {
        TwoQubitModel m = Fixtures.model(delta, 1.0, 0, bigA, 0);
        ComplexMatrix block = Liouvillians.lindbladian(m).principalSubmatrix(CHARGE0);
        Complex[] e = Regimes.singleExcitationEigenvalues(m);
        for (Complex ei : e) {
            for (Complex ej : e) {
                Complex lambda = ei.subtract(ej.conjugate()).multiply(new Complex(0, -1));
                assertTrue(sigmaMin(block, lambda) < 1e-7 * block.maxAbs(), "λ = " + lambda);
            }
        }
        assertTrue(sigmaMin(block, new Complex(-4)) < 1e-12);
        assertTrue(sigmaMin(block, Complex.ZERO) < 1e-12);
        // a defective eigenvalue (Jordan block up to size 3 at the critical point) is computed to ~u^{1/3} ~ 1e-5
        boolean oscillating = Arrays.stream(liouvillianEigenvalueImagParts(block)).anyMatch(x -> Math.abs(x) > 1e-4);
        assertEquals(Regimes.unmonitored(m) == UnmonitoredRegime.UNDERDAMPED, oscillating);
    }

    /**
     * At T &gt; 0 (ã, Ã ≠ 0) the |↓↓⟩ population feeds back and the Liouvillian spectrum no longer follows H_nh: for
     * a = |A| = 1, ã = |Ã| = 0.3 (Γ = 1.3) the charge-0 block acquires a complex pair already at δ ≈ 0.73Γ (scan
     * with numpy), where H_nh is still PT-broken. The classification keeps the H_nh definition (exact for
     * postselection, and for the unmonitored case at T = 0), as documented in {@link Regimes}; this test pins
     * down both sides of that statement.
     */
    @Test
    void finiteTemperatureLiouvillianCrossoverDiffersFromHnh() {
        TwoQubitModel early = Fixtures.model(0.9 * 1.3, 1.0, 0.3, 1.0, 0.3);
        assertEquals(UnmonitoredRegime.OVERDAMPED, Regimes.unmonitored(early));
        assertTrue(maxAbsImag(early) > 0.1, "charge-0 block already oscillates at δ = 0.9Γ, T > 0");
        TwoQubitModel deep = Fixtures.model(0.5 * 1.3, 1.0, 0.3, 1.0, 0.3);
        assertEquals(UnmonitoredRegime.OVERDAMPED, Regimes.unmonitored(deep));
        assertTrue(maxAbsImag(deep) < 1e-6, "no oscillation at δ = 0.5Γ");
        TwoQubitModel late = Fixtures.model(1.5 * 1.3, 1.0, 0.3, 1.0, 0.3);
        assertEquals(UnmonitoredRegime.UNDERDAMPED, Regimes.unmonitored(late));
        assertTrue(maxAbsImag(late) > 0.1);
    }

    private static double maxAbsImag(TwoQubitModel m) {
        ComplexMatrix block = Liouvillians.lindbladian(m).principalSubmatrix(CHARGE0);
        return Arrays.stream(liouvillianEigenvalueImagParts(block)).map(Math::abs).max().orElseThrow();
    }

    private static void assertSectorEigenvalues(TwoQubitModel m) {
        ComplexMatrix h = Liouvillians.nonHermitianHamiltonian(m).principalSubmatrix(new int[] {1, 2});
        Complex h00 = new Complex(h.re(0, 0), h.im(0, 0));
        Complex h11 = new Complex(h.re(1, 1), h.im(1, 1));
        Complex h01 = new Complex(h.re(0, 1), h.im(0, 1));
        Complex h10 = new Complex(h.re(1, 0), h.im(1, 0));
        Complex mean = h00.add(h11).divide(2);
        Complex half = h00.subtract(h11).divide(2);
        Complex root = half.multiply(half).add(h01.multiply(h10)).sqrt();
        Complex[] expected = Regimes.singleExcitationEigenvalues(m);
        // compare trace and determinant (eigenvalues themselves are ill-conditioned at an exceptional point)
        assertTrue(expected[0].add(expected[1]).subtract(h00.add(h11)).abs() < 1e-12, "trace of H_nh sector");
        Complex det = h00.multiply(h11).subtract(h01.multiply(h10));
        assertTrue(expected[0].multiply(expected[1]).subtract(det).abs() < 1e-12, "determinant of H_nh sector");
        assertTrue(mean.add(root).subtract(expected[0]).abs() < 1e-7 || mean.add(root).subtract(expected[1]).abs()
                < 1e-7);
        // and the off-diagonal entries: 2g − iB*, 2g* − iB
        Complex g = new Complex(m.bath().jPerp(), m.bath().dmi());
        Complex b = m.bath().coupling().add(m.bath().couplingTilde());
        assertTrue(h01.subtract(g.multiply(2).subtract(b.conjugate().multiply(Complex.I))).abs() < 1e-14);
        assertTrue(h10.subtract(g.conjugate().multiply(2).subtract(b.multiply(Complex.I))).abs() < 1e-14);
        assertEquals(-Regimes.kappa(m), h00.getImaginary(), 1e-14);
    }

    /** Smallest singular value of (M − λ) via its real embedding. */
    private static double sigmaMin(ComplexMatrix m, Complex lambda) {
        int n = m.rows();
        RealMatrix r = new Array2DRowRealMatrix(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double re = m.re(i, j) - (i == j ? lambda.getReal() : 0);
                double im = m.im(i, j) - (i == j ? lambda.getImaginary() : 0);
                r.setEntry(i, j, re);
                r.setEntry(i + n, j + n, re);
                r.setEntry(i, j + n, -im);
                r.setEntry(i + n, j, im);
            }
        }
        double[] sv = new SingularValueDecomposition(r).getSingularValues();
        return sv[sv.length - 1];
    }

    /** Imaginary parts of the eigenvalues (and their conjugates) of a complex block, via the real embedding. */
    private static double[] liouvillianEigenvalueImagParts(ComplexMatrix m) {
        int n = m.rows();
        RealMatrix r = new Array2DRowRealMatrix(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r.setEntry(i, j, m.re(i, j));
                r.setEntry(i + n, j + n, m.re(i, j));
                r.setEntry(i, j + n, -m.im(i, j));
                r.setEntry(i + n, j, m.im(i, j));
            }
        }
        return new EigenDecomposition(r).getImagEigenvalues();
    }
}
