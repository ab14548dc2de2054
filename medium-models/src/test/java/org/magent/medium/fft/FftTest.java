package org.magent.medium.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

/** The documented sign and scaling conventions against a naive DFT. */
class FftTest {

    private static double[] naive(double[] x, int[] n, int sign) {
        int n0 = n[0];
        int n1 = n.length > 1 ? n[1] : 1;
        int n2 = n.length > 2 ? n[2] : 1;
        double[] out = new double[x.length];
        for (int a = 0; a < n0; a++) {
            for (int b = 0; b < n1; b++) {
                for (int c = 0; c < n2; c++) {
                    double re = 0;
                    double im = 0;
                    for (int i = 0; i < n0; i++) {
                        for (int j = 0; j < n1; j++) {
                            for (int k = 0; k < n2; k++) {
                                double phase = sign * 2 * Math.PI
                                        * ((double) a * i / n0 + (double) b * j / n1 + (double) c * k / n2);
                                int p = 2 * ((i * n1 + j) * n2 + k);
                                re += x[p] * Math.cos(phase) - x[p + 1] * Math.sin(phase);
                                im += x[p] * Math.sin(phase) + x[p + 1] * Math.cos(phase);
                            }
                        }
                    }
                    int q = 2 * ((a * n1 + b) * n2 + c);
                    out[q] = re;
                    out[q + 1] = im;
                }
            }
        }
        return out;
    }

    @Test
    void forwardAndBackwardFollowTheDocumentedKernels() {
        Random random = new Random(7);
        for (int[] shape : new int[][] {{12}, {6, 5}, {4, 3, 6}}) {
            Fft fft = new Fft(shape);
            double[] x = new double[(int) (2 * fft.points())];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextGaussian();
            }
            double[] f = x.clone();
            fft.forward(f);
            double[] b = x.clone();
            fft.backward(b);
            double[] expectedForward = naive(x, shape, -1);
            double[] expectedBackward = naive(x, shape, +1);
            double[] roundTrip = f.clone();
            fft.inverse(roundTrip);
            for (int i = 0; i < x.length; i++) {
                assertEquals(expectedForward[i], f[i], 1e-11);
                assertEquals(expectedBackward[i], b[i], 1e-11);
                assertEquals(x[i], roundTrip[i], 1e-13);
            }
        }
    }

    @Test
    void rejectsBadShapesAndLengths() {
        assertThrows(InvalidInputException.class, () -> new Fft());
        assertThrows(InvalidInputException.class, () -> new Fft(0));
        assertThrows(InvalidInputException.class, () -> new Fft(2, 2, 2, 2));
        assertThrows(InvalidInputException.class, () -> new Fft(8).forward(new double[8]));
    }
}
