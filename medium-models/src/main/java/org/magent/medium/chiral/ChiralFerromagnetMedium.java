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

    /**
     * The thermal two-magnon values of the quadratic band with the shifted gap Ω' = Ω − 𝒟_M²/(4𝒟). The SᶻSᶻ
     * correlators are particle–hole bubbles of the magnon propagators g(r, ε)·g(−r, ε) (and Â(r, ε)·Â(−r, ε) for
     * the noise), and the DMI phases e^{∓ik0x} of g(±r) cancel in the product, so they are those of
     * ω_k = Ω' + 𝒟|k|² exactly: zero at T = 0, computed for d = 2, 3, α = 0, Ω' &gt; 0, r ≠ 0, empty otherwise.
     */
    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        return thermalMagnons(greens.shiftedGap(), temperature, r);
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
