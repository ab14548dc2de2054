package org.magent.qubits.entanglement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.magent.linalg.HermitianJacobi;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.state.NamedState;
import org.magent.validation.InvalidInputException;

class EntanglementTest {

    private static final double TOL = 1e-12;

    private static DensityMatrix pure(double[][] amp) {
        return DensityMatrix.pure(amp[0], amp[1]);
    }

    private static DensityMatrix bell(boolean udFamily, double phi) {
        double[] r = new double[4];
        double[] i = new double[4];
        int first = udFamily ? 1 : 0;
        int second = udFamily ? 2 : 3;
        r[first] = 1;
        r[second] = Math.cos(phi);
        i[second] = Math.sin(phi);
        return DensityMatrix.pure(r, i);
    }

    @Test
    void bellStatesAreMaximallyEntangled() {
        for (boolean ud : new boolean[] {true, false}) {
            for (double phi : new double[] {0, Math.PI, 0.3, -2.1, Math.PI / 2}) {
                Observables o = Entanglement.observables(bell(ud, phi));
                assertEquals(1, o.concurrence(), TOL, "C, phi = " + phi);
                assertEquals(1, o.entanglementOfFormation(), TOL);
                assertEquals(1, o.purity(), TOL);
                assertEquals(1, o.bellFidelity(), TOL);
            }
        }
        assertEquals(1, Entanglement.concurrence(NamedState.SINGLET.density()), TOL);
        assertEquals(1, Entanglement.concurrence(NamedState.TRIPLET0.density()), TOL);
    }

    /**
     * The steady state of Eq. (10), ρ∞ = (|↑↑⟩⟨↑↑| + |S⟩⟨S|)/2 with |S⟩ the singlet, has C = 1/2 as the
     * main text states; checked on the X-state path and, in a random local frame, on the general path.
     */
    @Test
    void steadyStateOfEquationTenHasConcurrenceOneHalf() {
        DensityMatrix rho = RandomStates.mix(0.5, NamedState.UU.density(), NamedState.SINGLET.density());
        assertEquals(0.5, Entanglement.concurrence(rho), 1e-15);
        RandomStates rs = new RandomStates(14);
        assertEquals(0.5, Entanglement.concurrence(RandomStates.applyLocal(rho, rs.unitary2(), rs.unitary2())), 1e-14);
        assertEquals(0.5, Entanglement.purity(rho), 1e-15);
        assertEquals(0.5, Entanglement.bellFidelity(rho), 1e-15);
    }

    @Test
    void productStatesHaveNoEntanglement() {
        RandomStates rs = new RandomStates(1);
        for (int n = 0; n < 200; n++) {
            double[][] u1 = rs.unitary2();
            double[][] u2 = rs.unitary2();
            // first columns of two random unitaries: random single-qubit states
            double[] r = new double[4];
            double[] i = new double[4];
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    double xr = u1[0][a * 2];
                    double xi = u1[1][a * 2];
                    double yr = u2[0][b * 2];
                    double yi = u2[1][b * 2];
                    r[2 * a + b] = xr * yr - xi * yi;
                    i[2 * a + b] = xr * yi + xi * yr;
                }
            }
            DensityMatrix rho = DensityMatrix.pure(r, i);
            assertEquals(0, Entanglement.concurrence(rho), 1e-12);
            assertEquals(0, Entanglement.observables(rho).entanglementOfFormation(), 1e-9);
        }
        for (NamedState s : new NamedState[] {NamedState.UU, NamedState.UD, NamedState.DU, NamedState.DD}) {
            assertEquals(0, Entanglement.concurrence(s.density()), 0);
            assertEquals(0.5, Entanglement.bellFidelity(s.density()), TOL);
        }
    }

    /** For |ψ⟩ = a|uu⟩ + b|ud⟩ + c|du⟩ + d|dd⟩, C = 2|ad − bc| (Wootters 1998). */
    @Test
    void randomPureStatesMatchTwiceAdMinusBc() {
        RandomStates rs = new RandomStates(2);
        for (int n = 0; n < 500; n++) {
            double[][] amp = rs.amplitudes();
            double[] r = amp[0];
            double[] i = amp[1];
            double re = (r[0] * r[3] - i[0] * i[3]) - (r[1] * r[2] - i[1] * i[2]);
            double im = (r[0] * i[3] + i[0] * r[3]) - (r[1] * i[2] + i[1] * r[2]);
            double expected = 2 * Math.hypot(re, im);
            assertEquals(expected, Entanglement.concurrence(pure(amp)), 1e-13);
        }
    }

    /** Pure states: Eq. (S50) must equal the entropy of the reduced state, the definition Eq. (S48). */
    @Test
    void entanglementOfFormationOfPureStatesIsTheReducedEntropy() {
        RandomStates rs = new RandomStates(3);
        for (int n = 0; n < 300; n++) {
            DensityMatrix rho = pure(rs.amplitudes());
            // ρ_A = tr_2 ρ: [[ρ00+ρ11, ρ02+ρ13],[c.c., ρ22+ρ33]]
            double p = rho.re(0, 0) + rho.re(1, 1);
            double q = rho.re(2, 2) + rho.re(3, 3);
            double offR = rho.re(0, 2) + rho.re(1, 3);
            double offI = rho.im(0, 2) + rho.im(1, 3);
            double disc = Math.sqrt((p - q) * (p - q) / 4 + offR * offR + offI * offI);
            double l1 = (p + q) / 2 + disc;
            double l2 = Math.max(0, (p + q) / 2 - disc);
            double entropy = -(l1 * Math.log(l1) + (l2 > 0 ? l2 * Math.log(l2) : 0)) / Math.log(2);
            assertEquals(entropy, Entanglement.entanglementOfFormation(Entanglement.concurrence(rho)), 1e-8);
        }
    }

    @Test
    void entanglementOfFormationIsMonotoneWithKnownEnds() {
        assertEquals(0, Entanglement.entanglementOfFormation(0), 0);
        assertEquals(1, Entanglement.entanglementOfFormation(1), 0);
        // C = √3/2: x = 3/4, h(3/4) = 2 − (3/4) log2 3
        assertEquals(2 - 0.75 * Math.log(3) / Math.log(2),
                Entanglement.entanglementOfFormation(Math.sqrt(3) / 2), 1e-14);
        // small C: E_F ≈ (C²/4) log2(4e/C²) to leading order; checks the cancellation-free branch
        double c = 1e-6;
        double small = Entanglement.entanglementOfFormation(c);
        assertEquals(c * c / 4 * Math.log(4 * Math.E / (c * c)) / Math.log(2), small, 1e-3 * small);
        double previous = -1;
        for (int k = 0; k <= 10000; k++) {
            double e = Entanglement.entanglementOfFormation(k / 10000.0);
            assertTrue(e > previous || (k == 0 && e == 0), "monotone at C = " + k / 10000.0);
            assertTrue(e >= 0 && e <= 1);
            previous = e;
        }
    }

    @Test
    void entanglementOfFormationRejectsBadConcurrence() {
        assertThrows(InvalidInputException.class, () -> Entanglement.entanglementOfFormation(Double.NaN));
        assertThrows(InvalidInputException.class, () -> Entanglement.entanglementOfFormation(1.5));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Entanglement.entanglementOfFormation(-0.1));
        assertTrue(e.getMessage().contains("-0.1"));
        assertEquals(1, Entanglement.entanglementOfFormation(1 + 1e-14), 0);
    }

    /** Werner states p|Ψ⁻⟩⟨Ψ⁻| + (1 − p) I/4: C = max(0, (3p − 1)/2) (Wootters 1998). */
    @Test
    void wernerStates() {
        RandomStates rs = new RandomStates(4);
        for (int k = 0; k <= 100; k++) {
            double p = k / 100.0;
            DensityMatrix w = RandomStates.mix(p, NamedState.SINGLET.density(), RandomStates.maximallyMixed());
            double expected = Math.max(0, (3 * p - 1) / 2);
            assertTrue(Entanglement.isXState(w));
            assertEquals(expected, Entanglement.concurrence(w), 1e-14, "p = " + p);
            // the same state in a random local frame is not an X state: general path
            DensityMatrix rotated = RandomStates.applyLocal(w, rs.unitary2(), rs.unitary2());
            assertFalse(Entanglement.isXState(rotated));
            assertEquals(expected, Entanglement.concurrence(rotated), 1e-13, "rotated, p = " + p);
        }
    }

    @Test
    void measuresAreInvariantUnderLocalUnitaries() {
        RandomStates rs = new RandomStates(5);
        for (int rank = 1; rank <= 4; rank++) {
            for (int n = 0; n < 100; n++) {
                DensityMatrix rho = rs.mixed(rank);
                DensityMatrix rotated = RandomStates.applyLocal(rho, rs.unitary2(), rs.unitary2());
                Observables a = Entanglement.observables(rho);
                Observables b = Entanglement.observables(rotated);
                assertEquals(a.concurrence(), b.concurrence(), 1e-13, "rank " + rank);
                assertEquals(a.entanglementOfFormation(), b.entanglementOfFormation(), 1e-10);
                assertEquals(a.purity(), b.purity(), 1e-13);
            }
        }
    }

    /** Eq. (S52) (fast path) and Eq. (S49) (general path) agree on X states. */
    @Test
    void xStateFastPathEqualsGeneralPath() {
        RandomStates rs = new RandomStates(6);
        int entangled = 0;
        for (int rank = 1; rank <= 4; rank++) {
            for (int n = 0; n < 300; n++) {
                DensityMatrix x = xPart(rs.mixed(rank));
                assertTrue(Entanglement.isXState(x));
                double fast = Entanglement.xStateConcurrence(x, x.trace());
                double general = Entanglement.generalConcurrence(x, x.trace());
                assertEquals(general, fast, 1e-13);
                if (fast > 0.01) {
                    entangled++;
                }
            }
        }
        assertTrue(entangled > 100, "the sample must contain entangled X states: " + entangled);
    }

    /** The Cholesky-based general path equals the eigendecomposition-based one, at every rank. */
    @Test
    void choleskyFactorsGiveTheSameConcurrenceAsEigenFactors() {
        RandomStates rs = new RandomStates(13);
        for (int rank = 1; rank <= 4; rank++) {
            for (int n = 0; n < 300; n++) {
                DensityMatrix rho = rs.mixed(rank);
                assertEquals(Entanglement.eigenConcurrence(rho, 1), Entanglement.generalConcurrence(rho, 1), 1e-13,
                        "rank " + rank);
            }
        }
        // indefinite beyond round-off (eigenvalue −1e-3): the Cholesky factorisation gives up, the
        // eigen path clips; the answer stays a number in [0, 1]
        DensityMatrix indefinite = RandomStates.applyLocal(
                RandomStates.mix(1.001, NamedState.SINGLET.density(), NamedState.UU.density()),
                rs.unitary2(), rs.unitary2());
        double c = Entanglement.concurrence(indefinite);
        assertEquals(Math.min(1, Entanglement.eigenConcurrence(indefinite, indefinite.trace())), c, 0);
        assertTrue(c >= 0 && c <= 1);
    }

    /** Independent check of the general path: λ² as eigenvalues of the non-Hermitian ρ ρ̃ (Eq. S49). */
    @Test
    void generalPathMatchesDirectEigenvaluesOfRhoRhoTilde() {
        RandomStates rs = new RandomStates(7);
        int entangled = 0;
        for (int n = 0; n < 200; n++) {
            DensityMatrix rho = rs.mixed(2 + n % 3);
            double expected = directConcurrence(rho);
            assertEquals(expected, Entanglement.concurrence(rho), 1e-7);
            if (expected > 0.05) {
                entangled++;
            }
        }
        assertTrue(entangled > 20, "the sample must contain entangled states: " + entangled);
    }

    @Test
    void neverNaNAndInRangeForDegenerateStates() {
        RandomStates rs = new RandomStates(8);
        DensityMatrix[] special = {RandomStates.maximallyMixed(), NamedState.UU.density(), NamedState.SINGLET.density(),
            RandomStates.mix(0.5, NamedState.UU.density(), NamedState.DD.density()),
            RandomStates.mix(0.5, NamedState.SINGLET.density(), NamedState.TRIPLET0.density())};
        for (DensityMatrix rho : special) {
            checkRange(rho);
            checkRange(RandomStates.applyLocal(rho, rs.unitary2(), rs.unitary2()));
        }
        for (int rank = 1; rank <= 2; rank++) {
            for (int n = 0; n < 200; n++) {
                checkRange(rs.mixed(rank));
            }
        }
        // tiny negative eigenvalue from round-off: pure state minus 1e-16 of an orthogonal projector
        DensityMatrix slightlyNegative = RandomStates.mix(1 + 1e-16, NamedState.SINGLET.density(),
                NamedState.TRIPLET0.density());
        checkRange(slightlyNegative);
        checkRange(RandomStates.applyLocal(slightlyNegative, rs.unitary2(), rs.unitary2()));
        assertEquals(1, Entanglement.concurrence(slightlyNegative), 1e-12);
        assertEquals(0, Entanglement.concurrence(RandomStates.maximallyMixed()), 0);
        assertEquals(0.25, Entanglement.purity(RandomStates.maximallyMixed()), TOL);
        assertEquals(0.25, Entanglement.bellFidelity(RandomStates.maximallyMixed()), TOL);
    }

    private static void checkRange(DensityMatrix rho) {
        Observables o = Entanglement.observables(rho);
        for (double v : new double[] {o.concurrence(), o.entanglementOfFormation(), o.purity(), o.bellFidelity()}) {
            assertTrue(v >= 0 && v <= 1, "in [0,1]: " + o + " for " + rho);
        }
    }

    @Test
    void measuresAreThoseOfTheNormalisedState() {
        RandomStates rs = new RandomStates(9);
        DensityMatrix rho = rs.mixed(2);
        double[] re = rho.realParts();
        double[] im = rho.imaginaryParts();
        for (int k = 0; k < 16; k++) {
            re[k] *= 0.037;
            im[k] *= 0.037;
        }
        DensityMatrix scaled = DensityMatrix.of(re, im);
        assertEquals(Entanglement.observables(rho).concurrence(), Entanglement.observables(scaled).concurrence(), 1e-13);
        assertEquals(Entanglement.purity(rho), Entanglement.purity(scaled), 1e-13);
        assertEquals(Entanglement.bellFidelity(rho), Entanglement.bellFidelity(scaled), 1e-13);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Entanglement.concurrence(DensityMatrix.of(new double[16], new double[16])));
        assertTrue(e.getMessage().contains("tr rho = 0.0"), e.getMessage());
    }

    /** Bell fidelity against a brute-force maximum of ⟨Φ|ρ|Φ⟩ over the phase φ. */
    @Test
    void bellFidelityIsTheMaximumOverPhases() {
        RandomStates rs = new RandomStates(10);
        for (int n = 0; n < 24; n++) {
            DensityMatrix rho = rs.mixed(1 + n % 4);
            double best = 0;
            for (int k = 0; k < 1000; k++) {
                double phi = 2 * Math.PI * k / 1000;
                for (boolean ud : new boolean[] {true, false}) {
                    best = Math.max(best, overlap(rho, bell(ud, phi)));
                }
            }
            double f = Entanglement.bellFidelity(rho);
            assertTrue(f >= best - 1e-13);
            assertEquals(best, f, 1e-5);
        }
    }

    @Test
    void purityOfPureStatesIsOneAndOfRandomMixedStatesBelow() {
        RandomStates rs = new RandomStates(11);
        assertEquals(1, Entanglement.purity(pure(rs.amplitudes())), 1e-14);
        DensityMatrix rho = rs.mixed(4);
        double expected = 0;
        double[][] sq = RandomStates.multiply(rho.realParts(), rho.imaginaryParts(), rho.realParts(),
                rho.imaginaryParts());
        for (int i = 0; i < 4; i++) {
            expected += sq[0][i * 5];
        }
        assertEquals(expected, Entanglement.purity(rho), 1e-14);
        assertTrue(expected < 1);
    }

    @Test
    void hermitianEigenSolverReconstructsTheMatrix() {
        RandomStates rs = new RandomStates(12);
        for (int n = 0; n < 200; n++) {
            DensityMatrix rho = rs.mixed(1 + n % 4);
            double[] ar = rho.realParts();
            double[] ai = rho.imaginaryParts();
            double[] vr = new double[16];
            double[] vi = new double[16];
            HermitianJacobi.diagonalise(4, ar, ai, vr, vi);
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    double sr = 0;
                    double si = 0;
                    double ur = 0;
                    double ui = 0;
                    for (int k = 0; k < 4; k++) {
                        double e = ar[k * 5];
                        // V diag(e) V†
                        sr += e * (vr[i * 4 + k] * vr[j * 4 + k] + vi[i * 4 + k] * vi[j * 4 + k]);
                        si += e * (vi[i * 4 + k] * vr[j * 4 + k] - vr[i * 4 + k] * vi[j * 4 + k]);
                        // (V† V)_ij
                        ur += vr[k * 4 + i] * vr[k * 4 + j] + vi[k * 4 + i] * vi[k * 4 + j];
                        ui += vr[k * 4 + i] * vi[k * 4 + j] - vi[k * 4 + i] * vr[k * 4 + j];
                    }
                    assertEquals(rho.re(i, j), sr, 1e-14);
                    assertEquals(rho.im(i, j), si, 1e-14);
                    assertEquals(i == j ? 1 : 0, ur, 1e-14);
                    assertEquals(0, ui, 1e-14);
                }
            }
        }
    }

    private static double overlap(DensityMatrix rho, DensityMatrix projector) {
        // tr(ρ P) = Σ_ij ρ_ij P_ji
        double s = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                s += rho.re(i, j) * projector.re(j, i) - rho.im(i, j) * projector.im(j, i);
            }
        }
        return s;
    }

    /**
     * C from the eigenvalues of R = √ρ ρ̃ √ρ, ρ̃ = Y ρ* Y (same spectrum as ρ ρ̃, Eq. S49), with every
     * eigenproblem solved by Commons Math on the 8×8 real symmetric embedding [[Re, −Im],[Im, Re]]
     * of the Hermitian matrix (each eigenvalue appears twice). Independent of the production solver.
     */
    private static double directConcurrence(DensityMatrix rho) {
        double[] yr = new double[16];
        yr[3] = -1;
        yr[6] = 1;
        yr[9] = 1;
        yr[12] = -1;
        double[] zero = new double[16];
        double[] conj = rho.imaginaryParts();
        for (int k = 0; k < 16; k++) {
            conj[k] = -conj[k];
        }
        double[][] tilde = RandomStates.multiply(yr, zero, rho.realParts(), conj);
        tilde = RandomStates.multiply(tilde[0], tilde[1], yr, zero);
        EigenDecomposition eig = new EigenDecomposition(embed(rho.realParts(), rho.imaginaryParts()));
        double[] e = eig.getRealEigenvalues();
        double[][] sqrt = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                for (int k = 0; k < 8; k++) {
                    sqrt[i][j] += eig.getV().getEntry(i, k) * Math.sqrt(Math.max(0, e[k])) * eig.getV().getEntry(j, k);
                }
            }
        }
        double[] sr = new double[16];
        double[] si = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                sr[i * 4 + j] = sqrt[i][j];
                si[i * 4 + j] = sqrt[i + 4][j];
            }
        }
        double[][] r = RandomStates.multiply(sr, si, tilde[0], tilde[1]);
        r = RandomStates.multiply(r[0], r[1], sr, si);
        double[] ev = new EigenDecomposition(embed(r[0], r[1])).getRealEigenvalues();
        Arrays.sort(ev);
        double[] lambda = new double[4];
        for (int k = 0; k < 4; k++) {
            lambda[k] = Math.sqrt(Math.max(0, ev[7 - 2 * k]));
        }
        return Math.max(0, lambda[0] - lambda[1] - lambda[2] - lambda[3]);
    }

    private static Array2DRowRealMatrix embed(double[] re, double[] im) {
        double[][] big = new double[8][8];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                // symmetrised against round-off in the products
                double a = 0.5 * (re[i * 4 + j] + re[j * 4 + i]);
                double b = 0.5 * (im[i * 4 + j] - im[j * 4 + i]);
                big[i][j] = a;
                big[i + 4][j + 4] = a;
                big[i][j + 4] = -b;
                big[i + 4][j] = b;
            }
        }
        return new Array2DRowRealMatrix(big);
    }

    private static DensityMatrix xPart(DensityMatrix rho) {
        double[] re = rho.realParts();
        double[] im = rho.imaginaryParts();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (i != j && i + j != 3) {
                    re[i * 4 + j] = 0;
                    im[i * 4 + j] = 0;
                }
            }
        }
        return DensityMatrix.of(re, im);
    }
}
