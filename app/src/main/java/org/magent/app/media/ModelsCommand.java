package org.magent.app.media;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.magent.app.cli.ExitCode;
import org.magent.app.units.MicromagneticParameters;
import org.magent.app.units.QuantityKind;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;
import picocli.CommandLine.Command;

/** {@code magent models}: every registered medium with its parameters, units, defaults and ranges. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the media (built in and discovered plugins), their parameters, units, defaults, ranges and"
                + " the physical units each parameter accepts.",
        footer = {"", "Exit status: 0 success; 2 a --plugin jar that cannot be loaded or whose medium misbehaves;"
            + " 3 internal error."})
public final class ModelsCommand implements Callable<Integer> {

    private final PrintStream out;
    private final MediaContext media;

    /**
     * Creates the command.
     *
     * @param out standard output
     * @param media the media registry
     */
    public ModelsCommand(PrintStream out, MediaContext media) {
        this.out = out;
        this.media = media;
    }

    @Override
    public Integer call() {
        if (media.catalog().all().isEmpty()) {
            out.println("no media registered");
        }
        for (MediumModel m : media.catalog().all()) {
            out.println(m.name() + " — " + m.description());
            for (ParameterSpec p : m.parameters()) {
                String range = p.choices().isEmpty() ? "range " + p.rangeText() : p.rangeText();
                out.println("  " + p.name() + " (" + p.unit() + "), default " + p.defaultValue() + ", " + range
                        + (p.description().isBlank() ? "" : " — " + p.description()));
                ConfiguredMedium.kind(p).filter(k -> k != QuantityKind.DIMENSIONLESS).ifPresent(k ->
                        out.println("      units: " + k.acceptedUnits()));
            }
            if (m.parameters().stream().anyMatch(p -> p.name().equals(MicromagneticParameters.STIFFNESS))
                    && m.parameters().stream().anyMatch(p -> p.name().equals(MicromagneticParameters.SPIN_DENSITY))) {
                out.println("  or, for d = 3, exchangeConstant (" + QuantityKind.EXCHANGE_CONSTANT.acceptedUnits()
                        + ") and magnetisation (" + QuantityKind.MAGNETISATION.acceptedUnits() + ") [, gFactor]"
                        + " in place of stiffness and spinDensity");
            }
            out.println();
        }
        out.flush();
        return ExitCode.OK;
    }
}
