package org.magent.app.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.magent.app.cli.ExitCode;
import org.magent.app.input.KeyValues;
import org.magent.app.input.Numbers;
import org.magent.app.media.MediaContext;
import org.magent.app.media.OptionTexts;
import org.magent.app.media.QubitSpec;
import org.magent.app.nv.NvOptions;
import org.magent.app.output.DirectoryLock;
import org.magent.app.output.Json;
import org.magent.app.output.Progress;
import org.magent.app.sweep.plot.SweepPlots;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code magent sweep}: entanglement versus qubit separation, optionally against a second axis. The scenario is
 * the built-in example ({@link BuiltInExample}, two NV centres on YIG), or a {@code --config} file, or given
 * whole with {@code --medium}; the other scenario options change single parts of it ({@link ScenarioSpec}).
 *
 * <p>Everything is validated before anything is written: the scenario, the rows a {@code --resume} reuses, every
 * bath; then the output directory is created and locked ({@link DirectoryLock}), and the points run in parallel
 * while the CSV grows row by row. The plots are rendered in parallel at the end, and their fonts and classes
 * are loaded in the background while the points run.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Entanglement of two qubits versus their separation r (and a second axis).",
        description = {"Entanglement of two qubits versus their separation r, optionally against a second axis."
            + " Without options: the built-in example, two NV centres 100 nm above a 20 nm YIG film in 20 mT"
            + " tilted 54.7 deg from the normal, 10 nm - 10 um apart along x and y, at 50 mK, 1 K, 4 K and 300 K."
            + " Options change that example (e.g. --separation 50nm:5um:20, --axis2 none, --direction y) or a"
            + " --config file; with --medium they describe a new scenario."},
        footer = {"",
            "Outputs in --output-dir (locked while the sweep runs): sweep.csv (appended point",
            "by point, valid after an interruption), scenario.json (the scenario as typed;",
            "repeat with --config), sweep.json (scenario and results; inf and undefined as",
            "null), concurrence.png, coupling.png, lifetime.png, heatmap.png (2-D sweeps);",
            "with NV centres also covariance.png.",
            "--resume checks the rows already written and computes the rest.",
            "",
            "NV centres above a film (--medium film --nv ... --field ...): the bath follows from the",
            "stray field with no free coupling. Columns: direction (deg from x), Delta1/2pi, Delta2/2pi",
            "(GHz, the NVs' own frequencies), a, at (a2, at2 for different NVs) and d: master-equation",
            "coefficients in 1/s (dissipator 2h: a level decays at W = 2a, T1 = 1/(2a) at T = 0); W = 2a;",
            "|A|/a, Re A/a, Im A/a: the noise covariance A/sqrt(a1 a2); |At|/at; Re, Im Dd/d;",
            "Jperp, Jz, D (totals) and their _medium and _direct parts (rad/s); the direct dipolar",
            "shifts of Delta1, Delta2; the dynamics columns; the Markov ratios (>> 0.3 warns).",
            "The dynamics runs with Delta_i + shift_i +/- detuning; the bath stays at the NVs'",
            "frequencies. --axis2 for the film: temperature, field (the bias field: band and NV",
            "frequencies move together), height, damping, detuning, efficiency.",
            "",
            "Exit status: 0 success, 1 some point unstable (column 'stable' false), 2 bad input",
            "or usage, 3 internal error."})
public final class SweepCommand implements Callable<Integer> {

    /** The default output directory. */
    public static final String DEFAULT_OUTPUT = "magent-output";

    @Option(names = "--config", paramLabel = "FILE", description = "Scenario file (JSON or YAML, e.g. a scenario.json"
            + " written by an earlier sweep); the other scenario options override its values.")
    private Path config;

    @Option(names = "--medium", paramLabel = "NAME", description = OptionTexts.MEDIUM + " Naming a medium starts"
            + " a new scenario instead of changing the built-in example.")
    private String medium;

    @Option(names = "--set", paramLabel = "name=value,...", description = OptionTexts.SET)
    private String set;

    @Option(names = "--qubits", paramLabel = OptionTexts.QUBITS_LABEL, description = OptionTexts.QUBITS)
    private String qubits;

    @Option(names = "--temperature", paramLabel = "T", description = OptionTexts.TEMPERATURE)
    private String temperature;

    @Mixin
    private NvOptions nv;

    @Option(names = "--separation", paramLabel = "RANGE", description = "The separations r: a list r1,r2,... or a"
            + " range start:stop:count, e.g. 10nm:500nm:50 (lattices: lattice constants, bare). Above a film: the"
            + " in-plane distance, along each --direction.")
    private String separation;

    @Option(names = "--direction", paramLabel = "x|y|ANGLE,...", description = "NV centres above a film: the in-plane"
            + " direction(s) of the separation, x (the field's in-plane projection, default), y, or angles from x"
            + " (deg or rad; bare = rad); a list adds a direction column and a curve per direction.")
    private String direction;

    @Option(names = "--spacing", paramLabel = "linear|log", description = "Spacing of the ranges (default linear;"
            + " the built-in example and a --config file keep their own: the built-in example's is log).")
    private String spacing;

    @Option(names = "--axis2", paramLabel = "NAME=RANGE", description = "Second axis: temperature, detuning, gap,"
            + " field, damping or efficiency, and height for NV centres above a film (not gap there), e.g."
            + " temperature=0,50mK; 'none' removes the second axis of the example or config.")
    private String axis2;

    @Option(names = "--detuning", paramLabel = "DELTA", description = "NV centres: a static detuning"
            + " δ = (Δ1 − Δ2)/2 with a unit (e.g. 1MHz), added as Δ1 + δ, Δ2 − δ to the NV splittings of the dynamics"
            + " (the bath stays at the NVs' own frequencies).")
    private String detuning;

    @Option(names = "--nuclear-average", negatable = true, description = "NV centres: average the dynamics over"
            + " unpolarised 14N nuclei, the nine (mI1, mI2) pairs, each shifting its NV's splitting by"
            + " 2π·2.16 MHz·mI (Δ1 − Δ2 ∈ {0, ±2.16, ±4.32} MHz·2π, weights 3/9, 2/9, 2/9, 1/9, 1/9); every column is"
            + " that of the averaged state (the concurrence of ρ̄, not the mean concurrence).")
    private Boolean nuclearAverage;

    @Option(names = "--initial", paramLabel = "STATE", description = "Initial state (default ud): uu, ud, du, dd,"
            + " singlet, triplet0 or four amplitudes.")
    private String initial;

    @Option(names = "--times", paramLabel = "t1,t2,...", description = "Times at which the concurrence is reported.")
    private String times;

    @Option(names = "--postselect-time", paramLabel = "T", description = "Time of the postselected columns (default:"
            + " the first of --times).")
    private String postselectTime;

    @Option(names = "--efficiency", paramLabel = "ETA", description = "Detection efficiency of the σ± jumps for the"
            + " postselected columns, 0..1 (default 1): the state heralded by no detection and its probability.")
    private String efficiency;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Output directory (default " + DEFAULT_OUTPUT
            + ").")
    private Path outputDir;

    @Option(names = "--resume", description = "Continue an interrupted sweep of the same scenario in DIR.")
    private boolean resume;

    @Option(names = "--no-plots", description = "Write no PNG plots.")
    private boolean noPlots;

    @Option(names = "--heatmap-time", paramLabel = "T|max", description = "The concurrence of heatmap.png: C at T,"
            + " one of --times, or max for C_max (default: the first of --times).")
    private String heatmapTime;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private String threads;

    @Option(names = {"-q", "--quiet", "--no-progress"}, description = "No progress display on standard error"
            + " (otherwise a bar on a terminal, plain lines elsewhere).")
    private boolean quiet;

    private final PrintStream out;
    private final PrintStream err;
    private final MediaContext media;

    /**
     * Creates the command.
     *
     * @param out standard output (table and file paths)
     * @param err standard error (progress)
     * @param media the media registry
     */
    public SweepCommand(PrintStream out, PrintStream err, MediaContext media) {
        this.out = out;
        this.err = err;
        this.media = media;
    }

    @Override
    public Integer call() {
        // the plotting classes and fonts load on a background thread while the scenario is validated and computed
        PlotRenderer plots = noPlots ? null : PlotRenderer.warmUp();
        ScenarioSpec spec = spec();
        Scenario scenario = spec.resolve(media.catalog());
        int pool = threads == null ? Runtime.getRuntime().availableProcessors()
                : Numbers.positiveCount("threads", threads, "threads, count");
        double heatTime = heatTime(scenario);
        Path dir = outputDir == null ? Path.of(DEFAULT_OUTPUT) : outputDir;
        requireUsableDirectory(dir);
        SweepTable table = new SweepTable(scenario);
        Path csv = dir.resolve("sweep.csv");
        Path scenarioFile = dir.resolve("scenario.json");
        ObjectNode scenarioJson = spec.toJson();
        List<List<String>> rows = new ArrayList<>();
        if (resume) {
            rows.addAll(resumable(dir, scenarioFile, csv, scenarioJson, table));
        }
        SweepRunner.Prepared prepared = SweepRunner.prepare(scenario, media.catalog(), pool);
        boolean created = !Files.exists(dir);
        createDirectory(dir);
        try (DirectoryLock lock = DirectoryLock.acquire(dir, "--output-dir")) {
            removeLeftovers(dir);
            return run(scenario, spec, prepared, table, rows, dir, pool, plots, heatTime);
        } finally {
            removeIfEmpty(dir, created);
        }
    }

    private int run(Scenario scenario, ScenarioSpec spec, SweepRunner.Prepared prepared, SweepTable table,
            List<List<String>> rows, Path dir, int pool, PlotRenderer plots, double heatTime) {
        Path csv = dir.resolve("sweep.csv");
        Path scenarioFile = dir.resolve("scenario.json");
        ObjectNode scenarioJson = spec.toJson();
        int reused = rows.size();
        if (resume) {
            out.println("resumed: reused " + reused + " of " + scenario.size() + " points from " + csv);
        }
        AtomicFiles.write(scenarioFile, text(scenarioJson));
        ObjectNode head = Json.object();
        head.set("scenario", scenarioJson);
        ObjectNode resolved = head.putObject("resolved");
        resolved.put("units", scenario.si() ? "SI-based natural units: rad/s, m, s" : "natural units");
        if (scenario.nv().isEmpty()) {
            resolved.put("lambda", scenario.lambda());
        }
        resolved.put("Delta1", scenario.delta1());
        resolved.put("Delta2", scenario.delta2());
        scenario.nv().ifPresent(nv -> {
            resolved.put("frequency1_GHz", scenario.delta1() / (2 * Math.PI * 1e9));
            resolved.put("frequency2_GHz", scenario.delta2() / (2 * Math.PI * 1e9));
            resolved.put("field_T", nv.field().magnitude());
            resolved.put("field_polar_rad", nv.field().polar());
            resolved.putArray("directions_rad").addAll(nv.directions().stream()
                    .map(Json.MAPPER.getNodeFactory()::numberNode).toList());
            resolved.put("detuning", nv.detuning());
            resolved.put("nuclear_average", nv.nuclearAverage());
            resolved.put("direct_dipolar", nv.directDipolar());
            resolved.put("rates", "a, at, d: master-equation coefficients in 1/s (dissipator 2h): a level decays at"
                    + " W = 2a, T1 = 1/(2a) at T = 0");
            resolved.put("frame", "z: film normal towards the NVs; x: in-plane projection of the field;"
                    + " y = z cross x");
        });
        head.putArray("columns").addAll(table.header().stream().map(Json.MAPPER.getNodeFactory()::textNode)
                .toList());
        List<String> warnings = prepared.warnings();
        ObjectNode tail = Json.object();
        tail.putArray("warnings").addAll(warnings.stream().map(Json.MAPPER.getNodeFactory()::textNode).toList());
        SweepReport.TextTable text = new SweepReport.TextTable(scenario, table);
        Kept kept = new Kept(scenario.size(), table.column("regime_ps"));
        Path jsonFile;
        try (CsvLog log = CsvLog.start(csv, table.header(), rows);
                ResultJson json = ResultJson.start(dir.resolve("sweep.json"), head);
                Progress progress = quiet ? Progress.NONE
                        : Progress.on(err, Progress.isTerminal(err), "sweep", scenario.size())) {
            for (List<String> row : rows) {
                double[] v = table.values(row);
                json.point(ResultJson.encoded(table.jsonRow(row, v)));
                kept.add(row, v, text.line(row, v));
            }
            rows.clear();
            // the cells, the CSV line, the numbers, the terminal line and the JSON object of a point are made on the
            // worker that computed it; this thread only writes them, to the CSV and sweep.json as they come
            SweepRunner.run(prepared, reused, pool, progress,
                    p -> {
                        List<String> cells = table.cells(p);
                        double[] v = table.values(cells);
                        return new FormattedPoint(cells, CsvLog.bytes(cells), v, text.line(cells, v),
                                ResultJson.encoded(table.jsonRow(cells, v)));
                    },
                    f -> {
                        log.append(f.csv());
                        json.point(f.json());
                        kept.add(f.cells(), f.values(), f.line());
                    });
            if (plots != null) {
                plots.start(SweepReport.plotSpec(scenario, table, kept.regimes, kept.values, heatTime));
            }
            jsonFile = json.finish(tail);
        }
        List<Path> written = new ArrayList<>(List.of(csv, jsonFile, scenarioFile));
        // the table is printed while the figures render
        text.print(out, kept.lines);
        if (plots != null) {
            for (Map.Entry<String, byte[]> png : plots.finish().entrySet()) {
                written.add(AtomicFiles.write(dir.resolve(png.getKey()), png.getValue()));
            }
        }
        for (String w : warnings) {
            out.println("# warning: " + w);
        }
        out.println();
        for (Path p : written) {
            out.println("wrote " + p);
        }
        out.flush();
        if (kept.unstable > 0) {
            err.println("magent: verdict: medium or bath unstable at " + kept.unstable + " of " + kept.values.size()
                    + " points (column 'stable'); dynamics columns left empty where the bath is not positive");
            err.flush();
            return ExitCode.VERDICT;
        }
        return ExitCode.OK;
    }

    /** The time of the heat map's concurrence: one of the scenario's times, or NaN for C_max. */
    private double heatTime(Scenario s) {
        if (heatmapTime == null) {
            return s.times().isEmpty() ? Double.NaN : s.times().get(0);
        }
        if (heatmapTime.strip().equalsIgnoreCase("max")) {
            return Double.NaN;
        }
        double t = Quantities.parse("heatmap-time", heatmapTime, QuantityKind.TIME).value();
        for (double candidate : s.times()) {
            if (Math.abs(candidate - t) <= 1e-9 * Math.max(Math.abs(t), Math.abs(candidate))) {
                return candidate;
            }
        }
        throw new InvalidInputException("heatmap-time", "--heatmap-time = '" + heatmapTime.strip() + "' is not one of"
                + " the sweep's --times (" + (s.times().isEmpty() ? "none" : s.times().stream()
                        .map(v -> SweepTable.shortNumber(v) + (s.si() ? " s" : "")).reduce((a, b) -> a + ", " + b)
                        .orElse("")) + "); give one of them, or max");
    }

    /** The scenario: the built-in example, a config file or nothing, overridden by the options given. */
    ScenarioSpec spec() {
        ScenarioSpec base;
        if (config != null) {
            base = ScenarioFiles.read(config);
        } else if (medium == null) {
            base = BuiltInExample.spec();
        } else {
            base = ScenarioSpec.empty();
        }
        Map<String, String> q = KeyValues.parse("--qubits", qubits, QubitSpec.NAMES);
        Map<String, String> p = new LinkedHashMap<>(KeyValues.parse("--set", set, null));
        ScenarioSpec.NvTexts n = new ScenarioSpec.NvTexts(nv.nvTexts(), nv.fieldText(), nv.fieldPolarText(),
                direction, detuning, nuclearAverage == null ? null : nuclearAverage.toString(),
                nv.directDipolar() ? null : "false");
        return base.overriddenBy(new ScenarioSpec(medium, p, q, temperature, separation, spacing, axis2, initial,
                times, postselectTime, efficiency, n));
    }

    /** The rows to keep when resuming; checks that the scenario is the one that was started, and every row. */
    private static List<List<String>> resumable(Path dir, Path scenarioFile, Path csv, ObjectNode scenarioJson,
            SweepTable table) {
        if (!Files.isDirectory(dir) || !Files.exists(scenarioFile) || !Files.exists(csv)) {
            throw new InvalidInputException("resume", "--resume: no interrupted sweep in " + dir
                    + " (scenario.json and sweep.csv are needed)");
        }
        ScenarioSpec before;
        try {
            before = ScenarioFiles.read(scenarioFile);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("resume", "--resume: " + scenarioFile + " cannot be read back ("
                    + e.getMessage().replaceFirst("^--config \\S+:? ?", "") + "); run without --resume to start afresh",
                    e);
        }
        if (!before.toJson().equals(scenarioJson)) {
            throw new InvalidInputException("resume", "--resume: the scenario differs from the one in "
                    + scenarioFile + "; run without --resume to start afresh");
        }
        return CsvLog.finishedRows(csv, table);
    }

    private static void requireUsableDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("output-dir", "--output-dir " + dir + " is a file, not a directory");
        }
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            throw new InvalidInputException("output-dir", "--output-dir " + dir + " is not writable");
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                    : e instanceof java.nio.file.NoSuchFileException ? "a directory on its path cannot be made"
                    : "I/O error";
            throw new InvalidInputException("output-dir", "--output-dir " + dir + " cannot be created ("
                    + reason + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw new InvalidInputException("output-dir", "--output-dir " + dir + " is not writable");
        }
    }

    /** Removes a directory this run created when the run failed before writing anything into it. */
    /**
     * The temporary files of a sweep's outputs ({@code .sweep.json…tmp} and the like): a run killed outright
     * (SIGKILL, a crash) cannot remove its own.
     */
    static final Pattern LEFTOVER = Pattern.compile("\\.("
            + Stream.concat(Stream.of("sweep.csv.sums", "sweep.csv", "sweep.json", "scenario.json"), SweepPlots.ALL_NAMES.stream())
                    .map(Pattern::quote).collect(Collectors.joining("|"))
            + ")[0-9a-z]{1,13}\\.tmp");

    /**
     * Removes the temporary files that a killed sweep left in its output directory. Called with the directory's
     * lock held, so no live sweep is writing them.
     */
    static void removeLeftovers(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a leftover is litter, not an error
        }
    }

    private static void removeIfEmpty(Path dir, boolean created) {
        if (!created) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // best effort
        }
    }

    /**
     * What the end of a run needs of its rows, and nothing more: the cells and the JSON object of a point are
     * written as they come and then dropped, so that the garbage collector copies a few objects a point, not dozens,
     * and a large sweep holds little memory.
     */
    private static final class Kept {
        private final List<double[]> values;
        private final List<String> lines;
        private final List<String> regimes;
        private final int regimeColumn;
        private long unstable;

        Kept(int points, int regimeColumn) {
            values = new ArrayList<>(points);
            lines = new ArrayList<>(points);
            regimes = new ArrayList<>(points);
            this.regimeColumn = regimeColumn;
        }

        /** Keeps a row's numbers, terminal line, postselected regime, and whether it is unstable. */
        void add(List<String> cells, double[] v, String line) {
            values.add(v);
            lines.add(line);
            regimes.add(cells.get(regimeColumn));
            if (cells.get(cells.size() - 1).equals("false")) {
                unstable++;
            }
        }
    }

    /**
     * One point's CSV cells, its CSV line and JSON object (both encoded), its numbers and terminal line, made on a
     * worker.
     */
    private record FormattedPoint(List<String> cells, byte[] csv, double[] values, String line,
            SerializableString json) {
    }

    private static String text(ObjectNode n) {
        try {
            return Json.MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
