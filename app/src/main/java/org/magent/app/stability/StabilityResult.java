package org.magent.app.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code magent stability} found.
 *
 * @param mediumName the medium's registered name
 * @param medium the medium's own condition, ω_k ≥ 0 for all k (docs/physics.md §6, level 1) or a table's positivity
 * @param bath the bath conditions a ≥ |A|, ã ≥ |Ã| and detailed balance ã/a = e^{−ω/T}, in that order
 * @param skipped one note per frequency that could not be evaluated, with the reason
 * @param omegas the frequencies scanned (natural units, energy)
 * @param separations how many separations were scanned at each frequency
 */
public record StabilityResult(String mediumName, Check medium, List<Check> bath, List<String> skipped,
        List<Double> omegas, int separations) {

    /** Validates presence; freezes the lists. */
    public StabilityResult {
        Objects.requireNonNull(mediumName, "mediumName");
        Objects.requireNonNull(medium, "medium");
        bath = List.copyOf(bath);
        skipped = List.copyOf(skipped);
        omegas = List.copyOf(omegas);
    }

    /**
     * All checks, the medium's first.
     *
     * @return the medium check followed by the bath checks
     */
    public List<Check> checks() {
        List<Check> all = new ArrayList<>();
        all.add(medium);
        all.addAll(bath);
        return all;
    }

    /**
     * The verdict: stable when every check passed.
     *
     * @return true when stable
     */
    public boolean stable() {
        return checks().stream().allMatch(Check::passed);
    }
}
