package org.magent.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared assertions on command-line failures. */
public final class Assertions2 {

    private Assertions2() {
    }

    /**
     * Asserts exit 2 with one line on stderr that contains every fragment, and no stack trace.
     *
     * @param r the run
     * @param fragments texts the message must contain (parameter name, value, …)
     */
    public static void badInput(Cli.Result r, String... fragments) {
        assertEquals(ExitCode.BAD_INPUT, r.code(), r::toString);
        String err = r.err().strip();
        assertTrue(err.startsWith("magent: "), r::toString);
        String firstLine = err.lines().findFirst().orElse("");
        for (String f : fragments) {
            assertTrue(firstLine.contains(f), () -> "message lacks '" + f + "': " + r);
        }
        assertFalse(err.contains("\tat "), () -> "stack trace printed: " + r);
        assertFalse(err.contains("Exception"), () -> "exception name printed: " + r);
        assertTrue(err.lines().count() <= 2, () -> "more than a one-line message (plus usage hint): " + r);
    }
}
