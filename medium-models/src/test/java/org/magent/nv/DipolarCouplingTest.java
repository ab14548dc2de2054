package org.magent.nv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.magent.linalg.HermitianJacobi;
import org.magent.physics.PhysicalConstants;
import org.magent.validation.InvalidInputException;

/**
 * The direct NV–NV dipolar coupling projected on the qubits, against an independent calculation: the exact 9×9
 * two-spin-1 Hamiltonian H = H_1 + H_2 + H_dd built from the spin matrices, diagonalised, and its qubit-subspace
 * matrix elements taken numerically in the exact product eigenbasis of H_1 + H_2.
 */
class DipolarCouplingTest {

    private static final double MU0G2HBAR_OVER_4PI = PhysicalConstants.VACUUM_PERMEABILITY
            * PhysicalConstants.NV_GYROMAGNETIC_RATIO * PhysicalConstants.NV_GYROMAGNETIC_RATIO
            * PhysicalConstants.HBAR / (4 * Math.PI);

    /** The single-NV eigenvectors of D S_z'² + γB·S, by Jacobi, labelled by largest m_s component. */
    private static double[][][] eigen(NvAxis axis, double[] field) {
        double[][][] s = NvQubit.spinMatrices(axis.frame());
        double[] hr = new double[9];
        double[] hi = new double[9];
        hr[0] = PhysicalConstants.NV_ZERO_FIELD_SPLITTING;
        hr[8] = PhysicalConstants.NV_ZERO_FIELD_SPLITTING;
        for (int a = 0; a < 3; a++) {
            for (int k = 0; k < 9; k++) {
                hr[k] += PhysicalConstants.NV_GYROMAGNETIC_RATIO * field[a] * s[a][0][k];
                hi[k] += PhysicalConstants.NV_GYROMAGNETIC_RATIO * field[a] * s[a][1][k];
            }
        }
        double[] vr = new double[9];
        double[] vi = new double[9];
        HermitianJacobi.diagonalise(3, hr, hi, vr, vi);
        // columns → states ordered as m_s = 0-like (index 0) and −1-like (index 1), phase: largest component real > 0
        double[][][] out = new double[2][2][3];
        int[] rows = {1, 2};
        int used = -1;
        for (int which = 0; which < 2; which++) {
            int best = -1;
            double w = -1;
            for (int c = 0; c < 3; c++) {
                double x = vr[rows[which] * 3 + c] * vr[rows[which] * 3 + c] + vi[rows[which] * 3 + c] * vi[rows[which] * 3 + c];
                if (c != used && x > w) {
                    w = x;
                    best = c;
                }
            }
            used = best;
            int big = 0;
            double bw = -1;
            for (int r = 0; r < 3; r++) {
                double x = vr[r * 3 + best] * vr[r * 3 + best] + vi[r * 3 + best] * vi[r * 3 + best];
                if (x > bw) {
                    bw = x;
                    big = r;
                }
            }
            double m = Math.sqrt(bw);
            double cr = vr[big * 3 + best] / m;
            double ci = -vi[big * 3 + best] / m;
            for (int r = 0; r < 3; r++) {
                out[which][0][r] = vr[r * 3 + best] * cr - vi[r * 3 + best] * ci;
                out[which][1][r] = vr[r * 3 + best] * ci + vi[r * 3 + best] * cr;
            }
        }
        return out;
    }

    /**
     * ⟨u1 u2| H_dd |v1 v2⟩ from the 9×9 matrix H_dd = Σ_ab 𝒯_ab S1_a ⊗ S2_b (each factor a 3×3 matrix).
     */
    private static double[] element(double[][] t, double[][][] s1, double[][][] s2, double[][] u1, double[][] u2,
            double[][] v1, double[][] v2) {
        // build the 9×9 H_dd explicitly
        double[] hr = new double[81];
        double[] hi = new double[81];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int i1 = 0; i1 < 3; i1++) {
                    for (int j1 = 0; j1 < 3; j1++) {
                        for (int i2 = 0; i2 < 3; i2++) {
                            for (int j2 = 0; j2 < 3; j2++) {
                                double ar = s1[a][0][i1 * 3 + j1];
                                double ai = s1[a][1][i1 * 3 + j1];
                                double br = s2[b][0][i2 * 3 + j2];
                                double bi = s2[b][1][i2 * 3 + j2];
                                int row = i1 * 3 + i2;
                                int col = j1 * 3 + j2;
                                hr[row * 9 + col] += t[a][b] * (ar * br - ai * bi);
                                hi[row * 9 + col] += t[a][b] * (ar * bi + ai * br);
                            }
                        }
                    }
                }
            }
        }
        double[] ur = new double[9];
        double[] ui = new double[9];
        double[] wr = new double[9];
        double[] wi = new double[9];
        for (int i1 = 0; i1 < 3; i1++) {
            for (int i2 = 0; i2 < 3; i2++) {
                ur[i1 * 3 + i2] = u1[0][i1] * u2[0][i2] - u1[1][i1] * u2[1][i2];
                ui[i1 * 3 + i2] = u1[0][i1] * u2[1][i2] + u1[1][i1] * u2[0][i2];
                wr[i1 * 3 + i2] = v1[0][i1] * v2[0][i2] - v1[1][i1] * v2[1][i2];
                wi[i1 * 3 + i2] = v1[0][i1] * v2[1][i2] + v1[1][i1] * v2[0][i2];
            }
        }
        double sr = 0;
        double si = 0;
        for (int r = 0; r < 9; r++) {
            double tr = 0;
            double ti = 0;
            for (int c = 0; c < 9; c++) {
                tr += hr[r * 9 + c] * wr[c] - hi[r * 9 + c] * wi[c];
                ti += hr[r * 9 + c] * wi[c] + hi[r * 9 + c] * wr[c];
            }
            sr += ur[r] * tr + ui[r] * ti;
            si += ur[r] * ti - ui[r] * tr;
        }
        return new double[] {sr, si};
    }

    @Test
    void projectionMatchesTheNineByNineHamiltonian() {
        NvAxis ax1 = new NvAxis(NvAxis.TETRAHEDRAL_POLAR, 0.3);
        NvAxis ax2 = new NvAxis(NvAxis.TETRAHEDRAL_POLAR, 0.3 + Math.PI / 2);
        double[] field = {0.012, 0.004, 0.02};
        NvQubit q1 = NvQubit.in(NvCentre.of(ax1, -1, 1e-7), field, field);
        NvQubit q2 = NvQubit.in(NvCentre.of(ax2, -1, 1e-7), field, field);
        double[][][] e1 = eigen(ax1, field);
        double[][][] e2 = eigen(ax2, field);
        double[][][] s1 = NvQubit.spinMatrices(ax1.frame());
        double[][][] s2 = NvQubit.spinMatrices(ax2.frame());
        for (double[] r : new double[][] {{7e-9, 2e-9, 0}, {0, 15e-9, 3e-9}, {-4e-9, -4e-9, 1e-9}}) {
            double[][] t = DipolarCoupling.tensor(r);
            DipolarCoupling c = DipolarCoupling.of(q1, q2, r);
            // |↑⟩ = e[0], |↓⟩ = e[1]
            double[] flipFlop = element(t, s1, s2, e1[0], e2[1], e1[1], e2[0]); // ⟨↑↓|H|↓↑⟩ = 2(J⊥ + iD)
            double[] uu = element(t, s1, s2, e1[0], e2[0], e1[0], e2[0]);
            double[] ud = element(t, s1, s2, e1[0], e2[1], e1[0], e2[1]);
            double[] du = element(t, s1, s2, e1[1], e2[0], e1[1], e2[0]);
            double[] dd = element(t, s1, s2, e1[1], e2[1], e1[1], e2[1]);
            double scale = MU0G2HBAR_OVER_4PI / Math.pow(Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]), 3);
            assertEquals(flipFlop[0], 2 * c.jPerp(), 1e-10 * scale);
            assertEquals(flipFlop[1], 2 * c.dmi(), 1e-10 * scale);
            // diagonal: Jz = (uu − ud − du + dd)/4; the σᶻ_1 coefficient (uu + ud − du − dd)/4 = −δΔ1/2
            assertEquals((uu[0] - ud[0] - du[0] + dd[0]) / 4, c.jz(), 1e-10 * scale);
            assertEquals(-(uu[0] + ud[0] - du[0] - dd[0]) / 2, c.shift1(), 1e-10 * scale);
            assertEquals(-(uu[0] - ud[0] + du[0] - dd[0]) / 2, c.shift2(), 1e-10 * scale);
        }
    }

    @Test
    void inverseCubeLawAndMagicAngle() {
        // aligned NVs (axis n), field along n: Jz = (J_dd/4)(1 − 3cos²θ) = −J⊥, D = 0
        NvAxis axis = new NvAxis(NvAxis.TETRAHEDRAL_POLAR, 0);
        double[] n = axis.unit();
        double[] field = {0.02 * n[0], 0.02 * n[1], 0.02 * n[2]};
        NvQubit q = NvQubit.in(NvCentre.of(axis, -1, 1e-7), field, field);
        double magic = Math.acos(1 / Math.sqrt(3));
        double[] perpendicular = {-n[2], 0, n[0]}; // ⟂ n in the x–z plane
        for (double rNm : new double[] {2, 5, 20, 80}) {
            for (double theta : new double[] {0, 0.4, magic, 1.2, Math.PI / 2}) {
                double len = rNm * 1e-9;
                double[] r = new double[3];
                for (int a = 0; a < 3; a++) {
                    r[a] = len * (Math.cos(theta) * n[a] + Math.sin(theta) * perpendicular[a]);
                }
                DipolarCoupling c = DipolarCoupling.of(q, q, r);
                double jdd = MU0G2HBAR_OVER_4PI / (len * len * len);
                double expected = jdd / 4 * (1 - 3 * Math.cos(theta) * Math.cos(theta));
                assertEquals(expected, c.jz(), 1e-12 * jdd, "Jz at " + rNm + " nm, theta " + theta);
                assertEquals(-expected, c.jPerp(), 1e-12 * jdd);
                assertEquals(0, c.dmi(), 1e-12 * jdd);
            }
        }
        // J_dd(1 nm) = μ0γ²ħ/4π (1 nm)⁻³ = 2π · 52.0 MHz
        assertEquals(52.0e6, MU0G2HBAR_OVER_4PI / 1e-27 / (2 * Math.PI), 0.1e6);
    }

    @Test
    void zeroSeparationIsRefusedAndTinyOnesWarned() {
        assertEquals("separation", assertThrows(InvalidInputException.class,
                () -> DipolarCoupling.tensor(new double[3])).parameter());
        assertNotNull(DipolarCoupling.warning(0.5e-9));
        assertNull(DipolarCoupling.warning(2e-9));
    }
}
