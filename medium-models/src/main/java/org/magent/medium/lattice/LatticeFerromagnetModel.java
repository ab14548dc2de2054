package org.magent.medium.lattice;

import java.util.List;
import java.util.Map;
import org.magent.medium.Medium;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;
import org.magent.medium.ParameterValues;

/**
 * The Heisenberg ferromagnet on a chain, square or cubic lattice in linear spin-wave theory,
 * ω_k = Ω + 2JS Σ_μ (1 − cos k_μ), lattice constant = unit of length (docs/physics.md).
 */
public final class LatticeFerromagnetModel implements MediumModel {

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

    /** Creates the model. */
    public LatticeFerromagnetModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Heisenberg ferromagnet on a chain, square or cubic lattice, omega_k = gap + 2 J S sum(1 - cos k), "
                + "Gilbert damping; separations in lattice constants";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Medium configure(Map<String, String> values) {
        return new LatticeFerromagnetMedium(ParameterValues.resolve(NAME, PARAMETERS, values));
    }
}
