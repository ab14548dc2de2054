package org.magent.app.nv;

import java.util.ArrayList;
import java.util.List;
import org.magent.app.units.ParsedQuantity;
import org.magent.physics.PhysicalConstants;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.medium.film.BiasField;
import org.magent.nv.NvCentre;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The NV-centre options: {@code --nv} (once for two identical NVs, twice for NV 1 and NV 2), {@code --field} and
 * {@code --field-polar}.
 */
public final class NvOptions {

    @Option(names = "--nv", paramLabel = "polar=..,azimuth=..,height=..[,transition=..][,axis=..][,t1=..,t2=..]",
            description = {"An NV centre above the film (give once for two identical NVs, twice for NV 1 and NV 2):"
                + " axis polar/azimuth angles in the film frame (deg or rad; bare = rad; default 54.7356deg, 0),"
                + " or axis=111|-111|1-11|-1-11 for a <111> axis of a (001) diamond; height above the film (with a"
                + " unit); transition -1 (default) or +1; intrinsic t1, t2 (with a unit)."})
    List<String> nv = new ArrayList<>();

    @Option(names = "--field", paramLabel = "B",
            description = "Bias field with a unit, e.g. 25mT (T, mT, uT, G).")
    String field;

    @Option(names = "--field-polar", paramLabel = "ANGLE",
            description = "Polar angle of the bias field from the film normal (deg or rad; bare = rad; default 0)."
                    + " Its in-plane projection defines x.")
    String fieldPolar;

    @Option(names = "--no-direct-dipolar", description = "Leave out the direct NV-NV magnetic dipole-dipole coupling"
            + " (on by default for NV centres).")
    boolean noDirectDipolar;

    /** Creates the options (picocli fills them). */
    public NvOptions() {
    }

    /**
     * Whether any NV was given.
     *
     * @return true with at least one {@code --nv}
     */
    public boolean present() {
        return !nv.isEmpty();
    }

    /**
     * The NV centres.
     *
     * @return one or two NVs
     * @throws InvalidInputException for a bad value, or more than two
     */
    public List<NvCentre> centres() {
        if (nv.size() > 2) {
            throw new InvalidInputException("nv", "--nv is given " + nv.size() + " times; give it once (two identical"
                    + " NVs) or twice (NV 1 and NV 2)");
        }
        List<NvCentre> out = new ArrayList<>();
        for (String s : nv) {
            out.add(NvSpec.parse(s));
        }
        return out;
    }

    /**
     * Whether the direct NV–NV dipolar coupling is included.
     *
     * @return false with {@code --no-direct-dipolar}
     */
    public boolean directDipolar() {
        return !noDirectDipolar;
    }

    /**
     * The {@code --nv} texts as typed.
     *
     * @return zero, one or two NV specifications
     */
    public List<String> nvTexts() {
        return List.copyOf(nv);
    }

    /**
     * The {@code --field-polar} text, or null.
     *
     * @return the polar angle as typed
     */
    public String fieldPolarText() {
        return fieldPolar;
    }

    /**
     * The {@code --field} text, or null.
     *
     * @return the field (a value, or a range for relaxometry) as typed
     */
    public String fieldText() {
        return field;
    }

    /**
     * The polar angle of the field.
     *
     * @return θ_B (rad)
     */
    public double polar() {
        if (fieldPolar == null) {
            return 0;
        }
        double p = NvSpec.angle("field-polar", fieldPolar);
        if (p < 0 || p > Math.PI) {
            throw new InvalidInputException("field-polar", "--field-polar = " + fieldPolar.strip() + " is outside"
                    + " [0, 180] deg (the angle from the film normal)");
        }
        return p;
    }

    /**
     * The bias field (a single value).
     *
     * @return the field
     * @throws InvalidInputException when missing, without a unit, or negative
     */
    public BiasField biasField() {
        if (field == null) {
            throw new InvalidInputException("field", "--field is required with --nv: the bias field with a unit,"
                    + " e.g. --field 25mT");
        }
        return new BiasField(tesla("field", field), polar());
    }

    /**
     * A field value in tesla; it must carry a unit (0 may be bare).
     *
     * @param name the parameter, for messages
     * @param text the value
     * @return B (T), ≥ 0
     */
    public static double tesla(String name, String text) {
        ParsedQuantity q = Quantities.parse(name, text, QuantityKind.FIELD);
        if (!q.hadUnit() && q.value() != 0) {
            throw new InvalidInputException(name, "--" + name + " = " + text.strip() + " has no unit: give a field"
                    + " with a unit, e.g. 25mT");
        }
        double b = q.value() / PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO;
        if (b < 0) {
            throw new InvalidInputException(name, "--" + name + " = " + text.strip() + " is negative; give its"
                    + " magnitude and set its direction with --field-polar");
        }
        return b;
    }

    /**
     * A temperature in kelvin: it must carry a unit (0 may be bare).
     *
     * @param text the value, or null for 0
     * @return T (K), ≥ 0
     */
    public static double kelvin(String text) {
        if (text == null) {
            return 0;
        }
        ParsedQuantity q = Quantities.parseNonNegative("temperature", text, QuantityKind.TEMPERATURE);
        if (!q.hadUnit() && q.value() != 0) {
            throw new InvalidInputException("temperature", "--temperature = " + text.strip() + " has no unit: with"
                    + " NV centres give a temperature with a unit, e.g. 299K or 50mK");
        }
        return q.value() * PhysicalConstants.HBAR / PhysicalConstants.BOLTZMANN;
    }
}
