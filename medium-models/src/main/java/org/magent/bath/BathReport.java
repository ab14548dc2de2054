package org.magent.bath;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.magent.masterequation.BathParameters;
import org.magent.medium.StabilityReport;

/**
 * The bath parameters at one separation, with both stability verdicts and what else the user should know.
 *
 * @param bath the master-equation coefficients (paper Eq. 2–4)
 * @param mediumStability the medium's own stability, ω_k ≥ 0 for all k (docs/physics.md §6, level 1)
 * @param bathStability a ≥ |A| and ã ≥ |Ã| (and d ≥ |𝔇| when computed), i.e. the 2×2 spectral matrix 𝒜(Δ)
 *     is positive semidefinite (paper Eq. S42; docs/physics.md §6, level 2)
 * @param lambShift the shift of the qubit splitting, δΔ = λ² Re G_11(Δ) (the second-order level shift of Eq. S31
 *     at T = 0; at T &gt; 0 the anticommutator of S31 adds 2λ² P∫dω/2π n(ω)𝒜_11(ω)/(Δ − ω), not included and
 *     flagged in the warnings; natural units, energy); empty when Re G_11 diverges (continuum media in d ≥ 2)
 * @param warnings notes on what was not computed or approximated
 */
public record BathReport(BathParameters bath, StabilityReport mediumStability, StabilityReport bathStability,
        OptionalDouble lambShift, List<String> warnings) {

    /** Validates: every field present; freezes the warnings. */
    public BathReport {
        Objects.requireNonNull(bath, "bath");
        Objects.requireNonNull(mediumStability, "mediumStability");
        Objects.requireNonNull(bathStability, "bathStability");
        Objects.requireNonNull(lambShift, "lambShift");
        warnings = List.copyOf(warnings);
    }

    /**
     * Whether both the medium and the bath are stable.
     *
     * @return true when neither verdict has a finding
     */
    public boolean stable() {
        return mediumStability.stable() && bathStability.stable();
    }
}
