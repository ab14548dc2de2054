package org.magent.app.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import org.magent.app.cli.ExitCode;
import org.magent.app.input.KeyValues;
import org.magent.app.input.Numbers;
import org.magent.app.media.ConfiguredMedium;
import org.magent.app.media.MediaContext;
import org.magent.app.output.Json;
import org.magent.app.sweep.plot.SweepPlots;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.QuantityKind;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code magent sweep}: entanglement versus qubit separation, optionally against a second axis.
 * Without arguments it runs the {@link BuiltInExample} (two NV centres on YIG).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Entanglement of two qubits versus their separation r (and optionally a second axis).",
            "Without options: the built-in example, two NV centres 2-400 nm apart on YIG at 20 mT, T = 0 and 50 mK."},
        footer = {"",
            "Units: a bare number is in natural units; a number with a unit (2.87GHz, 50nm,",
            "50mK, 20mT, 1us) is converted to SI-based natural units (rad/s, m, s; a field B",
            "becomes gamma_e*B). Mix bare numbers with unit-carrying ones only if the bare",
            "numbers are already in those units. In a --config file the medium parameters",
            "are numbers in the scenario's units; other values may be strings with units.",
            "",
            "Outputs in --output-dir: sweep.csv (appended point by point, valid after an",
            "interruption), scenario.json (repeat with --config), sweep.json (scenario and",
            "results; inf and undefined as null), concurrence.png, coupling.png,",
            "lifetime.png, heatmap.png (2-D sweeps). --resume continues an interrupted",
            "sweep of the same scenario.",
            "Exit status 1 when some point is unstable (column 'stable' false), 2 for bad input."})
public final class SweepCommand implements Callable<Integer> {

    /** The default output directory. */
    public static final String DEFAULT_OUTPUT = "magent-output";

    @Option(names = "--config", paramLabel = "FILE", description = "Scenario file (JSON or YAML, e.g. scenario.json).")
    private Path config;

    @Option(names = "--medium", paramLabel = "NAME", description = "A registered medium (see 'magent models').")
    private String medium;

    @Option(names = "--set", paramLabel = "name=value,...", description = "Medium parameters; values may carry units (gap=2GHz, stiffness=\"5e-17 T m^2\"), and"
                + " exchangeConstant=3.7pJ/m,magnetisation=140kA/m may replace stiffness and spinDensity.")
    private String set;

    @Option(names = "--qubits", paramLabel = "Delta1=..,Delta2=..[,lambda=..]", description = "Qubit splittings (energy) and coupling (default 1).")
    private String qubits;

    @Option(names = "--temperature", paramLabel = "T", description = "Temperature (energy or K), default 0.")
    private String temperature;

    @Option(names = "--separation", paramLabel = "RANGE", description = "r as a list r1,r2,... or a range start:stop:count, e.g. 10nm:500nm:50.")
    private String separation;

    @Option(names = "--spacing", paramLabel = "linear|log", description = "Spacing of ranges (default linear).")
    private Spacing spacing;

    @Option(names = "--axis2", paramLabel = "NAME=RANGE", description = "Second axis: temperature, detuning, gap or field, e.g. temperature=0,50mK.")
    private String axis2;

    @Option(names = "--initial", paramLabel = "STATE", description = "Initial state (default ud): uu, ud, du, dd, singlet, triplet0 or four amplitudes.")
    private String initial;

    @Option(names = "--times", paramLabel = "t1,t2,...", description = "Times at which the concurrence is reported.")
    private String times;

    @Option(names = "--postselect-time", paramLabel = "T", description = "Time of the postselected columns (default: the first of --times).")
    private String postselectTime;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Output directory (default " + DEFAULT_OUTPUT + ").")
    private Path outputDir;

    @Option(names = "--resume", description = "Continue an interrupted sweep from DIR/sweep.csv (same scenario).")
    private boolean resume;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private String threads;

    @Option(names = "--no-progress", description = "Never draw a progress bar.")
    private boolean noProgress;

    private final PrintStream out;
    private final PrintStream err;
    private final MediaContext media;

    /**
     * Creates the command.
     *
     * @param out standard output (table and file paths)
     * @param err standard error (progress bar)
     * @param media the media registry
     */
    public SweepCommand(PrintStream out, PrintStream err, MediaContext media) {
        this.out = out;
        this.err = err;
        this.media = media;
    }

    @Override
    public Integer call() {
        Scenario scenario = scenario(QuantityReader.DEFAULT);
        int pool = threads == null ? Runtime.getRuntime().availableProcessors()
                : Numbers.positiveCount("threads", threads, "threads, count");
        Path dir = outputDir == null ? Path.of(DEFAULT_OUTPUT) : outputDir;
        createDirectory(dir);
        SweepTable table = new SweepTable(scenario);
        Path csv = dir.resolve("sweep.csv");
        Path scenarioFile = dir.resolve("scenario.json");
        ObjectNode scenarioJson = ScenarioFiles.toJson(scenario);
        List<List<String>> rows = new ArrayList<>();
        if (resume) {
            rows.addAll(resumable(scenarioFile, csv, scenarioJson, table, scenario.size()));
        }
        SweepRunner.Prepared prepared = SweepRunner.prepare(scenario, media.catalog());
        AtomicFiles.write(scenarioFile, text(scenarioJson));
        try (CsvLog log = CsvLog.start(csv, table.header(), rows)) {
            SweepRunner.run(prepared, rows.size(), pool, noProgress ? null : err, p -> {
                List<String> cells = table.cells(p);
                log.append(cells);
                rows.add(cells);
            });
        }
        ObjectNode result = Json.object();
        result.set("scenario", scenarioJson);
        result.putArray("columns").addAll(table.header().stream().map(Json.MAPPER.getNodeFactory()::textNode)
                .toList());
        result.set("points", table.json(rows));
        List<String> warnings = prepared.warnings();
        result.putArray("warnings").addAll(warnings.stream().map(Json.MAPPER.getNodeFactory()::textNode).toList());
        Path jsonFile = AtomicFiles.write(dir.resolve("sweep.json"), text(result));
        List<Path> written = new ArrayList<>(List.of(csv, jsonFile, scenarioFile));
        for (Map.Entry<String, byte[]> png : SweepPlots.render(SweepReport.plotSpec(scenario, table, rows))
                .entrySet()) {
            written.add(AtomicFiles.write(dir.resolve(png.getKey()), png.getValue()));
        }
        SweepReport.table(out, scenario, table, rows);
        for (String w : warnings) {
            out.println("# warning: " + w);
        }
        out.println();
        for (Path p : written) {
            out.println("wrote " + p);
        }
        long unstable = rows.stream().filter(r -> r.get(r.size() - 1).equals("false")).count();
        out.flush();
        if (unstable > 0) {
            err.println("magent: verdict: medium or bath unstable at " + unstable + " of " + rows.size()
                    + " points (column 'stable'); dynamics columns left empty where the bath is not positive");
            err.flush();
            return ExitCode.VERDICT;
        }
        return ExitCode.OK;
    }

    /** The rows to keep when resuming; checks that the scenario is the one that was started. */
    private static List<List<String>> resumable(Path scenarioFile, Path csv, ObjectNode scenarioJson,
            SweepTable table, int total) {
        if (!Files.exists(scenarioFile) || !Files.exists(csv)) {
            throw new InvalidInputException("resume", "--resume: no interrupted sweep in " + scenarioFile.getParent()
                    + " (scenario.json and sweep.csv are needed)");
        }
        try {
            if (!Json.MAPPER.readTree(Files.readString(scenarioFile)).equals(scenarioJson)) {
                throw new InvalidInputException("resume", "--resume: the scenario differs from the one in "
                        + scenarioFile + "; run without --resume to start afresh");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("resume", "--resume: " + scenarioFile + " is not valid JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + scenarioFile + ": " + e.getMessage(), e);
        }
        List<List<String>> rows = CsvLog.finishedRows(csv, table);
        return rows.size() > total ? rows.subList(0, total) : rows;
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException("output-dir", "--output-dir " + dir + " cannot be created: "
                    + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new InvalidInputException("output-dir", "--output-dir " + dir + " is not writable");
        }
    }

    private static String text(ObjectNode n) {
        try {
            return Json.MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario from --config, the options, or the built-in example. */
    Scenario scenario(QuantityReader reader) {
        boolean anyOption = medium != null || set != null || qubits != null || temperature != null
                || separation != null || spacing != null || axis2 != null || initial != null || times != null
                || postselectTime != null;
        if (config != null) {
            if (anyOption) {
                throw new InvalidInputException("config", "--config cannot be combined with scenario options"
                        + " (--medium, --set, --qubits, --temperature, --separation, --spacing, --axis2, --initial,"
                        + " --times, --postselect-time)");
            }
            return ScenarioFiles.read(config, reader);
        }
        if (!anyOption) {
            return BuiltInExample.scenario();
        }
        return fromOptions(reader);
    }

    private Scenario fromOptions(QuantityReader reader) {
        List<Boolean> units = new ArrayList<>();
        if (medium == null) {
            throw new InvalidInputException("medium", "--medium is required (see 'magent models'), or run"
                    + " 'magent sweep' without options for the built-in example");
        }
        ConfiguredMedium configured = ConfiguredMedium.of(media.catalog(), medium, set);
        units.add(configured.physicalUnits());
        Map<String, String> params = new LinkedHashMap<>(configured.medium().parameterValues());
        if (qubits == null) {
            throw new InvalidInputException("qubits", "--qubits is required: Delta1=..,Delta2=..[,lambda=..]");
        }
        Map<String, String> q = KeyValues.parse("--qubits", qubits, List.of("Delta1", "Delta2", "lambda"));
        for (String required : List.of("Delta1", "Delta2")) {
            if (!q.containsKey(required)) {
                throw new InvalidInputException(required, "--qubits: " + required + " is missing (energy)");
            }
        }
        ParsedQuantity d1 = reader.read("Delta1", q.get("Delta1"), QuantityKind.ENERGY);
        ParsedQuantity d2 = reader.read("Delta2", q.get("Delta2"), QuantityKind.ENERGY);
        ParsedQuantity lambda = reader.read("lambda", q.getOrDefault("lambda", "1"), QuantityKind.COUPLING);
        ParsedQuantity t = temperature == null ? new ParsedQuantity(0, false)
                : reader.read("temperature", temperature, QuantityKind.TEMPERATURE);
        if (separation == null) {
            throw new InvalidInputException("separation", "--separation is required: r1,r2,... or start:stop:count");
        }
        Spacing sp = spacing == null ? Spacing.linear : spacing;
        Ranges.Values rs = Ranges.parse("separation", separation, QuantityKind.LENGTH, sp, reader);
        Optional<Axis2> second = Optional.empty();
        if (axis2 != null) {
            int eq = axis2.indexOf('=');
            if (eq < 0) {
                throw new InvalidInputException("axis2", "--axis2 '" + axis2 + "' must be name=range, e.g."
                        + " temperature=0,50mK");
            }
            Axis2Kind kind = Axis2Kind.parse(axis2.substring(0, eq));
            Ranges.Values v = Ranges.parse("axis2 " + kind.label(), axis2.substring(eq + 1), kind.kind(), sp, reader);
            units.add(v.hadUnit());
            second = Optional.of(new Axis2(kind, v.values()));
        }
        Ranges.Values ts = times == null ? new Ranges.Values(List.of(), false)
                : Ranges.parse("times", times, QuantityKind.TIME, Spacing.linear, reader);
        ParsedQuantity tp;
        if (postselectTime != null) {
            tp = reader.read("postselect-time", postselectTime, QuantityKind.TIME);
        } else if (!ts.values().isEmpty()) {
            tp = new ParsedQuantity(ts.values().get(0), ts.hadUnit());
        } else {
            throw new InvalidInputException("postselect-time", "--postselect-time is required when --times is"
                    + " not given");
        }
        units.addAll(List.of(d1.hadUnit(), d2.hadUnit(), lambda.hadUnit(), t.hadUnit(), rs.hadUnit(), ts.hadUnit(), tp.hadUnit()));
        boolean si = units.contains(true);
        return new Scenario(medium.strip(), params, d1.value(), d2.value(), lambda.value(), t.value(), rs.values(), sp,
                second, initial == null ? "ud" : initial.strip(), ts.values(), tp.value(), si);
    }
}
