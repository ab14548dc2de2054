package org.magent.app.media;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.magent.app.cli.ExitCode;
import org.magent.app.output.Json;
import org.magent.app.output.OutputTarget;
import org.magent.app.output.ReportOutput;
import org.magent.app.output.Texts;
import org.magent.masterequation.BathParameters;
import org.magent.bath.BathReport;
import org.magent.app.nv.FilmParams;
import org.magent.app.nv.FilmSetup;
import org.magent.app.nv.InPlaneSeparation;
import org.magent.app.nv.NvOptions;
import org.magent.medium.film.FilmModel;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code magent params}: the bath parameters a medium induces. Exit 1 when the medium or the bath is unstable (a
 * verdict), 0 otherwise.
 */
@Command(name = "params", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Bath parameters (rates and couplings) that a medium induces on two qubits.",
        description = {"Bath parameters a, at, A, At, Jperp, Jz, D, d, Dd of the master equation (Eq. 4) that a"
            + " medium induces on two qubits r apart (natural units, energy; rad/s when the inputs carry units)."
            + " The dissipator carries 2a: the excited level decays at 2a, T1 = 1/(2a) at T = 0."},
        footer = {"",
            "Exit status: 0 stable; 1 the medium or its bath is unstable (stable = false, a",
            "verdict); 2 bad input or usage; 3 internal error."})
public final class ParamsCommand implements Callable<Integer> {

    @Mixin
    private MediumOptions options;

    @Mixin
    private ReportOutput report;

    @Mixin
    private NvOptions nv;

    private final PrintStream out;
    private final MediaContext media;

    /**
     * Creates the command.
     *
     * @param out standard output
     * @param media the media registry
     */
    public ParamsCommand(PrintStream out, MediaContext media) {
        this.out = out;
        this.media = media;
    }

    @Override
    public Integer call() {
        if (nv.present() || FilmModel.NAME.equals(options.mediumName())) {
            return callFilm();
        }
        try (OutputTarget target = report.open("params", out)) {
            MediumSetup setup = options.compute(media.catalog());
            target.write(w -> {
                if (report.json()) {
                    Json.write(w, json(setup));
                } else {
                    table(w, setup);
                }
            });
            return setup.stable() ? ExitCode.OK : ExitCode.VERDICT;
        }
    }

    private Integer callFilm() {
        options.refuseContactOptionsWithNv(nv.present());
        if (!nv.present()) {
            throw new InvalidInputException("nv", "medium film couples through its stray field: give NV centres with"
                    + " --nv polar=..,azimuth=..,height=.. (and --field)");
        }
        FilmSetup setup = FilmSetup.of(media.catalog(), options.mediumName(), options.setText(), nv.biasField(),
                nv.centres());
        double t = NvOptions.kelvin(options.temperatureText());
        InPlaneSeparation r = InPlaneSeparation.parse(options.separationText());
        try (OutputTarget target = report.open("params", out)) {
            FilmParams result = FilmParams.compute(setup, t, r, nv.directDipolar());
            target.write(w -> {
                if (report.json()) {
                    Json.write(w, result.json());
                } else {
                    result.table(w);
                }
            });
            return result.stable() ? ExitCode.OK : ExitCode.VERDICT;
        }
    }

    /** Which rate each printed number is. */
    static final String RATES = "a, at, A, At, d, Dd are master-equation coefficients (dissipator 2h): a level"
            + " decays at W = 2a and is excited at Wt = 2at, a coherence decays at 4d from d; Jperp, Jz, D are"
            + " couplings of H_eff";

    /**
     * The JSON document: a, at, A, At, Jperp, Jz, D, d, Dd, stable, warnings, lamb_shift (when present), units,
     * rates (which rate each is), inputs.
     *
     * @param setup the computed setup
     * @return the object
     */
    static ObjectNode json(MediumSetup setup) {
        BathReport report = setup.report();
        BathParameters b = report.bath();
        ObjectNode n = Json.putBath(Json.object(), b);
        n.put("stable", setup.stable());
        n.put("medium_stable", report.mediumStability().stable());
        n.put("bath_stable", report.bathStability().stable());
        ArrayNode findings = n.putArray("instabilities");
        setup.instabilities().forEach(findings::add);
        ArrayNode warnings = n.putArray("warnings");
        report.warnings().forEach(warnings::add);
        if (report.lambShift().isPresent()) {
            n.put("lamb_shift", report.lambShift().getAsDouble());
        }
        n.put("relative_accuracy", b.provenance().relativeAccuracy());
        n.put("units", setup.energyUnit());
        n.put("rates", RATES);
        n.set("inputs", MediumOptions.inputsJson(setup));
        return n;
    }

    private static void table(PrintWriter w, MediumSetup setup) {
        BathReport report = setup.report();
        BathParameters b = report.bath();
        w.println("# medium " + setup.medium().name() + " " + setup.medium().parameterValues()
                + ", qubits Delta1=" + setup.qubits().delta1() + " Delta2=" + setup.qubits().delta2()
                + " lambda=" + setup.qubits().lambda() + ", temperature " + setup.temperature()
                + ", separation (" + setup.separation().x() + ", " + setup.separation().y() + ", "
                + setup.separation().z() + ") (" + setup.lengthUnit() + ")");
        w.println("# bath parameters (" + setup.energyUnit() + "): " + RATES);
        row(w, "a", Texts.number(b.a()));
        row(w, "at", Texts.number(b.aTilde()));
        if (!b.locallySymmetric()) {
            row(w, "a2", Texts.number(b.a2()) + "  (qubit 2 at its own splitting; a, at are qubit 1's)");
            row(w, "at2", Texts.number(b.aTilde2()));
        }
        row(w, "A", Texts.complexShort(b.coupling()));
        row(w, "At", Texts.complexShort(b.couplingTilde()));
        row(w, "Jperp", Texts.number(b.jPerp()));
        row(w, "Jz", Texts.number(b.jz()) + (b.longitudinalComputed() ? "" : "  (not computed)"));
        row(w, "D", Texts.number(b.dmi()));
        row(w, "d", Texts.number(b.dephasing()) + (b.longitudinalComputed() ? "" : "  (not computed)"));
        row(w, "Dd", Texts.complexShort(b.dephasingCoupling()) + (b.longitudinalComputed() ? "" : "  (not computed)"));
        if (report.lambShift().isPresent()) {
            row(w, "lamb_shift", Texts.number(report.lambShift().getAsDouble()));
        }
        row(w, "stable", Boolean.toString(setup.stable()));
        for (String f : setup.instabilities()) {
            w.println("# unstable: " + f);
        }
        for (String warning : report.warnings()) {
            w.println("# warning: " + warning);
        }
    }

    private static void row(PrintWriter w, String name, String value) {
        w.println(String.format(Locale.ROOT, "%-11s %s", name, value));
    }
}
