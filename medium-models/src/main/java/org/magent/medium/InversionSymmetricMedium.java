package org.magent.medium;

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
}
