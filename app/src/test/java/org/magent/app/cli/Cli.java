package org.magent.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link Main} in-process with captured standard output and error. */
public final class Cli {

    private Cli() {
    }

    /**
     * The outcome of one run.
     *
     * @param code exit status
     * @param out standard output
     * @param err standard error
     */
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /**
     * Command-line arguments: {@code base}, where an option repeated in {@code extra} takes the value given
     * there; the other items of {@code extra} are appended. A value is the item after an option that does not
     * itself start with {@code --}.
     *
     * @param base the default arguments (subcommand first)
     * @param extra overrides and additions
     * @return the merged arguments
     */
    public static String[] merge(List<String> base, String... extra) {
        List<String> args = new ArrayList<>(base);
        for (int k = 0; k < extra.length; k++) {
            boolean hasValue = extra[k].startsWith("--") && k + 1 < extra.length && !extra[k + 1].startsWith("--");
            int at = args.indexOf(extra[k]);
            if (hasValue && at >= 0 && at + 1 < args.size()) {
                args.set(at + 1, extra[++k]);
            } else {
                args.add(extra[k]);
            }
        }
        return args.toArray(String[]::new);
    }

    /**
     * Runs magent.
     *
     * @param args the arguments
     * @return exit status and captured streams
     */
    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
