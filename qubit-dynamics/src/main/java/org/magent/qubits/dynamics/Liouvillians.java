package org.magent.qubits.dynamics;

import org.apache.commons.math3.complex.Complex;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.linalg.ComplexMatrix;

/**
 * Builds the generators of the two-qubit dynamics, Eq. (2)-(4) of the paper, directly from the coefficient
 * matrix h (complex A, Ã, 𝔇 enter as they are; no gauging of phases):
 * <pre>
 * dρ/dt = −i[H_S + H_eff, ρ] − Σ_nm h_nm (O_m†O_n ρ + ρ O_m†O_n − 2 O_n ρ O_m†),   O = (σ1⁻, σ2⁻, σ1⁺, σ2⁺, σ1ᶻ, σ2ᶻ)
 * </pre>
 * Superoperators act on ρ vectorised row-major: index 4i + j holds ρ_ij, basis uu, ud, du, dd (the layout of
 * {@link org.magent.qubits.state.DensityMatrix#realParts()}).
 */
public final class Liouvillians {

    /** Hilbert-space dimension. */
    static final int D = 4;
    /** Liouville-space dimension. */
    static final int D2 = 16;

    private static final ComplexMatrix I2 = ComplexMatrix.identity(2);

    // Constant operators, built once. Shared between threads and only ever read: never the receiver of an
    // in-place operation, never returned.
    private static final ComplexMatrix ID = ComplexMatrix.identity(D);
    private static final ComplexMatrix SZ1 = on1(pauli(1, 0, 0, -1, 0, 0, 0, 0));
    private static final ComplexMatrix SZ2 = on2(pauli(1, 0, 0, -1, 0, 0, 0, 0));
    /** σ1ᶻσ2ᶻ. */
    private static final ComplexMatrix ZZ = SZ1.times(SZ2);
    /** σ1ˣσ2ˣ + σ1ʸσ2ʸ. */
    private static final ComplexMatrix XX_YY = on1(sx()).times(on2(sx())).addScaledInPlace(1, 0,
            on1(sy()).times(on2(sy())));
    /** σ1ˣσ2ʸ − σ1ʸσ2ˣ. */
    private static final ComplexMatrix XY_YX = on1(sx()).times(on2(sy())).addScaledInPlace(-1, 0,
            on1(sy()).times(on2(sx())));
    /** The jump operators O_n of {@link #jumpOperators}. */
    private static final ComplexMatrix[] JUMPS = jumpOperators();
    /** O_n†. */
    private static final ComplexMatrix[] JUMPS_ADJOINT = java.util.Arrays.stream(JUMPS).map(ComplexMatrix::adjoint)
            .toArray(ComplexMatrix[]::new);
    /** O_m†O_n at [m][n]. */
    private static final ComplexMatrix[][] JUMP_PRODUCTS = new ComplexMatrix[JUMPS.length][JUMPS.length];

    static {
        for (int m = 0; m < JUMPS.length; m++) {
            for (int n = 0; n < JUMPS.length; n++) {
                JUMP_PRODUCTS[m][n] = JUMPS_ADJOINT[m].times(JUMPS[n]);
            }
        }
    }

    private Liouvillians() {
    }

    /**
     * The full Lindbladian L of Eq. (2)-(4), a 16×16 matrix with dvec(ρ)/dt = L·vec(ρ).
     *
     * @param model the system
     * @return a new matrix
     */
    public static ComplexMatrix lindbladian(TwoQubitModel model) {
        return generator(model, true);
    }

    /**
     * The generator of the unnormalised no-jump evolution (Eq. (13) generalised): the Lindbladian without the
     * σ± jump terms 2h_nm O_n ρ O_m† (n, m ∈ 1..4); the σᶻ jump terms are kept. Its trace loss is the rate of
     * σ± jumps.
     *
     * @param model the system
     * @return a new 16×16 matrix
     */
    public static ComplexMatrix postselected(TwoQubitModel model) {
        return generator(model, false);
    }

    /**
     * The coherent Hamiltonian H_S + H_eff, H_S = −(Δ1σ1ᶻ + Δ2σ2ᶻ)/2,
     * H_eff = Jz σ1ᶻσ2ᶻ + J⊥(σ1ˣσ2ˣ + σ1ʸσ2ʸ) + D(σ1ˣσ2ʸ − σ1ʸσ2ˣ) (Eq. (2)-(3)), 4×4 (natural units, energy).
     *
     * @param model the system
     * @return a new matrix
     */
    public static ComplexMatrix hamiltonian(TwoQubitModel model) {
        return hamiltonian(model.fields(), model.bath());
    }

    /** H_S + H_eff of fields f and couplings b; b need not be positive semidefinite (linear-basis builds). */
    static ComplexMatrix hamiltonian(QubitFields f, BathParameters b) {
        ComplexMatrix h = ComplexMatrix.zeros(D, D);
        h.addScaledInPlace(-0.5 * f.delta1(), 0, SZ1);
        h.addScaledInPlace(-0.5 * f.delta2(), 0, SZ2);
        h.addScaledInPlace(b.jz(), 0, ZZ);
        h.addScaledInPlace(b.jPerp(), 0, XX_YY);
        h.addScaledInPlace(b.dmi(), 0, XY_YX);
        return h;
    }

    /**
     * The non-Hermitian no-jump Hamiltonian H_nh = H_S + H_eff − i Σ_nm h_nm O_m†O_n (docs/physics.md; Eq. (12)
     * generalised to all coefficients), 4×4 (natural units, energy).
     *
     * @param model the system
     * @return a new matrix
     */
    public static ComplexMatrix nonHermitianHamiltonian(TwoQubitModel model) {
        return nonHermitianHamiltonian(model.fields(), model.bath());
    }

    private static ComplexMatrix nonHermitianHamiltonian(QubitFields f, BathParameters b) {
        ComplexMatrix h = coefficientMatrix(b);
        ComplexMatrix k = ComplexMatrix.zeros(D, D);
        for (int n = 0; n < JUMPS.length; n++) {
            for (int m = 0; m < JUMPS.length; m++) {
                double cr = h.re(n, m);
                double ci = h.im(n, m);
                if (cr != 0.0 || ci != 0.0) {
                    k.addScaledInPlace(cr, ci, JUMP_PRODUCTS[m][n]);
                }
            }
        }
        // H − iK
        return hamiltonian(f, b).addScaledInPlace(0, -1, k);
    }

    /**
     * The coefficient matrix h of Eq. (4), main-text form (Eq. (S35) has a typo):
     * h = [[ã, Ã],[Ã*, ã]] ⊕ [[a, A*],[A, a]] ⊕ [[d, 𝔇],[𝔇*, d]], row n, column m; with different local terms
     * per qubit the diagonals are (ã_1, ã_2), (a_1, a_2), (d_1, d_2).
     *
     * @param b the bath
     * @return a new 6×6 Hermitian matrix (natural units, energy)
     */
    public static ComplexMatrix coefficientMatrix(BathParameters b) {
        ComplexMatrix h = ComplexMatrix.zeros(6, 6);
        pair(h, 0, b.aTilde(), b.aTilde2(), b.couplingTilde());
        pair(h, 2, b.a(), b.a2(), b.coupling().conjugate());
        pair(h, 4, b.dephasing(), b.dephasing2(), b.dephasingCoupling());
        return h;
    }

    /**
     * The jump operators O = (σ1⁻, σ2⁻, σ1⁺, σ2⁺, σ1ᶻ, σ2ᶻ) as 4×4 matrices; σ⁺ = (σˣ + iσʸ)/2 maps |↓⟩ to |↑⟩.
     *
     * @return six new matrices
     */
    public static ComplexMatrix[] jumpOperators() {
        ComplexMatrix sp = pauli(0, 1, 0, 0, 0, 0, 0, 0);
        ComplexMatrix sm = pauli(0, 0, 1, 0, 0, 0, 0, 0);
        ComplexMatrix sz = pauli(1, 0, 0, -1, 0, 0, 0, 0);
        return new ComplexMatrix[] {on1(sm), on2(sm), on1(sp), on2(sp), on1(sz), on2(sz)};
    }

    /** Sets the 2×2 block [[diag1, off],[off*, diag2]] at (k, k). */
    private static void pair(ComplexMatrix h, int k, double diag1, double diag2, Complex off) {
        h.set(k, k, diag1, 0);
        h.set(k + 1, k + 1, diag2, 0);
        h.set(k, k + 1, off.getReal(), off.getImaginary());
        h.set(k + 1, k, off.getReal(), -off.getImaginary());
    }

    private static ComplexMatrix generator(TwoQubitModel model, boolean transverseJumps) {
        return generator(model.fields(), model.bath(), transverseJumps);
    }

    /**
     * The generator for fields f and coefficients b, which need not be positive semidefinite: L is linear in
     * them, and {@link HermitianSectors} builds its linear basis from unit coefficients with this method.
     */
    static ComplexMatrix generator(QubitFields f, BathParameters b, boolean transverseJumps) {
        ComplexMatrix hnh = nonHermitianHamiltonian(f, b);
        ComplexMatrix left = ComplexMatrix.zeros(D, D).addScaledInPlace(0, -1, hnh); // −iH_nh
        ComplexMatrix l = ComplexMatrix.zeros(D2, D2);
        addSandwich(l, 1, 0, left, ID);
        addSandwich(l, 1, 0, ID, left.adjoint()); // ρ (−iH_nh)† = iρH_nh†
        ComplexMatrix h = coefficientMatrix(b);
        int first = transverseJumps ? 0 : 4;
        for (int n = first; n < JUMPS.length; n++) {
            for (int m = first; m < JUMPS.length; m++) {
                double cr = h.re(n, m);
                double ci = h.im(n, m);
                if (cr != 0.0 || ci != 0.0) {
                    addSandwich(l, 2 * cr, 2 * ci, JUMPS[n], JUMPS_ADJOINT[m]);
                }
            }
        }
        return l;
    }

    /** L += c · (ρ ↦ XρY): L[(i,j),(k,l)] += c X_ik Y_lj. */
    private static void addSandwich(ComplexMatrix l, double cr, double ci, ComplexMatrix x, ComplexMatrix y) {
        for (int i = 0; i < D; i++) {
            for (int k = 0; k < D; k++) {
                double xr = x.re(i, k);
                double xi = x.im(i, k);
                if (xr == 0.0 && xi == 0.0) {
                    continue;
                }
                double ar = cr * xr - ci * xi;
                double ai = cr * xi + ci * xr;
                for (int j = 0; j < D; j++) {
                    for (int m = 0; m < D; m++) {
                        double yr = y.re(m, j);
                        double yi = y.im(m, j);
                        if (yr == 0.0 && yi == 0.0) {
                            continue;
                        }
                        l.add(i * D + j, k * D + m, ar * yr - ai * yi, ar * yi + ai * yr);
                    }
                }
            }
        }
    }

    private static ComplexMatrix sx() {
        return pauli(0, 1, 1, 0, 0, 0, 0, 0);
    }

    private static ComplexMatrix sy() {
        return pauli(0, 0, 0, 0, 0, -1, 1, 0);
    }

    private static ComplexMatrix pauli(double r00, double r01, double r10, double r11, double i00, double i01,
            double i10, double i11) {
        return ComplexMatrix.of(2, 2, new double[] {r00, r01, r10, r11}, new double[] {i00, i01, i10, i11});
    }

    private static ComplexMatrix on1(ComplexMatrix s) {
        return s.kron(I2);
    }

    private static ComplexMatrix on2(ComplexMatrix s) {
        return I2.kron(s);
    }
}
