package org.magent.masterequation;

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
 * @param a local relaxation a of qubit 1 (a_1), rate of σ1⁺ jumps (decay towards |↑⟩) (natural units, energy)
 * @param aTilde local excitation ã of qubit 1 (ã_1), rate of σ1⁻ jumps (natural units, energy)
 * @param coupling dissipative coupling A (complex, natural units, energy)
 * @param couplingTilde dissipative coupling Ã (complex, natural units, energy)
 * @param jPerp XY coupling J⊥ (natural units, energy)
 * @param jz Ising coupling Jz (natural units, energy)
 * @param dmi Dzyaloshinskii-Moriya coupling D (natural units, energy)
 * @param dephasing local pure dephasing d of qubit 1 (d_1) (natural units, energy)
 * @param dephasingCoupling correlated dephasing 𝔇 (complex, natural units, energy)
 * @param longitudinalComputed whether Jz, d and 𝔇 were computed; when false they are 0 and marked "not computed"
 * @param provenance where the numbers came from
 * @param a2 local relaxation a_2 of qubit 2 (natural units, energy); equal to {@code a} for identical qubits
 * @param aTilde2 local excitation ã_2 of qubit 2 (natural units, energy)
 * @param dephasing2 local pure dephasing d_2 of qubit 2 (natural units, energy)
 */
public record BathParameters(double a, double aTilde, Complex coupling, Complex couplingTilde,
        double jPerp, double jz, double dmi, double dephasing, Complex dephasingCoupling,
        boolean longitudinalComputed, Provenance provenance, double a2, double aTilde2, double dephasing2) {

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
        Checks.finite("a2", a2, UNIT);
        Checks.finite("at2", aTilde2, UNIT);
        Checks.finite("d2", dephasing2, UNIT);
    }

    /**
     * Bath parameters of two qubits with the same local terms (a_1 = a_2, ã_1 = ã_2, d_1 = d_2), the case of
     * Eq. (4) of the paper.
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
     * @param longitudinalComputed whether Jz, d and 𝔇 were computed
     * @param provenance where the numbers came from
     */
    public BathParameters(double a, double aTilde, Complex coupling, Complex couplingTilde, double jPerp,
            double jz, double dmi, double dephasing, Complex dephasingCoupling, boolean longitudinalComputed,
            Provenance provenance) {
        this(a, aTilde, coupling, couplingTilde, jPerp, jz, dmi, dephasing, dephasingCoupling,
                longitudinalComputed, provenance, a, aTilde, dephasing);
    }

    /**
     * Whether both qubits have the same local terms (a_1 = a_2, ã_1 = ã_2, d_1 = d_2 exactly), the form of Eq. (4).
     *
     * @return true for identical local terms
     */
    public boolean locallySymmetric() {
        return a == a2 && aTilde == aTilde2 && dephasing == dephasing2;
    }

    /**
     * The same parameters with other local terms for each qubit, e.g. with intrinsic relaxation added.
     *
     * @param a1 a_1 (natural units, energy)
     * @param a2 a_2 (natural units, energy)
     * @param aTilde1 ã_1 (natural units, energy)
     * @param aTilde2 ã_2 (natural units, energy)
     * @param d1 d_1 (natural units, energy)
     * @param d2 d_2 (natural units, energy)
     * @return the new parameters
     */
    public BathParameters withLocal(double a1, double a2, double aTilde1, double aTilde2, double d1, double d2) {
        return new BathParameters(a1, aTilde1, coupling, couplingTilde, jPerp, jz, dmi, d1, dephasingCoupling,
                longitudinalComputed, provenance, a2, aTilde2, d2);
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
     * The positivity conditions of h that fail: a ≥ |A|, ã ≥ |Ã|, d ≥ |𝔇| (Eq. S42), and a, ã, d ≥ 0; with
     * different local terms per qubit, each 2×2 block [[x_1, X*],[X, x_2]] is positive semidefinite when
     * x_1, x_2 ≥ 0 and √(x_1 x_2) ≥ |X|. Each entry names the inequality and by how much it fails. Empty when
     * h is positive semidefinite within a relative tolerance of 1e-12, or within the round-off level of the
     * Green's functions the rates came from ({@link Provenance#roundOff()}, {@link Provenance#roundOffTilde()}),
     * whichever is larger: a rate that is 0 outside a band is exactly 0, but |A| there is round-off.
     *
     * @return human-readable descriptions of the violated conditions
     */
    public List<String> positivityViolations() {
        List<String> out = new ArrayList<>();
        block(out, "a", a, a2, "|A|", coupling.abs(), provenance.roundOff());
        block(out, "at", aTilde, aTilde2, "|At|", couplingTilde.abs(), provenance.roundOffTilde());
        block(out, "d", dephasing, dephasing2, "|Dd|", dephasingCoupling.abs(), 0);
        return out;
    }

    private static void block(List<String> out, String name, double x1, double x2, String rhsName, double rhs,
            double roundOff) {
        if (x1 == x2) {
            check(out, name + " >= " + rhsName, name, x1, rhsName, rhs, roundOff);
            return;
        }
        check(out, name + "1 >= 0", name + "1", x1, "0", 0, roundOff);
        check(out, name + "2 >= 0", name + "2", x2, "0", 0, roundOff);
        if (x1 >= 0 && x2 >= 0) {
            String lhs = "sqrt(" + name + "1 " + name + "2)";
            check(out, lhs + " >= " + rhsName, lhs, Math.sqrt(x1 * x2), rhsName, rhs, roundOff);
        }
    }

    private static void check(List<String> out, String rule, String lhsName, double lhs, String rhsName,
            double rhs, double roundOff) {
        double tol = Math.max(1e-12 * Math.max(Math.abs(lhs), rhs), roundOff);
        if (lhs < rhs - tol) {
            out.add(String.format(java.util.Locale.ROOT, "h is not positive semidefinite: %s fails, %s = %.6g < %s = %.6g by %.3g (%s)",
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
