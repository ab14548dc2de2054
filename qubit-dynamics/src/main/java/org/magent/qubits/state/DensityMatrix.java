package org.magent.qubits.state;

import java.util.Arrays;
import java.util.Locale;

/**
 * An immutable 4×4 two-qubit density matrix in the basis |↑↑⟩, |↑↓⟩, |↓↑⟩, |↓↓⟩ (uu, ud, du, dd),
 * where |↑⟩ is the σᶻ = +1 state (docs/physics.md). Element (i, j) is ⟨i|ρ|j⟩.
 *
 * <p>Stored as two row-major arrays of 16 doubles, real and imaginary parts. The constructor does
 * not enforce trace 1 or positivity (intermediate, unnormalised states are legitimate); it requires
 * finite entries.
 */
public final class DensityMatrix {

    /** Dimension of the two-qubit Hilbert space. */
    public static final int DIM = 4;

    /** Basis labels in order. */
    public static final String[] BASIS = {"uu", "ud", "du", "dd"};

    private final double[] re;
    private final double[] im;

    private DensityMatrix(double[] re, double[] im) {
        this.re = re;
        this.im = im;
    }

    /**
     * Creates a density matrix from row-major real and imaginary parts (copied).
     *
     * @param re real parts, 16 entries, row-major
     * @param im imaginary parts, 16 entries, row-major
     * @return the matrix
     * @throws IllegalArgumentException if an array does not have 16 entries or an entry is not finite
     */
    public static DensityMatrix of(double[] re, double[] im) {
        if (re.length != DIM * DIM || im.length != DIM * DIM) {
            throw new IllegalArgumentException("a two-qubit density matrix needs 16 entries, got "
                    + re.length + " and " + im.length);
        }
        for (int k = 0; k < DIM * DIM; k++) {
            if (!Double.isFinite(re[k]) || !Double.isFinite(im[k])) {
                throw new IllegalArgumentException("density matrix entry (" + k / DIM + "," + k % DIM
                        + ") is not finite: " + re[k] + "+" + im[k] + "i");
            }
        }
        return new DensityMatrix(re.clone(), im.clone());
    }

    /**
     * The pure state |ψ⟩⟨ψ| of the given amplitudes, normalised.
     *
     * @param ampRe real parts of the amplitudes of uu, ud, du, dd
     * @param ampIm imaginary parts of the amplitudes of uu, ud, du, dd
     * @return the normalised projector
     * @throws IllegalArgumentException if the amplitudes are all zero or not finite
     */
    public static DensityMatrix pure(double[] ampRe, double[] ampIm) {
        double norm = 0;
        for (int i = 0; i < DIM; i++) {
            if (!Double.isFinite(ampRe[i]) || !Double.isFinite(ampIm[i])) {
                throw new IllegalArgumentException("amplitude " + BASIS[i] + " is not finite");
            }
            norm += ampRe[i] * ampRe[i] + ampIm[i] * ampIm[i];
        }
        if (!(norm > 0)) {
            throw new IllegalArgumentException("the amplitudes are all zero: no state to normalise");
        }
        double[] re = new double[DIM * DIM];
        double[] im = new double[DIM * DIM];
        for (int i = 0; i < DIM; i++) {
            for (int j = 0; j < DIM; j++) {
                // ψ_i ψ_j*
                re[i * DIM + j] = (ampRe[i] * ampRe[j] + ampIm[i] * ampIm[j]) / norm;
                im[i * DIM + j] = (ampIm[i] * ampRe[j] - ampRe[i] * ampIm[j]) / norm;
            }
        }
        return new DensityMatrix(re, im);
    }

    /**
     * Real part of ⟨i|ρ|j⟩.
     *
     * @param i row, 0..3
     * @param j column, 0..3
     * @return Re ρ_ij
     */
    public double re(int i, int j) {
        return re[i * DIM + j];
    }

    /**
     * Imaginary part of ⟨i|ρ|j⟩.
     *
     * @param i row, 0..3
     * @param j column, 0..3
     * @return Im ρ_ij
     */
    public double im(int i, int j) {
        return im[i * DIM + j];
    }

    /**
     * A copy of the real parts, row-major.
     *
     * @return 16 doubles
     */
    public double[] realParts() {
        return re.clone();
    }

    /**
     * A copy of the imaginary parts, row-major.
     *
     * @return 16 doubles
     */
    public double[] imaginaryParts() {
        return im.clone();
    }

    /**
     * The trace (real part; the imaginary part of a Hermitian matrix's trace is zero).
     *
     * @return tr ρ
     */
    public double trace() {
        return re[0] + re[5] + re[10] + re[15];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DensityMatrix other && Arrays.equals(re, other.re) && Arrays.equals(im, other.im);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(re) + Arrays.hashCode(im);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DensityMatrix[");
        for (int i = 0; i < DIM; i++) {
            sb.append(i == 0 ? "" : "; ");
            for (int j = 0; j < DIM; j++) {
                sb.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g%+.6gi", re(i, j), im(i, j)));
            }
        }
        return sb.append(']').toString();
    }
}
