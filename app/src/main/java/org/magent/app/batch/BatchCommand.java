package org.magent.app.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.magent.app.cli.ExitCode;
import org.magent.app.input.Efficiency;
import org.magent.app.input.InitialState;
import org.magent.app.input.Numbers;
import org.magent.app.output.OutputTarget;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.QuantityKind;
import org.magent.qubits.dynamics.DetectionEfficiency;
import org.magent.qubits.state.DensityMatrix;
import org.magent.validation.Checks;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code magent batch}: one evolution per row of a CSV of rates, run in parallel and streamed, summarised one row
 * per case in input order.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evolve every case of a CSV file of rates (header: rate names) and summarise each.",
        footer = {"", "Output columns: the input columns, then concurrence_final (at t_max), concurrence_max,",
            "t_at_max (the first sample time of the maximum; its header names the unit: 't_at_max (s)' when",
            "the inputs carry units, else \"t_at_max (natural units, 1/energy)\"), and concurrence_steady",
            "(steady state reached from --initial) or, with --postselect, success_probability_final. Rates,",
            "energies and --t-max carry units all, or none (a bare 0 is",
            "allowed). The input is streamed, so any number of rows runs in bounded memory. Any bad row:",
            "exit 2, naming row, line and column, and no output file.", "",
            "Exit status: 0 success; 2 bad input (an option, the file or a row: no output file is left); 3 internal",
            "error."})
public final class BatchCommand implements Callable<Integer> {

    /** The time of the maximum; its header cell carries the unit: {@code t_at_max (s)} or, for bare inputs,
     * {@code "t_at_max (natural units, 1/energy)"}. */
    public static final String T_AT_MAX = "t_at_max";
    /** Summary columns without postselection (t_at_max gets its unit in the header). */
    public static final List<String> COLUMNS = List.of("concurrence_final", "concurrence_max", "t_at_max",
            "concurrence_steady");
    /** Summary columns with postselection. */
    public static final List<String> POSTSELECTED_COLUMNS = List.of("concurrence_final", "concurrence_max",
            "t_at_max", "success_probability_final");
    /**
     * The most samples per case. The propagation is exact at any step, so more samples would only refine the time
     * grid of the maximum while the work per case grows in proportion.
     */
    static final long MAX_STEPS = 10_000_000;
    /** The most worker threads. */
    static final int MAX_THREADS = 1024;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV of cases.")
    private Path input;

    @Option(names = "--initial", required = true, paramLabel = "STATE",
            description = "uu, ud, du, dd, singlet, triplet0, or four amplitudes uu,ud,du,dd.")
    private String initial;

    @Option(names = "--t-max", required = true, paramLabel = "T", description = "Final time (natural units, 1/energy; or with a unit: 2us, 50ns).")
    private String tMax;

    @Option(names = "--steps", required = true, paramLabel = "N",
            description = "Number of time steps (at most 10000000).")
    private String steps;

    @Option(names = "--postselect", description = "Postselected (no-jump) evolution.")
    private boolean postselect;

    @Option(names = "--efficiency", paramLabel = "ETA", description = "With --postselect: detection efficiency of the"
            + " σ± jumps (0..1, default 1); success_probability_final is then the probability of no detection.")
    private String efficiency;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "Result CSV (written to a temporary file, renamed when complete).")
    private Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that evaluate the cases, the calling"
            + " thread among them (default: all cores).")
    private String threads;

    /** Creates the command. */
    public BatchCommand() {
    }

    @Override
    public Integer call() {
        ParsedQuantity t = time(tMax);
        int n = (int) count("steps", steps, "time steps, count", MAX_STEPS,
                "samples per case: the propagation is exact at any step, so more samples only refine the time grid"
                + " while the work per case grows in proportion");
        int pool = threads == null ? Runtime.getRuntime().availableProcessors()
                : (int) count("threads", threads, "threads, count", MAX_THREADS, "worker threads");
        DensityMatrix rho0 = InitialState.parse(initial);
        DetectionEfficiency eta = Efficiency.withPostselect(efficiency, postselect);
        requireDistinct(input, output);
        UnitRule rule = t.value() == 0 && !t.hadUnit() ? null
                : UnitRule.of(t.hadUnit() ? UnitRule.Kind.UNIT : UnitRule.Kind.BARE, "--t-max " + tMax.strip());
        try (CaseReader reader = CaseReader.open(input);
                OutputTarget target = OutputTarget.open("--output", output, null)) {
            CaseEvaluator evaluator = new CaseEvaluator(reader.source(), reader.header(), rho0, t.value(),
                    tMax, t.hadUnit(), n, postselect, eta);
            List<String> header = new ArrayList<>();
            for (String h : reader.header()) {
                StringBuilder sb = new StringBuilder();
                Csv.appendCell(sb, h);
                header.add(sb.toString());
            }
            // the time column names its unit, as trajectories.csv and sweep.csv do (quoted: the unit has a comma)
            String timeUnit = t.hadUnit() ? "s" : "natural units, 1/energy";
            for (String c : postselect ? POSTSELECTED_COLUMNS : COLUMNS) {
                StringBuilder sb = new StringBuilder();
                Csv.appendCell(sb, c.equals(T_AT_MAX) ? c + " (" + timeUnit + ")" : c);
                header.add(sb.toString());
            }
            target.write(w -> {
                w.print(String.join(",", header));
                w.print('\n');
                BatchRunner.run(reader, evaluator, rule, pool, w);
            });
        }
        return ExitCode.OK;
    }

    /**
     * --t-max: a bare number without regular expressions (the usual case), else through {@link Numbers}.
     *
     * @throws InvalidInputException for a malformed, non-finite or negative time
     */
    private static ParsedQuantity time(String text) {
        double bare = text == null ? Double.NaN : BareNumbers.real(text.strip());
        ParsedQuantity t = Double.isNaN(bare) ? Numbers.quantity("t-max", text, QuantityKind.TIME)
                : new ParsedQuantity(bare, false);
        Checks.nonNegative("t-max", t.value(), t.hadUnit() ? "s" : "natural units, 1/energy");
        return t;
    }

    /**
     * A whole number in [1, max].
     *
     * @throws InvalidInputException for text that is not a whole number, a number below 1, or one above max
     *     (with the reason)
     */
    static long count(String name, String text, String unit, long max, String what) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("[+-]?\\d+")) {
            throw new InvalidInputException(name, name + " = '" + s + "' is not a whole number (" + unit + ")");
        }
        boolean negative = s.startsWith("-");
        String digits = s.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
        if (negative && !digits.equals("0") || digits.equals("0")) {
            throw new InvalidInputException(name, name + " = " + s + " (" + unit + ") must be positive");
        }
        if (digits.length() > 18 || Long.parseLong(digits) > max) {
            throw new InvalidInputException(name, String.format(Locale.ROOT,
                    "%s = %s (%s) is too large: at most %d %s", name, s, unit, max, what));
        }
        return Long.parseLong(digits);
    }

    /** Refuses an output file that is the input file (it would be replaced by the results). */
    private static void requireDistinct(Path input, Path output) {
        boolean same;
        try {
            same = Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output);
        } catch (IOException e) {
            same = input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize());
        }
        if (same) {
            throw new InvalidInputException("output", "--output " + output + " is the input file; write the results"
                    + " to another file");
        }
    }
}
