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
 */
public record Provenance(String source, Map<String, String> parameters, double frequency, double temperature,
        List<Double> separation, double relativeAccuracy) {

    /** Validates and freezes the collections. */
    public Provenance {
        Objects.requireNonNull(source, "source");
        parameters = Map.copyOf(parameters);
        separation = List.copyOf(separation);
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
