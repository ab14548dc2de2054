package org.magent.medium.film;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in the plane of wave vectors the film resonates at a frequency ω: the set ω(k) = ω of the undamped band.
 * It is found in polar form (radial roots on a dense angular grid) and summarised by the annulus
 * k_lo ≤ |k| ≤ k_hi that contains it and by the wave vectors of the band minimum, which the integrators use as
 * breakpoints so that no resonance is missed.
 */
final class ResonanceGeometry {

    private static final int ANGLES = 360;
    private static final int RADIAL = 600;

    private final double kLow;
    private final double kHigh;
    private final boolean resonant;
    private final double[][] minimumPoints;
    private final double scale;
    private final boolean nearBandBottom;

    private final double[] criticalAngles;

    private ResonanceGeometry(double kLow, double kHigh, boolean resonant, double[][] minimumPoints, double scale,
            boolean nearBandBottom, double[] criticalAngles) {
        this.nearBandBottom = nearBandBottom;
        this.criticalAngles = criticalAngles;
        this.kLow = kLow;
        this.kHigh = kHigh;
        this.resonant = resonant;
        this.minimumPoints = minimumPoints;
        this.scale = scale;
    }

    /**
     * Maps the resonance of a band at ω.
     *
     * @param band the band
     * @param omega ω (rad/s), ≥ 0
     * @param bandMinimum {ω_min, k_min, φ_min} from {@link SpinWaveBand#bandMinimum()}
     * @param kMax the largest wave number of interest (1/m)
     * @return the geometry
     */
    static ResonanceGeometry of(SpinWaveBand band, double omega, double[] bandMinimum, double kMax) {
        double scale = band.bandScale();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double w2 = omega * omega;
        List<Double> critical = new ArrayList<>();
        int previousCount = -1;
        double kFloor = 1e-7 * Math.min(scale, kMax);
        for (int j = 0; j < ANGLES; j++) {
            double phi = Math.PI * j / ANGLES; // ω(k, φ + π) = ω(k, φ)
            double c = Math.cos(phi);
            double s = Math.sin(phi);
            double prevK = 0;
            double prev = band.frequencySquared(0, c, s) - w2;
            int roots = 0;
            for (int i = 0; i <= RADIAL; i++) {
                double k = kFloor * Math.pow(kMax / kFloor, i / (double) RADIAL);
                double d = band.frequencySquared(k, c, s) - w2;
                if (prev == 0 || (prev < 0) != (d < 0)) {
                    double root = Bisection.root(x -> band.frequencySquared(x, c, s) - w2, prevK, k, prev);
                    lo = Math.min(lo, root);
                    hi = Math.max(hi, root);
                    roots++;
                }
                prev = d;
                prevK = k;
            }
            if (previousCount >= 0 && roots != previousCount) {
                critical.add(Math.PI * (j - 0.5) / ANGLES);
            }
            previousCount = roots;
        }
        double kMin = bandMinimum[1];
        double phiMin = bandMinimum[2];
        double[][] points = {
            {kMin * Math.cos(phiMin), kMin * Math.sin(phiMin)},
            {kMin * Math.cos(phiMin), -kMin * Math.sin(phiMin)},
            {-kMin * Math.cos(phiMin), kMin * Math.sin(phiMin)},
            {-kMin * Math.cos(phiMin), -kMin * Math.sin(phiMin)}};
        boolean resonant = hi > 0;
        if (resonant) {
            lo = Math.min(lo, kMin);
            hi = Math.max(hi, kMin);
        }
        boolean near = Math.abs(omega - bandMinimum[0]) < 0.05 * Math.max(omega, bandMinimum[0])
                || omega < bandMinimum[0] * 1.05 && omega > 0;
        return new ResonanceGeometry(resonant ? 0.97 * lo : 0, resonant ? 1.03 * hi : 0, resonant, points, scale,
                near, critical.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The directions φ in [0, π) where the number of resonant wave numbers along k̂ = (cos φ, sin φ) changes (the
     * edges of resonance ovals), to a grid accuracy of π/360.
     *
     * @return the angles (rad)
     */
    double[] criticalAngles() {
        return criticalAngles.clone();
    }

    /** Whether ω lies within a few per cent of the band bottom (the band-minimum points then matter). */
    boolean nearBandBottom() {
        return nearBandBottom;
    }

    /** Whether ω meets the band at all (there are real resonant wave vectors). */
    boolean resonant() {
        return resonant;
    }

    /** The inner radius of the annulus holding the resonance (1/m); 0 when not resonant. */
    double kLow() {
        return kLow;
    }

    /** The outer radius of the annulus holding the resonance (1/m); 0 when not resonant. */
    double kHigh() {
        return kHigh;
    }

    /** A wave-number scale of the band (1/m). */
    double scale() {
        return scale;
    }

    /**
     * The wave vectors of the band minimum (the four images under k → −k and k_y → −k_y), in the film frame.
     *
     * @return four points {k_x, k_y} (1/m)
     */
    double[][] minimumPoints() {
        return minimumPoints;
    }

    /**
     * The projections q = k·r̂ of the breakpoint wave vectors on a direction.
     *
     * @param cr cos φ_r
     * @param sr sin φ_r
     * @return the projections (1/m)
     */
    List<Double> projections(double cr, double sr) {
        List<Double> out = new ArrayList<>();
        for (double[] p : minimumPoints) {
            out.add(p[0] * cr + p[1] * sr);
        }
        return out;
    }
}
