package org.magent.bath;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.complex.Complex;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The coefficients of the two-qubit master equation, Eq. (2)-(4) of the paper, in natural units
 * (ħ = k_B = 1; every rate and coupling is an energy).
 *
 * <p>They enter the Hermitian coefficient matrix of Eq. (4) (main-text form; Eq. (S35) has a typo)
 * <pre>
 * h = [[ã, Ã],[Ã*, ã]] ⊕ [[a, A*],[A, a]] ⊕ [[d, 𝔇],[𝔇*, d]]
 * </pre>
 * for the operators O = (σ1⁻, σ2⁻, σ1⁺, σ2⁺, σ1ᶻ, σ2ᶻ), and the coherent coupling
 * H_eff = Jz σ1ᶻσ2ᶻ + J⊥(σ1ˣσ2ˣ + σ1ʸσ2ʸ) + D(σ1ˣσ2ʸ − σ1ʸσ2ˣ).
 *
 * <p>The record accepts any finite values, including an h that is not positive semidefinite:
 * an unstable medium must be reportable as a verdict. {@link #positivityViolations()} lists what fails;
 * the dynamics engine refuses such an h.
 *
 * @param a local relaxation a, rate of σ⁺ jumps (decay towards |↑⟩) (natural units, energy)
 * @param aTilde local excitation ã, rate of σ⁻ jumps (natural units, energy)
 * @param coupling dissipative coupling A (complex, natural units, energy)
 * @param couplingTilde dissipative coupling Ã (complex, natural units, energy)
 * @param jPerp XY coupling J⊥ (natural units, energy)
 * @param jz Ising coupling Jz (natural units, energy)
 * @param dmi Dzyaloshinskii-Moriya coupling D (natural units, energy)
 * @param dephasing local pure dephasing d (natural units, energy)
 * @param dephasingCoupling correlated dephasing 𝔇 (complex, natural units, energy)
 * @param longitudinalComputed whether Jz, d and 𝔇 were computed; when false they are 0 and marked "not computed"
 * @param provenance where the numbers came from
 */
public record BathParameters(double a, double aTilde, Complex coupling, Complex couplingTilde,
        double jPerp, double jz, double dmi, double dephasing, Complex dephasingCoupling,
        boolean longitudinalComputed, Provenance provenance) {

    private static final String UNIT = "natural units, energy";

    /** Validates: every number finite, every field present. */
    public BathParameters {
        Checks.finite("a", a, UNIT);
        Checks.finite("at", aTilde, UNIT);
        finiteComplex("A", coupling);
        finiteComplex("At", couplingTilde);
        Checks.finite("Jperp", jPerp, UNIT);
        Checks.finite("Jz", jz, UNIT);
        Checks.finite("D", dmi, UNIT);
        Checks.finite("d", dephasing, UNIT);
        finiteComplex("Dd", dephasingCoupling);
        Objects.requireNonNull(provenance, "provenance");
    }

    private static void finiteComplex(String name, Complex z) {
        if (z == null) {
            throw new InvalidInputException(name, name + " is missing");
        }
        if (!Double.isFinite(z.getReal()) || !Double.isFinite(z.getImaginary())) {
            throw new InvalidInputException(name, name + " = " + z.getReal() + (z.getImaginary() < 0 ? "" : "+")
                    + z.getImaginary() + "i (" + UNIT + ") is not a finite complex number");
        }
    }

    /**
     * Bath parameters given by hand, with every longitudinal term counted as computed.
     *
     * @param a local relaxation a (natural units, energy)
     * @param aTilde local excitation ã (natural units, energy)
     * @param coupling A (natural units, energy)
     * @param couplingTilde Ã (natural units, energy)
     * @param jPerp J⊥ (natural units, energy)
     * @param jz Jz (natural units, energy)
     * @param dmi D (natural units, energy)
     * @param dephasing d (natural units, energy)
     * @param dephasingCoupling 𝔇 (natural units, energy)
     * @return the parameters, with explicit provenance
     */
    public static BathParameters explicit(double a, double aTilde, Complex coupling, Complex couplingTilde,
            double jPerp, double jz, double dmi, double dephasing, Complex dephasingCoupling) {
        return new BathParameters(a, aTilde, coupling, couplingTilde, jPerp, jz, dmi, dephasing,
                dephasingCoupling, true, Provenance.explicit());
    }

    /**
     * The positivity conditions of h that fail: a ≥ |A|, ã ≥ |Ã|, d ≥ |𝔇| (Eq. S42), and a, ã, d ≥ 0.
     * Each entry names the inequality and by how much it fails. Empty when h is positive semidefinite
     * within a relative tolerance of 1e-12.
     *
     * @return human-readable descriptions of the violated conditions
     */
    public List<String> positivityViolations() {
        List<String> out = new ArrayList<>();
        check(out, "a >= |A|", "a", a, "|A|", coupling.abs());
        check(out, "at >= |At|", "at", aTilde, "|At|", couplingTilde.abs());
        check(out, "d >= |Dd|", "d", dephasing, "|Dd|", dephasingCoupling.abs());
        return out;
    }

    private static void check(List<String> out, String rule, String lhsName, double lhs, String rhsName,
            double rhs) {
        double tol = 1e-12 * Math.max(Math.abs(lhs), rhs);
        if (lhs < rhs - tol) {
            out.add(String.format("h is not positive semidefinite: %s fails, %s = %.6g < %s = %.6g by %.3g (%s)",
                    rule, lhsName, lhs, rhsName, rhs, rhs - lhs, UNIT));
        }
    }

    /**
     * Whether h is positive semidefinite (no entry in {@link #positivityViolations()}).
     *
     * @return true when a ≥ |A|, ã ≥ |Ã| and d ≥ |𝔇|
     */
    public boolean isPositiveSemidefinite() {
        return positivityViolations().isEmpty();
    }
}
