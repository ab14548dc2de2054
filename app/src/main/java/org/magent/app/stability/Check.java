package org.magent.app.stability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one stability condition.
 *
 * @param name a short identifier, e.g. "a_ge_abs_A"
 * @param condition the condition in words, e.g. "a >= |A|"
 * @param evaluated at how many points it was evaluated (0: not evaluated)
 * @param passed whether it holds at every evaluated point (within the medium's accuracy)
 * @param worst the point where it is worst (smallest margin, largest deviation), when there is one
 * @param findings the medium's own findings (for the medium check); for an inequality that holds only because
 *     both sides are round-off everywhere, a note saying so; empty otherwise
 */
public record Check(String name, String condition, int evaluated, boolean passed, Optional<GridPoint> worst,
        List<String> findings) {

    /** Validates presence; freezes the findings. */
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(worst, "worst");
        findings = List.copyOf(findings);
        if (evaluated < 0) {
            throw new IllegalArgumentException("evaluated = " + evaluated + " < 0");
        }
    }
}
