package org.magent.qubits.dynamics;

import java.util.List;
import java.util.Objects;
import org.magent.masterequation.BathParameters;
import org.magent.validation.InvalidInputException;

/**
 * The two-qubit open system of Eq. (2)-(4): local fields plus the bath-induced coefficients. The coefficient
 * matrix h of Eq. (4) must be positive semidefinite (a ≥ |A|, ã ≥ |Ã|, d ≥ |𝔇|), otherwise the master
 * equation is not a Lindbladian and the model is refused.
 */
public final class TwoQubitModel {

    private final QubitFields fields;
    private final BathParameters bath;

    /**
     * Creates the model.
     *
     * @param fields local fields Δ1, Δ2
     * @param bath bath coefficients
     * @throws InvalidInputException if h is not positive semidefinite; the message names each failing inequality
     *     (a &gt;= |A|, at &gt;= |At|, d &gt;= |Dd|) and by how much it fails
     */
    public TwoQubitModel(QubitFields fields, BathParameters bath) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.bath = Objects.requireNonNull(bath, "bath");
        List<String> violations = bath.positivityViolations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException("bath", String.join("; ", violations)
                    + " — the master equation would not be completely positive");
        }
    }

    /**
     * The local fields.
     *
     * @return Δ1, Δ2
     */
    public QubitFields fields() {
        return fields;
    }

    /**
     * The bath coefficients.
     *
     * @return a, ã, A, Ã, J⊥, Jz, D, d, 𝔇
     */
    public BathParameters bath() {
        return bath;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TwoQubitModel other && fields.equals(other.fields) && bath.equals(other.bath);
    }

    @Override
    public int hashCode() {
        return 31 * fields.hashCode() + bath.hashCode();
    }

    @Override
    public String toString() {
        return "TwoQubitModel[" + fields + ", " + bath + "]";
    }
}
