package org.magent.app.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.magent.masterequation.BathParameters;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.Separation;
import org.magent.medium.StabilityReport;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * Scans a medium for instabilities (docs/physics.md §6; paper Supplement (v), Eq. S42): its own
 * ω_k ≥ 0, then at every (ω, r) of a grid with ω &gt; 0 the bath coefficients from the fluctuation–dissipation
 * layer (Eq. S33) for qubits with Δ = ω, checking a ≥ |A| and ã ≥ |Ã| (the 2×2 spectral matrix 𝒜(ω) is PSD)
 * and detailed balance ã/a = e^{−ω/T}.
 *
 * <p>A frequency the medium cannot evaluate (e.g. an undamped band edge in d ≤ 2) is skipped with a note;
 * when no frequency can be evaluated, the first refusal is thrown. A refused separation is the user's input and
 * is always thrown.
 */
public final class StabilityScan {

    /** How the round-off level is described to the user. */
    private static final String ROUND_OFF_TEXT = String.format(Locale.ROOT, "%.0f machine epsilons of the Green's"
            + " functions' magnitude", FluctuationDissipation.ROUND_OFF / Math.ulp(1.0));

    /** Relative tolerance of the detailed-balance check (the FDT layer holds it to machine precision). */
    static final double DETAILED_BALANCE_TOLERANCE = 1e-9;

    private StabilityScan() {
    }

    /**
     * Runs the scan.
     *
     * @param medium the configured medium (possibly unstable)
     * @param lambda the qubit–medium coupling λ (natural units); it scales a, ã, A, Ã alike
     * @param temperature T ≥ 0 (natural units, energy)
     * @param omegas the frequencies, each &gt; 0 (natural units, energy)
     * @param separations the separations (medium length unit)
     * @return what was found
     * @throws InvalidInputException for a non-positive frequency, a negative temperature, a separation the
     *     medium refuses, or when the medium can evaluate none of the frequencies
     */
    public static StabilityResult run(Medium medium, double lambda, double temperature, List<Double> omegas,
            List<Separation> separations) {
        Objects.requireNonNull(medium, "medium");
        Checks.nonNegative("temperature", temperature, "natural units, energy");
        for (double omega : omegas) {
            Checks.positive("omega", omega, "natural units, energy");
        }
        if (separations.isEmpty() || omegas.isEmpty()) {
            throw new InvalidInputException("grid", "the frequency and separation grids must not be empty");
        }
        StabilityReport own = medium.stability();
        List<String> findings = new ArrayList<>(own.findings());
        if (!own.stable()) {
            findings.add("the " + medium.name() + " is unstable");
        }
        Check mediumCheck = new Check("medium", medium.stabilityCondition(), 1, own.stable(), Optional.empty(),
                findings);

        double tolerance = 1e-12;
        Inequality aCheck = new Inequality();
        Inequality atCheck = new Inequality();
        Deviation balance = new Deviation();
        List<String> skipped = new ArrayList<>();
        InvalidInputException firstRefusal = null;
        int evaluatedFrequencies = 0;
        for (double omega : omegas) {
            List<BathReport> reports;
            try {
                reports = FluctuationDissipation.sweep(medium, QubitCoupling.symmetric(omega, lambda), temperature,
                        separations);
            } catch (InvalidInputException e) {
                if (e.parameter() != null && e.parameter().startsWith("separation")) {
                    throw e;
                }
                firstRefusal = firstRefusal == null ? e : firstRefusal;
                skipped.add(String.format(Locale.ROOT, "omega = %.6g skipped: %s", omega, e.getMessage()));
                continue;
            }
            for (BathReport report : reports) {
                tolerance = Math.max(tolerance, report.bath().provenance().relativeAccuracy());
            }
            evaluatedFrequencies++;
            for (int i = 0; i < reports.size(); i++) {
                BathParameters b = reports.get(i).bath();
                Separation r = separations.get(i);
                aCheck.add(new GridPoint(omega, r, b.a(), b.coupling().abs()), tolerance, b.provenance().roundOff());
                atCheck.add(new GridPoint(omega, r, b.aTilde(), b.couplingTilde().abs()), tolerance,
                        b.provenance().roundOffTilde());
                if (b.a() > 0) { // at T = 0 the expected ratio is e^{−ω/0} = 0
                    double expected = temperature > 0 ? Math.exp(-omega / temperature) : 0;
                    balance.add(new GridPoint(omega, r, b.aTilde() / b.a(), expected));
                }
            }
        }
        if (evaluatedFrequencies == 0 && firstRefusal != null) {
            throw firstRefusal;
        }
        List<Check> bath = List.of(aCheck.check("a_ge_abs_A", "a >= |A|"), atCheck.check("at_ge_abs_At", "at >= |At|"),
                balance.check());
        return new StabilityResult(medium.name(), mediumCheck, bath, skipped, omegas, separations.size());
    }

    /**
     * lhs ≥ rhs at every point, within a relative tolerance or the round-off level of the Green's functions
     * (the bath's provenance), whichever is larger. Tracks the smallest relative margin among the failing points,
     * or else among the points where a side exceeds round-off: where both sides are round-off (a = 0 outside a
     * band, |A| ~ 1e-16) the relative margin means nothing.
     */
    private static final class Inequality {
        private int count;
        private boolean violated;
        private GridPoint worst;
        private int roundOffOnly;

        void add(GridPoint p, double tolerance, double roundOff) {
            count++;
            double scale = Math.max(Math.abs(p.lhs()), Math.abs(p.rhs()));
            double slack = Math.max(tolerance * scale, roundOff);
            boolean fails = p.lhs() < p.rhs() - slack || p.lhs() < -slack;
            if (!fails && scale > 0 && scale <= roundOff) {
                roundOffOnly++;
                return;
            }
            if (fails && !violated) {
                worst = null; // a failing point outranks every point that holds
            }
            violated |= fails;
            if (scale > 0 && fails == violated && (worst == null || p.relativeMargin() < worst.relativeMargin())) {
                worst = p;
            }
        }

        Check check(String name, String condition) {
            List<String> notes = worst == null && roundOffOnly > 0
                    ? List.of("holds: both sides are round-off (below " + ROUND_OFF_TEXT + ") at every point")
                    : List.of();
            return new Check(name, condition, count, !violated, Optional.ofNullable(worst), notes);
        }
    }

    /** A measured ratio equal to an expected one; tracks the largest relative deviation. */
    private static final class Deviation {
        private int count;
        private GridPoint worst;

        void add(GridPoint p) {
            count++;
            if (worst == null || p.relativeDeviation() > worst.relativeDeviation()) {
                worst = p;
            }
        }

        /** Where a = 0 everywhere there is no ratio to measure (count 0) and the check holds vacuously. */
        Check check() {
            boolean passed = worst == null || worst.relativeDeviation() <= DETAILED_BALANCE_TOLERANCE;
            return new Check("detailed_balance", "at/a = exp(-omega/T)", count, passed, Optional.ofNullable(worst),
                    List.of());
        }
    }
}
