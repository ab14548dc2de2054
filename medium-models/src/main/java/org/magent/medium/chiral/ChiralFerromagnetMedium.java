package org.magent.medium.chiral;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.ParameterValues;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.ferromagnet.QuadraticBandMedium;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.GreensValues;

/**
 * A configured chiral ferromagnet, ω_k = Ω + 𝒟k² + 𝒟_M k_x, G^R from {@link ChiralBandGreens}. Mirror symmetry
 * x → −x is broken: g_12 = G(−r) ≠ g_21 = G(r), so D ≠ 0 and A is complex (paper Eq. S33, S39–S40).
 */
final class ChiralFerromagnetMedium extends QuadraticBandMedium {

    private final double dmi;
    private final ChiralBandGreens greens;

    ChiralFerromagnetMedium(ParameterValues values) {
        super(ChiralFerromagnetModel.NAME, values);
        this.dmi = values.number("dmi");
        this.greens = new ChiralBandGreens(dimension(), gap(), stiffness(), dmi, spinDensity(), damping());
    }

    @Override
    protected GreensValues greens(double omega, List<Displacement> displacements) {
        return greens.evaluate(omega, displacements);
    }

    /** Exactly zero at T = 0; not computed at T &gt; 0 (thermal two-magnon processes). */
    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        return LongitudinalCorrelators.polarisedFerromagnet(temperature);
    }

    /**
     * Unstable when the band minimum Ω' = Ω − 𝒟_M²/(4𝒟), at k = −k0 x̂, is negative, i.e. dmi² &gt; 4·gap·stiffness
     * (the uniform state gives way to a spiral).
     */
    @Override
    public StabilityReport stability() {
        double minimum = greens.shiftedGap();
        if (minimum >= 0) {
            return StabilityReport.ok();
        }
        return StabilityReport.of(List.of(String.format(Locale.ROOT,
                "soft mode: dmi^2 = %.6g > 4 gap stiffness = %.6g, so omega_k has its minimum Omega' = gap - "
                        + "dmi^2/(4 stiffness) = %.6g < 0 (natural units, energy) at k = (%.6g, 0, 0) "
                        + "(1/medium length unit) and is negative for |k + k0 x| < %.6g: the uniform chiral "
                        + "ferromagnet is unstable", dmi * dmi, 4 * gap() * stiffness(), minimum, -greens.k0(),
                Math.sqrt(-minimum / stiffness()))));
    }
}
