package org.magent.app.sweep;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.magent.medium.film.BiasField;
import org.magent.nv.NvCentre;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The NV part of a sweep above a field medium (the film): the NV centres, the bias field, the in-plane directions
 * of the separations, and how the qubit splittings of the dynamics are formed from the NVs' own frequencies.
 *
 * <p>The bath of every point comes from the NVs at their exact frequencies Δ_i ({@code NvPairBath}); the dynamics
 * runs with Δ1 + δΔ1 + δ and Δ2 + δΔ2 − δ (δΔ_i the direct dipolar shifts, δ = (Δ1 − Δ2)/2 the static detuning of
 * {@code --detuning}), averaged over the nine ¹⁴N configurations with {@code --nuclear-average}
 * ({@link FieldEnsemble#nitrogen14}).
 *
 * @param centres one NV (two identical NVs) or two (NV 1 at the origin, NV 2 at the separation); axes in the film
 *     frame as given (for a field along the normal, x is NV 1's azimuth)
 * @param field the bias field (magnitude in T, polar angle from the normal in rad)
 * @param directions the in-plane directions of the separation vector from x̂ (rad), at least one, distinct
 * @param directionLabels a label per direction: "x", "y" or the angle as typed
 * @param detuning the static detuning δ (rad/s), used unless axis 2 is the detuning
 * @param nuclearAverage whether the dynamics is averaged over unpolarised ¹⁴N nuclei
 * @param directDipolar whether the direct NV–NV dipole–dipole coupling is included
 */
public record NvScenario(List<NvCentre> centres, BiasField field, List<Double> directions,
        List<String> directionLabels, double detuning, boolean nuclearAverage, boolean directDipolar) {

    /** Validates: one or two NVs, at least one finite direction (each once), a label per direction. */
    public NvScenario {
        centres = List.copyOf(centres);
        if (centres.isEmpty() || centres.size() > 2) {
            throw new InvalidInputException("nv", "give --nv once (two identical NVs) or twice (NV 1, NV 2); got "
                    + centres.size());
        }
        Objects.requireNonNull(field, "field");
        directions = List.copyOf(directions);
        directionLabels = List.copyOf(directionLabels);
        if (directions.isEmpty() || directions.size() != directionLabels.size()) {
            throw new InvalidInputException("direction", "--direction needs at least one direction, each with a label");
        }
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < directions.size(); k++) {
            Checks.finite("direction", directions.get(k), "rad");
            double wrapped = Math.IEEEremainder(directions.get(k), 2 * Math.PI);
            if (!seen.add(Math.round(wrapped * 1e12))) {
                throw new InvalidInputException("direction", "--direction lists " + directionLabels.get(k)
                        + " twice (the same in-plane direction); give each direction once");
            }
        }
        Checks.finite("detuning", detuning, "rad/s");
    }

    /**
     * NV 2: the second NV given, or the first for two identical NVs.
     *
     * @return NV 2
     */
    public NvCentre second() {
        return centres.size() == 2 ? centres.get(1) : centres.get(0);
    }

    /**
     * Whether the two NVs are the same.
     *
     * @return true when one NV was given or both are equal
     */
    public boolean identical() {
        return centres.get(0).equals(second());
    }
}
