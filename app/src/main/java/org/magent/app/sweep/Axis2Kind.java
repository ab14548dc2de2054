package org.magent.app.sweep;

import java.util.Locale;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;

/**
 * The optional second sweep axis. Above a film (NV centres, {@code --nv}) {@code temperature}, {@code field},
 * {@code height}, {@code damping}, {@code detuning} and {@code efficiency} apply; for qubits coupled by contact
 * {@code temperature}, {@code detuning}, {@code gap}, {@code field}, {@code damping} (a medium with that parameter)
 * and {@code efficiency}.
 */
public enum Axis2Kind {
    /** Temperature T. */
    TEMPERATURE("temperature", QuantityKind.TEMPERATURE),
    /** Local-field asymmetry δ: Δ1 = Δ + δ, Δ2 = Δ − δ (with NVs: added to their own frequencies, ±δ). */
    DETUNING("detuning", QuantityKind.ENERGY),
    /** The medium parameter {@code gap}. */
    GAP("gap", QuantityKind.ENERGY),
    /**
     * A bias field B (stored as γ_e·B, rad/s; needs units). Contact coupling: gap = γ_e·B and
     * Δ = 2π·2.87 GHz − γ_e·B. Above a film: the film's bias field (its band) and the NV frequencies from the NV
     * Hamiltonian in that field.
     */
    FIELD("field", QuantityKind.FIELD),
    /** The height of both NVs above the film (m), replacing the heights of {@code --nv}. */
    HEIGHT("height", QuantityKind.LENGTH),
    /** The medium parameter {@code damping} (Gilbert α, dimensionless). */
    DAMPING("damping", QuantityKind.DIMENSIONLESS),
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
     * Refuses an axis that does not apply to the scenario's qubits.
     *
     * @param nv whether the qubits are NV centres above a film
     * @param medium the medium name, for messages
     * @throws InvalidInputException naming why the axis does not apply
     */
    public void requireApplicable(boolean nv, String medium) {
        if (nv && this == GAP) {
            throw new InvalidInputException("axis2", "--axis2 gap does not apply to NV centres above " + medium
                    + ": the film has no gap parameter, its band follows the bias field; sweep --axis2 field=..."
                    + " (which moves the band and the NV frequencies together)");
        }
        if (!nv && this == HEIGHT) {
            throw new InvalidInputException("axis2", "--axis2 height is the height of NV centres above a film (--nv);"
                    + " qubits coupled by contact to " + medium + " have no height");
        }
    }

    /**
     * Parses an axis name.
     *
     * @param name temperature, detuning, gap, field, height, damping or efficiency
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
                + "' (expected temperature, detuning, gap, field, height, damping or efficiency, as name=range)");
    }
}
