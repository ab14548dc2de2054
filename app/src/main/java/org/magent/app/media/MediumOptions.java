package org.magent.app.media;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magent.app.input.KeyValues;
import org.magent.app.input.Numbers;
import org.magent.app.input.Separations;
import org.magent.app.output.Json;
import org.magent.bath.BathReport;
import org.magent.bath.FluctuationDissipation;
import org.magent.bath.QubitCoupling;
import org.magent.medium.Medium;
import org.magent.medium.MediumCatalog;
import org.magent.medium.MediumModel;
import org.magent.medium.Separation;
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
            description = "Medium parameters; missing ones take their defaults (bare numbers, natural units).")
    String set;

    @Option(names = "--qubits", paramLabel = "Delta1=..,Delta2=..[,lambda=..]",
            description = "Qubit fields Δ1, Δ2 (natural units, energy) and coupling λ (default 1).")
    String qubits;

    @Option(names = "--temperature", paramLabel = "T",
            description = "Temperature (natural units, energy), default 0.")
    String temperature;

    @Option(names = "--separation", paramLabel = "r | x,y,z",
            description = "Separation of qubit 2 from qubit 1: a length along x, or x,y,z (medium length unit).")
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
     * Validates the options, configures the medium and computes the bath (FDT layer, DESIGN.md §2).
     *
     * @param catalog the registered media
     * @return the medium and its bath report
     * @throws InvalidInputException for any bad input (unknown medium or parameter, out of range, negative
     *     temperature, malformed separation, a separation off the lattice …)
     */
    public MediumSetup compute(MediumCatalog catalog) {
        if (medium == null) {
            throw new InvalidInputException("medium", "--medium is required (see 'magent models' for the media)");
        }
        MediumModel model = catalog.get(medium.strip());
        Map<String, String> values = new LinkedHashMap<>();
        KeyValues.parse("--set", set, null).forEach((k, v) -> values.put(k, Numbers.withoutUnit(k, v,
                "natural units")));
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
        QubitCoupling coupling = new QubitCoupling(Numbers.real("Delta1", q.get("Delta1"), ENERGY),
                Numbers.real("Delta2", q.get("Delta2"), ENERGY),
                Numbers.real("lambda", q.getOrDefault("lambda", "1"), "coupling, natural units"));
        String tText = temperature == null ? "0" : temperature;
        double t = Checks.nonNegative("temperature", Numbers.real("temperature", tText, ENERGY), ENERGY);
        if (separation == null) {
            throw new InvalidInputException("separation", "--separation is required: a length along x or x,y,z"
                    + " (medium length unit)");
        }
        Separation r = Separations.parse(separation);
        Medium configured = model.configure(values);
        BathReport report = FluctuationDissipation.compute(configured, coupling, t, r);
        return new MediumSetup(configured, coupling, t, r, report);
    }

    /**
     * The medium inputs echoed as JSON: medium, parameters, qubits, temperature, separation.
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
        in.putArray("separation").add(setup.separation().x()).add(setup.separation().y())
                .add(setup.separation().z());
        return in;
    }
}
