package org.magent.medium;

import org.apache.commons.math3.complex.Complex;

/**
 * A 3×3 complex tensor G_ab, a, b ∈ {x, y, z} (film frame), e.g. a field correlator G^R_{B_a(x_i) B_b(x_j)}.
 *
 * @param re the real parts, row-major [a][b]
 * @param im the imaginary parts, row-major [a][b]
 */
public record FieldTensor(double[][] re, double[][] im) {

    /** Validates the shape and finiteness and copies the arrays. */
    public FieldTensor {
        re = copy(re, "re");
        im = copy(im, "im");
    }

    private static double[][] copy(double[][] m, String name) {
        if (m.length != 3) {
            throw new IllegalArgumentException(name + " must be 3x3");
        }
        double[][] c = new double[3][];
        for (int a = 0; a < 3; a++) {
            if (m[a].length != 3) {
                throw new IllegalArgumentException(name + " must be 3x3");
            }
            for (double v : m[a]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("field tensor " + name + " has a non-finite entry " + v);
                }
            }
            c[a] = m[a].clone();
        }
        return c;
    }

    /**
     * The tensor from the six basis integrals I_m = ∫ e^{ik·r} f(k) b_m(k̂), b = (k̂x², k̂xk̂y, k̂y², k̂x, k̂y, 1) (re/im pairs) of a
     * field whose k-components are ∝ u = (ik̂, −1) (the stray field above a film), times a real
     * prefactor: xx = I0, xy = yx = I1, yy = I2, xz = −iI3, zx = iI3, yz = −iI4, zy = iI4, zz = I5.
     *
     * @param basis 12 doubles
     * @param factor the prefactor
     * @return the tensor
     */
    public static FieldTensor fromBasis(double[] basis, double factor) {
        double[][] r = new double[3][3];
        double[][] i = new double[3][3];
        set(r, i, 0, 0, basis[0], basis[1], factor);
        set(r, i, 0, 1, basis[2], basis[3], factor);
        set(r, i, 1, 0, basis[2], basis[3], factor);
        set(r, i, 1, 1, basis[4], basis[5], factor);
        set(r, i, 2, 2, basis[10], basis[11], factor);
        // −i(x + iy) = y − ix ; i(x + iy) = −y + ix
        set(r, i, 0, 2, basis[7], -basis[6], factor);
        set(r, i, 2, 0, -basis[7], basis[6], factor);
        set(r, i, 1, 2, basis[9], -basis[8], factor);
        set(r, i, 2, 1, -basis[9], basis[8], factor);
        return new FieldTensor(r, i);
    }

    private static void set(double[][] r, double[][] i, int a, int b, double x, double y, double f) {
        r[a][b] = f * x;
        i[a][b] = f * y;
    }

    /**
     * The component G_ab.
     *
     * @param a row, 0..2
     * @param b column, 0..2
     * @return G_ab
     */
    public Complex get(int a, int b) {
        return new Complex(re[a][b], im[a][b]);
    }

    /**
     * The bilinear form ū·G·v = Σ_ab conj(u_a) G_ab v_b of two complex vectors.
     *
     * @param uRe real parts of u
     * @param uIm imaginary parts of u
     * @param vRe real parts of v
     * @param vIm imaginary parts of v
     * @return the contraction
     */
    public Complex contract(double[] uRe, double[] uIm, double[] vRe, double[] vIm) {
        double sr = 0;
        double si = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                // conj(u_a) G_ab v_b
                double gr = re[a][b];
                double gi = im[a][b];
                double tr = gr * vRe[b] - gi * vIm[b];
                double ti = gr * vIm[b] + gi * vRe[b];
                sr += uRe[a] * tr + uIm[a] * ti;
                si += uRe[a] * ti - uIm[a] * tr;
            }
        }
        return new Complex(sr, si);
    }
}
