package org.magent.app.evolve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.magent.app.cli.ExitCode;
import org.magent.app.input.Efficiency;
import org.magent.validation.InvalidInputException;
import org.magent.app.media.MediaContext;
import org.magent.app.media.OptionTexts;
import org.magent.app.output.Format;
import org.magent.app.output.Json;
import org.magent.app.output.OutputTarget;
import org.magent.app.units.ParsedQuantity;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.state.DensityMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code magent evolve}: the time evolution of two qubits under a bath given by explicit rates
 * ({@code --rates}) or computed from a medium ({@code --medium …}).
 */
@Command(name = "evolve", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Evolve two qubits (Lindblad Eq. 2, or postselected Eq. 12-13) and print the entanglement.",
        description = {"Evolve two qubits under the master equation (Eq. 2-4) or the postselected evolution"
            + " (Eq. 12-13), with rates you give (--rates) or those a medium induces (--medium ...), and print the"
            + " entanglement at every step."},
        footer = {"",
            "Columns: t (natural units, 1/energy; s when inputs carry units), concurrence, eof",
            "(ebits), purity, bell_fidelity and, with --postselect, success_probability",
            "(dimensionless); steps+1 rows at t = 0, t_max/steps, ..., t_max.",
            "Regimes and --steady:",
            "  table: '#' lines before the rows, the steady state in a block after them;",
            "  csv:   header and rows first, then a trailing block of '#' lines:",
            "         # regime_unmonitored,<r>  # regime_postselected,<r>",
            "         # steady_concurrence,<C>  # steady_state,uu,ud,du,dd",
            "         # steady_state_<row>,<four complex entries x+yi>",
            "  json:  \"regime\" object, \"rows\" array of objects, \"steady_state\":",
            "         {\"matrix\": {\"basis\", \"re\", \"im\"}, \"concurrence\"}.",
            "",
            "Exit status: 0 success; 1 a --medium that is unstable or whose bath violates",
            "a >= |A| (a verdict); 2 bad input, including --rates that violate a >= |A|,",
            "at >= |At| or d >= |Dd| (h must be positive semidefinite); 3 internal error."})
public final class EvolveCommand implements Callable<Integer> {

    @Mixin
    private EvolutionInputs in;

    @Option(names = "--postselect", description = "Postselected (no-jump) evolution; adds success_probability.")
    private boolean postselect;

    @Option(names = "--efficiency", paramLabel = "ETA", description = "With --postselect: detection efficiency of the"
            + " σ± jumps (0..1, default 1); rows are the state heralded by no detection and its probability.")
    private String efficiency;

    @Option(names = "--steady", description = "Also the steady state reached from the initial state under the"
            + " unmonitored Lindblad dynamics (also with --postselect), and its concurrence.")
    private boolean steady;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format: table, csv or json (default ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = OptionTexts.OUTPUT)
    private Path output;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Also plot C(t) (and, with --postselect, the"
            + " success probability) to a PNG file.")
    private Path plot;

    private final PrintStream out;
    private final MediaContext media;

    /**
     * Creates the command.
     *
     * @param out standard output
     * @param media the media registry (used with --medium)
     */
    public EvolveCommand(PrintStream out, MediaContext media) {
        this.out = out;
        this.media = media;
    }

    @Override
    public Integer call() {
        ParsedQuantity tq = in.tMax();
        double t = tq.value();
        int n = in.steps();
        EvolutionRequest.requireFits(n, 1);
        DensityMatrix rho0 = in.initialState();
        DetectionEfficiency eta = Efficiency.withPostselect(efficiency, postselect);
        if (plot != null && output != null && plot.toAbsolutePath().normalize().equals(
                output.toAbsolutePath().normalize())) {
            throw new InvalidInputException("plot", "--plot " + plot + " is the same file as --output");
        }
        try (OutputTarget target = OutputTarget.open("--output", output, out);
                OutputTarget plotTarget = plot == null ? null : OutputTarget.open("--plot", plot, out)) {
            ModelInput chosen = in.model("evolve", media, tq);
            boolean physicalUnits = chosen.physicalUnits();
            TwoQubitModel model = chosen.model();
            ObjectNode inputs = in.echo(chosen, t, n);
            inputs.put("postselect", postselect);
            if (postselect) {
                inputs.put("efficiency", eta.value());
            }
            Json.putBath(inputs.putObject("bath"), chosen.bath());
            RateTimeCheck.require(model, rho0, t, n, postselect, in.tMaxText(), physicalUnits,
                    postselect ? "" : ", or use --steady for the long-time state");
            EvolutionResult result = Evolution.run(new EvolutionRequest(model, rho0, t, n, postselect, steady, eta));
            ObjectNode echoed = inputs;
            // with a physical unit among the inputs every number is SI-based natural: t in s
            String timeUnit = physicalUnits ? "s" : EvolutionRequest.TIME_UNIT;
            if (plotTarget != null) {
                byte[] png = EvolutionPlot.png(result, physicalUnits, in.initialText(), postselect);
                plotTarget.writeBytes(png);
            }
            target.write(w -> EvolutionWriter.write(w, format, echoed, result, timeUnit));
            return ExitCode.OK;
        }
    }
}
