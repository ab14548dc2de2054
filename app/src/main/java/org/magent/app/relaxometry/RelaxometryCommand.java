package org.magent.app.relaxometry;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.magent.app.cli.ExitCode;
import org.magent.app.media.MediaContext;
import org.magent.app.nv.NvOptions;
import org.magent.app.output.OutputDirectory;
import org.magent.app.sweep.AtomicFiles;
import org.magent.app.sweep.Ranges;
import org.magent.app.sweep.Spacing;
import org.magent.physics.PhysicalConstants;
import org.magent.app.units.Quantities;
import org.magent.app.units.QuantityKind;
import org.magent.nv.NvCentre;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code magent relaxometry}: the relaxation rate of one NV centre above a film against the bias field (or the NV
 * height), with the NV frequency following the field.
 */
@Command(name = "relaxometry", mixinStandardHelpOptions = true,
        description = {"Single-NV relaxometry above a film: the transition rate W = 2a (1/s) of the NV qubit against the"
            + " bias field (--field start:stop:count) or the height (--height start:stop:count).",
            "Writes relaxometry.csv (units in the header) and relaxometry.png to --output-dir."},
        footer = {"", "Rates: a and at are master-equation coefficients (dissipator 2h); the level decays at W = 2a"
            + " (T1 = 1/(2a) at T = 0) and is excited at Wt = 2at; relaxometry papers quote W.",
            "Exit status: 0 success, 1 unstable film, 2 bad input, 3 internal error."})
public final class RelaxometryCommand implements Callable<Integer> {

    @Option(names = "--medium", required = true, paramLabel = "NAME", description = "The field medium: film.")
    String medium;

    @Option(names = "--set", paramLabel = "name=value,...",
            description = "Film parameters with units: thickness=20nm,magnetisation=142kA/m,exchangeConstant=3.7pJ/m,"
                    + "damping=1e-4[,gFactor=2.0023].")
    String set;

    @Mixin
    NvOptions nv;

    @Option(names = "--height", paramLabel = "start:stop:count",
            description = "Scan the NV height instead of the field (replaces the height of --nv); lengths with a unit.")
    String height;

    @Option(names = "--temperature", paramLabel = "T", description = "Temperature with a unit, e.g. 299K (default 0).")
    String temperature;

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "magent-output",
            description = "Where relaxometry.csv and relaxometry.png go (default ${DEFAULT-VALUE}).")
    Path outputDir;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--no-plots", description = "Do not write relaxometry.png.")
    boolean noPlots;

    private final PrintStream out;
    private final MediaContext media;

    /**
     * Creates the command.
     *
     * @param out standard output
     * @param media the media registry
     */
    public RelaxometryCommand(PrintStream out, MediaContext media) {
        this.out = out;
        this.media = media;
    }

    @Override
    public Integer call() {
        List<NvCentre> nvs = nv.centres();
        if (nvs.size() != 1) {
            throw new InvalidInputException("nv", "relaxometry is a single-NV job: give --nv once (got " + nvs.size()
                    + ")");
        }
        if (nv.fieldText() == null) {
            throw new InvalidInputException("field", "--field is required: a field with a unit or a range such as"
                    + " 0mT:40mT:81");
        }
        Ranges.Values given = Ranges.parse("field", nv.fieldText(), QuantityKind.FIELD, Spacing.linear,
                (p, t, k) -> Quantities.parse(p, t, k));
        List<Double> fields = new ArrayList<>();
        for (double v : given.values()) {
            if (!given.hadUnit() && v != 0) {
                throw new InvalidInputException("field", "--field = " + nv.fieldText().strip() + " has no unit: give fields"
                        + " with a unit, e.g. 25mT or 0mT:40mT:81");
            }
            fields.add(v / PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO);
        }
        NvCentre centre = nvs.get(0);
        List<Double> heights = new ArrayList<>();
        boolean heightScan = height != null;
        if (heightScan) {
            if (fields.size() != 1) {
                throw new InvalidInputException("height", "scan either the field or the height, not both: give a single"
                        + " --field with --height start:stop:count");
            }
            Ranges.Values hs = Ranges.parse("height", height, QuantityKind.LENGTH, Spacing.linear,
                    (p, t, k) -> Quantities.parse(p, t, k));
            if (!hs.hadUnit()) {
                throw new InvalidInputException("height", "--height = " + height + " has no unit: give lengths with a"
                        + " unit, e.g. 20nm:500nm:50");
            }
            for (double h : hs.values()) {
                if (!(h > 0)) {
                    throw new InvalidInputException("height", "--height: every height must be positive, got " + h + " m");
                }
                heights.add(h);
            }
            fields = new ArrayList<>(Collections.nCopies(heights.size(), fields.get(0)));
        } else {
            heights = new ArrayList<>(Collections.nCopies(fields.size(), centre.height()));
        }
        for (double b : fields) {
            if (b < 0) {
                throw new InvalidInputException("field", "--field: a field magnitude is negative (" + b + " T); set the"
                        + " direction with --field-polar");
            }
        }
        double t = NvOptions.kelvin(temperature);
        RelaxometryRun run = new RelaxometryRun(media.catalog(), medium, set, nv.polar(), centre, t);
        run.medium(fields.get(0)); // validates the medium before the scan
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new InvalidInputException("threads", "--threads = " + n + " must be at least 1");
        }
        OutputDirectory.prepare(outputDir);
        List<RelaxometryRun.Point> points = run.run(fields, heights, n);
        RelaxometryRun.Crossings crossings = heightScan ? new RelaxometryRun.Crossings(Double.NaN, Double.NaN)
                : run.crossings(points);
        String csv = RelaxometryTable.csv(points);
        AtomicFiles.write(outputDir.resolve("relaxometry.csv"), csv);
        if (!noPlots) {
            AtomicFiles.write(outputDir.resolve("relaxometry.png"), RelaxometryPlot.png(points, crossings, heightScan,
                    t, centre, nv.polar()));
        }
        out.print(RelaxometryTable.table(points, crossings, heightScan, t));
        out.println("# wrote " + outputDir.resolve("relaxometry.csv") + (noPlots ? "" : " and relaxometry.png"));
        return ExitCode.OK;
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.9g", v);
    }

    static String nvText(NvCentre c) {
        return String.format(Locale.ROOT, "NV axis polar %.4f deg, azimuth %.4f deg, transition 0 <-> %+d",
                Math.toDegrees(c.axis().polar()), Math.toDegrees(c.axis().azimuth()), c.transition());
    }
}
