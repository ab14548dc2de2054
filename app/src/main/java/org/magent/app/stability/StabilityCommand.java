package org.magent.app.stability;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.magent.app.cli.ExitCode;
import org.magent.app.media.ConfiguredMedium;
import org.magent.app.media.MediaContext;
import org.magent.app.media.MediumOptions;
import org.magent.app.media.OptionTexts;
import org.magent.app.media.QubitSpec;
import org.magent.app.output.Json;
import org.magent.app.output.OutputTarget;
import org.magent.app.output.ReportOutput;
import org.magent.app.units.ParsedQuantity;
import org.magent.app.units.QuantityKind;
import org.magent.app.units.UnitMix;
import org.magent.medium.Separation;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code magent stability}: is the medium stable, and is the bath it induces a valid (positive) one at every
 * frequency and separation? Exit 0 stable, 1 unstable or a condition violated (a verdict), 2 bad input.
 */
@Command(name = "stability", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Is a medium stable, and is the bath it induces positive at every frequency and separation?",
        description = {"Check a medium's stability: (1) omega_k >= 0 for all k (no soft mode); (2) over a grid of"
            + " frequencies omega > 0 and separations r, the bath conditions a >= |A| and at >= |At| (the 2x2"
            + " spectral matrix is positive semidefinite, Supplement (v)); (3) detailed balance"
            + " at/a = exp(-omega/T)."},
        footer = {"", "Default grids: omega up to 4 d times the sum of the medium's energy parameters (and at least",
            "2 Delta with --qubits); r up to three magnon wavelengths (lattices: 1..8 lattice constants along x).",
            "",
            "Exit status: 0 stable; 1 unstable or a condition violated (a verdict); 2 bad input",
            "or usage; 3 internal error."})
public final class StabilityCommand implements Callable<Integer> {

    @Option(names = "--medium", required = true, paramLabel = "NAME", description = OptionTexts.MEDIUM)
    private String medium;

    @Option(names = "--set", paramLabel = "name=value,...", description = OptionTexts.SET)
    private String set;

    @Option(names = "--qubits", paramLabel = OptionTexts.QUBITS_LABEL,
            description = "Optional. " + OptionTexts.QUBITS + " Here lambda only scales every rate; Delta adds"
                    + " omega = Delta to the grid and widens the default range to 2 Delta.")
    private String qubits;

    @Option(names = "--temperature", paramLabel = "T", description = OptionTexts.TEMPERATURE)
    private String temperature;

    @Option(names = "--omega-range", paramLabel = "a:b:n", description = "Frequencies: n points from a > 0 to b.")
    private String omegaRange;

    @Option(names = "--separation-range", paramLabel = "a:b:n",
            description = "Separations along x: n points from a to b (lattices: whole lattice constants).")
    private String separationRange;

    @Mixin
    private ReportOutput report;

    private final PrintStream out;
    private final MediaContext media;

    /**
     * Creates the command.
     *
     * @param out standard output
     * @param media the media registry
     */
    public StabilityCommand(PrintStream out, MediaContext media) {
        this.out = out;
        this.media = media;
    }

    @Override
    public Integer call() {
        try (OutputTarget target = report.open("stability", out)) {
            ConfiguredMedium configured = ConfiguredMedium.of(media.catalog(), medium, set);
            int d = ConfiguredMedium.spatialDimension(configured.medium());
            QubitSpec q = qubits == null ? null : QubitSpec.parse(qubits, d);
            ParsedQuantity t = MediumOptions.temperature(temperature);
            OptionalDouble delta = q == null ? OptionalDouble.empty() : OptionalDouble.of(0.5 * q.delta1()
                    + 0.5 * q.delta2());
            Range omegaGrid = omegaRange == null ? DefaultGrids.omegas(configured, delta)
                    : Range.parse("omega-range", omegaRange, QuantityKind.ENERGY);
            if (!(omegaGrid.start() > 0)) {
                throw new InvalidInputException("omega-range", "--omega-range = '" + omegaRange + "': the bath"
                        + " conditions are for omega > 0; start above 0");
            }
            List<Double> omegas = new ArrayList<>(omegaGrid.values());
            if (delta.isPresent() && delta.getAsDouble() > 0 && !omegas.contains(delta.getAsDouble())) {
                omegas.add(delta.getAsDouble());
                omegas.sort(Double::compare);
            }
            List<Separation> separations;
            boolean separationUnits = false;
            Range r = null;
            if (separationRange == null) {
                separations = DefaultGrids.separations(configured, omegaGrid);
            } else {
                r = Range.parse("separation-range", separationRange, QuantityKind.LENGTH);
                if (r.physicalUnits() && configured.medium().isLattice()) {
                    throw new InvalidInputException("separation-range", "--separation-range = '" + separationRange
                            + "': " + configured.medium().name() + " measures separations in lattice constants;"
                            + " give bare numbers");
                }
                separationUnits = r.physicalUnits();
                separations = r.values().stream().map(Separation::alongX).toList();
            }
            // lambda only scales every rate, so a bare lambda never makes the verdict depend on units
            UnitMix mix = configured.addTo(new UnitMix("stability"));
            if (q != null) {
                mix.addAll(q.unitInputs().stream().filter(i -> !i.name().equals("lambda")).toList());
            }
            if (temperature != null) {
                mix.add("temperature", temperature, t);
            }
            if (omegaRange != null) {
                mix.add("omega-range", omegaRange, omegaGrid.physicalUnits(), false);
            }
            if (r != null && !configured.medium().isLattice()) {
                mix.add("separation-range", separationRange, separationUnits, r.end() == 0);
            }
            boolean units = mix.requireConsistent();
            double lambda = q == null ? 1 : q.resolve(configured.medium(), separations.get(0)).lambda();
            List<String> warnings = List.of();
            StabilityResult result = StabilityScan.run(configured.medium(), lambda, t.value(), omegas, separations);
            Units u = new Units(units ? "rad/s" : MediumOptions.ENERGY,
                    units ? "m" : configured.medium().isLattice() ? "lattice constants" : "medium length unit");
            Context context = new Context(configured, lambda, t.value(), separations, u, warnings);
            target.write(w -> {
                if (report.json()) {
                    Json.write(w, json(result, context));
                } else {
                    table(w, result, context);
                }
            });
            return result.stable() ? ExitCode.OK : ExitCode.VERDICT;
        }
    }

    /** The units of the numbers printed. */
    private record Units(String energy, String length) {
    }

    /** What the report echoes besides the result. */
    private record Context(ConfiguredMedium configured, double lambda, double temperature,
            List<Separation> separations, Units units, List<String> warnings) {
    }

    /**
     * The verdict in one line: what is unstable and where, or "stable".
     *
     * @param result the scan result
     * @param energyUnit the unit of frequencies and rates in the text
     * @param lengthUnit the unit of separations in the text
     * @return the verdict text
     */
    static String verdict(StabilityResult result, String energyUnit, String lengthUnit) {
        if (result.stable()) {
            String own = result.medium().condition();
            return "stable: " + (own.startsWith("omega_k") ? "omega_k >= 0" : own) + ", a >= |A| and at >= |At| at"
                    + " every (omega, r) scanned, detailed balance holds";
        }
        List<String> parts = new ArrayList<>();
        for (Check c : result.checks()) {
            if (!c.passed()) {
                parts.add(detail(c, energyUnit, lengthUnit));
            }
        }
        return "UNSTABLE: " + String.join("; ", parts);
    }

    private static String detail(Check c, String energyUnit, String lengthUnit) {
        if (c.name().equals("medium")) {
            if (c.passed()) {
                return c.condition().startsWith("omega_k") ? "no soft mode (" + c.condition() + ")" : "holds at every grid point";
            }
            return String.join("; ", c.findings());
        }
        if (c.worst().isEmpty()) {
            if (!c.findings().isEmpty()) {
                return String.join("; ", c.findings());
            }
            return c.evaluated() == 0 ? "no point to evaluate (a = 0 everywhere)" : "holds trivially (both sides 0)";
        }
        GridPoint p = c.worst().get();
        Separation r = p.separation();
        String where = String.format(Locale.ROOT, "omega = %.6g (%s), r = (%.6g, %.6g, %.6g) (%s)", p.omega(),
                energyUnit, r.x(), r.y(), r.z(), lengthUnit);
        if (c.name().equals("detailed_balance")) {
            return String.format(Locale.ROOT, "%s: max relative deviation %.3g at %s (at/a = %.6g, exp(-omega/T) ="
                    + " %.6g)", c.passed() ? "holds" : "VIOLATED", p.relativeDeviation(), where, p.lhs(), p.rhs());
        }
        String[] sides = c.condition().split(" >= ");
        if (!c.passed()) {
            return String.format(Locale.ROOT, "%s < %s at %s: %s = %.6g, %s = %.6g, short by %.3g (%.3g relative)",
                    sides[0], sides[1], where, sides[0], p.lhs(), sides[1], p.rhs(), p.rhs() - p.lhs(),
                    -p.relativeMargin());
        }
        return String.format(Locale.ROOT, "holds; closest at %s: %s = %.6g, %s = %.6g (relative margin %.3g)", where,
                sides[0], p.lhs(), sides[1], p.rhs(), p.relativeMargin());
    }

    private static void table(PrintWriter w, StabilityResult result, Context c) {
        w.println("# stability of " + result.mediumName() + " " + c.configured().medium().parameterValues());
        w.println(String.format(Locale.ROOT, "# lambda = %.6g, temperature = %.6g (%s)", c.lambda(), c.temperature(),
                c.units().energy()));
        List<Double> omegas = result.omegas();
        w.println(String.format(Locale.ROOT, "# omega: %d points in [%.6g, %.6g] (%s); r: %d points in [%.6g, %.6g]"
                + " (%s) along x", omegas.size(), omegas.get(0), omegas.get(omegas.size() - 1), c.units().energy(),
                c.separations().size(), c.separations().get(0).length(),
                c.separations().get(c.separations().size() - 1).length(), c.units().length()));
        w.println(String.format(Locale.ROOT, "%-18s %-28s %-6s %s", "check", "condition", "result", "detail"));
        for (Check check : result.checks()) {
            w.println(String.format(Locale.ROOT, "%-18s %-28s %-6s %s", check.name(), check.condition(),
                    check.passed() ? "ok" : "FAIL", detail(check, c.units().energy(), c.units().length())));
        }
        for (String note : result.skipped()) {
            w.println("# " + note);
        }
        for (String warning : c.warnings()) {
            w.println("# warning: " + warning);
        }
        w.println("verdict: " + verdict(result, c.units().energy(), c.units().length()));
    }

    private static ObjectNode json(StabilityResult result, Context c) {
        ObjectNode n = Json.object();
        n.put("stable", result.stable());
        n.put("verdict", verdict(result, c.units().energy(), c.units().length()));
        ArrayNode checks = n.putArray("checks");
        for (Check check : result.checks()) {
            ObjectNode o = checks.addObject();
            o.put("name", check.name());
            o.put("condition", check.condition());
            o.put("passed", check.passed());
            o.put("evaluated", check.evaluated());
            o.put("detail", detail(check, c.units().energy(), c.units().length()));
            ArrayNode findings = o.putArray("findings");
            check.findings().forEach(findings::add);
            check.worst().ifPresent(p -> {
                ObjectNode worst = o.putObject("worst");
                worst.put("omega", p.omega());
                worst.putArray("separation").add(p.separation().x()).add(p.separation().y()).add(p.separation().z());
                worst.put("lhs", p.lhs());
                worst.put("rhs", p.rhs());
                worst.put(check.name().equals("detailed_balance") ? "relative_deviation" : "relative_margin",
                        check.name().equals("detailed_balance") ? p.relativeDeviation() : p.relativeMargin());
            });
        }
        ArrayNode skipped = n.putArray("skipped");
        result.skipped().forEach(skipped::add);
        ArrayNode warnings = n.putArray("warnings");
        c.warnings().forEach(warnings::add);
        ObjectNode grid = n.putObject("grid");
        ArrayNode om = grid.putArray("omega");
        result.omegas().forEach(om::add);
        ArrayNode rs = grid.putArray("separation_x");
        c.separations().forEach(r -> rs.add(r.x()));
        ObjectNode units = n.putObject("units");
        units.put("energy", c.units().energy());
        units.put("length", c.units().length());
        units.put("rates", c.units().energy());
        ObjectNode in = n.putObject("inputs");
        in.put("medium", result.mediumName());
        ObjectNode params = in.putObject("parameters");
        c.configured().medium().parameterValues().forEach(params::put);
        in.put("lambda", c.lambda());
        in.put("temperature", c.temperature());
        return n;
    }
}
