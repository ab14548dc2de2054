package org.magent.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

class ErrorReportingTest {

    private static String[] report(boolean debug, Throwable t, int expectedCode) {
        StringWriter s = new StringWriter();
        int code = new ErrorReporting(debug).report(t, new PrintWriter(s));
        assertEquals(expectedCode, code, s::toString);
        return new String[] {s.toString()};
    }

    @Test
    void unexpectedExceptionsAreInternalErrorsWithoutTrace() {
        String err = report(false, new IllegalStateException("matrix exploded"), ExitCode.INTERNAL)[0];
        assertEquals("magent: internal error: matrix exploded (run with --debug for the stack trace)", err.strip());
        String withTrace = report(true, new IllegalStateException("matrix exploded"), ExitCode.INTERNAL)[0];
        assertTrue(withTrace.contains("\tat "), withTrace);
    }

    @Test
    void inputIoAndVerdictsMapToTheirStatuses() {
        String bad = report(false, new InvalidInputException("steps", "steps = 0 (count) must be positive"),
                ExitCode.BAD_INPUT)[0];
        assertEquals("magent: steps = 0 (count) must be positive", bad.strip());
        String io = report(false, new UncheckedIOException("cannot write x", new IOException("disk full")),
                ExitCode.BAD_INPUT)[0];
        assertFalse(io.contains("\tat "));
        report(false, new VerdictException("medium unstable"), ExitCode.VERDICT);
        report(false, new OutOfMemoryError("Java heap space"), ExitCode.BAD_INPUT);
    }

    /** A value read from a user's file with a NUL or an escape sequence in it reaches the terminal as text. */
    @Test
    void controlCharactersInAMessageAreShownAsEscapes() {
        String bad = report(false, new InvalidInputException("a", "cases.csv row 1, column a: a = '1\u0000\u001b[2J'"
                + " is not a number"), ExitCode.BAD_INPUT)[0];
        assertEquals("magent: cases.csv row 1, column a: a = '1\\u0000\\u001b[2J' is not a number", bad.strip());
        assertEquals("tab\tand µs stay", ErrorReporting.visible("tab\tand µs stay"));
    }
}
