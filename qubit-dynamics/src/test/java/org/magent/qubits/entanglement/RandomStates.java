package org.magent.qubits.entanglement;

import java.util.Random;
import org.magent.qubits.state.DensityMatrix;

/** Seeded random two-qubit states and local unitaries for tests (complex matrices as split arrays). */
final class RandomStates {

    private final Random rng;

    RandomStates(long seed) {
        this.rng = new Random(seed);
    }

    /** A random mixed state G G† / tr of rank {@code rank}, G a 4×rank complex Ginibre matrix. */
    DensityMatrix mixed(int rank) {
        double[] gr = new double[4 * rank];
        double[] gi = new double[4 * rank];
        for (int k = 0; k < gr.length; k++) {
            gr[k] = rng.nextGaussian();
            gi[k] = rng.nextGaussian();
        }
        double[] re = new double[16];
        double[] im = new double[16];
        double tr = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < rank; k++) {
                    // G_ik conj(G_jk)
                    re[i * 4 + j] += gr[i * rank + k] * gr[j * rank + k] + gi[i * rank + k] * gi[j * rank + k];
                    im[i * 4 + j] += gi[i * rank + k] * gr[j * rank + k] - gr[i * rank + k] * gi[j * rank + k];
                }
            }
            tr += re[i * 4 + i];
        }
        for (int k = 0; k < 16; k++) {
            re[k] /= tr;
            im[k] /= tr;
        }
        return DensityMatrix.of(re, im);
    }

    /** Random complex amplitudes (uu, ud, du, dd): {re[4], im[4]}, normalised. */
    double[][] amplitudes() {
        double[] r = new double[4];
        double[] i = new double[4];
        double n = 0;
        for (int k = 0; k < 4; k++) {
            r[k] = rng.nextGaussian();
            i[k] = rng.nextGaussian();
            n += r[k] * r[k] + i[k] * i[k];
        }
        n = Math.sqrt(n);
        for (int k = 0; k < 4; k++) {
            r[k] /= n;
            i[k] /= n;
        }
        return new double[][] {r, i};
    }

    /** A Haar-random 2×2 unitary {re[4], im[4]} (row-major), via Gram-Schmidt of a Ginibre matrix. */
    double[][] unitary2() {
        double[] r = new double[4];
        double[] i = new double[4];
        for (int k = 0; k < 4; k++) {
            r[k] = rng.nextGaussian();
            i[k] = rng.nextGaussian();
        }
        // columns c0 = (0, 2), c1 = (1, 3)
        double n0 = Math.sqrt(r[0] * r[0] + i[0] * i[0] + r[2] * r[2] + i[2] * i[2]);
        r[0] /= n0; i[0] /= n0; r[2] /= n0; i[2] /= n0;
        // p = c0† c1
        double pr = r[0] * r[1] + i[0] * i[1] + r[2] * r[3] + i[2] * i[3];
        double pi = r[0] * i[1] - i[0] * r[1] + r[2] * i[3] - i[2] * r[3];
        for (int row = 0; row < 2; row++) {
            int a = row * 2;
            int b = row * 2 + 1;
            r[b] -= pr * r[a] - pi * i[a];
            i[b] -= pr * i[a] + pi * r[a];
        }
        double n1 = Math.sqrt(r[1] * r[1] + i[1] * i[1] + r[3] * r[3] + i[3] * i[3]);
        r[1] /= n1; i[1] /= n1; r[3] /= n1; i[3] /= n1;
        return new double[][] {r, i};
    }

    /** (U1 ⊗ U2) ρ (U1 ⊗ U2)†. */
    static DensityMatrix applyLocal(DensityMatrix rho, double[][] u1, double[][] u2) {
        double[] ur = new double[16];
        double[] ui = new double[16];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 2; c++) {
                    for (int d = 0; d < 2; d++) {
                        double xr = u1[0][a * 2 + c];
                        double xi = u1[1][a * 2 + c];
                        double yr = u2[0][b * 2 + d];
                        double yi = u2[1][b * 2 + d];
                        ur[(2 * a + b) * 4 + 2 * c + d] = xr * yr - xi * yi;
                        ui[(2 * a + b) * 4 + 2 * c + d] = xr * yi + xi * yr;
                    }
                }
            }
        }
        double[][] m = multiply(ur, ui, rho.realParts(), rho.imaginaryParts());
        double[] vr = new double[16];
        double[] vi = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                vr[i * 4 + j] = ur[j * 4 + i];
                vi[i * 4 + j] = -ui[j * 4 + i];
            }
        }
        double[][] out = multiply(m[0], m[1], vr, vi);
        return DensityMatrix.of(out[0], out[1]);
    }

    static double[][] multiply(double[] ar, double[] ai, double[] br, double[] bi) {
        double[] cr = new double[16];
        double[] ci = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 4; k++) {
                    cr[i * 4 + j] += ar[i * 4 + k] * br[k * 4 + j] - ai[i * 4 + k] * bi[k * 4 + j];
                    ci[i * 4 + j] += ar[i * 4 + k] * bi[k * 4 + j] + ai[i * 4 + k] * br[k * 4 + j];
                }
            }
        }
        return new double[][] {cr, ci};
    }

    /** p A + (1 − p) B. */
    static DensityMatrix mix(double p, DensityMatrix a, DensityMatrix b) {
        double[] re = new double[16];
        double[] im = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                re[i * 4 + j] = p * a.re(i, j) + (1 - p) * b.re(i, j);
                im[i * 4 + j] = p * a.im(i, j) + (1 - p) * b.im(i, j);
            }
        }
        return DensityMatrix.of(re, im);
    }

    /** The maximally mixed state I/4. */
    static DensityMatrix maximallyMixed() {
        double[] re = new double[16];
        for (int i = 0; i < 4; i++) {
            re[i * 5] = 0.25;
        }
        return DensityMatrix.of(re, new double[16]);
    }
}
