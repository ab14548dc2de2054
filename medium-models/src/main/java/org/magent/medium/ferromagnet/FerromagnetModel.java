package org.magent.medium.ferromagnet;

import java.util.List;
import org.magent.medium.FixedParametersModel;
import org.magent.medium.Medium;
import org.magent.medium.ParameterSpec;
import org.magent.medium.ParameterValues;

/**
 * The continuum ferromagnet, ω_k = Ω + 𝒟k² in d = 1, 2, 3 dimensions with Gilbert damping α, in linear
 * spin-wave theory (docs/physics.md; its Green's functions are closed forms).
 */
public final class FerromagnetModel extends FixedParametersModel {

    /** The registered name. */
    public static final String NAME = "ferromagnet";

    /** Spin density s of a continuum ferromagnet (spin per length^d), shared with its variants. */
    public static final ParameterSpec SPIN_DENSITY = ParameterSpec.number("spinDensity", "spin per length^d", 1,
            Double.MIN_VALUE, Double.POSITIVE_INFINITY, "spin density s of the polarised ground state");

    /** Gilbert damping α ≥ 0 (dimensionless), shared with its variants. */
    public static final ParameterSpec DAMPING = ParameterSpec.number("damping", "dimensionless", 0, 0,
            Double.POSITIVE_INFINITY, "Gilbert damping alpha");

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.dimension("spatial dimension d of the magnet"),
            ParameterSpec.number("gap", "natural units, energy", 1, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, "magnon gap Omega = omega_(k=0); negative is accepted and "
                            + "reported unstable"),
            ParameterSpec.number("stiffness", "natural units, energy x length^2", 1, Double.MIN_VALUE,
                    Double.POSITIVE_INFINITY, "spin-wave stiffness D in omega_k = Omega + D k^2"),
            SPIN_DENSITY, DAMPING);

    private static final String DESCRIPTION = "continuum ferromagnet, omega_k = gap + stiffness k^2 in 1, 2 or 3 "
            + "dimensions, Gilbert damping (closed-form Green's functions)";

    /** Creates the model. */
    public FerromagnetModel() {
        super(NAME, DESCRIPTION, PARAMETERS);
    }

    @Override
    protected Medium create(ParameterValues values) {
        return new FerromagnetMedium(values);
    }
}
