package org.magent.app.media;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.magent.app.input.Separations;
import org.magent.app.output.Json;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.app.units.UnitMix;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.MediumCatalog;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The options that describe a medium and the qubits on it ({@code --medium --set --qubits --temperature
 * --separation}), shared by {@code params} and {@code evolve}, and the pipeline medium → G^R → FDT → bath.
 */
public final class MediumOptions {

    /** The unit of energies and temperatures. */
    public static final String ENERGY = "natural units, energy";

    @Option(names = "--medium", paramLabel = "NAME", description = OptionTexts.MEDIUM)
    String medium;

    @Option(names = "--set", paramLabel = "name=value,...", description = OptionTexts.SET)
    String set;

    @Option(names = "--qubits", paramLabel = OptionTexts.QUBITS_LABEL, description = OptionTexts.QUBITS)
    String qubits;

    @Option(names = "--temperature", paramLabel = "T", description = OptionTexts.TEMPERATURE)
    String temperature;

    @Option(names = "--separation", paramLabel = "r | x,y,z", description = OptionTexts.SEPARATION)
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
     * Validates the options, configures the medium and computes the bath (fluctuation–dissipation layer). Every
     * quantity may carry a unit (org.magent.app.units): medium parameters by the kind of their declared unit,
     * Δ1, Δ2 energies, λ a coupling ((rad/s)·m^(d/2)) or a target rate a / time T1 ({@link QubitSpec}), T a
     * temperature, r a length; for a medium with {@code stiffness} and {@code spinDensity},
     * {@code exchangeConstant} and {@code magnetisation} (and {@code gFactor}) may replace them
     * ({@link org.magent.app.units.MicromagneticParameters}). Inputs with and without units are not mixed
     * ({@link UnitMix}).
     *
     * @param catalog the registered media
     * @return the medium and its bath report
     * @throws InvalidInputException for any bad input (unknown medium or parameter, out of range, negative
     *     temperature, malformed separation, a separation off the lattice, a unit of the wrong dimension, a mix
     *     of inputs with and without units …)
     */
    public MediumSetup compute(MediumCatalog catalog) {
        return compute(catalog, new UnitMix("inputs"));
    }

    /**
     * As {@link #compute(MediumCatalog)}, with more inputs of the command in the check of mixed units.
     *
     * @param catalog the registered media
     * @param mix the command's other dimensional inputs (e.g. {@code --t-max}); the medium's are added
     * @return the medium and its bath report
     * @throws InvalidInputException as {@link #compute(MediumCatalog)}
     */
    public MediumSetup compute(MediumCatalog catalog, UnitMix mix) {
        ConfiguredMedium configured = ConfiguredMedium.of(catalog, medium, set);
        int d = ConfiguredMedium.spatialDimension(configured.medium());
        QubitSpec q = QubitSpec.parse(qubits, d);
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
        configured.addTo(mix).addAll(q.unitInputs());
        if (temperature != null) {
            mix.add("temperature", temperature, t);
        }
        if (!configured.medium().isLattice()) {
            mix.add("separation", separation, r.hadUnit(), r.separation().length() == 0);
        }
        boolean units = mix.requireConsistent();
        QubitCoupling coupling = q.resolve(configured.medium(), r.separation());
        BathReport report = FluctuationDissipation.compute(configured.medium(), coupling, t.value(),
                r.separation());
        return new MediumSetup(configured.medium(), coupling, t.value(), r.separation(), report, units);
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
                : Quantities.parseNonNegative("temperature", text, QuantityKind.TEMPERATURE);
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
