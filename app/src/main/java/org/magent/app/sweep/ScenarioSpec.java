package org.magent.app.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.magent.app.input.Efficiency;
import org.magent.app.media.ConfiguredMedium;
import org.magent.app.media.QubitSpec;
import org.magent.app.output.Json;
import org.magent.app.units.MicromagneticParameters;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.app.units.UnitMix;
import org.magent.bath.QubitCoupling;
import org.magent.medium.MediumCatalog;
import org.magent.medium.Separation;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.validation.InvalidInputException;

/**
 * A sweep as the user writes it: the text of each scenario option, exactly as typed on the command line or in a
 * scenario file ({@code "separation": "2nm:400nm:40"}, {@code "temperature": "50mK"}), so that a scenario file
 * reads in the units the user would type and repeats the run bit for bit. Absent options are null (empty maps for
 * the parameters and qubits). {@link #resolve} turns it into the numbers of a {@link Scenario}.
 *
 * <p>Options override a base ({@link #overriddenBy}): a value replaces the base's; {@code --set} and
 * {@code --qubits} replace single names (a new coupling handle lambda, a or T1 replaces the old one;
 * exchangeConstant/magnetisation replace stiffness/spinDensity and the other way round); a different
 * {@code --medium} drops the base's medium parameters; {@code --axis2 none} removes the second axis.
 *
 * @param medium the registered medium name ({@code --medium})
 * @param parameters medium parameters, name to text ({@code --set})
 * @param qubits Delta1, Delta2 and one of lambda, a, T1, name to text ({@code --qubits})
 * @param temperature {@code --temperature}
 * @param separation {@code --separation}: a list r1,r2,... or a range start:stop:count
 * @param spacing {@code --spacing}: linear or log
 * @param axis2 {@code --axis2}: name=values, or "none"
 * @param initial {@code --initial}
 * @param times {@code --times}
 * @param postselectTime {@code --postselect-time}
 * @param efficiency {@code --efficiency}: the detection efficiency of the postselected columns (bare, 0..1)
 */
public record ScenarioSpec(String medium, Map<String, String> parameters, Map<String, String> qubits,
        String temperature, String separation, String spacing, String axis2, String initial, String times,
        String postselectTime, String efficiency) {

    /** The keys of a scenario file, in the order they are written, with the options they stand for. */
    public static final Map<String, String> KEYS = keys();
    /** The value of {@code --axis2} that removes a base's second axis. */
    public static final String NO_AXIS = "none";
    private static final List<String> COUPLING_HANDLES = List.of("lambda", "a", "T1");

    /** Freezes the maps (null → empty). */
    public ScenarioSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
        qubits = Collections.unmodifiableMap(new LinkedHashMap<>(qubits == null ? Map.of() : qubits));
    }

    private static Map<String, String> keys() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("medium", "--medium");
        k.put("parameters", "--set");
        k.put("qubits", "--qubits");
        k.put("temperature", "--temperature");
        k.put("separation", "--separation");
        k.put("spacing", "--spacing");
        k.put("axis2", "--axis2");
        k.put("initial", "--initial");
        k.put("times", "--times");
        k.put("postselect_time", "--postselect-time");
        k.put("efficiency", "--efficiency");
        return Collections.unmodifiableMap(k);
    }

    /**
     * A scenario with nothing given.
     *
     * @return the empty specification
     */
    public static ScenarioSpec empty() {
        return new ScenarioSpec(null, Map.of(), Map.of(), null, null, null, null, null, null, null, null);
    }

    /**
     * This scenario with the options given in another one taking precedence (rules in the class comment).
     *
     * @param o the overriding options (absent ones keep this scenario's values)
     * @return the merged scenario
     */
    public ScenarioSpec overriddenBy(ScenarioSpec o) {
        boolean newMedium = o.medium != null && !o.medium.strip().equals(medium == null ? null : medium.strip());
        Map<String, String> p = new LinkedHashMap<>(newMedium ? Map.of() : parameters);
        if (o.parameters.keySet().stream().anyMatch(MicromagneticParameters.NAMES::contains)) {
            MicromagneticParameters.REPLACED.forEach(p::remove);
        }
        if (o.parameters.keySet().stream().anyMatch(MicromagneticParameters.REPLACED::contains)) {
            MicromagneticParameters.NAMES.forEach(p::remove);
        }
        p.putAll(o.parameters);
        Map<String, String> q = new LinkedHashMap<>(qubits);
        if (o.qubits.keySet().stream().anyMatch(COUPLING_HANDLES::contains)) {
            COUPLING_HANDLES.forEach(q::remove);
        }
        q.putAll(o.qubits);
        return new ScenarioSpec(or(o.medium, medium), p, q, or(o.temperature, temperature),
                or(o.separation, separation), or(o.spacing, spacing), or(o.axis2, axis2), or(o.initial, initial),
                or(o.times, times), or(o.postselectTime, postselectTime), or(o.efficiency, efficiency));
    }

    private static String or(String over, String base) {
        return over != null ? over : base;
    }

    /**
     * The scenario file: the given options in the order of {@link #KEYS}, values as typed.
     *
     * @return the JSON object
     */
    public ObjectNode toJson() {
        ObjectNode n = Json.object();
        putText(n, "medium", medium);
        if (!parameters.isEmpty()) {
            ObjectNode p = n.putObject("parameters");
            parameters.forEach(p::put);
        }
        if (!qubits.isEmpty()) {
            ObjectNode q = n.putObject("qubits");
            qubits.forEach(q::put);
        }
        putText(n, "temperature", temperature);
        putText(n, "separation", separation);
        putText(n, "spacing", spacing);
        putText(n, "axis2", hasAxis2() ? axis2 : null);
        putText(n, "initial", initial);
        putText(n, "times", times);
        putText(n, "postselect_time", postselectTime);
        putText(n, "efficiency", efficiency);
        return n;
    }

    private static void putText(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value.strip());
        }
    }

    private boolean hasAxis2() {
        return axis2 != null && !axis2.strip().equalsIgnoreCase(NO_AXIS);
    }

    /**
     * Validates the scenario and computes its numbers: configures the medium (which checks every parameter),
     * reads every quantity with its unit, applies the rule on mixed units ({@link UnitMix}) and fixes λ from a
     * target rate a or T1 where one is given ({@link QubitSpec#resolve}).
     *
     * @param catalog the registered media
     * @return the scenario
     * @throws InvalidInputException for a missing or bad option, a mix of inputs with and without units, an
     *     unknown medium or parameter, or a coupling target the medium cannot reach
     */
    public Scenario resolve(MediumCatalog catalog) {
        if (medium == null) {
            throw new InvalidInputException("medium", "--medium is required (see 'magent models'), or leave it out"
                    + " to change the built-in example");
        }
        ConfiguredMedium configured = ConfiguredMedium.of(catalog, medium, parameters);
        boolean lattice = configured.medium().isLattice();
        int d = ConfiguredMedium.spatialDimension(configured.medium());
        if (qubits.isEmpty()) {
            throw new InvalidInputException("qubits", "--qubits is required: Delta1=..,Delta2=..[,lambda=..|a=..|T1=..]");
        }
        unknownNames("--qubits", qubits, QubitSpec.NAMES);
        QubitSpec q = QubitSpec.parse(qubits, d);
        UnitMix mix = configured.addTo(new UnitMix("sweep")).addAll(q.unitInputs());
        ParsedQuantity t = new ParsedQuantity(0, false);
        if (temperature != null) {
            t = Quantities.parse("temperature", temperature, QuantityKind.TEMPERATURE);
            mix.add("temperature", temperature, t);
        }
        Spacing sp = parsedSpacing();
        if (separation == null) {
            throw new InvalidInputException("separation", "--separation is required: r1,r2,... or start:stop:count");
        }
        Ranges.Values rs = Ranges.parse("separation", separation, QuantityKind.LENGTH, sp, QuantityReader.DEFAULT);
        if (lattice && rs.hadUnit()) {
            throw new InvalidInputException("separation", "separation = '" + separation.strip() + "': "
                    + configured.medium().name() + " measures separations in lattice constants; give bare numbers");
        }
        if (!lattice) {
            mix.add("separation", separation, rs.hadUnit(), rs.values().stream().allMatch(v -> v == 0));
        }
        Optional<Axis2> second = Optional.empty();
        if (hasAxis2()) {
            int eq = axis2.indexOf('=');
            if (eq < 0) {
                throw new InvalidInputException("axis2", "--axis2 '" + axis2.strip() + "' must be name=range, e.g."
                        + " temperature=0,50mK (or none)");
            }
            Axis2Kind kind = Axis2Kind.parse(axis2.substring(0, eq));
            Ranges.Values v = Ranges.parse("axis2 " + kind.label(), axis2.substring(eq + 1), kind.kind(), sp,
                    QuantityReader.DEFAULT);
            mix.add("axis2", axis2, v.hadUnit(), v.values().stream().allMatch(x -> x == 0));
            second = Optional.of(new Axis2(kind, v.values()));
        }
        Ranges.Values ts = times == null ? new Ranges.Values(List.of(), false)
                : Ranges.parse("times", times, QuantityKind.TIME, Spacing.linear, QuantityReader.DEFAULT);
        if (times != null) {
            mix.add("times", times, ts.hadUnit(), ts.values().stream().allMatch(x -> x == 0));
        }
        double tp;
        if (postselectTime != null) {
            ParsedQuantity p = Quantities.parse("postselect-time", postselectTime, QuantityKind.TIME);
            mix.add("postselect-time", postselectTime, p);
            tp = p.value();
        } else if (!ts.values().isEmpty()) {
            tp = ts.values().get(0);
        } else {
            throw new InvalidInputException("postselect-time", "--postselect-time is required when --times is"
                    + " not given");
        }
        DetectionEfficiency eta = Efficiency.parse(efficiency);
        boolean si = mix.requireConsistent();
        Scenario.requireSize(rs.values().size(), second.map(a -> a.values().size()).orElse(1));
        QubitCoupling coupling = q.resolve(configured.medium(), Separation.alongX(rs.values().get(0)));
        return new Scenario(medium.strip(), configured.medium().parameterValues(), coupling.delta1(),
                coupling.delta2(), coupling.lambda(), t.value(), rs.values(), sp, second,
                initial == null ? "ud" : initial.strip(), ts.values(), tp, si, eta.value());
    }

    private Spacing parsedSpacing() {
        if (spacing == null) {
            return Spacing.linear;
        }
        String s = spacing.strip().toLowerCase(Locale.ROOT);
        for (Spacing v : Spacing.values()) {
            if (v.name().equals(s)) {
                return v;
            }
        }
        throw new InvalidInputException("spacing", "--spacing = '" + spacing.strip() + "' (expected linear or log)");
    }

    private static void unknownNames(String option, Map<String, String> given, List<String> valid) {
        for (String k : given.keySet()) {
            if (!valid.contains(k)) {
                throw new InvalidInputException(k, option + ": unknown name '" + k + "'"
                        + org.magent.app.input.Suggestions.hint(k, valid) + "; valid names are "
                        + String.join(", ", valid));
            }
        }
    }
}
