package org.magent.medium;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stability verdict (docs/physics.md §6; paper Supplement (v), Eq. S42–S47): either the medium's
 * own stability (ω_k ≥ 0 for all k) or the bath's (the 2×2 spectral matrix 𝒜(ω) positive semidefinite).
 *
 * @param stable true when no condition fails
 * @param findings one line per failed condition, naming where it fails and by how much; empty when stable
 */
public record StabilityReport(boolean stable, List<String> findings) {

    /** Validates: a stable report has no findings and an unstable one has at least one. */
    public StabilityReport {
        findings = List.copyOf(findings);
        if (stable != findings.isEmpty()) {
            throw new IllegalArgumentException("a stability report is stable exactly when it has no findings");
        }
    }

    /**
     * The verdict "stable".
     *
     * @return a stable report without findings
     */
    public static StabilityReport ok() {
        return new StabilityReport(true, List.of());
    }

    /**
     * The verdict for a list of findings: stable when the list is empty.
     *
     * @param findings the failed conditions
     * @return the report
     */
    public static StabilityReport of(List<String> findings) {
        return new StabilityReport(findings.isEmpty(), findings);
    }

    /**
     * Both verdicts together: stable only when both are.
     *
     * @param other another report
     * @return the combined report, findings of this one first
     */
    public StabilityReport and(StabilityReport other) {
        Objects.requireNonNull(other, "other");
        List<String> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return of(all);
    }
}
