package org.magent.app.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.magent.app.cli.ExitCode;
import org.magent.app.evolve.Evolution;
import org.magent.app.evolve.EvolutionRequest;
import org.magent.app.input.Efficiency;
import org.magent.app.input.ExplicitRates;
import org.magent.app.input.InitialState;
import org.magent.app.input.Numbers;
import org.magent.app.output.OutputTarget;
import org.magent.app.units.QuantityKind;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.dynamics.TwoQubitModel;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code magent batch}: one evolution per row of a CSV of rates, run in parallel, summarised one row per case
 * in input order.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evolve every case of a CSV file of rates (header: rate names) and summarise each.",
        footer = {"", "Output columns: the input columns, then concurrence_final (at t_max), concurrence_max,",
            "t_at_max (natural units, 1/energy), and concurrence_steady (steady state reached from --initial) or,",
            "with --postselect, success_probability_final. Any bad row: exit 2, no output file."})
public final class BatchCommand implements Callable<Integer> {

    /** Summary columns without postselection. */
    public static final List<String> COLUMNS = List.of("concurrence_final", "concurrence_max", "t_at_max",
            "concurrence_steady");
    /** Summary columns with postselection. */
    public static final List<String> POSTSELECTED_COLUMNS = List.of("concurrence_final", "concurrence_max",
            "t_at_max", "success_probability_final");

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV of cases.")
    private Path input;

    @Option(names = "--initial", required = true, paramLabel = "STATE",
            description = "uu, ud, du, dd, singlet, triplet0, or four amplitudes uu,ud,du,dd.")
    private String initial;

    @Option(names = "--t-max", required = true, paramLabel = "T", description = "Final time (natural units, 1/energy; or with a unit: 2us, 50ns).")
    private String tMax;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Number of time steps.")
    private String steps;

    @Option(names = "--postselect", description = "Postselected (no-jump) evolution.")
    private boolean postselect;

    @Option(names = "--efficiency", paramLabel = "ETA", description = "With --postselect: detection efficiency of the"
            + " σ± jumps (0..1, default 1); success_probability_final is then the probability of no detection.")
    private String efficiency;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Result CSV (written atomically).")
    private Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private String threads;

    /** Creates the command. */
    public BatchCommand() {
    }

    @Override
    public Integer call() {
        double t = Numbers.quantity("t-max", tMax, QuantityKind.TIME).value();
        int n = Numbers.positiveCount("steps", steps, "time steps, count");
        int pool = threads == null ? Runtime.getRuntime().availableProcessors()
                : Numbers.positiveCount("threads", threads, "threads, count");
        EvolutionRequest.requireFits(n, pool);
        DensityMatrix rho0 = InitialState.parse(initial);
        DetectionEfficiency eta = Efficiency.withPostselect(efficiency, postselect);
        try (OutputTarget target = OutputTarget.open("--output", output, null)) {
            CaseTable cases = CaseTable.read(input);
            List<ExplicitRates> rates = cases.rates();
            List<EvolutionRequest> requests = new ArrayList<>(rates.size());
            for (int k = 0; k < rates.size(); k++) {
                ExplicitRates r = rates.get(k);
                try {
                    TwoQubitModel model = Evolution.model(r.bath(), r.delta1(), r.delta2());
                    requests.add(new EvolutionRequest(model, rho0, t, n, postselect, !postselect, eta));
                } catch (InvalidInputException e) {
                    throw cases.atRow(k, e);
                }
            }
            List<BatchRunner.Summary> results = BatchRunner.run(cases, requests, pool);
            List<String> header = new ArrayList<>(cases.header());
            header.addAll(postselect ? POSTSELECTED_COLUMNS : COLUMNS);
            target.write(w -> {
                w.println(String.join(",", header));
                for (int k = 0; k < results.size(); k++) {
                    BatchRunner.Summary s = results.get(k);
                    List<String> cells = new ArrayList<>(cases.rows().get(k));
                    cells.add(Double.toString(s.concurrenceFinal()));
                    cells.add(Double.toString(s.concurrenceMax()));
                    cells.add(Double.toString(s.tAtMax()));
                    cells.add(Double.toString(s.last()));
                    w.println(String.join(",", cells));
                }
            });
        }
        return ExitCode.OK;
    }
}
