package org.magent.app.media;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.magent.app.input.KeyValues;
import org.magent.app.input.Numbers;
import org.magent.app.input.Suggestions;
import org.magent.app.units.MicromagneticParameters;
import org.magent.app.units.NumberSyntax;
import org.magent.app.units.ParsedQuantity;
import org.magent.physics.PhysicalConstants;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.app.units.UnitMix;
import org.magent.medium.Medium;
import org.magent.medium.MediumCatalog;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;
import org.magent.validation.InvalidInputException;

/**
 * A medium configured from {@code --medium NAME --set name=value,...}: every numeric parameter parsed by the kind
 * of its declared unit ({@link QuantityKind#forParameterUnit}), so that it may carry a physical unit; for a
 * medium with {@code stiffness} and {@code spinDensity}, {@code exchangeConstant}, {@code magnetisation} and
 * {@code gFactor} may replace them ({@link MicromagneticParameters}).
 *
 * @param model the medium model
 * @param medium the configured medium
 * @param physicalUnits whether any parameter carried a unit (values then in SI-based natural units)
 * @param unitInputs every parameter with a physical dimension, as given or defaulted, for the rule on mixing
 *     units ({@link UnitMix}); dimensionless and choice parameters are not listed
 */
public record ConfiguredMedium(MediumModel model, Medium medium, boolean physicalUnits,
        List<UnitMix.Input> unitInputs) {

    /** Options that are sometimes mistaken for medium parameters. */
    private static final List<String> OWN_OPTIONS = List.of("temperature", "separation", "qubits", "times");

    /** Validates presence; freezes the list. */
    public ConfiguredMedium {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(medium, "medium");
        unitInputs = List.copyOf(unitInputs);
    }

    /**
     * Parses the parameters and configures the medium.
     *
     * @param catalog the registered media
     * @param name the medium name ({@code --medium}); null is refused
     * @param set the parameter list ({@code --set}), may be null
     * @return the configured medium
     * @throws InvalidInputException for an unknown medium or parameter (with the nearest valid name), a bad
     *     value or unit, micromagnetic inputs for a medium without stiffness and spin density or with d ≠ 3, a
     *     spin density whose unit does not match the medium's dimension
     */
    public static ConfiguredMedium of(MediumCatalog catalog, String name, String set) {
        return of(catalog, name, KeyValues.parse("--set", set, null));
    }

    /**
     * Parses the parameters and configures the medium.
     *
     * @param catalog the registered media
     * @param name the medium name; null is refused
     * @param parameters parameter name to value text
     * @return the configured medium
     * @throws InvalidInputException as {@link #of(MediumCatalog, String, String)}
     */
    public static ConfiguredMedium of(MediumCatalog catalog, String name, Map<String, String> parameters) {
        if (name == null) {
            throw new InvalidInputException("medium", "--medium is required (see 'magent models' for the media)");
        }
        MediumModel model = catalog.get(name.strip());
        Map<String, String> given = new LinkedHashMap<>(parameters);
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        model.parameters().forEach(p -> specs.put(p.name(), p));
        List<UnitMix.Input> inputs = new ArrayList<>();
        // a medium with its own exchangeConstant (the film) takes it as a parameter, not as a micromagnetic input
        boolean micromagnetic = MicromagneticParameters.usedIn(given) && model.parameters().stream()
                .noneMatch(p -> p.name().equals(MicromagneticParameters.EXCHANGE_CONSTANT));
        if (micromagnetic) {
            requireMicromagneticTarget(model);
            for (String derived : List.of(MicromagneticParameters.EXCHANGE_CONSTANT,
                    MicromagneticParameters.MAGNETISATION)) {
                String text = given.get(derived);
                if (text != null) {
                    inputs.add(new UnitMix.Input(derived, text, Numbers.hasUnit(text), false));
                }
            }
            given = MicromagneticParameters.replaceIn(given);
        }
        boolean units = micromagnetic;
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> spinDensities = new LinkedHashMap<>();
        Set<String> given2 = new HashSet<>(given.keySet());
        for (Map.Entry<String, String> e : given.entrySet()) {
            String parameter = e.getKey();
            String text = e.getValue();
            ParameterSpec spec = specs.get(parameter);
            Optional<QuantityKind> kind = kind(spec);
            boolean derived = micromagnetic && MicromagneticParameters.REPLACED.contains(parameter);
            if (kind.isEmpty()) {
                if (spec == null && Numbers.hasUnit(text) && NumberSyntax.split(text).isPresent()) {
                    Optional<String> formula = formulaUsing(parameter, specs, given);
                    if (formula.isPresent()) {
                        throw new InvalidInputException(parameter, "--set: " + parameter + " = '" + text.strip()
                                + "': " + parameter + " is a free parameter of the formula " + formula.get()
                                + ", and free parameters take a bare number (no unit): the formula is in natural"
                                + " units, so give " + parameter + " in the units the formula's other numbers use");
                    }
                    throw new InvalidInputException(parameter, "--set: " + parameter + " = '" + text.strip()
                            + "' is not a parameter of medium " + model.name() + hint(parameter, specs)
                            + "; valid parameters: " + String.join(", ", valid(specs))
                            + (formulaParameter(specs).isPresent() ? " (a free parameter of a formula takes a bare"
                                    + " number)" : ""));
                }
                values.put(parameter, Numbers.withoutUnit(parameter, text, spec == null ? "natural units"
                        : spec.unit()));
                if (countsAsDimensional(spec)) {
                    inputs.add(new UnitMix.Input(parameter, text, false, isZero(text)));
                }
                continue;
            }
            ParsedQuantity q = Quantities.parse(parameter, text, kind.get());
            values.put(parameter, q.hadUnit() ? Double.toString(q.value() * siScale(specs.get(parameter))) : text);
            units |= q.hadUnit();
            if (countsAsDimensional(spec) && !derived) {
                inputs.add(new UnitMix.Input(parameter, text, q.hadUnit(), q.value() == 0));
            }
            if (q.hadUnit() && kind.get() == QuantityKind.SPIN_DENSITY) {
                spinDensities.put(parameter, text);
            }
        }
        Medium medium = configure(model, specs, values);
        int d = spatialDimension(medium);
        if (micromagnetic && d != 3) {
            throw new InvalidInputException(MicromagneticParameters.MAGNETISATION, "exchangeConstant and "
                    + "magnetisation give a 3-dimensional spin density (m^-3), but the medium has d = " + d
                    + "; use dim=3 or give stiffness and spinDensity");
        }
        spinDensities.forEach((parameter, text) -> Quantities.parse(parameter, text, QuantityKind.SPIN_DENSITY, d));
        for (ParameterSpec spec : model.parameters()) {
            if (!given2.contains(spec.name()) && countsAsDimensional(spec)) {
                String def = medium.parameterValues().getOrDefault(spec.name(), spec.defaultValue());
                inputs.add(new UnitMix.Input(spec.name(), def + " (default)", false, isZero(def)));
            }
        }
        return new ConfiguredMedium(model, medium, units, inputs);
    }

    /**
     * Adds this medium's dimensional parameters to a check of mixed units.
     *
     * @param mix the check
     * @return the check
     */
    public UnitMix addTo(UnitMix mix) {
        return mix.addAll(unitInputs);
    }

    /**
     * Whether a parameter's bare number is in natural units, so that it takes part in the rule on mixing units:
     * not for dimensionless parameters, angles (radians in any system), choices and files, nor for parameters a
     * medium declares in SI units ("m", "J/m", "T", "A/m": their bare numbers are SI already).
     */
    private static boolean countsAsDimensional(ParameterSpec spec) {
        if (spec == null) {
            return true; // a free numeric parameter of a formula: natural units
        }
        Optional<QuantityKind> kind = kind(spec);
        if (kind.isPresent()) {
            return kind.get() != QuantityKind.DIMENSIONLESS && kind.get() != QuantityKind.ANGLE
                    && spec.unit().toLowerCase(java.util.Locale.ROOT).contains("natural")
                    || kind.get() == QuantityKind.STIFFNESS || kind.get() == QuantityKind.SPIN_DENSITY;
        }
        return spec.isNumeric() || spec.unit().contains("natural units");
    }

    private static boolean isZero(String text) {
        try {
            return Double.parseDouble(text.strip()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Configures the model; a name it does not know is reported with the nearest valid one. */
    private static Medium configure(MediumModel model, Map<String, ParameterSpec> specs, Map<String, String> values) {
        try {
            return model.configure(values);
        } catch (InvalidInputException bad) {
            String key = bad.parameter();
            if (key == null || specs.containsKey(key) || !values.containsKey(key)) {
                throw bad;
            }
            InvalidInputException located = new InvalidInputException(key, "--set: parameter '" + key
                    + "' is unknown to medium " + model.name() + hint(key, specs) + "; valid parameters: "
                    + String.join(", ", valid(specs)));
            located.initCause(bad);
            throw located;
        }
    }

    /** The free-text (formula) parameter of a medium, e.g. the dispersion's omega, when it has one. */
    private static Optional<ParameterSpec> formulaParameter(Map<String, ParameterSpec> specs) {
        return specs.values().stream().filter(ParameterSpec::isText).findFirst();
    }

    /** "omega = …" when the medium's formula, as given, uses the name as a variable. */
    private static Optional<String> formulaUsing(String name, Map<String, ParameterSpec> specs,
            Map<String, String> given) {
        return formulaParameter(specs).flatMap(f -> {
            String text = given.getOrDefault(f.name(), f.defaultValue());
            boolean uses = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])" + java.util.regex.Pattern.quote(name)
                    + "(?![A-Za-z0-9_])").matcher(text).find();
            return uses ? Optional.of(f.name() + " = " + text.strip()) : Optional.empty();
        });
    }

    /** The names --set accepts for a medium: its parameters and, where they apply, the micromagnetic inputs. */
    private static List<String> valid(Map<String, ParameterSpec> specs) {
        List<String> valid = new ArrayList<>(specs.keySet());
        if (specs.containsKey(MicromagneticParameters.STIFFNESS)
                && specs.containsKey(MicromagneticParameters.SPIN_DENSITY)) {
            valid.addAll(MicromagneticParameters.NAMES);
        }
        return valid;
    }

    /** The nearest parameter, or the option of its own that a misplaced name stands for (temperature …). */
    private static String hint(String name, Map<String, ParameterSpec> specs) {
        String own = Suggestions.hint(name, valid(specs));
        if (!own.isEmpty()) {
            return own;
        }
        return Suggestions.nearest(name, OWN_OPTIONS).map(o -> "; " + o + " is an option of its own (--" + o
                + "), not a medium parameter").orElse("");
    }

    /**
     * The kind of a medium parameter, from its declared unit.
     *
     * @param spec the parameter (may be null: unknown name)
     * @return the kind, or empty for an unknown parameter, a symbolic one, or one whose unit magent does not know
     */
    public static Optional<QuantityKind> kind(ParameterSpec spec) {
        return spec == null || !spec.isNumeric() ? Optional.empty() : QuantityKind.forParameterUnit(spec.unit());
    }

    /**
     * The factor from magent's natural unit of a parameter's kind to the SI unit a medium declares: a medium with
     * SI parameters (e.g. the film) declares "J/m" (natural (rad/s)/m, times ħ) or "T" (natural γ_e B, divided by
     * γ_e); otherwise 1.
     *
     * @param spec the parameter
     * @return the factor
     */
    static double siScale(ParameterSpec spec) {
        return switch (spec.unit()) {
            case "J/m" -> PhysicalConstants.HBAR;
            case "T" -> 1 / PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO;
            default -> 1;
        };
    }

    /**
     * The d that dimension-dependent units refer to: the medium's dimension, 0 on a lattice (per-site).
     *
     * @param medium the configured medium
     * @return 0 for a lattice, else 1, 2 or 3
     */
    public static int spatialDimension(Medium medium) {
        return medium.isLattice() ? 0 : medium.dimension();
    }

    private static void requireMicromagneticTarget(MediumModel model) {
        boolean stiffness = has(model, MicromagneticParameters.STIFFNESS, QuantityKind.STIFFNESS);
        boolean density = has(model, MicromagneticParameters.SPIN_DENSITY, QuantityKind.SPIN_DENSITY);
        if (!stiffness || !density) {
            throw new InvalidInputException(MicromagneticParameters.EXCHANGE_CONSTANT, "exchangeConstant, "
                    + "magnetisation and gFactor set the stiffness and spinDensity of a medium such as ferromagnet; "
                    + model.name() + " has no such parameters");
        }
    }

    private static boolean has(MediumModel model, String name, QuantityKind kind) {
        return model.parameters().stream().anyMatch(p -> p.name().equals(name) && kind(p).orElse(null) == kind);
    }
}
