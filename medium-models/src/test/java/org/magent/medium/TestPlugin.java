package org.magent.medium;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;

/** A third-party medium as a plugin would ship it, registered in META-INF/services of the test class path. */
public final class TestPlugin extends AbstractModule implements MediumPlugin {

    /** The plugin's medium name. */
    public static final String NAME = "test-medium";

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, MediumModel.class).addBinding(NAME).to(Model.class);
    }

    /** The plugin's model: one numeric parameter. */
    public static final class Model implements MediumModel {

        private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.number("strength",
                "natural units, energy", 1, 0, 10, "overall scale"));

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
}
