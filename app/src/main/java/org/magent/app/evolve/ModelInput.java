package org.magent.app.evolve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.magent.app.cli.VerdictException;
import org.magent.app.input.ExplicitRates;
import org.magent.app.input.KeyValues;
import org.magent.app.input.RateName;
import org.magent.app.media.MediaContext;
import org.magent.app.media.MediumOptions;
import org.magent.app.media.MediumSetup;
import org.magent.app.nv.FilmParams;
import org.magent.app.nv.FilmSetup;
import org.magent.app.nv.InPlaneSeparation;
import org.magent.app.nv.NvOptions;
import org.magent.app.output.Json;
import org.magent.app.units.UnitMix;
import org.magent.masterequation.BathParameters;
import org.magent.medium.film.FilmModel;
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
     * Builds the model from exactly one of the two sources: explicit rates, a medium with qubits coupled by
     * contact, or NV centres above a field medium (the film, {@code --nv}).
     *
     * @param rates the {@code --rates} text, or null
     * @param medium the medium options
     * @param nv the NV options ({@code --nv}, {@code --field}, {@code --field-polar}, {@code --no-direct-dipolar})
     * @param media the media registry
     * @param mix the command's other dimensional inputs (e.g. {@code --t-max}); the model's inputs are added and
     *     a mix of inputs with and without units is refused ({@link UnitMix})
     * @return the model
     * @throws InvalidInputException if neither or both sources are given, or an input is bad
     * @throws VerdictException if the medium or its bath is unstable
     */
    public static ModelInput resolve(String rates, MediumOptions medium, NvOptions nv, MediaContext media,
            UnitMix mix) {
        boolean film = nv.present() || FilmModel.NAME.equals(medium.mediumName());
        if ((rates != null) == (medium.anyGiven() || nv.present())) {
            throw new InvalidInputException("rates", "give exactly one of --rates or --medium (with --set, --qubits"
                    + " or --nv, --temperature, --separation)");
        }
        if (rates != null) {
            Map<String, String> given = KeyValues.parse("--rates", rates, RateName.names());
            ExplicitRates r = ExplicitRates.of(given);
            boolean units = mix.addAll(ExplicitRates.unitInputs(given)).requireConsistent();
            ObjectNode inputs = Json.object();
            inputs.put("rates", rates);
            return new ModelInput(Evolution.model(r.bath(), r.delta1(), r.delta2()), r.bath(), inputs, units);
        }
        if (film) {
            return film(medium, nv, media, mix);
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

    /**
     * NV centres above a film: the bath of {@code NvPairBath} at one in-plane separation (per-qubit local terms,
     * intrinsic T1 and T2, coherent couplings of the medium and the direct dipolar coupling), and the qubit fields
     * Δ_i plus the direct dipolar shifts. Every dimensional input carries a unit (SI-based natural units).
     */
    private static ModelInput film(MediumOptions medium, NvOptions nv, MediaContext media, UnitMix mix) {
        medium.refuseContactOptionsWithNv(nv.present());
        if (!nv.present()) {
            throw new InvalidInputException("nv", "medium film couples through its stray field: give NV centres with"
                    + " --nv polar=..,azimuth=..,height=.. (and --field)");
        }
        FilmSetup setup = FilmSetup.of(media.catalog(), medium.mediumName(), medium.setText(), nv.biasField(),
                nv.centres());
        double t = NvOptions.kelvin(medium.temperatureText());
        InPlaneSeparation r = InPlaneSeparation.parse(medium.separationText());
        mix.add("field", nv.fieldText(), true, setup.field().magnitude() == 0);
        mix.add("separation", medium.separationText(), true, r.distance() == 0);
        mix.requireConsistent();
        if (r.distance() == 0 && nv.directDipolar() && setup.nv1().height() == setup.nv2().height()) {
            throw new InvalidInputException("separation", "separation = 0 m puts the two NVs at one point: the direct"
                    + " dipole-dipole coupling diverges there; give r > 0 or --no-direct-dipolar");
        }
        FilmParams params = FilmParams.compute(setup, t, r, nv.directDipolar());
        if (!params.stable()) {
            List<String> findings = new ArrayList<>(params.point().report().mediumStability().findings());
            findings.addAll(params.point().report().bathStability().findings());
            throw new VerdictException("medium " + setup.medium().name() + " or its bath is unstable: "
                    + String.join("; ", findings));
        }
        BathParameters bath = params.point().report().bath();
        double[] fields = params.point().shiftedSplittings();
        ObjectNode inputs = ((ObjectNode) params.json().get("inputs")).deepCopy();
        inputs.put("Delta1_dynamics", fields[0]);
        inputs.put("Delta2_dynamics", fields[1]);
        inputs.put("units", FilmParams.RATE_CONVENTION);
        ArrayNode warnings = inputs.putArray("warnings");
        params.point().report().warnings().forEach(warnings::add);
        return new ModelInput(Evolution.model(bath, fields[0], fields[1]), bath, inputs, true);
    }
}
