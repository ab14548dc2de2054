package org.magent.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code magent} command; it only dispatches to subcommands. */
@Command(name = "magent", mixinStandardHelpOptions = true, version = "magent 0.1.0",
        description = {"Entanglement of two spin qubits induced by a magnetic medium (natural units, ħ = k_B = 1).",
            "Quantities may carry units (2.87GHz, 0.1meV, 300mK, 20mT, 50nm, 2us); they are converted to SI-based",
            "natural units (rad/s, m, s), so bare numbers mixed with them must be in those units."},
        footer = {"", "Exit status: 0 success, 1 physical verdict (unstable / violated condition),",
            "2 bad input or usage, 3 internal error."})
public final class MagentCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    private boolean debug;

    /** Creates the command. */
    public MagentCommand() {
    }

    /** Without a subcommand: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: evolve, batch, models, params, stability");
    }
}
