package org.magent.app.nv;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.magent.app.input.KeyValues;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.nv.NvAxis;
import org.magent.nv.NvCentre;
import org.magent.validation.InvalidInputException;

/**
 * Parses one {@code --nv} value: {@code polar=..,azimuth=..,height=..[,transition=-1|1][,axis=111][,t1=..][,t2=..]}.
 * Angles take deg or rad (a bare angle is in radians), the height a length with a unit (nm, um), T1 and T2 times
 * with a unit (us, ms). Defaults: polar = 54.7356 deg and azimuth = 0 (a ⟨111⟩ axis of a (001) diamond in the plane of
 * the field and the normal), transition −1, no intrinsic relaxation. {@code axis=111|-111|1-11|-1-11} replaces polar
 * and azimuth by a ⟨111⟩ axis of a (001)-cut diamond with [100] along x.
 */
public final class NvSpec {

    /** The names accepted inside {@code --nv}. */
    public static final List<String> NAMES = List.of("polar", "azimuth", "height", "transition", "axis", "t1", "t2");

    private NvSpec() {
    }

    /**
     * Parses one NV.
     *
     * @param text the option value
     * @return the NV centre (SI)
     * @throws InvalidInputException naming the item, its value and unit
     */
    public static NvCentre parse(String text) {
        Map<String, String> kv = KeyValues.parse("--nv", text, NAMES);
        if (!kv.containsKey("height")) {
            throw new InvalidInputException("height", "--nv: height is missing (the NV's distance above the film,"
                    + " a length with a unit, e.g. height=109nm)");
        }
        NvAxis axis;
        if (kv.containsKey("axis")) {
            if (kv.containsKey("polar") || kv.containsKey("azimuth")) {
                throw new InvalidInputException("axis", "--nv: give either axis=<111> or polar and azimuth, not both");
            }
            axis = NvAxis.of111(kv.get("axis"));
        } else {
            double polar = kv.containsKey("polar") ? angle("polar", kv.get("polar")) : NvAxis.TETRAHEDRAL_POLAR;
            double azimuth = kv.containsKey("azimuth") ? angle("azimuth", kv.get("azimuth")) : 0;
            axis = new NvAxis(polar, azimuth);
        }
        int transition = transition(kv.getOrDefault("transition", "-1"));
        double height = withUnit("height", kv.get("height"), QuantityKind.LENGTH, "m", "109nm");
        double t1 = kv.containsKey("t1") ? withUnit("t1", kv.get("t1"), QuantityKind.TIME, "s", "1ms")
                : Double.POSITIVE_INFINITY;
        double t2 = kv.containsKey("t2") ? withUnit("t2", kv.get("t2"), QuantityKind.TIME, "s", "50us")
                : Double.POSITIVE_INFINITY;
        if (Double.isInfinite(t1) && !Double.isInfinite(t2) && t2 > 0) {
            // T2 alone: pure dephasing only, no intrinsic T1
            return new NvCentre(axis, transition, height, Double.POSITIVE_INFINITY, t2);
        }
        return new NvCentre(axis, transition, height, t1, t2);
    }

    /**
     * An angle: deg or rad, bare = rad.
     *
     * @param name the parameter
     * @param text the value
     * @return the angle (rad)
     */
    public static double angle(String name, String text) {
        return Quantities.parse(name, text, QuantityKind.ANGLE).value();
    }

    private static int transition(String text) {
        String s = text.strip();
        return switch (s) {
            case "-1", "−1" -> -1;
            case "1", "+1" -> 1;
            default -> throw new InvalidInputException("transition", "transition = " + s + " (m_s, dimensionless) is"
                    + " not an NV qubit transition: give -1 (m_s = 0 <-> -1) or +1 (m_s = 0 <-> +1)");
        };
    }

    /**
     * A positive quantity that must carry a unit (the NV geometry is SI; a bare number would be ambiguous).
     *
     * @param name the parameter
     * @param text the value
     * @param kind the kind
     * @param unit the SI unit, for messages
     * @param example an example value with a unit
     * @return the value (SI)
     */
    static double withUnit(String name, String text, QuantityKind kind, String unit, String example) {
        ParsedQuantity q = Quantities.parse(name, text, kind);
        if (!q.hadUnit()) {
            throw new InvalidInputException(name, String.format(Locale.ROOT, "%s = %s has no unit: give a %s with a"
                    + " unit (%s), e.g. %s=%s", name, text.strip(), kind.description(), kind.acceptedUnits(), name,
                    example));
        }
        if (!(q.value() > 0)) {
            throw new InvalidInputException(name, String.format(Locale.ROOT, "%s = %s (%s) must be positive", name,
                    text.strip(), unit));
        }
        return q.value();
    }
}
