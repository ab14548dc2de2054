package org.magent.app.media;

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
 * A third-party medium ({@link Model}, listed in META-INF/services/org.magent.medium.MediumModel of the test
 * class path, as a nested class: {@code FlatBandPlugin$Model}) with frequency- and
 * distance-independent correlators G_11 = G_22 = −i·s, G_12 = G_21 = j − i·c, so that (docs/physics.md)
 * 𝒜_11 = 2s, 𝒜_12 = 2c, hence a = λ²(1+n)s, A = λ²(1+n)c, J⊥ = λ²j/2, D = 0. A negative {@code gap} makes
 * the medium report itself unstable.
 */
public final class FlatBandPlugin {

    /** The medium's registered name. */
    public static final String NAME = "flat-band";

    private FlatBandPlugin() {
    }

    /** The model: parameters s, c, j, gap. */
    public static final class Model implements MediumModel {

        private static final String E = "natural units, energy";
        private static final List<ParameterSpec> PARAMETERS = List.of(
                ParameterSpec.number("s", "natural units, 1/energy", 1, 0, 10, "local spectral weight"),
                ParameterSpec.number("c", "natural units, 1/energy", 0.5, -10, 10, "cross spectral weight"),
                ParameterSpec.number("j", "natural units, 1/energy", 0, -10, 10, "reactive cross part"),
                ParameterSpec.number("gap", E, 0.1, -10, 10, "band gap; negative is unstable"));

        /** Creates the model. */
        public Model() {
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "flat test band (test plugin)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return PARAMETERS;
        }

        @Override
        public Medium configure(Map<String, String> values) {
            ParameterValues p = ParameterValues.resolve(NAME, PARAMETERS, values);
            return new Flat(p.asMap(), p.number("s"), p.number("c"), p.number("j"), p.number("gap"));
        }
    }

    /** The configured flat band. */
    record Flat(Map<String, String> parameterValues, double s, double c, double j, double gap) implements Medium {

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
            TwoSiteCorrelator g = TwoSiteCorrelator.inversionSymmetric(new Complex(0, -s), new Complex(j, -c));
            return separations.stream().map(r -> g).toList();
        }

        @Override
        public Optional<LongitudinalCorrelators> longitudinal(double temperature, Separation r) {
            return Optional.empty();
        }

        @Override
        public StabilityReport stability() {
            return gap < 0 ? StabilityReport.of(List.of("gap = " + gap + " < 0: soft mode at k = 0"))
                    : StabilityReport.ok();
        }
    }
}
