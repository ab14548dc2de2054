package org.magent.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
            PluginOptions plugins = new PluginOptions();
            MediaContext media = new MediaContext(Main.class.getClassLoader(), plugins);
            CommandLine cl = new CommandLine(new MagentCommand());
            // --plugin, --plugin-timeout: top-level options, read when the media catalog is first built
            cl.addMixin("plugins", plugins);
            Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
            commands.put("evolve", () -> new EvolveCommand(out, media));
            commands.put("batch", BatchCommand::new);
            commands.put("models", () -> new ModelsCommand(out, media));
            commands.put("params", () -> new ParamsCommand(out, media));
            commands.put("stability", () -> new StabilityCommand(out, media));
            commands.put("sweep", () -> new SweepCommand(out, err, media));
            commands.put("relaxometry", () -> new RelaxometryCommand(out, media));
            commands.put("bands", () -> new BandsCommand(out, media));
            commands.put("trajectories", () -> new TrajectoriesCommand(out, err, media));
            commands.put("help", CommandLine.HelpCommand::new);
            // picocli reads every registered command's options at start-up: only the one invoked is registered,
            // all of them when none is named or help is asked for (usage, errors with suggestions)
            String invoked = invoked(args, commands.keySet());
            commands.forEach((name, command) -> {
                if (invoked == null || invoked.equals("help") || invoked.equals(name)) {
                    cl.addSubcommand(name, command.get());
                }
            });
            // an empty path (an unset shell variable) would silently mean the current directory
            cl.registerConverter(Path.class, text -> {
                if (text.isBlank()) {
                    throw new CommandLine.TypeConversionException("an empty path names no file or directory");
                }
                return Path.of(text);
            });
            // every command offers -V/--version (mixinStandardHelpOptions): each prints the program's version
            String[] version = cl.getCommandSpec().version();
            cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));
            cl.setUsageHelpWidth(100);
            OptionTexts.addUnitsParagraph(cl.getCommandSpec().usageMessage());
            for (String name : List.of("evolve", "params", "stability", "sweep", "trajectories")) {
                CommandLine sub = cl.getSubcommands().get(name);
                if (sub != null) {
                    OptionTexts.addUnitsParagraph(sub.getCommandSpec().usageMessage());
                }
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

    /** The subcommand named on the command line: the first argument that is no option or option value. */
    private static String invoked(String[] args, Set<String> names) {
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            if (a.equals("--plugin") || a.equals("--plugin-timeout")) {
                k++;
            } else if (!a.startsWith("-")) {
                return names.contains(a) ? a : null;
            }
        }
        return null;
    }
}
