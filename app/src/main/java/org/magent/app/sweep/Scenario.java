package org.magent.app.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.magent.app.input.InitialState;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;

/**
 * The numbers of a sweep, resolved from its {@link ScenarioSpec} (the text as typed, which is what
 * {@code scenario.json} stores). In an SI scenario ({@code si}) energies, rates and temperatures are angular
 * frequencies (rad/s), lengths metres and times seconds; otherwise every number is in the natural units the
 * medium's parameters define.
 *
 * @param medium the registered medium name
 * @param parameters the medium parameters as passed to the medium (numbers as text)
 * @param delta1 Δ1 (energy)
 * @param delta2 Δ2 (energy)
 * @param lambda λ (coupling; λ²·G is an energy)
 * @param temperature T (energy), used unless axis 2 is the temperature
 * @param separations the main axis r, ≥ 0 (length)
 * @param spacing how the separations were laid out (used for the plots' x axis)
 * @param axis2 the optional second axis
 * @param initial the initial state (a name or four amplitudes, as {@code --initial})
 * @param times the extra sampling times for the concurrence, ≥ 0 (time)
 * @param postselectTime the time of the postselected quantities, ≥ 0 (time)
 * @param si whether the numbers are SI-based natural units
 * @param efficiency the detection efficiency η of the postselected columns (dimensionless, in [0, 1]), used unless
 *     axis 2 is the efficiency
 * @param nv the NV centres above a field medium (the film), or empty for qubits coupled by contact; with NVs,
 *     {@code delta1} and {@code delta2} are the NVs' frequencies at the scenario's field and {@code lambda} is 0
 *     (unused: the coupling follows from the NV Hamiltonian)
 */
public record Scenario(String medium, Map<String, String> parameters, double delta1, double delta2, double lambda,
        double temperature, List<Double> separations, Spacing spacing, Optional<Axis2> axis2, String initial,
        List<Double> times, double postselectTime, boolean si, double efficiency, Optional<NvScenario> nv) {

    /** Validates every field; freezes the collections. */
    public Scenario {
        Objects.requireNonNull(medium, "medium");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Checks.finite("Delta1", delta1, "energy");
        Checks.finite("Delta2", delta2, "energy");
        Checks.finite("lambda", lambda, "coupling");
        Checks.nonNegative("temperature", temperature, "energy");
        separations = List.copyOf(separations);
        if (separations.isEmpty()) {
            throw new InvalidInputException("separation", "--separation gives no points");
        }
        for (double r : separations) {
            Checks.nonNegative("separation", r, si ? "m" : "natural length unit");
        }
        Objects.requireNonNull(spacing, "spacing");
        Objects.requireNonNull(axis2, "axis2");
        InitialState.parse(initial);
        times = List.copyOf(times);
        for (double t : times) {
            Checks.nonNegative("times", t, si ? "s" : "natural units, time");
        }
        Checks.nonNegative("postselect-time", postselectTime, si ? "s" : "natural units, time");
        new DetectionEfficiency(efficiency);
        Objects.requireNonNull(nv, "nv");
        requireSize(separations.size() * nv.map(n -> n.directions().size()).orElse(1),
                axis2.map(a -> a.values().size()).orElse(1));
        if (axis2.isPresent()) {
            axis2.get().kind().requireApplicable(nv.isPresent(), medium);
        }
        if (!si && axis2.isPresent() && axis2.get().kind() == Axis2Kind.FIELD) {
            throw new InvalidInputException("axis2", "--axis2 field needs physical units (e.g. field=1mT:50mT:10)"
                    + " and a scenario in SI units");
        }
    }

    /** The largest number of points of one sweep (separations × axis-2 values). */
    public static final int MAX_POINTS = 1_000_000;

    /**
     * Refuses a sweep with more than {@link #MAX_POINTS} points.
     *
     * @param separations the number of separations
     * @param axis2 the number of axis-2 values (1 without a second axis)
     * @throws InvalidInputException when the product exceeds {@link #MAX_POINTS}
     */
    public static void requireSize(int separations, int axis2) {
        long total = (long) separations * axis2;
        if (total > MAX_POINTS) {
            throw new InvalidInputException("separation", "--separation and --axis2 give " + separations + " x "
                    + axis2 + " = " + total + " points, too many for one sweep; give at most " + MAX_POINTS);
        }
    }

    /**
     * A scenario of qubits coupled by contact.
     *
     * @param medium the registered medium name
     * @param parameters the medium parameters
     * @param delta1 Δ1 (energy)
     * @param delta2 Δ2 (energy)
     * @param lambda λ (coupling)
     * @param temperature T (energy)
     * @param separations the main axis r (length)
     * @param spacing the layout of the separations
     * @param axis2 the optional second axis
     * @param initial the initial state
     * @param times the extra sampling times (time)
     * @param postselectTime the time of the postselected quantities (time)
     * @param si whether the numbers are SI-based natural units
     * @param efficiency the detection efficiency η
     */
    public Scenario(String medium, Map<String, String> parameters, double delta1, double delta2, double lambda,
            double temperature, List<Double> separations, Spacing spacing, Optional<Axis2> axis2, String initial,
            List<Double> times, double postselectTime, boolean si, double efficiency) {
        this(medium, parameters, delta1, delta2, lambda, temperature, separations, spacing, axis2, initial, times,
                postselectTime, si, efficiency, Optional.empty());
    }

    /**
     * A scenario with the ideal detector (efficiency 1).
     *
     * @param medium the registered medium name
     * @param parameters the medium parameters
     * @param delta1 Δ1 (energy)
     * @param delta2 Δ2 (energy)
     * @param lambda λ (coupling)
     * @param temperature T (energy)
     * @param separations the main axis r (length)
     * @param spacing the layout of the separations
     * @param axis2 the optional second axis
     * @param initial the initial state
     * @param times the extra sampling times (time)
     * @param postselectTime the time of the postselected quantities (time)
     * @param si whether the numbers are SI-based natural units
     */
    public Scenario(String medium, Map<String, String> parameters, double delta1, double delta2, double lambda,
            double temperature, List<Double> separations, Spacing spacing, Optional<Axis2> axis2, String initial,
            List<Double> times, double postselectTime, boolean si) {
        this(medium, parameters, delta1, delta2, lambda, temperature, separations, spacing, axis2, initial, times,
                postselectTime, si, 1.0);
    }

    /**
     * The number of points, separations × directions × axis-2 values.
     *
     * @return the count
     */
    public int size() {
        return separations.size() * directionCount() * axis2.map(a -> a.values().size()).orElse(1);
    }

    /**
     * The number of in-plane directions of the separations (1 without NV centres: along x).
     *
     * @return the count
     */
    public int directionCount() {
        return nv.map(n -> n.directions().size()).orElse(1);
    }
}
