package org.magent.app.trajectories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.magent.app.cli.ExitCode;
import org.magent.app.evolve.EvolutionInputs;
import org.magent.app.evolve.EvolutionRequest;
import org.magent.app.evolve.ModelInput;
import org.magent.app.input.Efficiency;
import org.magent.app.input.Numbers;
import org.magent.app.media.MediaContext;
import org.magent.app.output.OutputDirectory;
import org.magent.app.output.Json;
import org.magent.app.output.Texts;
import org.magent.app.sweep.AtomicFiles;
import org.magent.app.units.ParsedQuantity;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.state.DensityMatrix;
import org.magent.qubits.trajectories.EnsembleStatistics;
import org.magent.qubits.trajectories.QuantumJumps;
import org.magent.qubits.trajectories.TrajectoryRequest;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code magent trajectories}: the master equation Eq. (2)-(4) unravelled into quantum jumps, with σ±-type jumps
 * detected at efficiency η: the concurrence of the ensemble-averaged state, the distribution of the number of
 * detections, the heralded states of each detection count and the first-detection times, as CSV, JSON and a plot.
 */
@Command(name = "trajectories", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Quantum-jump trajectories of two qubits (exact waiting-time method), with the σ± jumps"
            + " detected at efficiency η.",
            "σ± jumps are emission and absorption; σz jumps are never detected."},
        footer = {"",
            "Outputs in --output-dir: trajectories.csv (per sample: concurrence, Bell fidelity and purity of the",
            "ensemble-averaged state, its largest standard error, the mean number of detections, and the",
            "probability, concurrence and Bell fidelity of no detection), heralded.csv (per sample and detection",
            "count k = 0..max-count and '>max-count': probability and the mean state of those runs), ",
            "first_detection.csv (when the first detection happens), trajectories.json (all of it) and",
            "trajectories.png. The heralded states are what an experiment keeps when it counts k clicks; the mean",
            "of the trajectories' concurrences would overstate them and is not reported.",
            "Trajectory i uses the i-th split of the random stream seeded by --seed: the output is the same for",
            "any --threads. Memory does not grow with --count.",
            "Exit status: 0 success; 1 a --medium that is unstable (a verdict); 2 bad input, with nothing written;",
            "3 internal error."})
public final class TrajectoriesCommand implements Callable<Integer> {

    /** The default output directory. */
    public static final String DEFAULT_OUTPUT = "magent-output";
    /** A run expected to take longer than this gets a progress bar (ms). */
    private static final long PROGRESS_AFTER_MS = 1000;

    @Mixin
    private EvolutionInputs in;

    @Option(names = "--count", required = true, paramLabel = "M", description = "Number of trajectories.")
    private String count;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed, an integer >= 0.")
    private String seed;

    @Option(names = "--efficiency", paramLabel = "ETA",
            description = "Detection efficiency of the σ± jumps, 0..1 (default 1).")
    private String efficiency;

    @Option(names = "--max-count", paramLabel = "K",
            description = "Detection counts 0..K get a heralded state of their own; more are pooled (default "
                    + TrajectoryRequest.DEFAULT_MAX_COUNT + ").")
    private String maxCount;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private String threads;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Output directory (default " + DEFAULT_OUTPUT + ").")
    private Path outputDir;

    @Option(names = "--no-progress", description = "Never draw a progress bar.")
    private boolean noProgress;

    private final PrintStream out;
    private final PrintStream err;
    private final MediaContext media;

    /**
     * Creates the command.
     *
     * @param out standard output (summary and file paths)
     * @param err standard error (progress bar)
     * @param media the media registry (used with --medium)
     */
    public TrajectoriesCommand(PrintStream out, PrintStream err, MediaContext media) {
        this.out = out;
        this.err = err;
        this.media = media;
    }

    @Override
    public Integer call() {
        ParsedQuantity tq = in.tMax();
        int n = in.steps();
        int m = Numbers.positiveCount("count", count, "trajectories, count");
        long s = seed(seed);
        DetectionEfficiency eta = Efficiency.parse(efficiency);
        int k = maxCount == null ? TrajectoryRequest.DEFAULT_MAX_COUNT : nonNegative("max-count", maxCount);
        int pool = threads == null ? Runtime.getRuntime().availableProcessors()
                : Numbers.positiveCount("threads", threads, "threads, count");
        DensityMatrix rho0 = in.initialState();
        Path dir = outputDir == null ? Path.of(DEFAULT_OUTPUT) : outputDir;
        ModelInput chosen = in.model("trajectories", media, tq);
        TrajectoryRequest request = new TrajectoryRequest(chosen.model(), rho0, eta, tq.value(), n, m, s, k);
        requireBoundedJumps(request, in.tMaxText(), chosen.physicalUnits());
        QuantumJumps.requireFits(request, pool);
        OutputDirectory.prepare(dir);

        long start = System.nanoTime();
        EnsembleStatistics stats = runWithProgress(request, pool);
        double seconds = (System.nanoTime() - start) / 1e9;

        boolean si = chosen.physicalUnits();
        String timeUnit = si ? "s" : EvolutionRequest.TIME_UNIT;
        TrajectoriesReport report = new TrajectoriesReport(stats, timeUnit, si ? "1/s" : "natural units, energy");
        ObjectNode inputs = in.echo(chosen, tq.value(), n);
        inputs.put("count", m);
        inputs.put("seed", s);
        inputs.put("efficiency", eta.value());
        inputs.put("max_count", k);
        Json.putBath(inputs.putObject("bath"), chosen.bath());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("trajectories.csv", report.mainCsv().getBytes(StandardCharsets.UTF_8));
        files.put("heralded.csv", report.heraldedCsv().getBytes(StandardCharsets.UTF_8));
        files.put("first_detection.csv", report.firstDetectionCsv().getBytes(StandardCharsets.UTF_8));
        files.put("trajectories.json", text(report.json(inputs)).getBytes(StandardCharsets.UTF_8));
        files.put("trajectories.png", TrajectoriesPlot.render(stats, "t (" + timeUnit + ")"));
        for (String line : report.summary(seconds, pool)) {
            out.println(line);
        }
        out.println();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            out.println("wrote " + AtomicFiles.write(dir.resolve(f.getKey()), f.getValue()));
        }
        out.flush();
        return ExitCode.OK;
    }

    private EnsembleStatistics runWithProgress(TrajectoryRequest request, int pool) {
        long start = System.nanoTime();
        ProgressBar[] bar = {null};
        try {
            return QuantumJumps.run(request, pool, done -> {
                if (bar[0] == null && !noProgress && done < request.count()
                        && (System.nanoTime() - start) / 1_000_000 > PROGRESS_AFTER_MS) {
                    bar[0] = new ProgressBarBuilder().setTaskName("trajectories").setInitialMax(request.count())
                            .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(250).build();
                }
                if (bar[0] != null) {
                    bar[0].stepTo(done);
                }
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
    }

    /**
     * Refuses, before anything is written, a --t-max with which a trajectory may be expected to make more than
     * {@link QuantumJumps#MAX_EXPECTED_JUMPS} jumps (the run would not end).
     */
    private static void requireBoundedJumps(TrajectoryRequest request, String tMaxText, boolean si) {
        double jumps = QuantumJumps.expectedJumpsBound(request);
        if (jumps <= QuantumJumps.MAX_EXPECTED_JUMPS) {
            return;
        }
        double rate = QuantumJumps.maxJumpRate(request.model());
        String timeUnit = si ? "s" : EvolutionRequest.TIME_UNIT;
        String rateUnit = si ? "1/s" : "natural units, energy";
        throw new InvalidInputException("t-max", String.format(Locale.ROOT, "--t-max = %s%s is too long for these"
                + " rates: the fastest total jump rate of any state (a decay rate, not a coefficient) is %s (%s), so"
                + " a trajectory may make up to %s jumps, more than %s; give --t-max <= %s (%s)",
                tMaxText.strip(), si ? " = " + Texts.brief(request.tMax()) + " s" : " (" + timeUnit + ")",
                Texts.brief(rate), rateUnit, Texts.brief(jumps),
                Texts.brief(QuantumJumps.MAX_EXPECTED_JUMPS),
                Texts.brief(QuantumJumps.MAX_EXPECTED_JUMPS / rate), timeUnit));
    }

    /** A seed: a whole number from 0 to 2⁶³ − 1. */
    static long seed(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[+-]?\\d{1,19}")) {
            throw new InvalidInputException("seed", "seed = '" + t + "' is not a whole number (random seed,"
                    + " integer >= 0)");
        }
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("seed", "seed = " + t + " (random seed, integer) is larger than "
                    + Long.MAX_VALUE);
        }
        if (v < 0) {
            throw new InvalidInputException("seed", "seed = " + v + " (random seed, integer) must not be negative");
        }
        return v;
    }

    /** A whole number ≥ 0 (0: every detection pooled). */
    private static int nonNegative(String name, String text) {
        String t = text.strip();
        if (t.matches("[+-]?0+")) {
            return 0;
        }
        if (t.matches("-\\d+")) {
            throw new InvalidInputException(name, name + " = " + t + " (detections, count) must not be negative");
        }
        return Numbers.positiveCount(name, t, "detections, count");
    }


    private static String text(ObjectNode n) {
        try {
            return Json.MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
