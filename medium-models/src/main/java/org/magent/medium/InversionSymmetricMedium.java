package org.magent.medium;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.GreensValues;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * Base of the media whose magnon band is translation invariant and even, ω_k = ω_{−k}, so that
 * G(−r) = G(r): the correlators at all separations come from one Green's-function evaluation at the
 * displacements {0, r_1, …, r_n}, and g_12 = g_21 exactly (hence D = 0 exactly, paper Eq. S40).
 */
public abstract class InversionSymmetricMedium implements Medium {

    private final String name;
    private final Map<String, String> parameterValues;
    private final int dimension;
    private volatile double lastAccuracy;

    /**
     * Creates the medium.
     *
     * @param name the registered name of the model
     * @param values the resolved parameter values
     * @param dimension the spatial dimension, 1 to 3
     */
    protected InversionSymmetricMedium(String name, ParameterValues values, int dimension) {
        this.name = Objects.requireNonNull(name, "name");
        this.parameterValues = values.asMap();
        if (dimension < 1 || dimension > 3) {
            throw new IllegalArgumentException("dimension " + dimension + " is not 1, 2 or 3");
        }
        this.dimension = dimension;
    }

    /**
     * The Green's function G^R(ρ, ω) of the band at the given displacements (DESIGN.md §2).
     *
     * @param omega the frequency ω (natural units, energy)
     * @param displacements ρ = x_i − x_j; the first is 0 (medium length unit)
     * @return one value per displacement and the accuracy reached
     */
    protected abstract GreensValues greens(double omega, List<Displacement> displacements);

    /**
     * Checks a separation before evaluation; the default requires the components beyond the medium's
     * dimension to vanish (a chain or a film has no extent along y, z or z).
     *
     * @param r the separation (medium length unit)
     * @throws InvalidInputException naming "separation" when it does not fit in the medium
     */
    protected void checkSeparation(Separation r) {
        boolean outside = (dimension < 2 && r.y() != 0) || (dimension < 3 && r.z() != 0);
        if (outside) {
            throw new InvalidInputException("separation", String.format(Locale.ROOT,
                    "separation = %s (%s) leaves the %d-dimensional medium %s: components beyond the first %d "
                            + "must be 0", r.text(), lengthUnit(), dimension, name, dimension));
        }
    }

    /**
     * The unit of lengths and separations of this medium, for messages.
     *
     * @return "lattice constants" on a lattice, else "medium length unit"
     */
    private String lengthUnit() {
        return isLattice() ? "lattice constants" : "medium length unit";
    }

    @Override
    public final List<TwoSiteCorrelator> transverse(double omega, List<Separation> separations) {
        Checks.finite("omega", omega, "natural units, energy");
        List<Displacement> displacements = new ArrayList<>(separations.size() + 1);
        displacements.add(new Displacement(0, 0, 0));
        for (Separation r : separations) {
            checkSeparation(r);
            displacements.add(new Displacement(r.x(), r.y(), r.z()));
        }
        GreensValues values = greens(omega, displacements);
        lastAccuracy = values.relativeAccuracy();
        Complex local = values.values().get(0);
        List<TwoSiteCorrelator> out = new ArrayList<>(separations.size());
        for (int i = 0; i < separations.size(); i++) {
            out.add(TwoSiteCorrelator.inversionSymmetric(local, values.values().get(i + 1)));
        }
        return List.copyOf(out);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Map<String, String> parameterValues() {
        return parameterValues;
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public double relativeAccuracy() {
        return lastAccuracy;
    }

    /**
     * The stability finding of a band whose minimum lies at k = 0 with value gap (DESIGN.md §2 level 1).
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
