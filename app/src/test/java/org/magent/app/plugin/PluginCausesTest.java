package org.magent.app.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.magent.validation.InvalidInputException;

/** A plugin's failure is reported in one line naming plugin and medium, with what the plugin threw as the cause. */
class PluginCausesTest {

    private static final String WHERE = "plugin x.jar, medium m";

    @Test
    void aThrowingPluginIsTheCause() {
        IllegalStateException thrown = new IllegalStateException("boom");
        PluginException p = assertInstanceOf(PluginException.class,
                PluginGuard.failure(WHERE, "transverse(omega = 1)", thrown));
        assertSame(thrown, p.getCause());
        InvalidInputException bad = new InvalidInputException("dmi", "dmi = -1 (natural units) is out of range");
        InvalidInputException wrapped = PluginGuard.failure(WHERE, "configure", bad);
        assertEquals("dmi", wrapped.parameter());
        assertSame(bad, wrapped.getCause());
    }

    @Test
    void aTimeoutIsTheCause() {
        PluginGuard guard = new PluginGuard(0.05);
        PluginException timeout = assertThrows(PluginException.class, () -> guard.call(WHERE, "stability()", () -> {
            Thread.sleep(5_000);
            return 1;
        }));
        assertInstanceOf(TimeoutException.class, timeout.getCause());
    }
}
