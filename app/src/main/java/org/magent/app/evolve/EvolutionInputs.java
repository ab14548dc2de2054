package org.magent.app.evolve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.magent.app.input.InitialState;
import org.magent.app.input.Numbers;
import org.magent.app.media.MediaContext;
import org.magent.app.media.MediumOptions;
import org.magent.app.nv.NvOptions;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.QuantityKind;
import org.magent.app.units.UnitMix;
import org.magent.qubits.state.DensityMatrix;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code evolve} and {@code trajectories} share: the two-qubit model (explicit {@code --rates}, a
 * {@code --medium}, or NV centres above a film), the initial state and the time grid.
 */
public final class EvolutionInputs {

    @Option(names = "--rates", paramLabel = "name=value,...",
            description = "Explicit rates a, at, A, At, d, Dd, Jperp, Jz, D, Delta1, Delta2 (natural units, energy,"
                    + " or with units: a=1kHz, A=0.9+0.1i kHz; A, At, Dd complex x+yi); missing ones are 0. They"
                    + " must satisfy a >= |A|, at >= |At|, d >= |Dd|.")
    private String rates;

    @Mixin
    private MediumOptions medium;

    @Mixin
    private NvOptions nv;

    @Option(names = "--initial", required = true, paramLabel = "STATE",
            description = "uu, ud, du, dd, singlet, triplet0, or four amplitudes uu,ud,du,dd (complex, normalised).")
    private String initial;

    @Option(names = "--t-max", required = true, paramLabel = "T",
            description = "Final time (natural units, 1/energy; or with a unit: 2us, 50ns).")
    private String tMax;

    @Option(names = "--steps", required = true, paramLabel = "N",
            description = "Number of time steps (steps+1 samples at t = 0, t_max/steps, ..., t_max).")
    private String steps;

    /** Creates the options (picocli fills them). */
    public EvolutionInputs() {
    }

    /**
     * The final time.
     *
     * @return {@code --t-max} with its unit, if any
     * @throws org.magent.validation.InvalidInputException if it is not a positive time
     */
    public ParsedQuantity tMax() {
        return Numbers.quantity("t-max", tMax, QuantityKind.TIME);
    }

    /**
     * The {@code --t-max} text, as given.
     *
     * @return the text
     */
    public String tMaxText() {
        return tMax;
    }

    /**
     * The number of time steps.
     *
     * @return {@code --steps}, at least 1
     * @throws org.magent.validation.InvalidInputException if it is not a positive integer
     */
    public int steps() {
        return Numbers.positiveCount("steps", steps, "time steps, count");
    }

    /**
     * The initial state.
     *
     * @return ρ(0) parsed from {@code --initial}
     * @throws org.magent.validation.InvalidInputException if the state is unknown or not normalised
     */
    public DensityMatrix initialState() {
        return InitialState.parse(initial);
    }

    /**
     * The {@code --initial} text, as given.
     *
     * @return the text
     */
    public String initialText() {
        return initial;
    }

    /**
     * The two-qubit model, with the final time among the dimensional inputs that must agree on units.
     *
     * @param command the command's name, for the unit-mix message
     * @param media the media registry
     * @param t the parsed {@code --t-max}
     * @return the model and its echoed inputs
     * @throws org.magent.validation.InvalidInputException for bad or inconsistent inputs
     * @throws org.magent.app.cli.VerdictException if the medium or its bath is unstable
     */
    public ModelInput model(String command, MediaContext media, ParsedQuantity t) {
        UnitMix mix = new UnitMix(rates != null ? command + " --rates" : command).add("t-max", tMax, t);
        return ModelInput.resolve(rates, medium, nv, media, mix);
    }

    /**
     * Echoes the initial state and the time grid into the inputs of a JSON report.
     *
     * @param chosen the model
     * @param t the final time (s with physical units, else natural units)
     * @param n the number of steps
     * @return {@code chosen.inputs()}, for further keys
     */
    public ObjectNode echo(ModelInput chosen, double t, int n) {
        ObjectNode inputs = chosen.inputs();
        inputs.put("initial", initial);
        inputs.put("t_max", t);
        inputs.put("steps", n);
        return inputs;
    }
}
