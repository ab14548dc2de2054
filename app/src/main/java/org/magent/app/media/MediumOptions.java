package org.magent.app.media;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.magent.app.input.KeyValues;
import org.magent.app.input.Separations;
import org.magent.app.output.Json;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.MediumCatalog;
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
     * The medium name, or null.
     *
     * @return {@code --medium}
     */
    public String mediumName() {
        return medium == null ? null : medium.strip();
    }

    /**
     * The {@code --set} text, or null.
     *
     * @return the parameter list
     */
    public String setText() {
        return set;
    }

    /**
     * The {@code --temperature} text, or null.
     *
     * @return the temperature as typed
     */
    public String temperatureText() {
        return temperature;
    }

    /**
     * The {@code --separation} text, or null.
     *
     * @return the separation as typed
     */
    public String separationText() {
        return separation;
    }

    /**
     * Refuses {@code --qubits} together with NV centres (the NVs define the qubits and their coupling).
     *
     * @param nvGiven whether {@code --nv} was given
     * @throws InvalidInputException when both are given
     */
    public void refuseContactOptionsWithNv(boolean nvGiven) {
        if (nvGiven && qubits != null) {
            throw new InvalidInputException("qubits", "--qubits and --nv exclude each other: NV centres define the"
                    + " qubits and their coupling (there is no lambda); drop --qubits");
        }
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
     * Validates the options, configures the medium and computes the bath (FDT layer, docs/physics.md). Every
     * quantity may carry a unit (org.magent.app.units): medium parameters by the kind of their declared unit,
     * Δ1, Δ2 energies, λ a coupling ((rad/s)·m^(d/2)), T a temperature, r a length; for a medium with
     * {@code stiffness} and {@code spinDensity}, {@code exchangeConstant} and {@code magnetisation} (and
     * {@code gFactor}) may replace them ({@link org.magent.app.units.MicromagneticParameters}).
     *
     * @param catalog the registered media
     * @return the medium and its bath report
     * @throws InvalidInputException for any bad input (unknown medium or parameter, out of range, negative
     *     temperature, malformed separation, a separation off the lattice, a unit of the wrong dimension …)
     */
    public MediumSetup compute(MediumCatalog catalog) {
        ConfiguredMedium configured = ConfiguredMedium.of(catalog, medium, set);
        int d = ConfiguredMedium.spatialDimension(configured.medium());
        if (qubits == null) {
            throw new InvalidInputException("qubits", "--qubits is required: Delta1=..,Delta2=..[,lambda=..]"
                    + " (natural units, energy)");
        }
        Qubits q = qubits(qubits, d);
        ParsedQuantity t = temperature(temperature);
        if (separation == null) {
            throw new InvalidInputException("separation", "--separation is required: a length along x or x,y,z"
                    + " (medium length unit)");
        }
        Separations.Parsed r = Separations.parseWithUnit(separation);
        if (r.hadUnit() && configured.medium().isLattice()) {
            throw new InvalidInputException("separation", "separation = '" + separation.strip() + "': "
                    + configured.medium().name() + " measures separations in lattice constants; give bare numbers");
        }
        boolean units = configured.physicalUnits() || q.physicalUnits() || t.hadUnit() || r.hadUnit();
        BathReport report = FluctuationDissipation.compute(configured.medium(), q.coupling(), t.value(),
                r.separation());
        if (units) {
            List<String> bare = new ArrayList<>(configured.bareParameters());
            bare.addAll(q.bareNames());
            if (!t.hadUnit() && t.value() != 0) {
                bare.add("temperature");
            }
            if (!r.hadUnit() && !configured.medium().isLattice()) {
                bare.add("separation");
            }
            Optional<String> warning = mixingWarning(bare);
            if (warning.isPresent()) {
                List<String> warnings = new ArrayList<>(report.warnings());
                warnings.add(warning.get());
                report = new BathReport(report.bath(), report.mediumStability(), report.bathStability(),
                        report.lambShift(), warnings);
            }
        }
        return new MediumSetup(configured.medium(), q.coupling(), t.value(), r.separation(), report, units);
    }

    /**
     * The qubits of {@code --qubits}: Δ1, Δ2 and λ, and whether any carried a unit.
     *
     * @param coupling Δ1, Δ2 (natural units, energy) and λ (natural units)
     * @param physicalUnits whether any of them carried a unit
     * @param bareNames which of Delta1, Delta2, lambda were bare numbers or defaulted
     */
    public record Qubits(QubitCoupling coupling, boolean physicalUnits, List<String> bareNames) {

        /** Freezes the names. */
        public Qubits {
            bareNames = List.copyOf(bareNames);
        }
    }

    /**
     * The warning for inputs that mix physical units with bare numbers (docs/units.md): the bare ones are
     * read as SI-based natural units.
     *
     * @param bareNames the quantities with a physical dimension given bare or by default
     * @return the warning, or empty when there are none
     */
    public static Optional<String> mixingWarning(List<String> bareNames) {
        if (bareNames.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("inputs carry physical units, so the bare or default values of " + String.join(", ",
                bareNames) + " are read in SI-based natural units (rad/s, m, s; stiffness (rad/s)·m^2, spin"
                + " density m^-d, lambda (rad/s)·m^(d/2))");
    }

    /**
     * Parses {@code --qubits Delta1=..,Delta2=..[,lambda=..]}: Δ1, Δ2 energies, λ a coupling
     * ((rad/s)·m^(d/2) when it carries a unit), default 1.
     *
     * @param text the option value
     * @param spatialDimension d of the medium, 0 on a lattice ({@link ConfiguredMedium#spatialDimension})
     * @return the coupling
     * @throws InvalidInputException for a missing Δ, an unknown name, a bad value or unit
     */
    public static Qubits qubits(String text, int spatialDimension) {
        Map<String, String> q = KeyValues.parse("--qubits", text, QUBIT_NAMES);
        for (String required : List.of("Delta1", "Delta2")) {
            if (!q.containsKey(required)) {
                throw new InvalidInputException(required, "--qubits: " + required + " is missing (" + ENERGY + ")");
            }
        }
        ParsedQuantity delta1 = Quantities.parse("Delta1", q.get("Delta1"), QuantityKind.ENERGY);
        ParsedQuantity delta2 = Quantities.parse("Delta2", q.get("Delta2"), QuantityKind.ENERGY);
        ParsedQuantity lambda = Quantities.parse("lambda", q.getOrDefault("lambda", "1"), QuantityKind.COUPLING,
                spatialDimension);
        List<String> bare = new ArrayList<>();
        for (String name : QUBIT_NAMES) {
            ParsedQuantity p = name.equals("Delta1") ? delta1 : name.equals("Delta2") ? delta2 : lambda;
            if (!p.hadUnit()) {
                bare.add(name);
            }
        }
        return new Qubits(new QubitCoupling(delta1.value(), delta2.value(), lambda.value()),
                delta1.hadUnit() || delta2.hadUnit() || lambda.hadUnit(), bare);
    }

    /**
     * Parses {@code --temperature} (default 0), which must not be negative.
     *
     * @param text the option value, or null
     * @return T (natural units, energy) and whether it carried a unit
     * @throws InvalidInputException for a bad value or unit, or a negative temperature
     */
    public static ParsedQuantity temperature(String text) {
        ParsedQuantity t = text == null ? new ParsedQuantity(0, false)
                : Quantities.parse("temperature", text, QuantityKind.TEMPERATURE);
        Checks.nonNegative("temperature", t.value(), ENERGY);
        return t;
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
