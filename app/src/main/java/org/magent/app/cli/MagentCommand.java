package org.magent.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code magent} command; it only dispatches to subcommands. */
@Command(name = "magent", mixinStandardHelpOptions = true, version = "magent 0.1.0",
        description = {"Entanglement of two spin qubits induced by a magnetic medium (ħ = k_B = 1). Start with"
            + " 'magent sweep' (the built-in example); 'magent help COMMAND' explains a command."},
        footer = {"",
            "Exit status: 0 success; 1 a physical verdict (an unstable medium, or a bath from a",
            "medium that violates a >= |A|); 2 bad input or usage (including rates you typed",
            "that violate a >= |A|); 3 internal error."})
public final class MagentCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    private boolean debug;

    /** Creates the command. */
    public MagentCommand() {
    }

    /** Without a subcommand: a usage error that lists the subcommands. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: "
                + String.join(", ", spec.subcommands().keySet()) + " (try 'magent sweep' or 'magent help')");
    }
}
