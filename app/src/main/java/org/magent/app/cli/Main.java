package org.magent.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.magent.app.bands.BandsCommand;
import org.magent.app.batch.BatchCommand;
import org.magent.app.evolve.EvolveCommand;
import org.magent.app.media.MediaContext;
import org.magent.app.media.ModelsCommand;
import org.magent.app.media.OptionTexts;
import org.magent.app.media.ParamsCommand;
import org.magent.app.relaxometry.RelaxometryCommand;
import org.magent.app.plugin.PluginOptions;
import org.magent.app.stability.StabilityCommand;
import org.magent.app.sweep.SweepCommand;
import org.magent.app.trajectories.TrajectoriesCommand;
import picocli.CommandLine;

/**
 * The magent command line: {@code evolve}, {@code batch}, {@code models}, {@code params}, {@code stability},
 * {@code sweep}, {@code relaxometry}, {@code bands}, {@code trajectories}.
 *
 * <p>Top-level options {@code --plugin JAR} (repeatable) and {@code --plugin-timeout SECONDS} add the media of
 * plugin jars to every command.
 *
 * <p>Exit status: 0 success; 1 a physical verdict (unstable medium, violated condition); 2 usage error or
 * bad input, reported in one line on standard error; 3 an unexpected internal error. {@code --debug} adds
 * stack traces.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs magent and exits the JVM with its status.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs magent in-process (tests use this; it never calls {@code System.exit}).
     *
     * @param args command-line arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        ErrorReporting errors = new ErrorReporting(debug);
        try {
            System.setProperty("java.awt.headless", "true");
            Concurrency.configureFftThreads();
            PluginOptions plugins = new PluginOptions();
            MediaContext media = new MediaContext(Main.class.getClassLoader(), plugins);
            CommandLine cl = new CommandLine(new MagentCommand());
            // --plugin, --plugin-timeout: top-level options, read when the media catalog is first built
            cl.addMixin("plugins", plugins);
            cl.addSubcommand(new EvolveCommand(out, media))
                    .addSubcommand(new BatchCommand())
                    .addSubcommand(new ModelsCommand(out, media))
                    .addSubcommand(new ParamsCommand(out, media))
                    .addSubcommand(new StabilityCommand(out, media))
                    .addSubcommand(new SweepCommand(out, err, media))
                    .addSubcommand(new RelaxometryCommand(out, media))
                    .addSubcommand(new BandsCommand(out, media))
                    .addSubcommand(new TrajectoriesCommand(out, err, media))
                    .addSubcommand(new CommandLine.HelpCommand());
            cl.setUsageHelpWidth(100);
            OptionTexts.addUnitsParagraph(cl.getCommandSpec().usageMessage());
            for (String name : List.of("evolve", "params", "stability", "sweep", "trajectories")) {
                OptionTexts.addUnitsParagraph(cl.getSubcommands().get(name).getCommandSpec().usageMessage());
            }
            cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
            cl.setErr(errWriter);
            cl.setExecutionExceptionHandler(errors);
            cl.setParameterExceptionHandler(errors);
            int code = cl.execute(args);
            out.flush();
            return code;
        } catch (RuntimeException | Error e) {
            return errors.report(e, errWriter);
        }
    }
}
