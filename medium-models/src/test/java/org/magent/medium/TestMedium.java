package org.magent.medium;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;

/**
 * A third-party medium as a plugin would ship it: a {@link MediumModel} with a public no-argument constructor,
 * listed in META-INF/services/org.magent.medium.MediumModel of the test class path.
 */
public final class TestMedium implements MediumModel {

    /** The medium's name. */
    public static final String NAME = "test-medium";

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.number("strength",
            "natural units, energy", 1, 0, 10, "overall scale"));

    /** Creates the model (ServiceLoader calls this). */
    public TestMedium() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "test medium";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Medium configure(Map<String, String> values) {
        double strength = ParameterValues.resolve(NAME, PARAMETERS, values).number("strength");
        return FixedMedium.transverseOnly((w, r) -> TwoSiteCorrelator.inversionSymmetric(
                new Complex(0, -strength), Complex.ZERO));
    }
}
