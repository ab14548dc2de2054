package org.magent.nv;

import org.magent.physics.PhysicalConstants;

/**
 * An NV's own relaxation and dephasing (not from the medium) as local terms of the master equation, in its
 * convention (the dissipator carries 2h):
 * <pre>
 * 1/T1 = 2(a_int + ã_int),  ã_int/a_int = e^{−ħΔ/k_BT}  (detailed balance)
 * 1/T2 = a + ã + 4d (the coherence of one qubit decays at a + ã + 4d),  so  d_int = (1/T2 − 1/(2T1))/4
 * </pre>
 * T1 = ∞ gives no relaxation; T2 = 2T1 no pure dephasing.
 *
 * @param a a_int (1/s)
 * @param aTilde ã_int (1/s)
 * @param dephasing d_int (1/s)
 */
public record IntrinsicDecoherence(double a, double aTilde, double dephasing) {

    /**
     * The intrinsic terms of an NV at its frequency and temperature.
     *
     * @param centre the NV (T1, T2)
     * @param splitting Δ (rad/s)
     * @param temperature T (K)
     * @return the local terms
     */
    public static IntrinsicDecoherence of(NvCentre centre, double splitting, double temperature) {
        double rate = Double.isInfinite(centre.t1()) ? 0 : 1 / centre.t1();
        double boltzmann = temperature == 0 ? 0
                : Math.exp(-PhysicalConstants.HBAR * splitting / (PhysicalConstants.BOLTZMANN * temperature));
        double a = rate / (2 * (1 + boltzmann));
        double coherence = Double.isInfinite(centre.t2()) ? 0.5 * rate : 1 / centre.t2();
        double d = Math.max(0, (coherence - 0.5 * rate) / 4);
        return new IntrinsicDecoherence(a, boltzmann * a, d);
    }
}
