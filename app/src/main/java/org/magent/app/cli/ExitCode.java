package org.magent.app.cli;

/** The exit statuses of the magent command line. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** A physical verdict: an unstable medium or a violated condition (for {@code params}: stable = false). */
    public static final int VERDICT = 1;
    /** Usage error or bad input: a parameter error, an invalid value, an unreadable or unwritable file. */
    public static final int BAD_INPUT = 2;
    /** An unexpected internal error. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
