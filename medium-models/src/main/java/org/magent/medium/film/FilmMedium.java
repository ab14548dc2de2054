package org.magent.medium.film;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.magent.medium.FieldCorrelators;
import org.magent.medium.FieldMedium;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * A magnetic film in a bias field, seen by NV centres above it through its stray field (see
 * {@link StrayFieldCorrelator} for the correlator and {@link SpinWaveBand} for the spin waves).
 */
public final class FilmMedium implements FieldMedium {

    private final Map<String, String> parameters;
    private final SpinWaveBand band;

    /**
     * A configured film.
     *
     * @param parameters every parameter value in effect, as text
     * @param material the film
     * @param field the bias field
     */
    public FilmMedium(Map<String, String> parameters, FilmMaterial material, BiasField field) {
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.band = new SpinWaveBand(material, field);
    }

    /**
     * The film's spin-wave band in its bias field.
     *
     * @return the band
     */
    public SpinWaveBand band() {
        return band;
    }

    @Override
    public String name() {
        return FilmModel.NAME;
    }

    @Override
    public Map<String, String> parameterValues() {
        return new java.util.LinkedHashMap<>(parameters);
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public boolean isLattice() {
        return false;
    }

    @Override
    public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
        return Optional.empty();
    }

    @Override
    public StabilityReport stability() {
        List<String> findings = new ArrayList<>();
        FilmEquilibrium eq = band.equilibrium();
        if (!(eq.curvature() > 0)) {
            findings.add(String.format(Locale.ROOT, "the magnetisation direction %s is not a minimum of the "
                    + "Zeeman and shape-anisotropy energy (d2E/dtheta2 = %.6g T)", eq.describe(), eq.curvature()));
        }
        double[] min = band.bandMinimum();
        // ω² below zero by more than round-off (a gapless band, B = 0, reaches 0 at k = 0)
        if (min[0] < 0 && min[0] * min[0] > 1e-10 * band.omegaM() * band.omegaM()) {
            findings.add(String.format(Locale.ROOT, "soft spin wave: omega(k)^2 < 0 at k = %.6g rad/um, phi = "
                    + "%.4g deg (omega^2 = %.6g rad^2/s^2): the uniform state is unstable", min[1] * 1e-6,
                    Math.toDegrees(min[2]), -min[0] * min[0]));
        }
        return StabilityReport.of(findings);
    }

    @Override
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        FilmEquilibrium eq = band.equilibrium();
        if (!eq.metastable().isEmpty()) {
            out.add(String.format(Locale.ROOT, "the film has another, metastable magnetisation direction at "
                    + "theta = %.4f deg (hysteresis); the calculation uses the stable one, %s",
                    Math.toDegrees(eq.metastable().get(0)), eq.describe()));
        }
        if (band.field().magnitude() == 0) {
            out.add("B = 0: the in-plane direction of M is undetermined; taken along +x (the limit B -> 0+ along "
                    + "the field direction)");
        } else if (band.field().polar() == 0 && band.field().magnitude() < band.material().saturationInduction()) {
            out.add("field along the normal below mu0 Ms: M tilts towards +x (the limit of an infinitesimal "
                    + "in-plane field along x)");
        }
        return out;
    }

    @Override
    public FieldCorrelators fieldCorrelators(double omega, double height1, double height2, double directionAngle,
            double[] distances, double relativeTolerance) {
        Checks.nonNegative("omega", omega, "rad/s");
        return evaluate(omega, height1, height2, directionAngle, distances, relativeTolerance, false);
    }

    @Override
    public FieldCorrelators zeroFrequencySlope(double height1, double height2, double directionAngle,
            double[] distances, double relativeTolerance) {
        return evaluate(0, height1, height2, directionAngle, distances, relativeTolerance, true);
    }

    @Override
    public MarkovScales markovScales(double omega, double directionAngle) {
        double bottom = band.bandMinimum()[0];
        double vAlong = groupVelocity(omega, directionAngle);
        double v = vAlong;
        if (!(v > 0)) {
            v = Double.POSITIVE_INFINITY;
            for (int j = 0; j < 36; j++) {
                double g = groupVelocity(omega, Math.PI * j / 36);
                if (g > 0) {
                    v = Math.min(v, g);
                }
            }
            if (Double.isInfinite(v)) {
                v = 0;
            }
        }
        return new MarkovScales(band.material().damping() * omega, Math.abs(omega - bottom), v);
    }

    /** |∂ω/∂k| at the largest resonant k along a direction, 0 when ω does not meet the band there. */
    private double groupVelocity(double omega, double phi) {
        double hi = 1e4;
        while (band.frequency(hi, phi) < omega && hi < 1e11) {
            hi *= 2;
        }
        if (!(band.frequency(hi, phi) >= omega) || band.frequency(0, phi) >= omega && hi <= 1e4) {
            return 0;
        }
        double lo = hi / 2;
        for (int it = 0; it < 80; it++) {
            double mid = 0.5 * (lo + hi);
            if (band.frequency(mid, phi) < omega) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double dk = 1e-4 * hi;
        return Math.abs(band.frequency(hi + dk, phi) - band.frequency(hi - dk, phi)) / (2 * dk);
    }

    private FieldCorrelators evaluate(double omega, double height1, double height2, double directionAngle,
            double[] distances, double tol, boolean slope) {
        Checks.positive("height", height1, "m");
        Checks.positive("height", height2, "m");
        Checks.finite("direction", directionAngle, "rad");
        for (double d : distances) {
            Checks.nonNegative("separation", d, "m");
        }
        StabilityReport st = stability();
        if (!st.stable()) {
            throw new InvalidInputException("field", "the film is unstable, no correlator: "
                    + String.join("; ", st.findings()));
        }
        StrayFieldCorrelator.Result r = StrayFieldCorrelator.compute(band, omega, height1 + height2,
                directionAngle, distances, tol, slope);
        if (!(r.relativeAccuracy() <= 10 * tol)) {
            throw new InvalidInputException("damping", String.format(Locale.ROOT, "the stray-field correlator of the"
                    + " film could not be resolved to %.1g (reached %.2g) at f = %.6g GHz, h = %.4g nm, damping ="
                    + " %.3g: the resonance is too narrow for the panel budget; use a larger damping or height",
                    tol, r.relativeAccuracy(), omega / (2 * Math.PI * 1e9), 0.5e9 * (height1 + height2),
                    band.material().damping()));
        }
        return new FieldCorrelators(r.local(), r.forward(), r.backward(), r.relativeAccuracy());
    }
}
