package org.magent.app.stability;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.complex.Complex;
import org.magent.medium.LongitudinalCorrelators;
import org.magent.medium.Medium;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;
import org.magent.medium.ParameterValues;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.medium.TwoSiteCorrelator;

/**
 * A test-only medium ({@link Model}, listed in META-INF/services/org.magent.medium.MediumModel of the test class
 * path) whose bath is unphysical near one point:
 * G_11 = G_22 = −i, G_12 = G_21 = −i f(ω, r) with f = (1 + excess)·exp(−[(ω − ω0)² + (r − r0)²]/(2w²)), so that
 * (docs/physics.md) 𝒜_11 = 2, 𝒜_12 = 2f and |A|/a = |Ã|/ã = f: the condition a ≥ |A| fails exactly where f &gt; 1,
 * worst at (ω0, r0) with relative shortfall excess/(1 + excess).
 */
public final class BumpPlugin {

    /** The medium's registered name. */
    public static final String NAME = "test-bump";

    private BumpPlugin() {
    }

    /** The model: parameters omega0, r0, width, excess. */
    public static final class Model implements MediumModel {

        private static final List<ParameterSpec> PARAMETERS = List.of(
                ParameterSpec.number("omega0", "natural units, energy", 1, 0, 100, "centre of the bump in omega"),
                ParameterSpec.number("r0", "dimensionless", 2, 0, 100, "centre of the bump in r (length unit)"),
                ParameterSpec.number("width", "dimensionless", 0.3, Double.MIN_VALUE, 100, "width of the bump"),
                ParameterSpec.number("excess", "dimensionless", 0.5, -1, 10, "peak |A|/a - 1"));

        /** Creates the model. */
        public Model() {
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "test medium with |A| > a near (omega0, r0) (test plugin)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return PARAMETERS;
        }

        @Override
        public Medium configure(Map<String, String> values) {
            ParameterValues p = ParameterValues.resolve(NAME, PARAMETERS, values);
            return new Bump(p.asMap(), p.number("omega0"), p.number("r0"), p.number("width"), p.number("excess"));
        }
    }

    /** The configured bump medium. */
    record Bump(Map<String, String> parameterValues, double omega0, double r0, double width, double excess)
            implements Medium {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public boolean isLattice() {
            return false;
        }

        @Override
        public List<TwoSiteCorrelator> transverse(double omega, List<Separation> separations) {
            return separations.stream().map(r -> {
                double dw = omega - omega0;
                double dr = r.length() - r0;
                double f = (1 + excess) * Math.exp(-(dw * dw + dr * dr) / (2 * width * width));
                return TwoSiteCorrelator.inversionSymmetric(new Complex(0, -1), new Complex(0, -f));
            }).toList();
        }

        @Override
        public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
            return Optional.empty();
        }

        @Override
        public StabilityReport stability() {
            return StabilityReport.ok();
        }
    }
}
