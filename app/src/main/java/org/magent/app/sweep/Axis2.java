package org.magent.app.sweep;

import java.util.List;
import java.util.Objects;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The second sweep axis and its values.
 *
 * @param kind which quantity varies
 * @param values its values (SI-based natural units in an SI scenario, else natural units)
 */
public record Axis2(Axis2Kind kind, List<Double> values) {

    /**
     * Validates: at least one finite value; temperatures and dampings non-negative; heights positive;
     * efficiencies in [0, 1].
     */
    public Axis2 {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new InvalidInputException("axis2", "--axis2 " + kind.label() + " has no values");
        }
        for (double v : values) {
            Checks.finite(kind.label(), v, "axis2 value");
            if (kind == Axis2Kind.TEMPERATURE) {
                Checks.nonNegative("temperature", v, "axis2 value");
            }
            if (kind == Axis2Kind.EFFICIENCY) {
                new DetectionEfficiency(v);
            }
            if (kind == Axis2Kind.HEIGHT) {
                Checks.positive("height", v, "axis2 value, m");
            }
            if (kind == Axis2Kind.DAMPING) {
                Checks.nonNegative(kind.label(), v, "axis2 value");
            }
        }
    }
}
