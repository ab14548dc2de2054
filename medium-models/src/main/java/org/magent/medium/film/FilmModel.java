package org.magent.medium.film;

import java.util.List;
import java.util.Map;
import org.magent.medium.Medium;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;
import org.magent.medium.ParameterValues;
import org.magent.physics.PhysicalConstants;
import org.magent.validation.InvalidInputException;

/**
 * A magnetic film of thickness t seen through its stray field by NV centres above it (Kalinikos–Slavin lowest
 * spin-wave mode with Gilbert damping; the field and its polar angle from the normal set the equilibrium).
 * Parameters are in SI units.
 */
public final class FilmModel implements MediumModel {

    /** The registered name. */
    public static final String NAME = "film";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("thickness", "m", 20e-9, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
                    "film thickness t"),
            ParameterSpec.number("magnetisation", "A/m", 142e3, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
                    "saturation magnetisation Ms"),
            ParameterSpec.number("exchangeConstant", "J/m", 3.7e-12, 0, Double.POSITIVE_INFINITY,
                    "exchange constant A_ex"),
            ParameterSpec.number("damping", "dimensionless", 1e-4, FilmMaterial.MIN_DAMPING, 0.999,
                    "Gilbert damping alpha (> 0: the undamped film is the limit alpha -> 0+)"),
            ParameterSpec.number("gFactor", "dimensionless", PhysicalConstants.ELECTRON_G_FACTOR, Double.MIN_VALUE,
                    Double.POSITIVE_INFINITY, "g-factor of the film's magnetisation (default: free electron)"),
            ParameterSpec.number("field", "T", 0, 0, Double.POSITIVE_INFINITY,
                    "bias field B (set by --field)"),
            ParameterSpec.number("fieldPolar", "rad", 0, 0, Math.PI,
                    "polar angle of the bias field from the film normal (set by --field-polar)"));

    /** Creates the model. */
    public FilmModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "magnetic film (e.g. YIG) under NV centres, coupled by its stray field: Kalinikos-Slavin spin waves, "
                + "Gilbert damping, bias field at any angle (needs --nv)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Medium configure(Map<String, String> values) {
        String damping = values.get("damping");
        if (damping != null) {
            double a = parseOrNaN(damping);
            // 0 <= α < MIN_DAMPING gets the reason; anything else the range check of the spec
            if (a >= 0 && a < FilmMaterial.MIN_DAMPING) {
                throw new InvalidInputException("damping",
                        FilmMaterial.tooSmall(damping.trim()));
            }
        }
        ParameterValues v = ParameterValues.resolve(NAME, PARAMETERS, values);
        FilmMaterial material = new FilmMaterial(v.number("thickness"), v.number("magnetisation"),
                v.number("exchangeConstant"), v.number("damping"), v.number("gFactor"));
        BiasField field = new BiasField(v.number("field"), v.number("fieldPolar"));
        return new FilmMedium(v.asMap(), material, field);
    }

    private static double parseOrNaN(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
