package org.magent.app.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.magent.app.input.Efficiency;
import org.magent.app.media.ConfiguredMedium;
import org.magent.app.media.QubitSpec;
import org.magent.app.nv.FilmSetup;
import org.magent.app.nv.NvOptions;
import org.magent.app.nv.NvSpec;
import org.magent.app.output.Json;
import org.magent.app.units.MicromagneticParameters;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.app.units.UnitMix;
import org.magent.bath.QubitCoupling;
import org.magent.medium.MediumCatalog;
import org.magent.medium.Separation;
import org.magent.medium.film.BiasField;
import org.magent.medium.film.FilmModel;
import org.magent.nv.NvCentre;
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
 * {@code --medium} drops the base's medium parameters and NV options; {@code --axis2 none} removes the second
 * axis; {@code --nv} replaces the base's NV centres (all of them).
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
 * @param nv the options of NV centres above a film ({@link NvTexts#NONE} when none is given)
 */
public record ScenarioSpec(String medium, Map<String, String> parameters, Map<String, String> qubits,
        String temperature, String separation, String spacing, String axis2, String initial, String times,
        String postselectTime, String efficiency, NvTexts nv) {

    /** The keys of a scenario file, in the order they are written, with the options they stand for. */
    public static final Map<String, String> KEYS = keys();
    /** The value of {@code --axis2} that removes a base's second axis. */
    public static final String NO_AXIS = "none";
    private static final List<String> COUPLING_HANDLES = List.of("lambda", "a", "T1");

    /**
     * The NV options as typed: {@code --nv} (once or twice), {@code --field}, {@code --field-polar},
     * {@code --direction}, {@code --detuning}, {@code --nuclear-average} and {@code --no-direct-dipolar}.
     *
     * @param centres the {@code --nv} texts (empty when not given)
     * @param field {@code --field}
     * @param fieldPolar {@code --field-polar}
     * @param direction {@code --direction}: x, y or angles, a list
     * @param detuning {@code --detuning}: δ = (Δ1 − Δ2)/2
     * @param nuclearAverage "true" or "false" ({@code --nuclear-average}, {@code --no-nuclear-average})
     * @param directDipolar "false" with {@code --no-direct-dipolar} (default true)
     */
    public record NvTexts(List<String> centres, String field, String fieldPolar, String direction, String detuning,
            String nuclearAverage, String directDipolar) {

        /** Nothing given. */
        public static final NvTexts NONE = new NvTexts(List.of(), null, null, null, null, null, null);

        /** Freezes the list (null → empty). */
        public NvTexts {
            centres = centres == null ? List.of() : List.copyOf(centres);
        }

        /**
         * Whether any NV option was given.
         *
         * @return true when some option is present
         */
        public boolean any() {
            return !centres.isEmpty() || field != null || fieldPolar != null || direction != null || detuning != null
                    || nuclearAverage != null || directDipolar != null;
        }

        NvTexts overriddenBy(NvTexts o) {
            return new NvTexts(o.centres.isEmpty() ? centres : o.centres, or(o.field, field),
                    or(o.fieldPolar, fieldPolar), or(o.direction, direction), or(o.detuning, detuning),
                    or(o.nuclearAverage, nuclearAverage), or(o.directDipolar, directDipolar));
        }
    }

    /** Freezes the maps (null → empty). */
    public ScenarioSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
        qubits = Collections.unmodifiableMap(new LinkedHashMap<>(qubits == null ? Map.of() : qubits));
        nv = nv == null ? NvTexts.NONE : nv;
    }

    private static Map<String, String> keys() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("medium", "--medium");
        k.put("parameters", "--set");
        k.put("qubits", "--qubits");
        k.put("nv", "--nv");
        k.put("field", "--field");
        k.put("field_polar", "--field-polar");
        k.put("temperature", "--temperature");
        k.put("separation", "--separation");
        k.put("direction", "--direction");
        k.put("spacing", "--spacing");
        k.put("axis2", "--axis2");
        k.put("detuning", "--detuning");
        k.put("nuclear_average", "--nuclear-average");
        k.put("direct_dipolar", "--no-direct-dipolar");
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
        return new ScenarioSpec(null, Map.of(), Map.of(), null, null, null, null, null, null, null, null,
                NvTexts.NONE);
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
        NvTexts n = (newMedium ? NvTexts.NONE : nv).overriddenBy(o.nv);
        return new ScenarioSpec(or(o.medium, medium), p, q, or(o.temperature, temperature),
                or(o.separation, separation), or(o.spacing, spacing), or(o.axis2, axis2), or(o.initial, initial),
                or(o.times, times), or(o.postselectTime, postselectTime), or(o.efficiency, efficiency), n);
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
        if (!nv.centres().isEmpty()) {
            ArrayNode a = n.putArray("nv");
            nv.centres().forEach(c -> a.add(c.strip()));
        }
        putText(n, "field", nv.field());
        putText(n, "field_polar", nv.fieldPolar());
        putText(n, "temperature", temperature);
        putText(n, "separation", separation);
        putText(n, "direction", nv.direction());
        putText(n, "spacing", spacing);
        putText(n, "axis2", hasAxis2() ? axis2 : null);
        putText(n, "detuning", nv.detuning());
        putText(n, "nuclear_average", nv.nuclearAverage());
        putText(n, "direct_dipolar", nv.directDipolar());
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
     * target rate a or T1 where one is given ({@link QubitSpec#resolve}). NV centres ({@code --nv}, or the medium
     * {@code film}) take the path of {@link #resolveNv}: no λ, the qubits from the NV Hamiltonian.
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
        if (!nv.centres().isEmpty() || FilmModel.NAME.equals(medium.strip())) {
            return resolveNv(catalog);
        }
        refuseNvOptions();
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
            t = Quantities.parseNonNegative("temperature", temperature, QuantityKind.TEMPERATURE);
            mix.add("temperature", temperature, t);
        }
        Spacing sp = parsedSpacing();
        Ranges.Values rs = separations(sp);
        if (lattice && rs.hadUnit()) {
            throw new InvalidInputException("separation", "separation = '" + separation.strip() + "': "
                    + configured.medium().name() + " measures separations in lattice constants; give bare numbers");
        }
        if (!lattice) {
            mix.add("separation", separation, rs.hadUnit(), rs.values().stream().allMatch(v -> v == 0));
        }
        Optional<Axis2> second = axis2(sp, mix);
        if (second.isPresent() && second.get().kind() == Axis2Kind.DAMPING && configured.model().parameters()
                .stream().noneMatch(s -> s.name().equals("damping"))) {
            throw new InvalidInputException("axis2", "--axis2 damping: medium " + configured.medium().name()
                    + " has no parameter 'damping'");
        }
        Times ts = times(mix);
        DetectionEfficiency eta = Efficiency.parse(efficiency);
        boolean si = mix.requireConsistent();
        Scenario.requireSize(rs.values().size(), second.map(a -> a.values().size()).orElse(1));
        QubitCoupling coupling = q.resolve(configured.medium(), Separation.alongX(rs.values().get(0)));
        return new Scenario(medium.strip(), configured.medium().parameterValues(), coupling.delta1(),
                coupling.delta2(), coupling.lambda(), t.value(), rs.values(), sp, second,
                initial == null ? "ud" : initial.strip(), ts.values(), ts.postselect(), si, eta.value());
    }

    /** The options that need NV centres, refused for qubits coupled by contact. */
    private void refuseNvOptions() {
        String why = " is an option of NV centres above a film (--nv); medium " + medium.strip()
                + " couples its qubits by contact (--qubits)";
        if (nv.field() != null) {
            throw new InvalidInputException("field", "--field" + why + " (a bias field there is --set gap=20mT, or"
                    + " --axis2 field=...)");
        }
        if (nv.fieldPolar() != null) {
            throw new InvalidInputException("field-polar", "--field-polar" + why);
        }
        if (nv.direction() != null) {
            List<Double> dirs = directions().values();
            if (dirs.size() != 1 || dirs.get(0) != 0) {
                throw new InvalidInputException("direction", "--direction " + nv.direction().strip() + ": the"
                        + " separations of qubits coupled by contact to " + medium.strip() + " run along x; another"
                        + " direction needs NV centres above a film (--nv)");
            }
        }
        if (nv.detuning() != null) {
            throw new InvalidInputException("detuning", "--detuning" + why + "; give the two splittings in --qubits"
                    + " Delta1=..,Delta2=..");
        }
        if (nv.nuclearAverage() != null && flag("nuclear-average", nv.nuclearAverage())) {
            throw new InvalidInputException("nuclear-average", "--nuclear-average" + why);
        }
        if (nv.directDipolar() != null && !flag("direct-dipolar", nv.directDipolar())) {
            throw new InvalidInputException("no-direct-dipolar", "--no-direct-dipolar" + why);
        }
    }

    /**
     * The NV path: NV centres above a field medium. The coupling follows from the NV Hamiltonian (no λ, so
     * {@code --qubits} is refused); every dimensional input carries a unit (lengths, field, temperature, times).
     */
    private Scenario resolveNv(MediumCatalog catalog) {
        if (!qubits.isEmpty()) {
            throw new InvalidInputException("qubits", "--qubits and --nv exclude each other: NV centres define the"
                    + " qubits and their coupling (there is no lambda); drop --qubits");
        }
        if (nv.centres().isEmpty()) {
            throw new InvalidInputException("nv", "medium " + medium.strip() + " couples through its stray field:"
                    + " give NV centres with --nv polar=..,azimuth=..,height=.. (once for two identical NVs, twice"
                    + " for NV 1 and NV 2) and --field");
        }
        if (nv.centres().size() > 2) {
            throw new InvalidInputException("nv", "--nv is given " + nv.centres().size() + " times; give it once (two"
                    + " identical NVs) or twice (NV 1 and NV 2)");
        }
        List<NvCentre> centres = new ArrayList<>();
        for (String c : nv.centres()) {
            centres.add(NvSpec.parse(c));
        }
        UnitMix mix = new UnitMix("sweep");
        if (nv.field() == null) {
            throw new InvalidInputException("field", "--field is required with --nv: the bias field with a unit,"
                    + " e.g. --field 20mT");
        }
        double b = NvOptions.tesla("field", nv.field());
        mix.add("field", nv.field(), true, b == 0);
        double polar = 0;
        if (nv.fieldPolar() != null) {
            polar = NvSpec.angle("field-polar", nv.fieldPolar());
            if (polar < 0 || polar > Math.PI) {
                throw new InvalidInputException("field-polar", "--field-polar = " + nv.fieldPolar().strip()
                        + " is outside [0, 180] deg (the angle from the film normal)");
            }
        }
        BiasField field = new BiasField(b, polar);
        FilmSetup setup = FilmSetup.of(catalog, medium.strip(), parameters, field, centres);
        ParsedQuantity t = new ParsedQuantity(0, false);
        if (temperature != null) {
            t = Quantities.parseNonNegative("temperature", temperature, QuantityKind.TEMPERATURE);
            mix.add("temperature", temperature, t);
        }
        Spacing sp = parsedSpacing();
        Ranges.Values rs = separations(sp);
        mix.add("separation", separation, rs.hadUnit(), rs.values().stream().allMatch(v -> v == 0));
        Directions dirs = directions();
        Optional<Axis2> second = axis2(sp, mix);
        double detuning = 0;
        if (nv.detuning() != null) {
            ParsedQuantity dq = Quantities.parse("detuning", nv.detuning(), QuantityKind.ENERGY);
            mix.add("detuning", nv.detuning(), dq);
            detuning = dq.value();
        }
        boolean nuclear = nv.nuclearAverage() != null && flag("nuclear-average", nv.nuclearAverage());
        boolean direct = nv.directDipolar() == null || flag("direct-dipolar", nv.directDipolar());
        Times ts = times(mix);
        DetectionEfficiency eta = Efficiency.parse(efficiency);
        mix.requireConsistent();
        NvScenario nvs = new NvScenario(centres, field, dirs.values(), dirs.labels(), detuning, nuclear, direct);
        if (second.isPresent()) {
            second.get().kind().requireApplicable(true, medium.strip());
        }
        Scenario.requireSize(rs.values().size() * dirs.values().size(),
                second.map(a -> a.values().size()).orElse(1));
        return new Scenario(medium.strip(), setup.parameters(), setup.qubit1().splitting(),
                setup.qubit2().splitting(), 0, t.value(), rs.values(), sp, second,
                initial == null ? "ud" : initial.strip(), ts.values(), ts.postselect(), true, eta.value(),
                Optional.of(nvs));
    }

    /** "true" or "false" (any case) of a flag kept as text. */
    private static boolean flag(String name, String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new InvalidInputException(name, name + " = '" + text.strip() + "' must be true or false");
    }

    /** The in-plane directions: x, y or angles (deg or rad; bare = rad). */
    record Directions(List<Double> values, List<String> labels) {
    }

    private Directions directions() {
        if (nv.direction() == null) {
            return new Directions(List.of(0.0), List.of("x"));
        }
        List<Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String part : nv.direction().split(",", -1)) {
            String p = part.strip();
            if (p.equalsIgnoreCase("x")) {
                values.add(0.0);
                labels.add("x");
            } else if (p.equalsIgnoreCase("y")) {
                values.add(Math.PI / 2);
                labels.add("y");
            } else if (p.isEmpty()) {
                throw new InvalidInputException("direction", "--direction '" + nv.direction().strip() + "' has an"
                        + " empty item; give x, y or angles from x (deg or rad), e.g. x,y or 0deg,45deg");
            } else {
                double a;
                try {
                    a = NvSpec.angle("direction", p);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("direction", "--direction '" + p + "' is not x, y or an angle"
                            + " from x (deg or rad; a bare angle is in radians), e.g. x,y or 30deg");
                }
                values.add(a);
                labels.add(p);
            }
        }
        return new Directions(values, labels);
    }

    private Ranges.Values separations(Spacing sp) {
        if (separation == null) {
            throw new InvalidInputException("separation", "--separation is required: r1,r2,... or start:stop:count");
        }
        return Ranges.parse("separation", separation, QuantityKind.LENGTH, sp, QuantityReader.DEFAULT);
    }

    private Optional<Axis2> axis2(Spacing sp, UnitMix mix) {
        if (!hasAxis2()) {
            return Optional.empty();
        }
        int eq = axis2.indexOf('=');
        if (eq < 0) {
            throw new InvalidInputException("axis2", "--axis2 '" + axis2.strip() + "' must be name=range, e.g."
                    + " temperature=0,50mK (or none)");
        }
        Axis2Kind kind = Axis2Kind.parse(axis2.substring(0, eq));
        Ranges.Values v = Ranges.parse("axis2 " + kind.label(), axis2.substring(eq + 1), kind.kind(), sp,
                QuantityReader.DEFAULT);
        if (kind.kind() != QuantityKind.DIMENSIONLESS) {
            mix.add("axis2", axis2, v.hadUnit(), v.values().stream().allMatch(x -> x == 0));
        }
        if (kind.kind() != QuantityKind.DIMENSIONLESS) {
            // the record's checks see SI-based values (1 K = 1.3e11 rad/s): name the values as the user typed them
            String need = kind == Axis2Kind.TEMPERATURE ? "must not be negative"
                    : kind == Axis2Kind.HEIGHT ? "must be positive" : null;
            for (double x : v.values()) {
                if (need != null && (kind == Axis2Kind.HEIGHT ? !(x > 0) : x < 0)) {
                    throw new InvalidInputException("axis2", "--axis2 '" + axis2.strip() + "': every "
                            + kind.label() + " " + need);
                }
            }
        }
        return Optional.of(new Axis2(kind, v.values()));
    }

    /** The sampling times and the postselection time (time). */
    private record Times(List<Double> values, double postselect) {
    }

    private Times times(UnitMix mix) {
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
        return new Times(ts.values(), tp);
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
