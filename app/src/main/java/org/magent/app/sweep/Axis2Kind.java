package org.magent.app.sweep;

import java.util.Locale;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/** The optional second sweep axis. */
public enum Axis2Kind {
    /** Temperature T. */
    TEMPERATURE("temperature", QuantityKind.TEMPERATURE),
    /** Local-field asymmetry δ: Δ1 = Δ + δ, Δ2 = Δ − δ. */
    DETUNING("detuning", QuantityKind.ENERGY),
    /** The medium parameter {@code gap}. */
    GAP("gap", QuantityKind.ENERGY),
    /** A bias field B (stored as γ_e·B, rad/s) for NV centres: gap = γ_e·B and Δ = 2π·2.87 GHz − γ_e·B (needs units). */
    FIELD("field", QuantityKind.FIELD),
    /** The detection efficiency η of the postselected columns (dimensionless, in [0, 1]). */
    EFFICIENCY("efficiency", QuantityKind.DIMENSIONLESS);

    private final String label;
    private final QuantityKind kind;

    Axis2Kind(String label, QuantityKind kind) {
        this.label = label;
        this.kind = kind;
    }

    /**
     * The name used on the command line, in files and column headers.
     *
     * @return e.g. "temperature"
     */
    public String label() {
        return label;
    }

    /**
     * What the axis values measure.
     *
     * @return the kind
     */
    public QuantityKind kind() {
        return kind;
    }

    /**
     * Parses an axis name.
     *
     * @param name temperature, detuning, gap, field or efficiency
     * @return the axis
     * @throws InvalidInputException for any other name
     */
    public static Axis2Kind parse(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Axis2Kind k : values()) {
            if (k.label.equals(s)) {
                return k;
            }
        }
        throw new InvalidInputException("axis2", "--axis2: unknown axis '" + name
                + "' (expected temperature, detuning, gap, field or efficiency, as name=range)");
    }
}
