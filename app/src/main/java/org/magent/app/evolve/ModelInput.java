package org.magent.app.evolve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import org.magent.app.cli.VerdictException;
import org.magent.app.input.ExplicitRates;
import org.magent.app.input.KeyValues;
import org.magent.app.input.RateName;
import org.magent.app.media.MediaContext;
import org.magent.app.media.MediumOptions;
import org.magent.app.media.MediumSetup;
import org.magent.app.output.Json;
import org.magent.app.units.UnitMix;
import org.magent.bath.BathParameters;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.validation.InvalidInputException;

/**
 * The two-qubit model of a command that takes either explicit rates ({@code --rates}) or a medium
 * ({@code --medium --set --qubits --temperature --separation}): {@code evolve} and {@code trajectories}.
 *
 * @param model the fields and bath (h positive semidefinite)
 * @param bath the bath coefficients (natural units, energy)
 * @param inputs the inputs to echo in JSON output
 * @param physicalUnits whether any input carried a physical unit (then every number is SI-based: rad/s, s)
 */
public record ModelInput(TwoQubitModel model, BathParameters bath, ObjectNode inputs, boolean physicalUnits) {

    /** Validates presence. */
    public ModelInput {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(bath, "bath");
        Objects.requireNonNull(inputs, "inputs");
    }

    /**
     * Builds the model from exactly one of the two sources.
     *
     * @param rates the {@code --rates} text, or null
     * @param medium the medium options
     * @param media the media registry
     * @param mix the command's other dimensional inputs (e.g. {@code --t-max}); the model's inputs are added and
     *     a mix of inputs with and without units is refused ({@link UnitMix})
     * @return the model
     * @throws InvalidInputException if neither or both sources are given, or an input is bad
     * @throws VerdictException if the medium or its bath is unstable
     */
    public static ModelInput resolve(String rates, MediumOptions medium, MediaContext media, UnitMix mix) {
        if ((rates != null) == medium.anyGiven()) {
            throw new InvalidInputException("rates", "give exactly one of --rates or --medium (with --set, --qubits,"
                    + " --temperature, --separation)");
        }
        if (rates != null) {
            Map<String, String> given = KeyValues.parse("--rates", rates, RateName.names());
            ExplicitRates r = ExplicitRates.of(given);
            boolean units = mix.addAll(ExplicitRates.unitInputs(given)).requireConsistent();
            ObjectNode inputs = Json.object();
            inputs.put("rates", rates);
            return new ModelInput(Evolution.model(r.bath(), r.delta1(), r.delta2()), r.bath(), inputs, units);
        }
        MediumSetup setup = medium.compute(media.catalog(), mix);
        if (!setup.stable()) {
            throw new VerdictException("medium " + setup.medium().name() + " or its bath is unstable: "
                    + String.join("; ", setup.instabilities()));
        }
        BathParameters bath = setup.report().bath();
        return new ModelInput(Evolution.model(bath, setup.qubits().delta1(), setup.qubits().delta2()), bath,
                MediumOptions.inputsJson(setup), setup.physicalUnits());
    }
}
