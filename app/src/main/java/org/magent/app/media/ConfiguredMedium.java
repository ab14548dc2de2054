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
import org.magent.app.units.MicromagneticParameters;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.PhysicalConstants;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
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
 * @param bareParameters the parameters with a physical dimension that were given as bare numbers or took their
 *     defaults (natural units); with {@code physicalUnits} they are read as SI-based natural units
 */
public record ConfiguredMedium(MediumModel model, Medium medium, boolean physicalUnits, List<String> bareParameters) {

    /** Validates presence; freezes the list. */
    public ConfiguredMedium {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(medium, "medium");
        bareParameters = List.copyOf(bareParameters);
    }

    /**
     * Parses the parameters and configures the medium.
     *
     * @param catalog the registered media
     * @param name the medium name ({@code --medium}); null is refused
     * @param set the parameter list ({@code --set}), may be null
     * @return the configured medium
     * @throws InvalidInputException for an unknown medium or parameter, a bad value or unit, micromagnetic
     *     inputs for a medium without stiffness and spin density or with d ≠ 3, a spin density whose unit does
     *     not match the medium's dimension
     */
    public static ConfiguredMedium of(MediumCatalog catalog, String name, String set) {
        if (name == null) {
            throw new InvalidInputException("medium", "--medium is required (see 'magent models' for the media)");
        }
        MediumModel model = catalog.get(name.strip());
        Map<String, String> given = KeyValues.parse("--set", set, null);
        boolean micromagnetic = MicromagneticParameters.usedIn(given) && model.parameters().stream()
                .noneMatch(p -> p.name().equals(MicromagneticParameters.EXCHANGE_CONSTANT));
        if (micromagnetic) {
            requireMicromagneticTarget(model);
            given = MicromagneticParameters.replaceIn(given);
        }
        boolean units = micromagnetic;
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        model.parameters().forEach(p -> specs.put(p.name(), p));
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> spinDensities = new LinkedHashMap<>();
        Set<String> withUnit = new HashSet<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String parameter = e.getKey();
            String text = e.getValue();
            Optional<QuantityKind> kind = kind(specs.get(parameter));
            if (kind.isEmpty()) {
                ParameterSpec spec = specs.get(parameter);
                values.put(parameter, Numbers.withoutUnit(parameter, text, spec == null ? "natural units" : spec.unit()));
                continue;
            }
            ParsedQuantity q = Quantities.parse(parameter, text, kind.get());
            values.put(parameter, q.hadUnit() ? Double.toString(q.value() * siScale(specs.get(parameter))) : text);
            units |= q.hadUnit();
            if (q.hadUnit() || micromagnetic && MicromagneticParameters.REPLACED.contains(parameter)) {
                withUnit.add(parameter);
            }
            if (q.hadUnit() && kind.get() == QuantityKind.SPIN_DENSITY) {
                spinDensities.put(parameter, text);
            }
        }
        Medium medium = model.configure(values);
        int d = spatialDimension(medium);
        if (micromagnetic && d != 3) {
            throw new InvalidInputException(MicromagneticParameters.MAGNETISATION, "exchangeConstant and "
                    + "magnetisation give a 3-dimensional spin density (m^-3), but the medium has d = " + d
                    + "; use dim=3 or give stiffness and spinDensity");
        }
        spinDensities.forEach((parameter, text) -> Quantities.parse(parameter, text, QuantityKind.SPIN_DENSITY, d));
        List<String> bare = new ArrayList<>();
        for (ParameterSpec spec : model.parameters()) {
            boolean dimensional = kind(spec).filter(k -> k != QuantityKind.DIMENSIONLESS).isPresent();
            if (dimensional && !withUnit.contains(spec.name())) {
                bare.add(spec.name());
            }
        }
        return new ConfiguredMedium(model, medium, units, bare);
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
