package org.magent.medium.lattice;

import java.util.List;
import org.magent.medium.FixedParametersModel;
import org.magent.medium.Medium;
import org.magent.medium.ParameterSpec;
import org.magent.medium.ParameterValues;

/**
 * The Heisenberg ferromagnet on a chain, square or cubic lattice in linear spin-wave theory,
 * ω_k = Ω + 2JS Σ_μ (1 − cos k_μ), lattice constant = unit of length (docs/physics.md).
 */
public final class LatticeFerromagnetModel extends FixedParametersModel {

    /** The registered name. */
    public static final String NAME = "lattice-ferromagnet";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.choice("lattice", "cubic", List.of("chain", "square", "cubic"),
                    "lattice type (dimension 1, 2, 3); the lattice constant is the unit of length"),
            ParameterSpec.number("exchange", "natural units, energy", 1, Double.MIN_VALUE,
                    Double.POSITIVE_INFINITY, "nearest-neighbour ferromagnetic exchange J"),
            ParameterSpec.number("spin", "dimensionless (units of hbar)", 1, Double.MIN_VALUE,
                    Double.POSITIVE_INFINITY, "spin S per site"),
            ParameterSpec.number("gap", "natural units, energy", 0.1, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, "magnon gap Omega = omega_(k=0); negative is accepted and "
                            + "reported unstable"),
            ParameterSpec.number("damping", "dimensionless", 0.01, 0, Double.POSITIVE_INFINITY,
                    "Gilbert damping alpha"));

    private static final String DESCRIPTION = "Heisenberg ferromagnet on a chain, square or cubic lattice, omega_k = "
            + "gap + 2 J S sum(1 - cos k), Gilbert damping; separations in lattice constants";

    /** Creates the model. */
    public LatticeFerromagnetModel() {
        super(NAME, DESCRIPTION, PARAMETERS);
    }

    @Override
    protected Medium create(ParameterValues values) {
        return new LatticeFerromagnetMedium(values);
    }
}
