package org.magent.qubits.linalg;

import java.util.Locale;

/**
 * A small dense complex matrix stored as two row-major arrays of doubles (real and imaginary parts),
 * so that hot loops touch primitive arrays only.
 *
 * <p>Mutable on purpose: it is a numerical work object. Methods that return a new matrix say so;
 * methods named {@code ...InPlace} or {@code set/add} modify this matrix.
 */
public final class ComplexMatrix {

    private final int rows;
    private final int cols;
    private final double[] re;
    private final double[] im;

    private ComplexMatrix(int rows, int cols, double[] re, double[] im) {
        this.rows = rows;
        this.cols = cols;
        this.re = re;
        this.im = im;
    }

    /**
     * A zero matrix.
     *
     * @param rows number of rows (positive)
     * @param cols number of columns (positive)
     * @return a new zero matrix
     */
    public static ComplexMatrix zeros(int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("matrix dimensions must be positive, got " + rows + "x" + cols);
        }
        return new ComplexMatrix(rows, cols, new double[rows * cols], new double[rows * cols]);
    }

    /**
     * The identity matrix.
     *
     * @param n dimension
     * @return a new n×n identity
     */
    public static ComplexMatrix identity(int n) {
        ComplexMatrix m = zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.re[i * n + i] = 1.0;
        }
        return m;
    }

    /**
     * Wraps copies of row-major real and imaginary parts.
     *
     * @param rows number of rows
     * @param cols number of columns
     * @param re real parts, rows·cols entries
     * @param im imaginary parts, rows·cols entries
     * @return a new matrix
     */
    public static ComplexMatrix of(int rows, int cols, double[] re, double[] im) {
        if (re.length != rows * cols || im.length != rows * cols) {
            throw new IllegalArgumentException("expected " + rows * cols + " entries, got " + re.length + " and "
                    + im.length);
        }
        ComplexMatrix m = zeros(rows, cols);
        System.arraycopy(re, 0, m.re, 0, re.length);
        System.arraycopy(im, 0, m.im, 0, im.length);
        return m;
    }

    /**
     * The number of rows.
     *
     * @return rows
     */
    public int rows() {
        return rows;
    }

    /**
     * The number of columns.
     *
     * @return columns
     */
    public int cols() {
        return cols;
    }

    /**
     * Real part of element (i, j).
     *
     * @param i row
     * @param j column
     * @return Re m_ij
     */
    public double re(int i, int j) {
        return re[i * cols + j];
    }

    /**
     * Imaginary part of element (i, j).
     *
     * @param i row
     * @param j column
     * @return Im m_ij
     */
    public double im(int i, int j) {
        return im[i * cols + j];
    }

    /**
     * Sets element (i, j).
     *
     * @param i row
     * @param j column
     * @param vRe real part
     * @param vIm imaginary part
     */
    public void set(int i, int j, double vRe, double vIm) {
        re[i * cols + j] = vRe;
        im[i * cols + j] = vIm;
    }

    /**
     * Adds to element (i, j).
     *
     * @param i row
     * @param j column
     * @param vRe real part to add
     * @param vIm imaginary part to add
     */
    public void add(int i, int j, double vRe, double vIm) {
        re[i * cols + j] += vRe;
        im[i * cols + j] += vIm;
    }

    /**
     * Direct access to the row-major real parts (no copy; for hot loops in this library).
     *
     * @return the backing array
     */
    public double[] reArray() {
        return re;
    }

    /**
     * Direct access to the row-major imaginary parts (no copy; for hot loops in this library).
     *
     * @return the backing array
     */
    public double[] imArray() {
        return im;
    }

    /**
     * A deep copy.
     *
     * @return a new matrix with the same entries
     */
    public ComplexMatrix copy() {
        return new ComplexMatrix(rows, cols, re.clone(), im.clone());
    }

    /**
     * The product this·other.
     *
     * @param other right factor
     * @return a new matrix
     */
    public ComplexMatrix times(ComplexMatrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + rows + "x" + cols + " by " + other.rows + "x"
                    + other.cols);
        }
        int n = other.cols;
        double[] oRe = other.re;
        double[] oIm = other.im;
        double[] pRe = new double[rows * n];
        double[] pIm = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            int ri = i * cols;
            int pi = i * n;
            for (int k = 0; k < cols; k++) {
                double aRe = re[ri + k];
                double aIm = im[ri + k];
                if (aRe == 0.0 && aIm == 0.0) {
                    continue;
                }
                int rk = k * n;
                for (int j = 0; j < n; j++) {
                    double bRe = oRe[rk + j];
                    double bIm = oIm[rk + j];
                    pRe[pi + j] += aRe * bRe - aIm * bIm;
                    pIm[pi + j] += aRe * bIm + aIm * bRe;
                }
            }
        }
        return new ComplexMatrix(rows, n, pRe, pIm);
    }

    /**
     * The linear combination alpha·this + beta·other with real coefficients.
     *
     * @param alpha coefficient of this
     * @param beta coefficient of other
     * @param other matrix of the same shape
     * @return a new matrix
     */
    public ComplexMatrix combine(double alpha, double beta, ComplexMatrix other) {
        requireSameShape(other);
        ComplexMatrix m = zeros(rows, cols);
        for (int k = 0; k < re.length; k++) {
            m.re[k] = alpha * re[k] + beta * other.re[k];
            m.im[k] = alpha * im[k] + beta * other.im[k];
        }
        return m;
    }

    /**
     * Adds beta·other to this matrix, with a complex coefficient.
     *
     * @param betaRe real part of the coefficient
     * @param betaIm imaginary part of the coefficient
     * @param other matrix of the same shape
     * @return this matrix
     */
    public ComplexMatrix addScaledInPlace(double betaRe, double betaIm, ComplexMatrix other) {
        requireSameShape(other);
        for (int k = 0; k < re.length; k++) {
            double oRe = other.re[k];
            double oIm = other.im[k];
            re[k] += betaRe * oRe - betaIm * oIm;
            im[k] += betaRe * oIm + betaIm * oRe;
        }
        return this;
    }

    /**
     * Multiplies every entry by a real number.
     *
     * @param factor the factor
     * @return this matrix
     */
    public ComplexMatrix scaleInPlace(double factor) {
        for (int k = 0; k < re.length; k++) {
            re[k] *= factor;
            im[k] *= factor;
        }
        return this;
    }

    /**
     * The conjugate transpose.
     *
     * @return a new matrix
     */
    public ComplexMatrix adjoint() {
        ComplexMatrix m = zeros(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.re[j * rows + i] = re[i * cols + j];
                m.im[j * rows + i] = -im[i * cols + j];
            }
        }
        return m;
    }

    /**
     * The maximum absolute column sum ‖·‖₁ (modulus of complex entries).
     *
     * @return the 1-norm
     */
    public double norm1() {
        double best = 0;
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (int i = 0; i < rows; i++) {
                s += Math.hypot(re[i * cols + j], im[i * cols + j]);
            }
            best = Math.max(best, s);
        }
        return best;
    }

    /**
     * The largest modulus of an entry.
     *
     * @return max |m_ij|
     */
    public double maxAbs() {
        double best = 0;
        for (int k = 0; k < re.length; k++) {
            best = Math.max(best, Math.hypot(re[k], im[k]));
        }
        return best;
    }

    /**
     * The principal submatrix on the given indices (rows and columns), in the given order.
     *
     * @param idx indices
     * @return a new idx.length × idx.length matrix
     */
    public ComplexMatrix principalSubmatrix(int[] idx) {
        int n = idx.length;
        ComplexMatrix m = zeros(n, n);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                m.re[a * n + b] = re[idx[a] * cols + idx[b]];
                m.im[a * n + b] = im[idx[a] * cols + idx[b]];
            }
        }
        return m;
    }

    /**
     * The Kronecker product this ⊗ other.
     *
     * @param other right factor
     * @return a new (rows·other.rows) × (cols·other.cols) matrix
     */
    public ComplexMatrix kron(ComplexMatrix other) {
        int r = rows * other.rows;
        int c = cols * other.cols;
        ComplexMatrix m = zeros(r, c);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double aRe = re[i * cols + j];
                double aIm = im[i * cols + j];
                for (int k = 0; k < other.rows; k++) {
                    for (int l = 0; l < other.cols; l++) {
                        double bRe = other.re[k * other.cols + l];
                        double bIm = other.im[k * other.cols + l];
                        int row = i * other.rows + k;
                        int col = j * other.cols + l;
                        m.re[row * c + col] = aRe * bRe - aIm * bIm;
                        m.im[row * c + col] = aRe * bIm + aIm * bRe;
                    }
                }
            }
        }
        return m;
    }

    private void requireSameShape(ComplexMatrix other) {
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException("shape mismatch: " + rows + "x" + cols + " vs " + other.rows + "x"
                    + other.cols);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ComplexMatrix[");
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "" : "; ");
            for (int j = 0; j < cols; j++) {
                sb.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g%+.6gi", re(i, j), im(i, j)));
            }
        }
        return sb.append(']').toString();
    }
}
