package org.magent.medium.greens;

import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.complex.Complex;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * Values of a retarded Green's function G^R(ρ_k, ω) at a list of displacements, with the accuracy reached.
 *
 * @param values G^R at each displacement, {@code values.get(k)} belonging to {@code displacements.get(k)} of the
 *     request (natural units, 1/energy times spin density)
 * @param relativeAccuracy estimated relative error reached (dimensionless); 0 for closed forms at machine precision
 * @param method how the values were obtained, including any caveat (e.g. "Re G(0) divergent")
 */
public record GreensValues(List<Complex> values, double relativeAccuracy, String method) {

    /** Validates: finite values, non-negative accuracy, non-blank method. */
    public GreensValues {
        values = List.copyOf(values);
        for (Complex v : values) {
            if (!Double.isFinite(v.getReal()) || !Double.isFinite(v.getImaginary())) {
                throw new InvalidInputException("values", "Green's function value " + v + " is not finite");
            }
        }
        Checks.nonNegative("relativeAccuracy", relativeAccuracy, "dimensionless");
        Objects.requireNonNull(method, "method");
        if (method.isBlank()) {
            throw new InvalidInputException("method", "method must not be blank");
        }
    }
}
