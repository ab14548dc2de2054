package org.magent.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Jacobi eigensolver on random Hermitian matrices of the sizes magent uses (3: NV spin; 4: two qubits). */
class HermitianJacobiTest {

    @Test
    void eigenpairsReconstructTheMatrixAndVectorsAreOrthonormal() {
        Random rnd = new Random(7);
        for (int n = 1; n <= 6; n++) {
            for (int trial = 0; trial < 50; trial++) {
                double[] hr = new double[n * n];
                double[] hi = new double[n * n];
                for (int i = 0; i < n; i++) {
                    hr[i * n + i] = rnd.nextGaussian();
                    for (int j = i + 1; j < n; j++) {
                        hr[i * n + j] = rnd.nextGaussian();
                        hi[i * n + j] = trial % 5 == 0 ? 0 : rnd.nextGaussian();
                        hr[j * n + i] = hr[i * n + j];
                        hi[j * n + i] = -hi[i * n + j];
                    }
                }
                double[] ar = hr.clone();
                double[] ai = hi.clone();
                double[] vr = new double[n * n];
                double[] vi = new double[n * n];
                HermitianJacobi.diagonalise(n, ar, ai, vr, vi);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        // (V diag(λ) V†)_ij and (V†V)_ij
                        double sr = 0;
                        double si = 0;
                        double gr = 0;
                        double gi = 0;
                        for (int k = 0; k < n; k++) {
                            double lambda = ar[k * n + k];
                            double ur = vr[i * n + k];
                            double ui = vi[i * n + k];
                            double wr = vr[j * n + k];
                            double wi = -vi[j * n + k];
                            sr += lambda * (ur * wr - ui * wi);
                            si += lambda * (ur * wi + ui * wr);
                            gr += vr[k * n + i] * vr[k * n + j] + vi[k * n + i] * vi[k * n + j];
                            gi += vr[k * n + i] * vi[k * n + j] - vi[k * n + i] * vr[k * n + j];
                        }
                        String at = "n = " + n + ", trial " + trial + ", (" + i + "," + j + ")";
                        assertEquals(hr[i * n + j], sr, 1e-12, at);
                        assertEquals(hi[i * n + j], si, 1e-12, at);
                        assertEquals(i == j ? 1 : 0, gr, 1e-13, at);
                        assertEquals(0, gi, 1e-13, at);
                    }
                }
            }
        }
    }
}
