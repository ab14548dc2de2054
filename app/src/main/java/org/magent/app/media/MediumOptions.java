package org.magent.app.media;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magent.app.input.KeyValues;
import org.magent.app.input.Numbers;
import org.magent.app.input.Separations;
import org.magent.app.units.MicromagneticParameters;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.app.output.Json;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.MediumCatalog;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The options that describe a medium and the qubits on it ({@code --medium --set --qubits --temperature
 * --separation}), shared by {@code params} and {@code evolve}, and the pipeline medium → G^R → FDT → bath.
 */
public final class MediumOptions {

    /** The unit of energies and temperatures. */
    public static final String ENERGY = "natural units, energy";
    private static final List<String> QUBIT_NAMES = List.of("Delta1", "Delta2", "lambda");

    @Option(names = "--medium", paramLabel = "NAME", description = "A registered medium (see 'magent models').")
    String medium;

    @Option(names = "--set", paramLabel = "name=value,...",
            description = {"Medium parameters; missing ones take their defaults. Bare numbers are natural units;"
                + " values may carry units (gap=20mT, gap=0.1meV, stiffness=5.3meV nm^2, spinDensity=2nm^-3);"
                + " exchangeConstant=3.7pJ/m,magnetisation=140kA/m[,gFactor=2] may replace stiffness and"
                + " spinDensity. Mixing bare numbers with units is meaningful only if the bare numbers are in"
                + " SI-based natural units (rad/s, m, s)."})
    String set;

    @Option(names = "--qubits", paramLabel = "Delta1=..,Delta2=..[,lambda=..]",
            description = "Qubit fields Δ1, Δ2 (natural units, energy, or with a unit: 2.87GHz, 12ueV, 20mT) and"
                    + " coupling λ (default 1; with a unit (rad/s)·m^(d/2), e.g. 1meV nm^3/2).")
    String qubits;

    @Option(names = "--temperature", paramLabel = "T",
            description = "Temperature (natural units, energy, or with a unit: 300mK, 4K), default 0.")
    String temperature;

    @Option(names = "--separation", paramLabel = "r | x,y,z",
            description = "Separation of qubit 2 from qubit 1: a length along x, or x,y,z (medium length unit, or"
                    + " with a unit: 50nm; lattices: lattice constants, bare).")
    String separation;

    /** Creates the options (picocli fills them). */
    public MediumOptions() {
    }

    /**
     * Whether a medium was named.
     *
     * @return true when {@code --medium} is present
     */
    public boolean present() {
        return medium != null;
    }

    /**
     * Whether any medium option was given.
     *
     * @return true when one of --medium, --set, --qubits, --temperature, --separation appears
     */
    public boolean anyGiven() {
        return medium != null || set != null || qubits != null || temperature != null || separation != null;
    }

    /**
     * Validates the options, configures the medium and computes the bath (FDT layer, DESIGN.md §2). Every
     * quantity may carry a unit (org.magent.app.units): medium parameters by the kind of their declared unit,
     * Δ1, Δ2 energies, λ a coupling ((rad/s)·m^(d/2)), T a temperature, r a length; for a medium with
     * {@code stiffness} and {@code spinDensity}, {@code exchangeConstant} and {@code magnetisation} (and
     * {@code gFactor}) may replace them ({@link MicromagneticParameters}).
     *
     * @param catalog the registered media
     * @return the medium and its bath report
     * @throws InvalidInputException for any bad input (unknown medium or parameter, out of range, negative
     *     temperature, malformed separation, a separation off the lattice, a unit of the wrong dimension …)
     */
    public MediumSetup compute(MediumCatalog catalog) {
        if (medium == null) {
            throw new InvalidInputException("medium", "--medium is required (see 'magent models' for the media)");
        }
        MediumModel model = catalog.get(medium.strip());
        Map<String, String> given = KeyValues.parse("--set", set, null);
        boolean micromagnetic = MicromagneticParameters.usedIn(given);
        if (micromagnetic) {
            requireMicromagneticTarget(model);
            given = MicromagneticParameters.replaceIn(given);
        }
        boolean units = micromagnetic;
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        model.parameters().forEach(p -> specs.put(p.name(), p));
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, QuantityKind> dimensionDependent = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String name = e.getKey();
            String text = e.getValue();
            ParameterSpec spec = specs.get(name);
            Optional<QuantityKind> kind = spec == null || !spec.isNumeric() ? Optional.empty()
                    : QuantityKind.forParameterUnit(spec.unit());
            if (kind.isEmpty()) {
                values.put(name, Numbers.withoutUnit(name, text, spec == null ? "natural units" : spec.unit()));
                continue;
            }
            ParsedQuantity q = Quantities.parse(name, text, kind.get());
            values.put(name, q.hadUnit() ? Double.toString(q.value()) : text);
            units |= q.hadUnit();
            if (q.hadUnit() && kind.get() == QuantityKind.SPIN_DENSITY) {
                dimensionDependent.put(name, kind.get());
            }
        }
        Medium configured = model.configure(values);
        int d = configured.isLattice() ? 0 : configured.dimension();
        if (micromagnetic && d != 3) {
            throw new InvalidInputException(MicromagneticParameters.MAGNETISATION, "exchangeConstant and "
                    + "magnetisation give a 3-dimensional spin density (m^-3), but the medium has d = " + d
                    + "; use dim=3 or give stiffness and spinDensity");
        }
        dimensionDependent.forEach((name, kind) -> Quantities.parse(name, given(name), kind, d));
        if (qubits == null) {
            throw new InvalidInputException("qubits", "--qubits is required: Delta1=..,Delta2=..[,lambda=..]"
                    + " (natural units, energy)");
        }
        Map<String, String> q = KeyValues.parse("--qubits", qubits, QUBIT_NAMES);
        for (String required : List.of("Delta1", "Delta2")) {
            if (!q.containsKey(required)) {
                throw new InvalidInputException(required, "--qubits: " + required + " is missing (" + ENERGY + ")");
            }
        }
        ParsedQuantity delta1 = Quantities.parse("Delta1", q.get("Delta1"), QuantityKind.ENERGY);
        ParsedQuantity delta2 = Quantities.parse("Delta2", q.get("Delta2"), QuantityKind.ENERGY);
        ParsedQuantity lambda = Quantities.parse("lambda", q.getOrDefault("lambda", "1"), QuantityKind.COUPLING, d);
        QubitCoupling coupling = new QubitCoupling(delta1.value(), delta2.value(), lambda.value());
        ParsedQuantity t = temperature == null ? new ParsedQuantity(0, false)
                : Quantities.parse("temperature", temperature, QuantityKind.TEMPERATURE);
        Checks.nonNegative("temperature", t.value(), ENERGY);
        if (separation == null) {
            throw new InvalidInputException("separation", "--separation is required: a length along x or x,y,z"
                    + " (medium length unit)");
        }
        Separations.Parsed r = Separations.parseWithUnit(separation);
        if (r.hadUnit() && configured.isLattice()) {
            throw new InvalidInputException("separation", "separation = '" + separation.strip() + "': "
                    + configured.name() + " measures separations in lattice constants; give bare numbers");
        }
        units |= delta1.hadUnit() || delta2.hadUnit() || lambda.hadUnit() || t.hadUnit() || r.hadUnit();
        BathReport report = FluctuationDissipation.compute(configured, coupling, t.value(), r.separation());
        return new MediumSetup(configured, coupling, t.value(), r.separation(), report, units);
    }

    private String given(String name) {
        return KeyValues.parse("--set", set, null).get(name);
    }

    private static void requireMicromagneticTarget(MediumModel model) {
        boolean stiffness = model.parameters().stream().anyMatch(p -> p.name().equals(MicromagneticParameters.STIFFNESS)
                && QuantityKind.forParameterUnit(p.unit()).orElse(null) == QuantityKind.STIFFNESS);
        boolean density = model.parameters().stream().anyMatch(p -> p.name().equals(MicromagneticParameters.SPIN_DENSITY)
                && QuantityKind.forParameterUnit(p.unit()).orElse(null) == QuantityKind.SPIN_DENSITY);
        if (!stiffness || !density) {
            throw new InvalidInputException(MicromagneticParameters.EXCHANGE_CONSTANT, "exchangeConstant, "
                    + "magnetisation and gFactor set the stiffness and spinDensity of a medium such as ferromagnet; "
                    + model.name() + " has no such parameters");
        }
    }

    /**
     * The medium inputs echoed as JSON: medium, parameters, qubits, temperature, units (of energies and
     * lengths), separation.
     *
     * @param setup the configured pipeline
     * @return the "inputs" object
     */
    public static ObjectNode inputsJson(MediumSetup setup) {
        ObjectNode in = Json.object();
        in.put("medium", setup.medium().name());
        ObjectNode params = in.putObject("parameters");
        setup.medium().parameterValues().forEach(params::put);
        ObjectNode qn = in.putObject("qubits");
        qn.put("Delta1", setup.qubits().delta1());
        qn.put("Delta2", setup.qubits().delta2());
        qn.put("lambda", setup.qubits().lambda());
        in.put("temperature", setup.temperature());
        ObjectNode units = in.putObject("units");
        units.put("energy", setup.energyUnit());
        units.put("length", setup.lengthUnit());
        in.putArray("separation").add(setup.separation().x()).add(setup.separation().y())
                .add(setup.separation().z());
        return in;
    }
}
