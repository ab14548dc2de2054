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
 * Base of the translation-invariant media. In general the band need not be even, ω_k ≠ ω_{−k} (non-reciprocal
 * magnons, e.g. from a Dzyaloshinskii–Moriya interaction): G(−r) ≠ G(r), so the two-site correlator is
 * g_11 = g_22 = G(0), g_12 = G(−r), g_21 = G(+r) (docs/physics.md), and the FDT layer finds D ≠ 0 and a complex A
 * (paper Eq. S33, S39–S40); all values come from one Green's-function evaluation at {0, r_1, −r_1, r_2, −r_2, …}.
 * A medium whose band is even says so with {@link #evenBand()}: then only {0, r_1, r_2, …} are evaluated and
 * g_12 = g_21 exactly (D = 0 exactly).
 */
public abstract class TranslationInvariantMedium implements Medium {

    private final String name;
    private final Map<String, String> parameterValues;
    private final int dimension;

    /**
     * Creates the medium.
     *
     * @param name the registered name of the model
     * @param values the resolved parameter values
     * @param dimension the spatial dimension, 1 to 3
     */
    protected TranslationInvariantMedium(String name, ParameterValues values, int dimension) {
        this.name = Objects.requireNonNull(name, "name");
        this.parameterValues = values.asMap();
        if (dimension < 1 || dimension > 3) {
            throw new IllegalArgumentException("dimension " + dimension + " is not 1, 2 or 3");
        }
        this.dimension = dimension;
    }

    /**
     * The Green's function G^R(ρ, ω) = 2s ∫ d^dk/(2π)^d e^{ik·ρ}/((1+iα)ω − ω_k) at the given displacements
     * (docs/physics.md).
     *
     * @param omega the frequency ω (natural units, energy)
     * @param displacements ρ = x_i − x_j; the first is 0 (medium length unit)
     * @return one value per displacement and the accuracy reached
     */
    protected abstract GreensValues greens(double omega, List<Displacement> displacements);

    /**
     * Whether the band is even, ω_k = ω_{−k}, so that G(−r) = G(r). The default is false.
     *
     * @return true for inversion-symmetric media
     */
    protected boolean evenBand() {
        return false;
    }

    /**
     * Checks a separation before evaluation: the components beyond the medium's dimension must vanish, and in a
     * continuum of d ≥ 2 the qubits may not sit at one point (Re G^R(0), hence J⊥, diverges there).
     *
     * @param r the separation (medium length unit)
     * @throws InvalidInputException naming "separation" when it does not fit in the medium
     */
    protected void checkSeparation(Separation r) {
        String unit = isLattice() ? "lattice constants" : "medium length unit";
        boolean outside = (dimension < 2 && r.y() != 0) || (dimension < 3 && r.z() != 0);
        if (outside) {
            throw new InvalidInputException("separation", String.format(Locale.ROOT,
                    "separation = %s (%s) leaves the %d-dimensional medium %s: components beyond the first %d "
                            + "must be 0", r.text(), unit, dimension, name, dimension));
        }
        if (!isLattice() && dimension >= 2 && r.length() == 0) {
            throw new InvalidInputException("separation", String.format(Locale.ROOT,
                    "separation = %s (medium length unit) puts both qubits at one point of a %d-dimensional "
                            + "continuum, where Re G^R(0) and hence J_perp diverge; use r > 0 or a lattice medium",
                    r.text(), dimension));
        }
    }

    @Override
    public final List<TwoSiteCorrelator> transverse(double omega, List<Separation> separations) {
        Checks.finite("omega", omega, "natural units, energy");
        boolean even = evenBand();
        List<Displacement> displacements = new ArrayList<>((even ? 1 : 2) * separations.size() + 1);
        displacements.add(new Displacement(0, 0, 0));
        for (Separation r : separations) {
            checkSeparation(r);
            displacements.add(new Displacement(r.x(), r.y(), r.z()));
            if (!even) {
                displacements.add(new Displacement(-r.x(), -r.y(), -r.z()));
            }
        }
        GreensValues values = greens(omega, displacements);
        double accuracy = values.relativeAccuracy();
        List<Complex> g = values.values();
        List<TwoSiteCorrelator> out = new ArrayList<>(separations.size());
        for (int i = 0; i < separations.size(); i++) {
            out.add((even
                    ? TwoSiteCorrelator.inversionSymmetric(g.get(0), g.get(i + 1))
                    : TwoSiteCorrelator.translationInvariant(g.get(0), g.get(2 * i + 2), g.get(2 * i + 1)))
                    .withAccuracy(accuracy));
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
