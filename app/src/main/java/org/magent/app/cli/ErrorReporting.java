package org.magent.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit status: bad input and I/O problems → 2,
 * anything unexpected → 3 with "magent: internal error: …". Stack traces only with {@code --debug}.
 */
final class ErrorReporting implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final boolean debug;

    ErrorReporting(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        Throwable cause = ex.getCause();
        if (cause instanceof InvalidInputException bad) {
            err.println("magent: " + visible(bad.getMessage()));
        } else {
            err.println("magent: " + visible(ex.getMessage()));
            err.println("Try '" + commandPath(ex.getCommandLine()) + " --help' for usage.");
        }
        trace(err, ex);
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        return report(ex, cmd.getErr());
    }

    /**
     * Reports a failure and chooses the exit status.
     *
     * @param ex the failure
     * @param err standard error
     * @return the exit status
     */
    int report(Throwable ex, PrintWriter err) {
        int code;
        if (ex instanceof VerdictException) {
            err.println("magent: verdict: " + visible(ex.getMessage()));
            code = ExitCode.VERDICT;
        } else if (ex instanceof InvalidInputException) {
            err.println("magent: " + visible(ex.getMessage()));
            code = ExitCode.BAD_INPUT;
        } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
            err.println("magent: " + visible(ex.getMessage()));
            code = ExitCode.BAD_INPUT;
        } else if (ex instanceof OutOfMemoryError) {
            err.println("magent: not enough memory for this computation (reduce the grid or raise -Xmx through"
                    + " MAGENT_JAVA_OPTS)");
            code = ExitCode.BAD_INPUT;
        } else {
            String msg = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
            err.println("magent: internal error: " + visible(msg) + " (run with --debug for the stack trace)");
            code = ExitCode.INTERNAL;
        }
        trace(err, ex);
        err.flush();
        return code;
    }

    /**
     * The message with control characters (a NUL or an escape sequence read from a user's file) shown as
     * a backslash, {@code u} and four hex digits, so that they reach the terminal as text; line breaks and tabs are
     * kept.
     */
    static String visible(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0);
            if (control && sb == null) {
                sb = new StringBuilder(message.length() + 16).append(message, 0, i);
            }
            if (sb != null) {
                if (control) {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? message : sb.toString();
    }

    private void trace(PrintWriter err, Throwable ex) {
        if (debug) {
            ex.printStackTrace(err);
        }
    }

    private static String commandPath(CommandLine cmd) {
        return cmd.getParent() == null ? "magent" : "magent " + cmd.getCommandName();
    }
}
