package org.magent.app.output;

import java.io.PrintStream;
import java.nio.file.Path;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The {@code --format table|json} and {@code --output FILE} options of the report commands ({@code params},
 * {@code stability}), as a picocli mixin.
 */
public final class ReportOutput {

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Output format: table or json (default ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard"
            + " output.")
    private Path output;

    /**
     * Whether JSON was asked for (otherwise a table).
     *
     * @return true for {@code --format json}
     */
    public boolean json() {
        return format == Format.json;
    }

    /**
     * Opens the output: stdout, or an atomically written file.
     *
     * @param command the command name, for the message when csv is asked for
     * @param out standard output
     * @return the target
     * @throws InvalidInputException for {@code --format csv} or an unwritable path
     */
    public OutputTarget open(String command, PrintStream out) {
        if (format == Format.csv) {
            throw new InvalidInputException("format", "--format csv is not available for " + command
                    + "; use table or json");
        }
        return OutputTarget.open("--output", output, out);
    }
}
