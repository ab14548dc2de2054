package org.magent.bath;

import org.magent.validation.Checks;

/**
 * The two qubits and their coupling to the medium: H_S = −(Δ1σ1ᶻ + Δ2σ2ᶻ)/2 and
 * H_SE = λ Σ_i σ_i·S(x_i) (paper Eq. 1).
 *
 * @param delta1 Δ1, the level splitting of qubit 1 (natural units, energy)
 * @param delta2 Δ2, the level splitting of qubit 2 (natural units, energy)
 * @param lambda λ, the qubit–medium coupling (natural units; λ²·G is an energy)
 */
public record QubitCoupling(double delta1, double delta2, double lambda) {

    private static final String ENERGY = "natural units, energy";

    /** Validates: every number finite. */
    public QubitCoupling {
        Checks.finite("delta1", delta1, ENERGY);
        Checks.finite("delta2", delta2, ENERGY);
        Checks.finite("lambda", lambda, "natural units");
    }

    /**
     * Two qubits with the same splitting.
     *
     * @param delta Δ1 = Δ2 (natural units, energy)
     * @param lambda λ (natural units)
     * @return the coupling
     */
    public static QubitCoupling symmetric(double delta, double lambda) {
        return new QubitCoupling(delta, delta, lambda);
    }

    /**
     * The mean splitting Δ = (Δ1 + Δ2)/2, the frequency at which the correlators are evaluated (Eq. S31).
     *
     * @return Δ (natural units, energy)
     */
    public double delta() {
        return 0.5 * delta1 + 0.5 * delta2;
    }

    /**
     * The local-field asymmetry δ = (Δ1 − Δ2)/2 (paper Eq. 8).
     *
     * @return δ (natural units, energy)
     */
    public double detuning() {
        return 0.5 * delta1 - 0.5 * delta2;
    }
}
