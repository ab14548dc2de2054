package org.magent.medium;

import java.util.List;
import java.util.Locale;

/**
 * Base of the media whose magnon band is translation invariant and even, ω_k = ω_{−k}, so that
 * G(−r) = G(r): the correlators at all separations come from one Green's-function evaluation at the
 * displacements {0, r_1, …, r_n}, and g_12 = g_21 exactly (hence D = 0 exactly, paper Eq. S40).
 */
public abstract class InversionSymmetricMedium extends TranslationInvariantMedium {

    /**
     * Creates the medium.
     *
     * @param name the registered name of the model
     * @param values the resolved parameter values
     * @param dimension the spatial dimension, 1 to 3
     */
    protected InversionSymmetricMedium(String name, ParameterValues values, int dimension) {
        super(name, values, dimension);
    }

    @Override
    protected final boolean evenBand() {
        return true;
    }

    /**
     * The stability finding of a band whose minimum lies at k = 0 with value gap (docs/physics.md §6, level 1).
     *
     * @param gap the gap Ω = min ω_k (natural units, energy)
     * @param where the band and the size of the unstable region, e.g. "ω_k &lt; 0 for |k| &lt; 0.3"
     * @return stable for Ω ≥ 0, otherwise one finding naming the soft mode and by how much
     */
    protected static StabilityReport gapStability(double gap, String where) {
        if (gap >= 0) {
            return StabilityReport.ok();
        }
        return StabilityReport.of(List.of(String.format(Locale.ROOT,
                "gap = %s < 0: soft mode at k = 0, omega_k below 0 by %s (natural units, energy); %s",
                gap, -gap, where)));
    }
}
