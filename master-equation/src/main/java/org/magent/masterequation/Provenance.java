package org.magent.masterequation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a set of bath parameters came from.
 *
 * @param source the medium's registered name, or {@code "explicit"} for rates given by hand
 * @param parameters the medium parameters as given (name to value text); empty for explicit rates
 * @param frequency the qubit frequency Δ at which the correlators were evaluated (natural units, energy)
 * @param temperature the temperature T (natural units, energy); NaN when not applicable (explicit rates)
 * @param separation the separation vector r of qubit 2 from qubit 1 (medium length unit); empty when not applicable
 * @param relativeAccuracy the relative accuracy the Green's-function evaluation reached; 0 for closed forms
 *     evaluated to machine precision and for explicit rates
 * @param roundOff the round-off level of a and A (natural units, energy): a few machine epsilons times the
 *     magnitude of the Green's functions they were computed from (with the coupling and the Bose factor 1 + n);
 *     a ≥ |A| is checked to within it. 0 for explicit rates
 * @param roundOffTilde the round-off level of ã and Ã (natural units, energy), the same with the Bose factor n;
 *     0 for explicit rates
 */
public record Provenance(String source, Map<String, String> parameters, double frequency, double temperature,
        List<Double> separation, double relativeAccuracy, double roundOff, double roundOffTilde) {

    /** Validates and freezes the collections; the round-off levels must be finite and non-negative. */
    public Provenance {
        Objects.requireNonNull(source, "source");
        parameters = Map.copyOf(parameters);
        separation = List.copyOf(separation);
        if (!(roundOff >= 0 && roundOff < Double.POSITIVE_INFINITY)
                || !(roundOffTilde >= 0 && roundOffTilde < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("round-off levels must be finite and non-negative: " + roundOff
                    + ", " + roundOffTilde);
        }
    }

    /**
     * Provenance without a round-off level (the positivity of h is then checked to a relative 1e-12 only).
     *
     * @param source the medium's registered name
     * @param parameters the medium parameters as given
     * @param frequency the qubit frequency Δ (natural units, energy)
     * @param temperature the temperature T (natural units, energy)
     * @param separation the separation vector r (medium length unit)
     * @param relativeAccuracy the relative accuracy of the Green's-function evaluation
     */
    public Provenance(String source, Map<String, String> parameters, double frequency, double temperature,
            List<Double> separation, double relativeAccuracy) {
        this(source, parameters, frequency, temperature, separation, relativeAccuracy, 0, 0);
    }

    /**
     * Provenance of rates that the user gave explicitly.
     *
     * @return the provenance record for explicit rates
     */
    public static Provenance explicit() {
        return new Provenance("explicit", Map.of(), Double.NaN, Double.NaN, List.of(), 0.0);
    }
}
