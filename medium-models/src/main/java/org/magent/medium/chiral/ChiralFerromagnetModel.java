package org.magent.medium.chiral;

import java.util.List;
import org.magent.medium.FixedParametersModel;
import org.magent.medium.Medium;
import org.magent.medium.ParameterSpec;
import org.magent.medium.ParameterValues;
import org.magent.medium.ferromagnet.FerromagnetModel;

/**
 * The chiral ferromagnet: a Dzyaloshinskii–Moriya interaction makes the magnons non-reciprocal along x,
 * ω_k = Ω + 𝒟k² + 𝒟_M k_x in d = 1, 2, 3, with Gilbert damping α (docs/physics.md: D ≠ 0 needs a medium without
 * inversion/mirror symmetry). Closed-form Green's functions ({@link ChiralBandGreens}).
 *
 * <p>Geometry. Isotropic exchange does not tie spin axes to space axes; the DMI term does. A term linear in k_x
 * arises from bulk DMI with the magnetisation along x (k ∥ M; Cortés-Ortuño and Landeros, J. Phys.: Condens. Matter
 * 25, 156001 (2013)), or from interfacial DMI in a film magnetised in its plane, with n × M along x (film normal n,
 * propagation perpendicular to M: the Damon–Eshbach geometry; Moon et al., Phys. Rev. B 88, 184404 (2013)), where
 * 𝒟_M = 2γD/M_s. A film magnetised along its normal has no linear term from interfacial DMI. Dipolar
 * interactions, which make the Damon–Eshbach mode itself non-reciprocal, are not included.
 */
public final class ChiralFerromagnetModel extends FixedParametersModel {

    /** The registered name. */
    public static final String NAME = "chiral-ferromagnet";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.dimension("spatial dimension d of the magnet"),
            ParameterSpec.number("gap", "natural units, energy", 1, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, "magnon gap Omega = omega_(k=0); the band minimum is "
                            + "Omega - dmi^2/(4 stiffness), negative is accepted and reported unstable"),
            ParameterSpec.number("stiffness", "natural units, energy x length^2", 1, Double.MIN_VALUE,
                    Double.POSITIVE_INFINITY, "spin-wave stiffness D in omega_k = Omega + D k^2 + dmi k_x"),
            ParameterSpec.number("dmi", "natural units, energy x length", 0.5, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, "DMI: the non-reciprocal term dmi k_x (bulk DMI with M along x, or "
                            + "interfacial DMI in an in-plane magnetised film with n x M along x); unstable when "
                            + "dmi^2 > 4 gap stiffness"),
            FerromagnetModel.SPIN_DENSITY, FerromagnetModel.DAMPING);

    private static final String DESCRIPTION = "ferromagnet with DMI, magnons non-reciprocal along x (bulk DMI with M "
            + "along x, or interfacial DMI in an in-plane magnetised film with n x M along x), omega_k = gap + "
            + "stiffness k^2 + dmi k_x in 1, 2 or 3 dimensions, Gilbert damping; D != 0 and complex A (closed-form "
            + "Green's functions)";

    /** Creates the model. */
    public ChiralFerromagnetModel() {
        super(NAME, DESCRIPTION, PARAMETERS);
    }

    @Override
    protected Medium create(ParameterValues values) {
        return new ChiralFerromagnetMedium(values);
    }
}
