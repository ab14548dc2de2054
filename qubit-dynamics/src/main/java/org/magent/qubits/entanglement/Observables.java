package org.magent.qubits.entanglement;

import org.magent.validation.InvalidInputException;

/**
 * The entanglement observables of one two-qubit state (Supplement (vi) of the paper); all
 * dimensionless.
 *
 * @param concurrence Wootters concurrence, Eq. (S49), in [0, 1]
 * @param entanglementOfFormation entanglement of formation, Eq. (S50), in [0, 1] (ebits)
 * @param purity tr ρ², in [1/4, 1]
 * @param bellFidelity largest overlap with (|ud⟩ + e^{iφ}|du⟩)/√2 or (|uu⟩ + e^{iφ}|dd⟩)/√2, in [0, 1]
 */
public record Observables(double concurrence, double entanglementOfFormation, double purity,
        double bellFidelity) {

    /** Validates: every value finite and in [0, 1]. */
    public Observables {
        unit("concurrence", concurrence);
        unit("entanglementOfFormation", entanglementOfFormation);
        unit("purity", purity);
        unit("bellFidelity", bellFidelity);
    }

    private static void unit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidInputException(name, name + " = " + value + " (dimensionless) must be in [0, 1]");
        }
    }
}
