package org.magent.qubits.dynamics;

import org.apache.commons.math3.complex.Complex;
import org.magent.masterequation.BathParameters;
import org.magent.masterequation.Provenance;
import org.magent.qubits.linalg.ComplexMatrix;
import org.magent.qubits.state.DensityMatrix;

/**
 * The generators of Eq. (2)-(4) on Hermitian ρ, in real coordinates grouped by coherence order, built from a
 * precomputed linear basis.
 *
 * <p>Every term of the master equation conserves total σᶻ, so ρ_ij evolves only with entries of the same
 * coherence order m_i − m_j (m = +1, 0, 0, −1 for uu, ud, du, dd), and L maps Hermitian matrices to Hermitian
 * matrices, so on the real coordinates (diagonal entries, Re and Im of the upper triangle) it is a real matrix.
 * The sectors and their coordinates are
 * <pre>
 * 0: order 0     ρ_uu (or tr ρ), ρ_ud,ud, ρ_du,du, ρ_dd,dd, Re ρ_ud,du, Im ρ_ud,du      6 × 6
 * 1: order ±1    Re/Im of ρ_uu,ud, ρ_uu,du, ρ_ud,dd, ρ_du,dd                            8 × 8
 * 2: order ±2    Re/Im of ρ_uu,dd                                                      2 × 2
 * </pre>
 * L is linear in 17 real parameters (a_1, a_2, ã_1, ã_2, Re/Im A, Re/Im Ã, d_1, d_2, Re/Im 𝔇, J⊥, Jz, D,
 * Δ1, Δ2). The basis is computed once from the general builder {@link Liouvillians} (the full h, so complex
 * couplings and per-qubit local terms enter exactly as there) with one unit parameter at a time, and stored as
 * the sparse nonzero entries of each sector. For the Lindbladian, sector 0 uses the trace coordinate
 * y_0 = tr ρ in place of ρ_uu ({@link TraceCoordinates}), whose row is then exactly zero.
 */
final class HermitianSectors {

    /** Number of real parameters of L. */
    static final int PARAMETERS = 17;
    /** Dimension of each sector. */
    static final int[] DIMENSION = {6, 8, 2};
    /** Number of sectors. */
    static final int SECTORS = 3;

    private static final int DIAGONAL = 0;
    private static final int REAL = 1;
    private static final int IMAGINARY = 2;

    /** Coordinates of each sector: {row i, column j, kind}. */
    private static final int[][][] COORDINATES = {
        {{0, 0, DIAGONAL}, {1, 1, DIAGONAL}, {2, 2, DIAGONAL}, {3, 3, DIAGONAL}, {1, 2, REAL}, {1, 2, IMAGINARY}},
        {{0, 1, REAL}, {0, 1, IMAGINARY}, {0, 2, REAL}, {0, 2, IMAGINARY}, {1, 3, REAL}, {1, 3, IMAGINARY},
            {2, 3, REAL}, {2, 3, IMAGINARY}},
        {{0, 3, REAL}, {0, 3, IMAGINARY}}};

    /** The Lindbladian's basis, built on first use. */
    private static final class Lindblad {
        static final Basis BASIS = new Basis(true);
    }

    /** The postselected generator's basis, built on first use. */
    private static final class Postselected {
        static final Basis BASIS = new Basis(false);
    }

    private HermitianSectors() {
    }

    /**
     * The 17 parameters of a model, in basis order.
     *
     * @param model the system
     * @return a new array
     */
    static double[] parameters(TwoQubitModel model) {
        BathParameters b = model.bath();
        QubitFields f = model.fields();
        return new double[] {b.a(), b.a2(), b.aTilde(), b.aTilde2(), b.coupling().getReal(),
            b.coupling().getImaginary(), b.couplingTilde().getReal(), b.couplingTilde().getImaginary(),
            b.dephasing(), b.dephasing2(), b.dephasingCoupling().getReal(), b.dephasingCoupling().getImaginary(),
            b.jPerp(), b.jz(), b.dmi(), f.delta1(), f.delta2()};
    }

    /**
     * One sector of a generator, row-major, built as Σ_k p_k B_k.
     *
     * @param lindblad the Lindbladian (trace coordinate in sector 0) or the postselected generator (plain)
     * @param sector 0, 1 or 2
     * @param p the 17 parameters
     * @return a new n×n array
     */
    static double[] generator(boolean lindblad, int sector, double[] p) {
        Basis basis = lindblad ? Lindblad.BASIS : Postselected.BASIS;
        int n = DIMENSION[sector];
        double[] g = new double[n * n];
        int[] entry = basis.entry[sector];
        int[] param = basis.param[sector];
        double[] coef = basis.coef[sector];
        for (int t = 0; t < entry.length; t++) {
            g[entry[t]] += p[param[t]] * coef[t];
        }
        return g;
    }

    /**
     * The real coordinates of a Hermitian ρ in one sector (plain: coordinate 0 of sector 0 is ρ_uu).
     *
     * @param rho the state
     * @param sector 0, 1 or 2
     * @return a new array of the sector's dimension
     */
    static double[] coordinates(DensityMatrix rho, int sector) {
        int[][] c = COORDINATES[sector];
        double[] x = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            x[k] = c[k][2] == IMAGINARY ? rho.im(c[k][0], c[k][1]) : rho.re(c[k][0], c[k][1]);
        }
        return x;
    }

    /**
     * Writes the coordinates of one sector into row-major 4×4 real and imaginary parts (both triangles).
     *
     * @param x the sector's coordinates (plain)
     * @param sector 0, 1 or 2
     * @param re real parts, 16 entries, written where the sector lives
     * @param im imaginary parts, 16 entries, written where the sector lives
     */
    static void toMatrix(double[] x, int sector, double[] re, double[] im) {
        int[][] c = COORDINATES[sector];
        for (int k = 0; k < c.length; k++) {
            int i = c[k][0];
            int j = c[k][1];
            switch (c[k][2]) {
                case DIAGONAL -> {
                    re[i * 4 + i] = x[k];
                    im[i * 4 + i] = 0.0;
                }
                case REAL -> {
                    re[i * 4 + j] = x[k];
                    re[j * 4 + i] = x[k];
                }
                default -> {
                    im[i * 4 + j] = x[k];
                    im[j * 4 + i] = -x[k];
                }
            }
        }
    }

    /** The sparse linear basis of one generator kind. */
    private static final class Basis {
        final int[][] entry = new int[SECTORS][];
        final int[][] param = new int[SECTORS][];
        final double[][] coef = new double[SECTORS][];

        Basis(boolean lindblad) {
            double[][][] dense = new double[SECTORS][PARAMETERS][];
            for (int k = 0; k < PARAMETERS; k++) {
                double[] p = new double[PARAMETERS];
                p[k] = 1.0;
                ComplexMatrix l = Liouvillians.generator(new QubitFields(p[15], p[16]), bath(p), lindblad);
                for (int s = 0; s < SECTORS; s++) {
                    dense[s][k] = realSector(l, s);
                }
                if (lindblad) {
                    dense[0][k] = toTraceCoordinates(dense[0][k]);
                }
            }
            for (int s = 0; s < SECTORS; s++) {
                int count = 0;
                for (double[] b : dense[s]) {
                    for (double v : b) {
                        count += v != 0.0 ? 1 : 0;
                    }
                }
                entry[s] = new int[count];
                param[s] = new int[count];
                coef[s] = new double[count];
                int t = 0;
                for (int k = 0; k < PARAMETERS; k++) {
                    double[] b = dense[s][k];
                    for (int e = 0; e < b.length; e++) {
                        if (b[e] != 0.0) {
                            entry[s][t] = e;
                            param[s][t] = k;
                            coef[s][t] = b[e];
                            t++;
                        }
                    }
                }
            }
        }

        private static BathParameters bath(double[] p) {
            return new BathParameters(p[0], p[2], new Complex(p[4], p[5]), new Complex(p[6], p[7]), p[12], p[13],
                    p[14], p[8], new Complex(p[10], p[11]), true, Provenance.explicit(), p[1], p[3], p[9]);
        }
    }

    /**
     * The real matrix of L restricted to one sector: column b is the coordinates of L(E_b), E_b the Hermitian
     * matrix of coordinate b. Checks that L(E_b) is Hermitian and stays in the sector.
     */
    private static double[] realSector(ComplexMatrix l, int sector) {
        int[][] c = COORDINATES[sector];
        int n = c.length;
        double[] out = new double[n * n];
        for (int b = 0; b < n; b++) {
            double[] eRe = new double[16];
            double[] eIm = new double[16];
            double[] unit = new double[n];
            unit[b] = 1.0;
            toMatrix(unit, sector, eRe, eIm);
            double[] yRe = new double[16];
            double[] yIm = new double[16];
            for (int j = 0; j < 16; j++) {
                if (eRe[j] == 0.0 && eIm[j] == 0.0) {
                    continue; // E_b has at most two nonzero entries
                }
                for (int i = 0; i < 16; i++) {
                    yRe[i] += l.re(i, j) * eRe[j] - l.im(i, j) * eIm[j];
                    yIm[i] += l.re(i, j) * eIm[j] + l.im(i, j) * eRe[j];
                }
            }
            requireHermitianInSector(yRe, yIm, sector);
            for (int a = 0; a < n; a++) {
                int i = c[a][0];
                int j = c[a][1];
                out[a * n + b] = c[a][2] == IMAGINARY ? yIm[i * 4 + j] : yRe[i * 4 + j];
            }
        }
        return out;
    }

    private static void requireHermitianInSector(double[] re, double[] im, int sector) {
        boolean[] inSector = new boolean[16];
        for (int[] c : COORDINATES[sector]) {
            inSector[c[0] * 4 + c[1]] = true;
            inSector[c[1] * 4 + c[0]] = true;
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                int ij = i * 4 + j;
                int ji = j * 4 + i;
                boolean hermitian = re[ij] == re[ji] && im[ij] == -im[ji];
                boolean contained = inSector[ij] || (re[ij] == 0.0 && im[ij] == 0.0);
                if (!hermitian || !contained) {
                    throw new IllegalStateException("generator does not map Hermitian matrices of sector " + sector
                            + " into themselves (entry " + i + "," + j + ")");
                }
            }
        }
    }

    /** S·G·S⁻¹ with S replacing coordinate 0 by tr ρ = x0 + x1 + x2 + x3; row 0 is then zero (checked). */
    private static double[] toTraceCoordinates(double[] g) {
        int n = DIMENSION[0];
        double[] m = g.clone();
        for (int j = 0; j < n; j++) {
            double s = g[j] + g[n + j] + g[2 * n + j] + g[3 * n + j];
            if (s != 0.0) {
                throw new IllegalStateException("Lindbladian basis element does not preserve the trace");
            }
            m[j] = 0.0;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= 3; j++) {
                m[i * n + j] -= m[i * n];
            }
        }
        return m;
    }
}
