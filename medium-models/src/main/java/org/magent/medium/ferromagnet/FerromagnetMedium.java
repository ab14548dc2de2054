package org.magent.medium.ferromagnet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.ParameterValues;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.greens.Displacement;
import org.magent.medium.greens.GreensValues;
import org.magent.medium.greens.QuadraticBandGreens;

/**
 * A configured continuum ferromagnet, ω_k = Ω + 𝒟k², G^R(ρ, ω) = 2s ∫ d^dk/(2π)^d e^{ik·ρ}/((1+iα)ω − ω_k)
 * from the closed forms of {@link QuadraticBandGreens} (docs/physics.md). The band is even, so G(−r) = G(r) and
 * D = 0 exactly.
 */
final class FerromagnetMedium extends QuadraticBandMedium {

    private final QuadraticBandGreens greens;

    FerromagnetMedium(ParameterValues values) {
        super(FerromagnetModel.NAME, values);
        this.greens = new QuadraticBandGreens(dimension(), gap(), stiffness(), spinDensity(), damping());
    }

    @Override
    protected boolean evenBand() {
        return true;
    }

    @Override
    protected GreensValues greens(double omega, List<Displacement> displacements) {
        return greens.evaluate(omega, displacements);
    }

    /**
     * Exactly zero at T = 0; at T &gt; 0 the thermal two-magnon values for d = 2, 3 without damping and with a
     * positive gap ({@link ThermalMagnons}), not computed otherwise.
     */
    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        return thermalMagnons(gap(), temperature, r);
    }

    @Override
    public StabilityReport stability() {
        return gapStability(gap(), String.format(Locale.ROOT, "omega_k < 0 for |k| < sqrt(-gap/stiffness) = %.6g "
                + "(1/medium length unit)", Math.sqrt(Math.max(0, -gap()) / stiffness())));
    }
}
