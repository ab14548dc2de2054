package org.magent.app.sweep;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magent.app.input.Numbers;
import org.magent.validation.InvalidInputException;

/**
 * The sweep's unit conversions (UNITS_CONVENTION.md) and physical constants (CODATA 2018). Until the shared
 * units API is merged, {@link #READER} parses the suffixes the sweep needs itself; it is the only implementation
 * of {@link QuantityReader} the sweep uses, so switching to the shared parser is a one-line change.
 */
public final class SweepUnits {

    /** Reduced Planck constant ħ (J·s). */
    public static final double HBAR = 1.054571817e-34;
    /** Boltzmann constant k_B (J/K). */
    public static final double K_B = 1.380649e-23;
    /** Elementary charge (C), for eV → J. */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;
    /** Bohr magneton μ_B (J/T). */
    public static final double BOHR_MAGNETON = 9.2740100783e-24;
    /** Free-electron g-factor magnitude. */
    public static final double G_ELECTRON = 2.00231930436;
    /** Electron gyromagnetic ratio γ_e = g μ_B/ħ (rad/(s·T)). */
    public static final double GAMMA_ELECTRON = G_ELECTRON * BOHR_MAGNETON / HBAR;
    /** NV ground-state zero-field splitting, 2π × 2.87 GHz (rad/s). */
    public static final double NV_ZERO_FIELD_SPLITTING = 2 * Math.PI * 2.87e9;

    /** The reader the sweep uses. */
    public static final QuantityReader READER = SweepUnits::read;

    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(\\S.*?)?\\s*");

    private static final double TWO_PI = 2 * Math.PI;
    private static final Map<QuantityKind, Map<String, Double>> UNITS = Map.of(
            QuantityKind.LENGTH, Map.of("m", 1.0, "mm", 1e-3, "µm", 1e-6, "um", 1e-6, "nm", 1e-9, "Å", 1e-10),
            QuantityKind.ENERGY, Map.ofEntries(Map.entry("GHz", TWO_PI * 1e9), Map.entry("MHz", TWO_PI * 1e6),
                    Map.entry("kHz", TWO_PI * 1e3), Map.entry("Hz", TWO_PI), Map.entry("rad/s", 1.0),
                    Map.entry("1/s", 1.0), Map.entry("s^-1", 1.0), Map.entry("eV", ELEMENTARY_CHARGE / HBAR),
                    Map.entry("meV", 1e-3 * ELEMENTARY_CHARGE / HBAR),
                    Map.entry("µeV", 1e-6 * ELEMENTARY_CHARGE / HBAR),
                    Map.entry("ueV", 1e-6 * ELEMENTARY_CHARGE / HBAR), Map.entry("J", 1 / HBAR)),
            QuantityKind.TEMPERATURE, Map.of("K", K_B / HBAR, "mK", 1e-3 * K_B / HBAR, "µK", 1e-6 * K_B / HBAR,
                    "uK", 1e-6 * K_B / HBAR),
            QuantityKind.FIELD, Map.of("T", 1.0, "mT", 1e-3, "µT", 1e-6, "uT", 1e-6, "G", 1e-4),
            QuantityKind.TIME, Map.of("s", 1.0, "ms", 1e-3, "µs", 1e-6, "us", 1e-6, "ns", 1e-9, "ps", 1e-12));

    private SweepUnits() {
    }

    /**
     * Reads a quantity: a bare number (natural units) or a number followed by a unit of the given kind.
     *
     * @param parameter the parameter name, for messages
     * @param text the text
     * @param kind what it measures
     * @return the value and whether it carried a unit
     * @throws InvalidInputException for malformed text or a unit of the wrong kind
     */
    static Quantity read(String parameter, String text, QuantityKind kind) {
        String s = text == null ? "" : text.strip();
        Matcher m = NUMBER_UNIT.matcher(s);
        if (!m.matches() || m.group(2) == null) {
            return new Quantity(Numbers.real(parameter, s, "natural units"), false);
        }
        double number = Numbers.real(parameter, m.group(1), "natural units");
        Double factor = UNITS.get(kind).get(m.group(2));
        if (factor == null) {
            throw new InvalidInputException(parameter, parameter + " = '" + s + "': unknown unit '" + m.group(2)
                    + "' for a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " (accepted: "
                    + String.join(", ", new java.util.TreeSet<>(UNITS.get(kind).keySet())) + ")");
        }
        double v = number * factor;
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(parameter, parameter + " = " + s + " is not a finite number");
        }
        return new Quantity(v, true);
    }

    /**
     * A temperature in kelvin from its natural value k_B·T/ħ (rad/s).
     *
     * @param omega k_B·T/ħ (rad/s)
     * @return T (K)
     */
    public static double kelvin(double omega) {
        return omega * HBAR / K_B;
    }
}
