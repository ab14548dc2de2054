package org.magent.nv;

import java.util.Locale;
import java.util.Objects;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * One NV centre: axis, the qubit transition m_s = 0 ↔ m_s = transition, height above the film surface, and its
 * intrinsic (not medium-induced) relaxation and dephasing times.
 *
 * @param axis the NV axis
 * @param transition −1 (m_s = 0 ↔ −1, the default) or +1 (m_s = 0 ↔ +1)
 * @param height h above the film's top surface (m), &gt; 0
 * @param t1 the intrinsic longitudinal relaxation time T1 (s), &gt; 0; +∞ for none
 * @param t2 the intrinsic coherence time T2 (s), &gt; 0, at most 2T1; +∞ for none
 */
public record NvCentre(NvAxis axis, int transition, double height, double t1, double t2) {

    /** Validates: transition ±1, h &gt; 0, T1, T2 &gt; 0 and T2 ≤ 2T1. */
    public NvCentre {
        Objects.requireNonNull(axis, "axis");
        if (transition != 1 && transition != -1) {
            throw new InvalidInputException("transition", "transition = " + transition + " (m_s, dimensionless)"
                    + " is not a qubit transition of the NV: give -1 (m_s = 0 <-> -1) or +1 (m_s = 0 <-> +1)");
        }
        Checks.positive("height", height, "m");
        if (Double.isNaN(t1) || t1 <= 0) {
            throw new InvalidInputException("t1", "t1 = " + t1 + " s must be positive");
        }
        if (Double.isNaN(t2) || t2 <= 0) {
            throw new InvalidInputException("t2", "t2 = " + t2 + " s must be positive");
        }
        if (t2 > 2 * t1) {
            throw new InvalidInputException("t2", String.format(Locale.ROOT, "t2 = %.6g s exceeds 2 t1 = %.6g s:"
                    + " no Markovian qubit has T2 > 2 T1", t2, 2 * t1));
        }
    }

    /**
     * An NV centre without intrinsic decoherence.
     *
     * @param axis the axis
     * @param transition −1 or +1
     * @param height h (m)
     * @return the NV
     */
    public static NvCentre of(NvAxis axis, int transition, double height) {
        return new NvCentre(axis, transition, height, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The same NV at another height.
     *
     * @param h the new height (m)
     * @return the NV
     */
    public NvCentre atHeight(double h) {
        return new NvCentre(axis, transition, h, t1, t2);
    }
}
