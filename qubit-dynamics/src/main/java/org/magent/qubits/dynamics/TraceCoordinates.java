package org.magent.qubits.dynamics;

import org.magent.qubits.linalg.ComplexMatrix;

/**
 * The similarity y = T·vec(ρ) that replaces the coordinate ρ_uu by tr ρ (y_0 = ρ_uu + ρ_ud,ud + ρ_du,du + ρ_dd,
 * every other coordinate unchanged). In these coordinates a trace-preserving generator has an exactly zero
 * row 0, which the matrix exponential turns into an exactly conserved trace (see
 * {@link org.magent.qubits.linalg.MatrixExponential}); without it the trace of a stiff evolution would drift by
 * ~1e-16·‖L‖·t.
 */
final class TraceCoordinates {

    /** Row-major indices of the diagonal of a 4×4 ρ. */
    private static final int[] DIAGONAL = {0, 5, 10, 15};
    /** A generator whose trace row exceeds this fraction of its largest entry is not trace preserving. */
    private static final double TRACE_ROW_TOLERANCE = 1e-12;

    private TraceCoordinates() {
    }

    /**
     * T·L·T⁻¹ with row 0 (d tr ρ/dt) set to exactly zero.
     *
     * @throws IllegalStateException if L does not preserve the trace to round-off
     */
    static ComplexMatrix transformTracePreserving(ComplexMatrix l) {
        int n = l.rows();
        ComplexMatrix m = l.copy();
        double scale = l.maxAbs();
        for (int j = 0; j < n; j++) {
            double sr = 0;
            double si = 0;
            for (int d : DIAGONAL) {
                sr += l.re(d, j);
                si += l.im(d, j);
            }
            if (Math.hypot(sr, si) > TRACE_ROW_TOLERANCE * scale * n) {
                throw new IllegalStateException("generator does not preserve the trace: column " + j + " sums to "
                        + sr + "+" + si + "i");
            }
            m.set(0, j, 0.0, 0.0);
        }
        // right-multiply by T⁻¹: column j ∈ {5, 10, 15} gets −column 0
        for (int i = 0; i < n; i++) {
            for (int k = 1; k < DIAGONAL.length; k++) {
                int j = DIAGONAL[k];
                m.add(i, j, -m.re(i, 0), -m.im(i, 0));
            }
        }
        return m;
    }

    /** vec(ρ) → y, in place. */
    static void toTrace(double[] re, double[] im) {
        re[0] = re[0] + re[5] + re[10] + re[15];
        im[0] = im[0] + im[5] + im[10] + im[15];
    }

    /** y → vec(ρ), in place. */
    static void fromTrace(double[] re, double[] im) {
        re[0] = re[0] - re[5] - re[10] - re[15];
        im[0] = im[0] - im[5] - im[10] - im[15];
    }
}
