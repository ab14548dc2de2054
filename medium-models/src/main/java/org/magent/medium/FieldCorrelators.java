package org.magent.medium;

import java.util.List;
import java.util.Objects;
import org.magent.validation.Checks;

/**
 * The retarded correlators G^R_{B_a(x_i) B_b(x_j)}(ω) of a vector field B between two points, for many
 * separations ρ r̂ along one in-plane direction r̂, with the accuracy that the evaluation reached.
 *
 * @param local the correlator of the field at one point with itself (ρ = 0), in the medium's SI units (T² s for a
 *     magnetic field)
 * @param forward G^R_{B_a(x + ρr̂) B_b(x)} for every ρ in the order requested (same unit): the field at the far
 *     point responding to a source at the near one
 * @param backward G^R_{B_a(x) B_b(x + ρr̂)} for every ρ (same unit)
 * @param relativeAccuracy the estimated error, relative to the largest component of {@code local}
 */
public record FieldCorrelators(FieldTensor local, List<FieldTensor> forward, List<FieldTensor> backward,
        double relativeAccuracy) {

    /** Validates and freezes. */
    public FieldCorrelators {
        Objects.requireNonNull(local, "local");
        forward = List.copyOf(forward);
        backward = List.copyOf(backward);
        if (forward.size() != backward.size()) {
            throw new IllegalArgumentException("forward and backward correlators differ in number");
        }
        Checks.nonNegative("relativeAccuracy", relativeAccuracy, "dimensionless");
    }
}
