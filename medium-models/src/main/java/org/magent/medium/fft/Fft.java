package org.magent.medium.fft;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;
import org.jtransforms.fft.DoubleFFT_3D;
import org.magent.validation.InvalidInputException;

/**
 * Complex discrete Fourier transforms in 1, 2 or 3 dimensions: the one class of magent that touches JTransforms.
 *
 * <p>Data layout: one {@code double[]} of interleaved (re, im) pairs in row-major order, the last index fastest:
 * point (j0, j1, j2) sits at {@code 2·((j0·n1 + j1)·n2 + j2)}.
 *
 * <p>Conventions (N = total number of points):
 * <ul>
 *   <li>{@link #forward}: X_m = Σ_j x_j e^{−2πi m·j/N_axis} (per axis), no scaling;</li>
 *   <li>{@link #backward}: x_j = Σ_m X_m e^{+2πi m·j/N_axis}, no scaling;</li>
 *   <li>{@link #inverse}: backward divided by N, so inverse(forward(x)) = x.</li>
 * </ul>
 * Frequency index m ≥ N_axis/2 stands for m − N_axis.
 *
 * <p>Instances hold JTransforms plans and scratch state: they are <b>not</b> thread-safe; create one per thread
 * (or per call). JTransforms' thread pool is made of daemon threads ({@link FftThreads}), installed when this class
 * is first used.
 */
public final class Fft {

    static {
        FftThreads.configure();
    }

    private final int[] sizes;
    private final long points;
    private final DoubleFFT_1D fft1;
    private final DoubleFFT_2D fft2;
    private final DoubleFFT_3D fft3;

    /**
     * Plans a transform of the given shape.
     *
     * @param sizes the number of points along each axis (1 to 3 axes, each ≥ 1)
     * @throws InvalidInputException naming "grid" for an empty, too long or non-positive shape
     */
    public Fft(int... sizes) {
        if (sizes.length < 1 || sizes.length > 3) {
            throw new InvalidInputException("grid", "FFT grid has " + sizes.length + " axes; 1, 2 or 3 are supported");
        }
        long n = 1;
        for (int s : sizes) {
            if (s < 1) {
                throw new InvalidInputException("grid", "FFT grid size " + s + " (points) must be positive");
            }
            n *= s;
        }
        if (2 * n > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException("grid", "FFT grid of " + n + " points exceeds one Java array");
        }
        this.sizes = sizes.clone();
        this.points = n;
        this.fft1 = sizes.length == 1 ? new DoubleFFT_1D(sizes[0]) : null;
        this.fft2 = sizes.length == 2 ? new DoubleFFT_2D(sizes[0], sizes[1]) : null;
        this.fft3 = sizes.length == 3 ? new DoubleFFT_3D(sizes[0], sizes[1], sizes[2]) : null;
    }

    /**
     * Returns the shape.
     *
     * @return a copy of the sizes along each axis (points)
     */
    public int[] sizes() {
        return sizes.clone();
    }

    /**
     * Returns the total number of complex points N.
     *
     * @return N (points)
     */
    public long points() {
        return points;
    }

    /**
     * In-place forward transform, kernel e^{−2πi m·j/N}, unscaled.
     *
     * @param data interleaved complex data of length 2N
     */
    public void forward(double[] data) {
        check(data);
        if (fft1 != null) {
            fft1.complexForward(data);
        } else if (fft2 != null) {
            fft2.complexForward(data);
        } else {
            fft3.complexForward(data);
        }
    }

    /**
     * In-place backward transform, kernel e^{+2πi m·j/N}, unscaled.
     *
     * @param data interleaved complex data of length 2N
     */
    public void backward(double[] data) {
        check(data);
        if (fft1 != null) {
            fft1.complexInverse(data, false);
        } else if (fft2 != null) {
            fft2.complexInverse(data, false);
        } else {
            fft3.complexInverse(data, false);
        }
    }

    /**
     * In-place inverse of {@link #forward}: kernel e^{+2πi m·j/N}, divided by N.
     *
     * @param data interleaved complex data of length 2N
     */
    public void inverse(double[] data) {
        backward(data);
        double scale = 1.0 / points;
        for (int i = 0; i < data.length; i++) {
            data[i] *= scale;
        }
    }

    private void check(double[] data) {
        if (data.length != 2 * points) {
            throw new InvalidInputException("grid", "FFT data length " + data.length + " does not match the grid "
                    + Arrays.toString(sizes) + " (needs " + 2 * points + " doubles)");
        }
    }
}
