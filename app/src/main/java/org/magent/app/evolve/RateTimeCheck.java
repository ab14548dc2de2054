package org.magent.app.evolve;

import java.util.Locale;
import org.magent.app.output.Texts;
import org.magent.qubits.dynamics.LindbladPropagator;
import org.magent.qubits.dynamics.RateTimeLimit;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;

/**
 * Refuses, before anything runs, a {@code --t-max} that is too long for the rates: past largest coefficient ×
 * t_max = {@link RateTimeLimit#MAX_PRODUCT} the exponential of L·t is lost to round-off. The unmonitored evolution
 * is still exact there once the state has relaxed by the first sample (every sample after t = 0 is then the
 * steady state), so only an evolution that has not relaxed, or a postselected one, is refused.
 */
public final class RateTimeCheck {

    private RateTimeCheck() {
    }

    /**
     * Whether the run is resolvable: the product is within the limit, or the unmonitored state has relaxed by the
     * first sample t_max/steps.
     *
     * @param model the system
     * @param rho0 the initial state
     * @param tMax the final time (natural units, 1/energy; s with physical units)
     * @param steps the number of time steps, ≥ 1
     * @param postselect whether the evolution is postselected
     * @return true if the propagators resolve it
     */
    public static boolean resolvable(TwoQubitModel model, DensityMatrix rho0, double tMax, int steps,
            boolean postselect) {
        return !RateTimeLimit.exceeded(model, tMax)
                || !postselect && LindbladPropagator.of(model).relaxedBy(rho0, tMax / steps);
    }

    /**
     * Refuses a run that is not {@link #resolvable}.
     *
     * @param model the system
     * @param rho0 the initial state
     * @param tMax the final time (natural units, 1/energy; s with physical units)
     * @param steps the number of time steps, ≥ 1
     * @param postselect whether the evolution is postselected
     * @param tMaxText {@code --t-max} as the user typed it
     * @param physicalUnits whether the inputs carry units (times in s, coefficients in 1/s)
     * @param alternative appended to the advice (e.g. ", or use --steady for the long-time state"), or ""
     * @throws InvalidInputException naming --t-max and the largest coefficient, with values, units and the limit
     */
    public static void require(TwoQubitModel model, DensityMatrix rho0, double tMax, int steps, boolean postselect,
            String tMaxText, boolean physicalUnits, String alternative) {
        if (resolvable(model, rho0, tMax, steps, postselect)) {
            return;
        }
        RateTimeLimit.Largest r = RateTimeLimit.largest(model);
        String timeUnit = physicalUnits ? "s" : EvolutionRequest.TIME_UNIT;
        String rateUnit = physicalUnits ? "1/s" : "natural units, energy";
        String given = tMaxText == null ? Texts.brief(tMax) : tMaxText.strip();
        String converted = physicalUnits ? " = " + Texts.brief(tMax) + " s" : " (" + timeUnit + ")";
        String why = postselect ? "the postselected evolution would be lost to round-off"
                : "the evolution would be lost to round-off, and the state has not relaxed to its steady state by"
                        + " the first sample, t = " + Texts.brief(tMax / steps) + " (" + timeUnit + ")";
        throw new InvalidInputException("t-max", String.format(Locale.ROOT, "--t-max = %s%s is too long for the"
                + " largest coefficient %s = %s (%s): their product %s exceeds %s, beyond which %s; give --t-max <= %s"
                + " (%s)%s", given, converted, r.name(), Texts.brief(r.value()), rateUnit, Texts.brief(r.value() * tMax),
                Texts.brief(RateTimeLimit.MAX_PRODUCT), why, Texts.brief(RateTimeLimit.MAX_PRODUCT / r.value()), timeUnit,
                alternative));
    }
}
