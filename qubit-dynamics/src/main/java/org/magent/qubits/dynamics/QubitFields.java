package org.magent.qubits.dynamics;

import org.magent.validation.Checks;

/**
 * The local fields of the two qubits, H_S = −(Δ1σ1ᶻ + Δ2σ2ᶻ)/2 (Eq. (2) of the paper; docs/physics.md).
 *
 * @param delta1 Δ1, splitting of qubit 1 (natural units, energy)
 * @param delta2 Δ2, splitting of qubit 2 (natural units, energy)
 */
public record QubitFields(double delta1, double delta2) {

    private static final String UNIT = "natural units, energy";

    /** Validates: both splittings finite. */
    public QubitFields {
        Checks.finite("Delta1", delta1, UNIT);
        Checks.finite("Delta2", delta2, UNIT);
    }

    /**
     * Fields from the mean splitting and the detuning: Δ1 = Δ + δ, Δ2 = Δ − δ.
     *
     * @param mean Δ (natural units, energy)
     * @param detuning δ (natural units, energy)
     * @return the fields
     */
    public static QubitFields ofMeanAndDetuning(double mean, double detuning) {
        Checks.finite("Delta", mean, UNIT);
        Checks.finite("delta", detuning, UNIT);
        return new QubitFields(mean + detuning, mean - detuning);
    }

    /**
     * The mean splitting Δ = (Δ1 + Δ2)/2.
     *
     * @return Δ (natural units, energy)
     */
    public double mean() {
        return 0.5 * (delta1 + delta2);
    }

    /**
     * The detuning δ = (Δ1 − Δ2)/2.
     *
     * @return δ (natural units, energy)
     */
    public double detuning() {
        return 0.5 * (delta1 - delta2);
    }
}
