package org.magent.bath;

import java.util.Optional;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.FixedMedium;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.TwoSiteCorrelator;

/**
 * A one-dimensional toy band of a few discrete modes k_j = 0.5 j (j = −4…4), each with weight w,
 * ω_k = Ω + k² + v k (v ≠ 0: non-reciprocal), G(ρ, ω) = 2s Σ_k w e^{ikρ}/((1+iα)ω − ω_k).
 * Its spectral matrix is a sum of rank-one PSD matrices for ω &gt; 0, so it is a stable bath by construction.
 */
final class ToyBand {

    static final double SPIN = 0.5;
    static final double WEIGHT = 0.1;

    final double gap;
    final double velocity;
    final double damping;

    ToyBand(double gap, double velocity, double damping) {
        this.gap = gap;
        this.velocity = velocity;
        this.damping = damping;
    }

    double omegaK(double k) {
        return gap + k * k + velocity * k;
    }

    Complex greens(double rho, double omega) {
        Complex z = new Complex(omega, damping * omega);
        Complex sum = Complex.ZERO;
        for (int j = -4; j <= 4; j++) {
            double k = 0.5 * j;
            Complex phase = new Complex(Math.cos(k * rho), Math.sin(k * rho));
            sum = sum.add(phase.divide(z.subtract(omegaK(k))));
        }
        return sum.multiply(2 * SPIN * WEIGHT);
    }

    TwoSiteCorrelator correlators(double omega, Separation r) {
        return TwoSiteCorrelator.translationInvariant(greens(0, omega), greens(-r.x(), omega),
                greens(r.x(), omega));
    }

    FixedMedium medium() {
        return FixedMedium.transverseOnly(this::correlators);
    }

    FixedMedium medium(Optional<LongitudinalCorrelators> longitudinal, boolean finiteLocalRealPart) {
        return new FixedMedium(this::correlators, longitudinal, finiteLocalRealPart, StabilityReport.ok());
    }
}
